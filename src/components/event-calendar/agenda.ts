/**
 * The feed's events made ready for a calendar: each compiled once into a Schedule (bad ones
 * reported with their path and left out), and their occurrences in a window: how many, and
 * the first few in time order, expanding only the events that those few come from. Pure logic: no DOM.
 */
import type { FeedData } from '../../feed/feed-data.js';
import type { FeedEvent } from '../../feed/types.js';
import { occurrencesBetween, type Occurrence } from '../../feed/time/occurrences.js';
import { compileSchedule, RecurrenceError, type Schedule } from '../../feed/time/schedule.js';
import { countBetween, hasOccurrenceAfter } from '../../feed/time/window-count.js';
import { HELSINKI, toWall } from '../../feed/time/zoned-time.js';

export interface CompiledEvent {
  readonly event: FeedEvent;
  readonly schedule: Schedule;
}

/** Something wrong with one event, e.g. `$.events[3].rrule`; `dropped` when it is not shown. */
export interface EventProblem {
  readonly path: string;
  readonly itemId: string;
  readonly message: string;
  readonly dropped: boolean;
}

export interface CompiledFeed {
  readonly events: readonly CompiledEvent[];
  readonly problems: readonly EventProblem[];
}

/** Each event object is compiled once, also when feeds are merged again into a new FeedData. */
const schedules = new WeakMap<FeedEvent, Schedule | RecurrenceError>();

function scheduleOf(event: FeedEvent): Schedule | RecurrenceError {
  let schedule = schedules.get(event);
  if (!schedule) {
    try {
      schedule = compileSchedule(event);
    } catch (error) {
      if (!(error instanceof RecurrenceError)) throw error;
      schedule = error;
    }
    schedules.set(event, schedule);
  }
  return schedule;
}

export function compileEvents(events: readonly FeedEvent[]): CompiledFeed {
  const compiled: CompiledEvent[] = [];
  const problems: EventProblem[] = [];
  // Index loops, no closure per event: this runs once for thousands of events, before the engine optimises it.
  for (let index = 0; index < events.length; index++) {
    const event = events[index];
    const schedule = scheduleOf(event);
    if (schedule instanceof RecurrenceError) {
      problems.push({ path: `$.events[${index}].${schedule.field}`, itemId: event.id, message: schedule.message, dropped: true });
      continue;
    }
    compiled.push({ event, schedule });
    const { issues } = schedule;
    for (let i = 0; i < issues.length; i++) {
      problems.push({ path: `$.events[${index}].${issues[i].field}`, itemId: event.id, message: issues[i].message, dropped: false });
    }
  }
  return { events: compiled, problems };
}

const cache = new WeakMap<FeedData, CompiledFeed>();

/** compileEvents for a FeedData, once per FeedData however many calendars show it. */
export function compiledFeed(data: FeedData): CompiledFeed {
  let compiled = cache.get(data);
  if (!compiled) {
    compiled = compileEvents(data.events);
    cache.set(data, compiled);
  }
  return compiled;
}

const nextKnown = new WeakMap<Schedule, { readonly now: number; readonly next: boolean }>();

/** Whether an event has an occurrence to come that is not cancelled, as of `now`; remembered for the last `now`. */
function hasUpcoming(schedule: Schedule, now: number): boolean {
  let known = nextKnown.get(schedule);
  if (known?.now !== now) nextKnown.set(schedule, (known = { now, next: hasOccurrenceAfter(schedule, now) }));
  return known.next;
}

/** Whether an event has an occurrence to come after `now` (any, with `showPast`). */
export const isUpcoming = (compiled: CompiledEvent, now: number, showPast: boolean): boolean => showPast || hasUpcoming(compiled.schedule, now);

/** The events that have an occurrence to come after `now`, or all of them with `showPast`. */
export const upcoming = (events: readonly CompiledEvent[], now: number, showPast: boolean): readonly CompiledEvent[] =>
  showPast ? events : events.filter((c) => hasUpcoming(c.schedule, now));

/** One occurrence with its event: what a calendar row or cell shows. */
export interface Entry extends CompiledEvent {
  readonly occurrence: Occurrence;
}

