/**
 * `sort="urgent"`: how soon a family in crisis can reach a service, read from each channel's
 * hours at one moment (`RankedServices.grouped` puts the results in that order). Pure logic: no DOM.
 */
import { channelKind, channelKinds } from '../../feed/service-channels.js';
import type { Channel, ExceptionalHours, OpeningHours, Service } from '../../feed/types.js';
import { channelHours, closureOn } from './channels.js';
import { isAroundTheClock, isOpenOn, type WallClock } from './opening-hours.js';

/** The orders the finder knows: `relevance` (search, place, name) and `urgent`. */
export const SORT_ORDERS = ['relevance', 'urgent'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/**
 * The groups of `sort="urgent"`, first to last. A phone, chat or video line that answers now
 * can be used at once from anywhere, so it comes before an office that is open now; of those,
 * lines that answer day and night (crisis lines) come first, since they will still answer when
 * the person is ready to call.
 */
export const Urgency = {
  /** Open now through a phone, chat or video line that is open around the clock. */
  AroundTheClock: 0,
  /** Open now through a phone, chat or video line. */
  RemoteOpen: 1,
  /** Open now otherwise: an office, a web or e-service channel with hours. */
  Open: 2,
  /** Closed now, temporarily closed, or without hours. */
  Closed: 3,
} as const;
export type Urgency = (typeof Urgency)[keyof typeof Urgency];

/** Channels through which a person reaches someone at once, wherever they are. */
const LINES: readonly Channel[] = ['phone', 'chat', 'video'];

/** One set of hours and the channel kinds it is for. */
interface Hours {
  readonly kinds: readonly Channel[];
  readonly hours: readonly OpeningHours[];
  readonly exceptions?: readonly ExceptionalHours[];
}

/** The service's hours channel by channel; hours that name no channel are the whole service's. */
function hoursOf(service: Service): Hours[] {
  const all: Hours[] = (service.serviceChannels ?? []).map((channel) => ({
    kinds: [channelKind(channel.type)],
    hours: channelHours(channel),
    exceptions: channel.exceptionalHours,
  }));
  for (const spec of service.hours ?? []) all.push({ kinds: spec.channel ? [spec.channel] : channelKinds(service), hours: [spec] });
  return all;
}

/** How soon the service can be reached at the clock, through the `kinds` chosen when any are. */
export function urgency(service: Service, clock: WallClock, kinds?: readonly Channel[]): Urgency {
  if (closureOn(service, clock.date)) return Urgency.Closed;
  let best: Urgency = Urgency.Closed;
  for (const { kinds: of, hours, exceptions } of hoursOf(service)) {
    const chosen = kinds?.length ? of.filter((kind) => kinds.includes(kind)) : of;
    if (!chosen.length || !isOpenOn(hours, clock, exceptions)) continue;
    const line = chosen.some((kind) => LINES.includes(kind));
    const level = !line ? Urgency.Open : hours.some(isAroundTheClock) ? Urgency.AroundTheClock : Urgency.RemoteOpen;
    if (level < best) best = level;
  }
  return best;
}
