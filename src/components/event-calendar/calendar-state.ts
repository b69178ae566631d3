/**
 * What <ero-event-calendar> derives from a feed, remembered per feed and per setting so that a
 * render with the same inputs does no work again: the events the page's attributes select, the
 * values their menus offer, what the visitor's menus leave, and its occurrences in a window.
 * Calendars that show one feed share it all. Pure logic: no DOM.
 */
import type { FeedData } from '../../feed/feed-data.js';
import { DAY } from '../../feed/time/zoned-time.js';
import { Agenda, compiledFeed, type CompiledEvent } from './agenda.js';
import { eventMatcher, filterChoices, menusVary, type EventFilter, type MenuName } from './filter.js';

/** The events that one calendar shows, for one feed, filter and window. */
export interface CalendarQuery {
  /** The attributes' filter: what the embedding page wants this calendar to show at all. */
  readonly scope: EventFilter;
  /** The visitor's menus. */
  readonly choice: EventFilter;
  /** The window [from, to) as instants; without show-past, `from` is no earlier than now. */
  readonly from: number;
  readonly to: number;
}

export interface CalendarState {
  /** The events that the attributes select. */
  readonly scoped: readonly CompiledEvent[];
  /** Whether the scoped events have two or more values for each menu (which is shown only then). */
  readonly varies: Record<MenuName, boolean>;
  /** The values worth offering in each menu: those that some scoped event has. */
  readonly choices: Record<MenuName, string[]>;
  /** The scoped events that the visitor's menus leave. */
  readonly filtered: readonly CompiledEvent[];
  /** Their occurrences in the window. */
  readonly agenda: Agenda;
}

/** A few recent answers: enough for going back and forth between months or menu values. */
const RECENT = 8;

/** The answer for `key`, made once and kept among the most recent few. */
function remember<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    if (cache.size >= RECENT) cache.delete(cache.keys().next().value!);
  } else cache.delete(key);
  cache.set(key, value);
  return value;
}

class Filtered {
  readonly agendas = new Map<string, Agenda>();
  constructor(readonly events: readonly CompiledEvent[]) {}
}

class Scoped {
  readonly filtered = new Map<string, Filtered>();
  private menuChoices?: Record<MenuName, string[]>;
  private menuVaries?: Record<MenuName, boolean>;

  constructor(readonly events: readonly CompiledEvent[]) {}

  /** Worked out when first asked: a calendar with hide-filters never needs them, and the first render only `varies`. */
  get choices(): Record<MenuName, string[]> {
    return (this.menuChoices ??= filterChoices(this.events.map((c) => c.event)));
  }

  get varies(): Record<MenuName, boolean> {
    return (this.menuVaries ??= menusVary(this.events.map((c) => c.event)));
  }
}

const byFeed = new WeakMap<FeedData, Map<string, Scoped>>();

const key = (filter: EventFilter): string => JSON.stringify(filter, Object.keys(filter).sort());

function scopedEvents(data: FeedData, scope: EventFilter): Scoped {
  let scopes = byFeed.get(data);
  if (!scopes) byFeed.set(data, (scopes = new Map()));
  return remember(scopes, key(scope), () => new Scoped(select(data, compiledFeed(data).events, scope)));
}

/** The events that `filter` lets through: all of them, without reading each, when it sets nothing (most calendars). */
function select(data: FeedData, events: readonly CompiledEvent[], filter: EventFilter): readonly CompiledEvent[] {
  if (!Object.values(filter).some(Boolean)) return events;
  const matches = eventMatcher(data, filter);
  return events.filter((c) => matches(c.event));
}

/** The calendar's events and occurrences for `query`, each part worked out once. */
export function calendarState(data: FeedData, query: CalendarQuery): CalendarState {
  const scoped = scopedEvents(data, query.scope);
  const filtered = remember(scoped.filtered, key(query.choice), () => new Filtered(select(data, scoped.events, query.choice)));
  const agenda = remember(filtered.agendas, `${query.from}|${query.to}`, () => new Agenda(filtered.events, query.from, query.to));
  return {
    scoped: scoped.events,
    get varies() {
      return scoped.varies;
    },
    get choices() {
      return scoped.choices;
    },
    filtered: filtered.events,
    agenda,
  };
}

const reported = new WeakSet<FeedData>();

/** Says once per feed, on the console, which events or entries could not be used and why. */
export function reportProblems(data: FeedData): void {
  if (reported.has(data)) return;
  reported.add(data);
  for (const problem of compiledFeed(data).problems) {
    const outcome = problem.dropped ? 'the event is left out' : 'the event is shown without it';
    console.warn(`[eroauttaminen] <ero-event-calendar> ${problem.path} (id "${problem.itemId}"): ${problem.message}; ${outcome}.`);
  }
}

/** The longest window the list looks through: ten years, as far as the calendar files go. */
export const MAX_WEEKS = 520;

/** The weeks that a `weeks` setting means: 26 when it is not a number ≥ 1, at most MAX_WEEKS. */
export const weeksOf = (weeks: number): number => (weeks >= 1 ? Math.min(Math.floor(weeks), MAX_WEEKS) : 26);

/**
 * The window [from, to) that a calendar shows: `weeks` ahead of now (and back, with show-past;
 * see weeksOf), or a month, given as its [from, to). An occurrence that has ended is past:
 * without show-past the window starts no earlier than now.
 */
export function windowOf(now: number, weeks: number, showPast: boolean, month?: readonly [number, number]): [number, number] {
  const span = weeksOf(weeks) * 7 * DAY;
  const [from, to] = month ?? [showPast ? now - span : now, now + span];
  return [showPast ? from : Math.max(from, now), to];
}

/** What a calendar's attributes and state ask for: the window's settings and the two filters. */
export interface CalendarSettings {
  readonly now: number;
  /** How many weeks the list looks ahead (26 when not a number ≥ 1, at most MAX_WEEKS). */
  readonly weeks: number;
  readonly showPast: boolean;
  /** The month shown in the month view, as its [from, to). */
  readonly month?: readonly [number, number];
  readonly scope: EventFilter;
  readonly choice: EventFilter;
}

/** A calendar's state for its settings, after saying once on the console what in the feed could not be used. */
export function calendarOf(data: FeedData, { now, weeks, showPast, month, scope, choice }: CalendarSettings): CalendarState {
  reportProblems(data);
  const [from, to] = windowOf(now, weeks, showPast, month);
  return calendarState(data, { scope, choice, from, to });
}
