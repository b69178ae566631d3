/**
 * What a service's channels amount to, whichever way the feed gives them: the 1.0 list of
 * channel kinds (`channels`) or, since 1.1, service channels with their own contacts and hours.
 */
import type { Channel, ChannelType, Service } from './types.js';

/** The channel filter's kind for each service-channel type: an e-service is used on the web. */
const KIND: Readonly<Record<ChannelType, Channel>> = {
  'on-site': 'on-site',
  phone: 'phone',
  video: 'video',
  chat: 'chat',
  web: 'web',
  'e-service': 'web',
};

export function channelKind(type: ChannelType): Channel {
  return KIND[type];
}

const kindLists = new WeakMap<Service, readonly Channel[]>();

/** The kinds of channel a service has, in the order given: `channels` first, then those its service channels add. */
export function channelKinds(service: Service): readonly Channel[] {
  let kinds = kindLists.get(service);
  if (!kinds) {
    const all = new Set<Channel>(service.channels ?? []);
    for (const channel of service.serviceChannels ?? []) all.add(channelKind(channel.type));
    kinds = [...all];
    kindLists.set(service, kinds);
  }
  return kinds;
}
