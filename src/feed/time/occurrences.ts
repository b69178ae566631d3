/**
 * An event's occurrences in a window, after EXDATE, RDATE and overrides, placed in real time by
 * the wall-clock rule (docs/calendar.md): an occurrence keeps its wall-clock start and length.
 * A start in a skipped hour moves forward with the clock (03:30 → 04:30) and its end follows
 * (04:30 + the length); a start in a repeated hour is the first of the two. Pure logic.
 */
import type { EventOverride } from '../types.js';
import { eachStart, entryTime, type Schedule } from './schedule.js';
import { DAY, localKey, offsetChanges, toInstant, toWall, type WallTime } from './zoned-time.js';

/** One occurrence of an event, after EXDATE, RDATE and overrides. */
export interface Occurrence {
  /** The local key of the original start ("2026-10-13T18:00:00"): RECURRENCE-ID in iCalendar. */
  readonly recurrenceId: string;
  /** Start and end instants (ms since the epoch). */
  readonly start: number;
  readonly end: number;
  readonly cancelled: boolean;
  /** The override that changed this occurrence, if any. */
  readonly override?: EventOverride;
}

/** An occurrence found in a window. Most are only counted, never shown: their key is written when asked for. */
class FoundOccurrence implements Occurrence {
  constructor(
    private readonly original: WallTime,
    readonly start: number,
    readonly end: number,
    readonly cancelled: boolean,
    readonly override?: EventOverride,
  ) {}

  get recurrenceId(): string {
    return localKey(this.original);
  }
}

/** Where an occurrence really is: instants, and the wall times a clock in its zone shows then. */
export interface Placed {
  readonly start: number;
  readonly end: number;
  readonly startWall: WallTime;
  /** The wall-clock end asked for; in a skipped hour the clock shows it an hour later. */
  readonly endWall: WallTime;
}

/** The occurrence that originally starts at `original`, after its override, placed by the wall-clock rule. */
export function place(schedule: Schedule, original: WallTime): Placed {
  const override = schedule.overrides.get(original);
  const { zone, duration } = schedule;
  const asked = (override?.start ? entryTime(schedule, override.start) : undefined) ?? original;
  const start = toInstant(asked, zone);
  const startWall = toWall(start, zone);
  const givenEnd = override?.end ? entryTime(schedule, override.end, true) : undefined;
  const endWall = givenEnd !== undefined && givenEnd > asked ? givenEnd : startWall + duration;
  return { start, end: toInstant(endWall, zone), startWall, endWall };
}

/** Whether the rule's plain reading (DTSTART's wall time, the same length in real time) misplaces it. */
export function isIrregular(schedule: Schedule, original: WallTime, placed: Placed): boolean {
  return placed.startWall !== original || placed.end - placed.start !== schedule.duration;
}

/**
 * The occurrences that overlap [from, to) (instants), sorted by start: one that began before
 * `from` and is still going on is included. Cancelled ones are included, marked.
 */
export function occurrencesBetween(schedule: Schedule, from: number, to: number): Occurrence[] {
  const found = new Map<WallTime, Occurrence>();
  const consider = (original: WallTime): void => {
    if (found.has(original) || schedule.exdates.has(original)) return;
    const override = schedule.overrides.get(original);
    const { start, end } = place(schedule, original);
    if (end > from && start < to) {
      found.set(original, new FoundOccurrence(original, start, end, override?.cancelled ?? false, override));
    }
  };
  // A day of margin on each side covers any UTC offset; the instants decide exactly.
  const lo = toWall(from, schedule.zone) - schedule.duration - DAY;
  eachStart(schedule, lo, toWall(to, schedule.zone) + DAY, (start) => {
    if (start >= lo) consider(start);
    return true;
  });
  schedule.rdates.forEach(consider);
  // An override may move an occurrence from outside the window into it.
  for (const [original, override] of schedule.overrides) if (override.start) consider(original);
  return [...found.values()].sort((a, b) => a.start - b.start);
}

/**
 * The original starts (rule wall times) of the occurrences in [from, to) that the plain reading
 * misplaces (`misplaced`, by default isIrregular): only those near an offset change can be, so
 * only those are looked at.
 */
export function irregularStarts(
  schedule: Schedule,
  from: number,
  to: number,
  misplaced: (schedule: Schedule, original: WallTime, placed: Placed) => boolean = isIrregular,
): WallTime[] {
  const starts = new Set<WallTime>();
  const { zone, duration, exdates, overrides } = schedule;
  for (const change of offsetChanges(zone, from, to)) {
    const [lo, hi] = [toWall(change, zone) - duration - DAY, toWall(change, zone) + DAY];
    const check = (start: WallTime): boolean => {
      if (start >= lo && start <= hi && !exdates.has(start) && !overrides.has(start) && misplaced(schedule, start, place(schedule, start))) {
        starts.add(start);
      }
      return true;
    };
    eachStart(schedule, lo, hi, check);
    schedule.rdates.forEach(check);
  }
  return [...starts].sort((a, b) => a - b);
}

/** The first occurrence that ends after `from` and is not cancelled, looking up to five years ahead. */
export function nextOccurrence(schedule: Schedule, from: number): Occurrence | undefined {
  for (const days of [62, 366, 5 * 366]) {
    const next = occurrencesBetween(schedule, from, from + days * DAY).find((o) => !o.cancelled);
    if (next) return next;
  }
  return undefined;
}
