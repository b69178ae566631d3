/**
 * How many occurrences of an event overlap a window, and when the first of them starts, without
 * listing them: what a calendar's count and its first page need. A weekly rule's starts are
 * counted by arithmetic, and only those near the window's ends are placed in real time. Pure logic.
 */
import { nextOccurrence, occurrencesBetween } from './occurrences.js';
import { eachStart, type Schedule } from './schedule.js';
import { surelyBeforeUntil, withinUntil } from './rrule.js';
import { weeklyStarts } from './weekly.js';
import { DAY, toInstant, toWall as wallIn, type WallTime } from './zoned-time.js';

export interface WindowCount {
  /** How many occurrences overlap the window (cancelled ones too, as occurrencesBetween lists them). */
  readonly count: number;
  /** The start of the first of them (an instant). */
  readonly first: number;
}

/**
 * Two days cover any difference of UTC offsets (Samoa's 2011 jump was one day): a start that
 * far inside the window, in wall time, is inside it whatever the clock does.
 */
const SURE = 2 * DAY;

/**
 * What occurrencesBetween(schedule, from, to) would list: how many, and the first start; undefined
 * when none. `fromWall` and `toWall` are the window in the wall time of the schedule's zone.
 * (Plain numbers, no tuples: this runs for every event of a feed, mostly before the engine optimises it.)
 */
export function countBetween(schedule: Schedule, from: number, to: number, fromWall: WallTime, toWall: WallTime): WindowCount | undefined {
  if (schedule.overrides.size || schedule.rdates.length) {
    // Overrides and RDATEs may move occurrences out of the rule's order: list them.
    const listed = occurrencesBetween(schedule, from, to);
    return listed.length ? { count: listed.length, first: listed[0].start } : undefined;
  }
  // An event that starts after the window, or a single one that ends before it, whatever the
  // clock does, is known without a counter (a feed's later and past events).
  const lo = fromWall - schedule.duration - DAY;
  if (schedule.start > toWall + DAY || (!schedule.rule && schedule.start < lo)) return undefined;
  const counter = new Counter(schedule, from, to, lo);
  if (!schedule.rule) counter.consider(schedule.start);
  else if (schedule.expansion?.week) countWeekly(schedule, counter, fromWall, toWall);
  else walkRule(schedule, counter, fromWall, toWall);
  return counter.count ? counter : undefined;
}

/**
 * Whether an occurrence that is not cancelled ends after `from`, looking up to five years ahead:
 * whether nextOccurrence finds one, counted instead of listed unless overrides may cancel some.
 */
export function hasOccurrenceAfter(schedule: Schedule, from: number): boolean {
  if (schedule.overrides.size) return nextOccurrence(schedule, from) !== undefined;
  const fromWall = wallIn(from, schedule.zone);
  for (const days of [62, 366, 5 * 366]) {
    const to = from + days * DAY;
    if (countBetween(schedule, from, to, fromWall, wallIn(to, schedule.zone))) return true;
  }
  return false;
}

/** Counts the starts it is given, placing each in real time. */
class Counter implements WindowCount {
  count = 0;
  first = Infinity;

  constructor(
    private readonly schedule: Schedule,
    private readonly from: number,
    private readonly to: number,
    /** Starts before this (a wall time) end before the window, whatever the clock does. */
    readonly lo: WallTime,
  ) {}

  /**
   * Counts `original` if its occurrence overlaps the window; false once one starts after it (the
   * rest do too). Placed as place() does it for an occurrence without an override (an event with
   * overrides is listed, not counted), without making an object for each.
   */
  consider(original: WallTime): boolean {
    const { schedule } = this;
    if (original < this.lo || schedule.exdates.has(original)) return true;
    const { zone } = schedule;
    const start = toInstant(original, zone);
    if (start >= this.to) return false;
    const end = toInstant(wallIn(start, zone) + schedule.duration, zone);
    if (end > this.from) {
      this.count++;
      if (this.first === Infinity) this.first = start;
    }
    return true;
  }
}

/** Any rule, start by start: a start two days or more inside the window counts without being placed. */
function walkRule(schedule: Schedule, counter: Counter, fromWall: WallTime, toWallTime: WallTime): void {
  const { exdates } = schedule;
  eachStart(schedule, counter.lo, toWallTime + DAY, (original) => {
    const inside = original >= fromWall + SURE && original <= toWallTime - SURE;
    if (inside && counter.first !== Infinity && !exdates.has(original)) {
      counter.count++;
      return true;
    }
    return counter.consider(original);
  });
}

/**
 * A WEEKLY rule that weekdays alone decide, as eachStart walks it: DTSTART, then the k-th start
 * after it (k = 0, 1, …) for k < COUNT − 1 and up to UNTIL. The starts near the window's ends
 * (and near UNTIL) are placed one by one; those between are counted by arithmetic, less their EXDATEs.
 */
function countWeekly(schedule: Schedule, counter: Counter, fromWall: WallTime, toWallTime: WallTime): void {
  const { rule, start, exdates } = schedule;
  const hi = toWallTime + DAY;
  if (start > hi || !counter.consider(start) || !rule || rule.count === 1) return;
  const weekly = weeklyStarts(schedule)!;
  const surelyBefore = surelyBeforeUntil(rule.until);
  const end = Math.min(rule.count ? rule.count - 1 : Infinity, weekly.before(hi + 1));
  let k = Math.min(weekly.before(counter.lo), end);
  const insideFrom = Math.min(Math.max(k, weekly.before(fromWall + SURE)), end);
  const insideTo = Math.max(insideFrom, Math.min(end, weekly.before(Math.min(toWallTime - SURE, surelyBefore) + 1)));
  // The first occurrence is always placed: the page shows its real start.
  for (; k < insideFrom || (counter.first === Infinity && k < insideTo); k++) {
    if (!placeWeekly(weekly.wallOf(k), schedule, counter, surelyBefore)) return;
  }
  if (k < insideTo) {
    let left = insideTo - k;
    if (exdates.size) {
      const lo = weekly.wallOf(k);
      const last = weekly.wallOf(insideTo - 1);
      for (const wall of exdates) if (wall >= lo && wall <= last && weekly.gives(wall)) left--;
    }
    counter.count += left;
    k = insideTo;
  }
  for (; k < end; k++) {
    if (!placeWeekly(weekly.wallOf(k), schedule, counter, surelyBefore)) return;
  }
}

/** Counts a weekly start near an end of the window or UNTIL; false once the rule or the window has ended. */
function placeWeekly(wall: WallTime, schedule: Schedule, counter: Counter, surelyBefore: WallTime): boolean {
  if (wall > surelyBefore && !withinUntil(schedule.rule!.until, wall, schedule.zone)) return false;
  return counter.consider(wall);
}