/** A key unique within a feed: event id and original start. */
export const entryKey = (entry: Entry): string => `${entry.event.id}|${entry.occurrence.recurrenceId}`;

/** Time order: by start, then by event id. */
const byStart = (a: Entry, b: Entry): number => a.occurrence.start - b.occurrence.start || (a.event.id < b.event.id ? -1 : 1);

/** Every occurrence of `events` that overlaps [from, to), by start, then by event id. */
export function entriesBetween(events: readonly CompiledEvent[], from: number, to: number): Entry[] {
  return events
    .flatMap(({ event, schedule }) =>
      occurrencesBetween(schedule, from, to).map((occurrence) => ({ event, schedule, occurrence })),
    )
    .sort(byStart);
}

/**
 * The events that have occurrences in a window, and the start of each one's first: two arrays
 * rather than an object per event (the starts stay plain doubles, which the engine need not box).
 */
interface Found {
  readonly events: CompiledEvent[];
  readonly firsts: number[];
}

/** By first start, then by event id: the order of their first occurrences. */
const before = ({ events, firsts }: Found, a: number, b: number): boolean =>
  firsts[a] < firsts[b] || (firsts[a] === firsts[b] && events[a].event.id < events[b].event.id);

/**
 * The indices of the `n` events whose occurrences come first, in order. A page is a few of
 * thousands: one pass keeps the earliest few, instead of sorting them all.
 */
function earliest(found: Found, n: number): number[] {
  const { length } = found.events;
  if (n * 8 >= length) {
    return Array.from({ length }, (_, i) => i)
      .sort((a, b) => (before(found, a, b) ? -1 : before(found, b, a) ? 1 : 0))
      .slice(0, n);
  }
  const kept: number[] = [];
  for (let f = 0; f < length; f++) {
    if (kept.length === n && !before(found, f, kept[n - 1])) continue;
    let at = kept.length === n ? n - 1 : kept.length;
    while (at > 0 && before(found, f, kept[at - 1])) {
      kept[at] = kept[at - 1];
      at--;
    }
    kept[at] = f;
  }
  return kept;
}

/**
 * The occurrences of some events in [from, to): how many there are, found by counting, and
 * the first ones in time order, found by listing only the events that they can come from.
 */
export class Agenda {
  /** How many occurrences overlap the window. */
  readonly count: number;
  private readonly found: Found = { events: [], firsts: [] };
  private shown: readonly Entry[] = [];

  constructor(
    events: readonly CompiledEvent[],
    private readonly from: number,
    private readonly to: number,
  ) {
    let count = 0;
    // The window in the wall time of the zone that most events share, and of any other.
    let zone = HELSINKI;
    let fromWall = toWall(from, zone);
    let toWallTime = toWall(to, zone);
    for (let i = 0; i < events.length; i++) {
      const compiled = events[i];
      const { schedule } = compiled;
      if (schedule.zone !== zone) {
        zone = schedule.zone;
        fromWall = toWall(from, zone);
        toWallTime = toWall(to, zone);
      }
      const found = countBetween(schedule, from, to, fromWall, toWallTime);
      if (!found) continue;
      this.found.events.push(compiled);
      this.found.firsts.push(found.first);
      count += found.count;
    }
    this.count = count;
  }

  /**
   * The first `n` occurrences, by start and then event id. The n-th of them starts no later than
   * the n-th earliest first occurrence of an event, so only the n events with the earliest ones are
   * listed, and only up to that start: a daily group's half year of occurrences is not needed for one page.
   */
  first(n: number): readonly Entry[] {
    if (n <= this.shown.length || this.shown.length === this.count) return this.shown.slice(0, n);
    const picked = earliest(this.found, n);
    const to = picked.length === n ? Math.min(this.to, this.found.firsts[picked[n - 1]] + 1) : this.to;
    this.shown = entriesBetween(
      picked.map((i) => this.found.events[i]),
      this.from,
      to,
    ).slice(0, n);
    return this.shown;
  }

  /** Every occurrence in the window, in time order. */
  all(): readonly Entry[] {
    return this.first(this.count);
  }
}
