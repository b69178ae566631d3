/**
 * `migrate`: a feed 1.0 into 1.1. Each service's contact fields (address, phone, email, chat,
 * video and web addresses, hours) are copied into service channels, one per kind in its
 * `channels`. The 1.0 fields stay, so widgets that read only 1.0 show the same as before.
 * Running it again changes nothing.
 */
import { parseFeed } from '../feed/parse.js';
import type { Channel, OpeningHours, Service, ServiceChannel } from '../feed/types.js';
import type { Problem } from './report.js';

export interface MigrateResult {
  /** The feed as 1.1; the input itself when nothing changed. */
  readonly feed: Record<string, unknown>;
  /** One warning for each change and each guess, with its JSONPath. */
  readonly problems: Problem[];
  readonly changed: boolean;
}

export const TARGET_VERSION = '1.1';

/** Where a service's contact without a channel of its own goes: the office first, then the phone line. */
const HOST_ORDER: readonly Channel[] = ['on-site', 'phone', 'video', 'chat', 'web'];

/** Migrates one feed document; throws FeedError when it is not a feed of version 1.x. */
export function migrateFeed(raw: unknown, source: string): MigrateResult {
  const { feed: parsed } = parseFeed(raw, source);
  const doc = raw as Record<string, unknown>;
  const problems: Problem[] = [];
  const warn = (where: string, message: string, itemId?: string, fix?: string): void => {
    problems.push({ severity: 'warning', source, where, itemId, message, fix });
  };
  const valid = new Set(parsed.services ?? []);
  const services = Array.isArray(doc.services) ? (doc.services as unknown[]) : [];
  let changed = false;
  const migrated = services.map((item, index) => {
    const service = item as Service;
    const path = `$.services[${index}]`;
    if (!valid.has(service)) {
      warn(path, 'this service is not valid, so it was left as it is', typeof service?.id === 'string' ? service.id : undefined, 'run validate, fix the service and migrate again');
      return item;
    }
    if (service.serviceChannels) return item;
    const serviceChannels = channelsOf(service, path, (where, message) => warn(where, message, service.id));
    if (!serviceChannels.length) return item;
    changed = true;
    const kinds = serviceChannels.map((c) => c.type).join(', ');
    warn(`${path}.serviceChannels`, `the service's contacts and hours were copied into service channels (${kinds}); the 1.0 fields stay for older readers`, service.id);
    return { ...service, serviceChannels };
  });

  const minor = Number(String(doc.version).split('.')[1]);
  if (minor < 1) {
    changed = true;
    warn('$.version', `version ${String(doc.version)} became ${TARGET_VERSION}`);
  }
  if (!changed) return { feed: doc, problems, changed };
  const feed: Record<string, unknown> = { ...doc, version: minor < 1 ? TARGET_VERSION : doc.version };
  if (Array.isArray(doc.services)) feed.services = migrated;
  return { feed, problems, changed };
}

type Warn = (where: string, message: string) => void;

/** The service channels that a 1.0 service's fields describe; none when it gives no contact or hours. */
function channelsOf(service: Service, path: string, warn: Warn): ServiceChannel[] {
  const drafts = new Map<Channel, ServiceChannel>();
  for (const kind of service.channels ?? []) drafts.set(kind, { id: kind, type: kind });
  const hours = service.hours ?? [];
  hours.forEach((spec, i) => {
    if (spec.channel && !drafts.has(spec.channel)) {
      drafts.set(spec.channel, { id: spec.channel, type: spec.channel });
      warn(`${path}.hours[${i}].channel`, `hours are given for the ${spec.channel} channel, which "channels" does not list; a ${spec.channel} channel was added, so the finder's channel filter now finds the service under ${spec.channel} too`);
    }
  });
  const host = HOST_ORDER.map((kind) => drafts.get(kind)).find(Boolean);
  if (!host) return [];

  const onSite = drafts.get('on-site') ?? host;
  const phone = drafts.get('phone') ?? host;
  if (service.address) onSite.address = service.address;
  if (service.phone) phone.phones = [{ number: service.phone }];
  if (service.email) host.emails = [{ address: service.email }];
  if (service.url && drafts.has('web')) drafts.get('web')!.urls = [{ url: service.url }];
  for (const [kind, url] of [['chat', service.chatUrl], ['video', service.videoUrl]] as const) {
    if (!url) continue;
    const draft = drafts.get(kind);
    if (draft) draft.urls = [{ url }];
    else warn(`${path}.${kind}Url`, `"channels" has no ${kind}, so the ${kind} address stays on the service only`);
  }
  if (service.address && !drafts.has('on-site')) warn(`${path}.address`, `"channels" has no on-site, so the address went to the ${host.type} channel`);
  if (service.phone && !drafts.has('phone')) warn(`${path}.phone`, `"channels" has no phone, so the number went to the ${host.type} channel`);

  // A channel is kept when it carries a contact or hours of its own; hours for no channel in
  // particular then go to each kept channel but the web (1.0 read them as the service's hours).
  for (const spec of hours) if (spec.channel) (drafts.get(spec.channel)!.hours ??= []).push(withoutChannel(spec));
  const general = hours.filter((spec) => !spec.channel);
  let kept = [...drafts.values()].filter((d) => Object.keys(d).some((key) => key !== 'id' && key !== 'type'));
  if (!kept.length && general.length && host.type !== 'web') kept = [host];
  const timed = kept.filter((d) => d.type !== 'web');
  for (const spec of general) for (const target of timed) (target.hours ??= []).push(withoutChannel(spec));
  if (general.length && timed.length > 1) {
    warn(`${path}.hours`, `hours without a channel now apply to each of the ${timed.map((d) => d.type).join(', ')} channels; check that they do`);
  } else if (general.length && !timed.length) {
    warn(`${path}.hours`, 'hours without a channel stay on the service only: a web page has no hours');
  }
  const withHours = kept.filter((d) => d.hours);
  const noteTo = withHours.length === 1 ? withHours[0] : kept.length === 1 ? kept[0] : undefined;
  if (service.hoursNote && noteTo) noteTo.hoursNote = service.hoursNote;
  return kept;
}

function withoutChannel(spec: OpeningHours): OpeningHours {
  const { channel: _channel, ...rest } = spec;
  return rest;
}

