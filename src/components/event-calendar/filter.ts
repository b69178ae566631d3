/**
 * Which events an <ero-event-calendar> shows for its target-group, place, attendance and
 * organiser filters, and which choices a visitor's filter menus offer. Pure logic: no DOM.
 */
import { servesMunicipality, servesRegion } from '../../feed/area.js';
import type { FeedData } from '../../feed/feed-data.js';
import type { Area, FeedEvent, TargetGroup } from '../../feed/types.js';

export type AttendanceFilter = 'online' | 'on-site';

export interface EventFilter {
  /** An event matches when it is for any of these groups. */
  readonly targetGroups?: readonly TargetGroup[];
  /** A region (maakunta) code, e.g. "10" for Etelä-Savo. */
  readonly region?: string;
  /** A municipality (kunta) code, e.g. "491" for Mikkeli. */
  readonly municipality?: string;
  /** "online" also matches mixed events, and so does "on-site". */
  readonly attendance?: AttendanceFilter;
  /** Organisation ids; an event matches any of them. */
  readonly organizers?: readonly string[];
}

/**
 * The areas whose people an event is for. The event's own area, else: where an on-site event
 * takes place, and for online and mixed events the organiser's area (all of Finland if unknown).
 */
export function servedAreas(data: FeedData, event: FeedEvent): Area[] {
  const at = event.location?.municipality;
  const areas: Area[] = at ? [{ municipalities: [at] }] : [];
  if (event.area) areas.push(event.area);
  else if (event.attendance !== 'on-site' || !at) {
    areas.push(data.organization(event.organizer)?.area ?? { wholeCountry: true });
  }
  return areas;
}

export function matchesEvent(data: FeedData, event: FeedEvent, filter: EventFilter): boolean {
  const { targetGroups, region, municipality, attendance, organizers } = filter;
  if (targetGroups?.length && !event.targetGroups.some((group) => targetGroups.includes(group))) return false;
  if (organizers?.length && !organizers.includes(event.organizer)) return false;
  if (attendance && event.attendance !== attendance && event.attendance !== 'mixed') return false;
  if (region || municipality) {
    const areas = servedAreas(data, event);
    if (region && !areas.some((area) => servesRegion(area, region))) return false;
    if (municipality && !areas.some((area) => servesMunicipality(area, municipality))) return false;
  }
  return true;
}

export function filterEvents(data: FeedData, events: readonly FeedEvent[], filter: EventFilter): FeedEvent[] {
  return events.filter((event) => matchesEvent(data, event, filter));
}

export interface FilterChoices {
  readonly targetGroups: readonly TargetGroup[];
  readonly attendances: readonly AttendanceFilter[];
  readonly organizers: readonly string[];
  /** Municipalities where events take place or that events name in their area. */
  readonly municipalities: readonly string[];
}

const GROUP_ORDER: readonly TargetGroup[] = ['child', 'parent', 'close-ones', 'professional'];

/** The choices worth offering for `events`: only values that some event has. */
export function filterChoices(events: readonly FeedEvent[]): FilterChoices {
  const groups = new Set(events.flatMap((e) => e.targetGroups));
  const attendances = new Set(events.flatMap((e) => (e.attendance === 'mixed' ? ['online', 'on-site'] : [e.attendance])));
  const municipalities = new Set(
    events.flatMap((e) => [...(e.location?.municipality ? [e.location.municipality] : []), ...(e.area?.municipalities ?? [])]),
  );
  return {
    targetGroups: GROUP_ORDER.filter((g) => groups.has(g)),
    attendances: (['online', 'on-site'] as const).filter((a) => attendances.has(a)),
    organizers: [...new Set(events.map((e) => e.organizer))],
    municipalities: [...municipalities],
  };
}
