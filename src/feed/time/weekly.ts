/**
 * A WEEKLY rule that weekdays alone decide (most groups: "FREQ=WEEKLY;BYDAY=TU"), by arithmetic:
 * its k-th start after DTSTART, and how many starts come before a wall time, without walking
 * its weeks. The rule's COUNT and UNTIL are left to the caller. Pure logic.
 */
import type { Schedule } from './schedule.js';
import { DAY, type WallTime } from './zoned-time.js';

/** The starts of a schedule whose rule is such a weekly one; undefined for any other. */
export function weeklyStarts(schedule: Schedule): WeeklyStarts | undefined {
  const week = schedule.expansion?.week;
  return schedule.rule && week ? new WeeklyStarts(schedule.start, schedule.rule.interval, week.first, week.offsets) : undefined;
}

/** A class rather than closures: a calendar makes one for each of thousands of events, mostly before the engine optimises. */
export class WeeklyStarts {
  private readonly timeOfDay: number;
  private readonly periodDays: number;
  /** How many of the rule's days come before DTSTART's (or are it). */
  private readonly skipped: number;

  constructor(
    private readonly start: WallTime,
    interval: number,
    /** The first day of week 0 (days since 1.1.1970). */
    private readonly first: number,
    /** The days picked in a week, from its first day, in order. */
    private readonly offsets: readonly number[],
  ) {
    this.timeOfDay = start - Math.floor(start / DAY) * DAY;
    this.periodDays = interval * 7;
    this.skipped = this.startsBefore(start + 1);
  }

  /** How many of the rule's starts after DTSTART come before wall time `wall`. */
  before(wall: WallTime): number {
    return Math.max(0, this.startsBefore(wall) - this.skipped);
  }

  /** The k-th start after DTSTART (k = 0, 1, …), as eachStart gives them. */
  wallOf(k: number): WallTime {
    const at = k + this.skipped;
    const perPeriod = this.offsets.length;
    return (this.first + Math.floor(at / perPeriod) * this.periodDays + this.offsets[at % perPeriod]) * DAY + this.timeOfDay;
  }

  /** Whether the rule's weekdays and time of day give `wall` (after DTSTART). */
  gives(wall: WallTime): boolean {
    return wall > this.start && this.startsBefore(wall + 1) - this.startsBefore(wall) === 1;
  }

  /** How many of the rule's days from week 0 (DTSTART's too) start before `wall`. */
  private startsBefore(wall: WallTime): number {
    const days = Math.ceil((wall - this.timeOfDay) / DAY) - this.first;
    if (days <= 0) return 0;
    const periods = Math.floor(days / this.periodDays);
    const rest = days - periods * this.periodDays;
    const { offsets } = this;
    let j = 0;
    while (j < offsets.length && offsets[j] < rest) j++;
    return periods * offsets.length + j;
  }
}
