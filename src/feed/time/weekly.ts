/**
 * A WEEKLY rule that weekdays alone decide (most groups: "FREQ=WEEKLY;BYDAY=TU"), by arithmetic:
 * its k-th start after DTSTART, and how many starts come before a wall time, without walking
 * its weeks. The rule's COUNT and UNTIL are left to the caller. Pure logic.
 */
import type { Schedule } from './schedule.js';
import { DAY, type WallTime } from './zoned-time.js';

export interface WeeklyStarts {
  /** How many of the rule's starts after DTSTART come before wall time `wall`. */
  before(wall: WallTime): number;
  /** The k-th start after DTSTART (k = 0, 1, …), as eachStart gives them. */
  wallOf(k: number): WallTime;
  /** Whether the rule's weekdays and time of day give `wall` (after DTSTART). */
  gives(wall: WallTime): boolean;
}

/** The starts of a schedule whose rule is such a weekly one; undefined for any other. */
export function weeklyStarts(schedule: Schedule): WeeklyStarts | undefined {
  const { rule, start } = schedule;
  const week = schedule.expansion?.week;
  if (!rule || !week) return undefined;
  const { first, offsets } = week;
  const timeOfDay = start - Math.floor(start / DAY) * DAY;
  const periodDays = rule.interval * 7;
  const perPeriod = offsets.length;
  /** How many of the rule's days from week 0 (DTSTART's too) start before `wall`. */
  const startsBefore = (wall: WallTime): number => {
    const days = Math.ceil((wall - timeOfDay) / DAY) - first;
    if (days <= 0) return 0;
    const periods = Math.floor(days / periodDays);
    const rest = days - periods * periodDays;
    let j = 0;
    while (j < perPeriod && offsets[j] < rest) j++;
    return periods * perPeriod + j;
  };
  const skipped = startsBefore(start + 1);
  return {
    before: (wall) => Math.max(0, startsBefore(wall) - skipped),
    wallOf(k) {
      const at = k + skipped;
      return (first + Math.floor(at / perPeriod) * periodDays + offsets[at % perPeriod]) * DAY + timeOfDay;
    },
    gives: (wall) => wall > start && startsBefore(wall + 1) - startsBefore(wall) === 1,
  };
}
