/**
 * Which events an <ero-event-calendar> shows for its target-group, place, attendance and
 * organiser filters, and which choices a visitor's filter menus offer. Pure logic: no DOM.
 */
import { servesMunicipality, servesRegion } from '../../feed/area.js';
import { targetGroupTerms } from '../../feed/vocabulary/terms.js';
import type { FeedData } from '../../feed/feed-data.js';
import type { Area, FeedEvent } from '../../feed/types.js';
import { knownTokens, tokens, warnUnknownTokens } from '../../internal/token-list.js';

/**
 * A filter as the element's attributes, or the visitor's menus, give it; empty fields match all.
 * `targetGroup` and `organizer` may list several values (space-separated); an event matches any.
 */
export interface EventFilter {
  readonly targetGroup?: string;
  /** A region (maakunta) code, e.g. "10" for Etelä-Savo. */
  readonly region?: string;
  /** A municipality (kunta) code, e.g. "491" for Mikkeli. */
  readonly municipality?: string;
  /** "online" or "on-site"; mixed events match both. */
  readonly attendance?: string;
  readonly organizer?: string;
}

/** The fields of a filter that visitors choose in menus. */
export type MenuName = 'targetGroup' | 'attendance' | 'municipality' | 'organizer';

/** What `attendance` may say; mixed events match both. */
const ATTENDANCE: readonly string[] = ['online', 'on-site'];

/** A console warning for each changed filter attribute with values the calendar does not know. */
export function warnAboutFilter(filter: EventFilter, changed: (name: keyof EventFilter) => boolean): void {
  if (changed('targetGroup')) warnUnknownTokens('ero-event-calendar', 'target-group', filter.targetGroup, targetGroupTerms);
  if (changed('attendance')) warnUnknownTokens('ero-event-calendar', 'attendance', filter.attendance, ATTENDANCE);
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

/** Whether an event passes `filter`, as a function for many events: the filter's words are read once. */
export function eventMatcher(data: FeedData, filter: EventFilter): (event: FeedEvent) => boolean {
  const groups = knownTokens(filter.targetGroup, targetGroupTerms);
  const organizers = tokens(filter.organizer);
  const [attendance] = knownTokens(filter.attendance, ATTENDANCE);
  const [region] = tokens(filter.region);
  const [municipality] = tokens(filter.municipality);
  return (event) => {
    if (groups.length && !event.targetGroups.some((group) => groups.includes(group))) return false;
    if (organizers.length && !organizers.includes(event.organizer)) return false;
    if (attendance && event.attendance !== attendance && event.attendance !== 'mixed') return false;
    const areas = region || municipality ? servedAreas(data, event) : [];
    if (region && !areas.some((area) => servesRegion(area, region))) return false;
    return !municipality || areas.some((area) => servesMunicipality(area, municipality));
  };
}


/**
 * The values worth offering in each menu for `events`: only those that some event has.
 * Municipalities are where events take place or that events name in their area.
 */
export function filterChoices(events: readonly FeedEvent[]): Record<MenuName, string[]> {
  // Plain loops: a large feed's calendar reads every event here on its first render.
  const groups = new Set<string>();
  const attendances = new Set<string>();
  const municipalities = new Set<string>();
  const organizers = new Set<string>();
  for (const event of events) {
    for (const group of event.targetGroups) groups.add(group);
    if (event.attendance === 'mixed') attendances.add('online').add('on-site');
    else attendances.add(event.attendance);
    if (event.location?.municipality !== undefined) municipalities.add(event.location.municipality);
    for (const code of event.area?.municipalities ?? []) municipalities.add(code);
    organizers.add(event.organizer);
  }
  return {
    targetGroup: targetGroupTerms.filter((g) => groups.has(g)),
    attendance: ['online', 'on-site'].filter((a) => attendances.has(a)),
    municipality: [...municipalities],
    organizer: [...organizers],
  };
}

/**
 * Whether `events` have two or more values for each menu, as filterChoices would list them: a
 * menu is shown only then. It stops reading as soon as all four are known, so that a large feed's
 * first render need not gather every municipality and organiser.
 */
export function menusVary(events: readonly FeedEvent[]): Record<MenuName, boolean> {
  const first: Partial<Record<MenuName, string>> = {};
  const varies: Record<MenuName, boolean> = { targetGroup: false, attendance: false, municipality: false, organizer: false };
  let known = 0;
  const see = (name: MenuName, value: string): void => {
    if (varies[name]) return;
    if (first[name] === undefined) first[name] = value;
    else if (first[name] !== value) {
      varies[name] = true;
      known++;
    }
  };
  for (const event of events) {
    for (const group of event.targetGroups) if (targetGroupTerms.includes(group)) see('targetGroup', group);
    if (event.attendance === 'mixed') {
      see('attendance', 'online');
      see('attendance', 'on-site');
    } else see('attendance', event.attendance);
    if (event.location?.municipality !== undefined) see('municipality', event.location.municipality);
    for (const code of event.area?.municipalities ?? []) see('municipality', code);
    see('organizer', event.organizer);
    if (known === 4) break;
  }
  return varies;
}
