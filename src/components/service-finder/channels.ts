/**
 * A service's channels as the finder shows them: whether the service is shown at all, closed for
 * a while, open now through any of its channels, and which offices are local to the chosen place.
 * Pure logic: no DOM.
 */
import { channelKind } from '../../feed/service-channels.js';
import type { Channel, OpeningHours, Service, ServiceChannel } from '../../feed/types.js';
import { regionOfMunicipality } from '../../feed/vocabulary/municipality-regions.js';
import { isOpenOn, type WallClock } from './opening-hours.js';

/** The municipality or region a person has chosen (or the page has pinned). */
export interface ChosenPlace {
  readonly municipality?: string;
  readonly region?: string;
}

/** Inactive services are not shown; the others are, closed or not. */
export function isShown(service: Service): boolean {
  return service.status !== 'inactive';
}

/** A temporary closure that still holds on `date` (YYYY-MM-DD): its last day, if the feed gives one. */
export function closureOn(service: Service, date: string): { readonly through?: string } | undefined {
  if (service.status !== 'temporarily-closed') return undefined;
  if (service.closedThrough && service.closedThrough < date) return undefined;
  return { through: service.closedThrough };
}

/** A channel's hours: its own, or else those of its phone lines. */
export function channelHours(channel: ServiceChannel): OpeningHours[] {
  if (channel.hours?.length) return channel.hours;
  return (channel.phones ?? []).flatMap((phone) => phone.hours ?? []);
}

/** Whether the channel gives any hours at all, so that "open now" or "closed now" means something. */
export function hasHours(channel: ServiceChannel): boolean {
  return channelHours(channel).length > 0 || Boolean(channel.exceptionalHours?.length);
}

export function isChannelOpenOn(channel: ServiceChannel, clock: WallClock): boolean {
  return isOpenOn(channelHours(channel), clock, channel.exceptionalHours);
}

/**
 * Whether the service is open at the clock through one of its channels, of the `kinds` chosen
 * when any are. A service closed for a while is not open. A service without service channels
 * (feed 1.0) answers by its own hours, as before.
 */
export function isServiceOpenOn(service: Service, clock: WallClock, kinds?: readonly Channel[]): boolean {
  if (closureOn(service, clock.date)) return false;
  if (!service.serviceChannels) return isOpenOn(service.hours, clock);
  const chosen = (channel: ServiceChannel) => !kinds?.length || kinds.includes(channelKind(channel.type));
  if (service.serviceChannels.some((channel) => chosen(channel) && isChannelOpenOn(channel, clock))) return true;
  const own = service.hours?.filter((spec) => !kinds?.length || !spec.channel || kinds.includes(spec.channel));
  return isOpenOn(own, clock);
}

/** The municipality an on-site channel is in (kunta code), from its address or its one municipality. */
function municipalityOf(channel: ServiceChannel): string | undefined {
  if (channel.type !== 'on-site') return undefined;
  const listed = channel.area?.municipalities;
  return channel.address?.municipality ?? (listed?.length === 1 ? listed[0] : undefined);
}

/** An office in the chosen municipality, or in the chosen region. */
export function isLocalOffice(channel: ServiceChannel, place: ChosenPlace): boolean {
  const municipality = municipalityOf(channel);
  if (!municipality) return false;
  if (place.municipality) return municipality === place.municipality;
  return place.region !== undefined && regionOfMunicipality.get(municipality) === place.region;
}

export function hasLocalOffice(service: Service, place: ChosenPlace): boolean {
  return service.serviceChannels?.some((channel) => isLocalOffice(channel, place)) ?? false;
}

/** The channels with the offices in the chosen place first; the rest keep the feed's order. */
export function orderedChannels(service: Service, place: ChosenPlace): ServiceChannel[] {
  const channels = service.serviceChannels ?? [];
  if (!place.municipality && !place.region) return [...channels];
  const local = channels.filter((channel) => isLocalOffice(channel, place));
  return [...local, ...channels.filter((channel) => !local.includes(channel))];
}
