/**
 * The feed's events made ready for a calendar: each compiled once into a Schedule (bad ones
 * reported with their path and left out), and their occurrences listed in time order for a
 * window. Pure logic: no DOM.
 */
import type { FeedData } from '../../feed/feed-data.js';
import type { FeedEvent } from '../../feed/types.js';
import { occurrencesBetween, type Occurrence } from '../../feed/time/occurrences.js';
import { compileSchedule, RecurrenceError, type Schedule } from '../../feed/time/schedule.js';

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

export function compileEvents(events: readonly FeedEvent[]): CompiledFeed {
  const compiled: CompiledEvent[] = [];
  const problems: EventProblem[] = [];
  events.forEach((event, index) => {
    const at = (field: string): string => `$.events[${index}].${field}`;
    try {
      const schedule = compileSchedule(event);
      compiled.push({ event, schedule });
      for (const issue of schedule.issues) {
        problems.push({ path: at(issue.field), itemId: event.id, message: issue.message, dropped: false });
      }
    } catch (error) {
      if (!(error instanceof RecurrenceError)) throw error;
      problems.push({ path: at(error.field), itemId: event.id, message: error.message, dropped: true });
    }
  });
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

/** One occurrence with its event: what a calendar row or cell shows. */
export interface Entry extends CompiledEvent {
  readonly occurrence: Occurrence;
}

/** A key unique within a feed: event id and original start. */
export const entryKey = (entry: Entry): string => `${entry.event.id}|${entry.occurrence.recurrenceId}`;

/** Every occurrence of `events` that overlaps [from, to), by start, then by event id. */
export function entriesBetween(events: readonly CompiledEvent[], from: number, to: number): Entry[] {
  return events
    .flatMap(({ event, schedule }) =>
      occurrencesBetween(schedule, from, to).map((occurrence) => ({ event, schedule, occurrence })),
    )
    .sort((a, b) => a.occurrence.start - b.occurrence.start || (a.event.id < b.event.id ? -1 : 1));
}
