/**
 * The dates an RRULE picks, period by period as RFC 5545 §3.3.10 describes: each day, week,
 * month or year of the rule (every INTERVAL-th), its BY… parts expanding or limiting the days,
 * then BYSETPOS. Days are numbered from 1.1.1970 (day 0, a Thursday). Pure arithmetic.
 */
import type { RRule } from './rrule.js';
import { DAY, daysInMonth } from './zoned-time.js';

/** What the BY… parts look at on one day. */
interface Day {
  readonly day: number;
  /** 0 = Monday … 6 = Sunday. */
  readonly weekday: number;
  readonly month: number;
  readonly monthDay: number;
  readonly monthLength: number;
  readonly yearDay: number;
  readonly yearLength: number;
}

export const weekdayOf = (day: number): number => (((day + 3) % 7) + 7) % 7;

const yearLength = (year: number): number => (daysInMonth(year, 2) === 29 ? 366 : 365);
const dayNumber = (year: number, month: number, monthDay: number): number => Date.UTC(year, month - 1, monthDay) / DAY;

function dayAt(day: number): Day {
  const date = new Date(day * DAY);
  const [year, month, monthDay] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  return {
    day,
    weekday: weekdayOf(day),
    month,
    monthDay,
    monthLength: daysInMonth(year, month),
    yearDay: day - dayNumber(year, 1, 1) + 1,
    yearLength: yearLength(year),
  };
}

const monthCache = new Map<number, readonly Day[]>();

/** The days of `month` (1–12) of `year`; remembered, as every monthly event of a feed walks the same months. */
function monthDays(year: number, month: number): readonly Day[] {
  const key = year * 12 + month;
  let days = monthCache.get(key);
  if (!days) {
    if (monthCache.size >= 1200) monthCache.clear();
    monthCache.set(key, (days = daysOfMonth(year, month)));
  }
  return days;
}

function daysOfMonth(year: number, month: number): Day[] {
  const first = dayNumber(year, month, 1);
  const firstYearDay = first - dayNumber(year, 1, 1) + 1;
  const length = daysInMonth(year, month);
  const [weekday, ofYear] = [weekdayOf(first), yearLength(year)];
  return Array.from({ length }, (_, i) => ({
    day: first + i,
    weekday: (weekday + i) % 7,
    month,
    monthDay: i + 1,
    monthLength: length,
    yearDay: firstYearDay + i,
    yearLength: ofYear,
  }));
}

function matchesNumber(values: readonly number[], n: number, length: number): boolean {
  for (let i = 0; i < values.length; i++) if ((values[i] > 0 ? values[i] : length + values[i] + 1) === n) return true;
  return false;
}

/** A period's first day and the days that a rule picks in it. */
export interface Period {
  readonly first: number;
  readonly days: readonly number[];
}

/** The picked periods of the rules that pick alike, by what picks them. */
const periodCache = new Map<string, Map<number, Period>>();

/** A rule with RFC 5545's defaults filled in from DTSTART: the weekday, day of month and month it repeats on. */
export interface Expansion {
  readonly rule: RRule;
  readonly startDay: number;
  readonly startWeekday: number;
  readonly byMonth?: readonly number[];
  readonly byMonthDay?: readonly number[];
  readonly byDay?: RRule['byDay'];
  /** Whether the days need their month and year fields (else the weekday decides). */
  readonly needsDate: boolean;
  /** For a WEEKLY rule that only weekdays decide (most of them): the first day of week 0 and the days picked in a week, from it. */
  readonly week?: { readonly first: number; readonly offsets: readonly number[] };
  /**
   * For a MONTHLY or YEARLY rule: its periods' picked days by month number (year × 12 + month − 1)
   * or year, shared by every rule that picks alike (every "second Tuesday" group of a feed).
   */
  readonly periods?: Map<number, Period>;
  /** The month number or year of DTSTART's period. */
  readonly startPeriod?: number;
}

/**
 * A DAILY or WEEKLY rule's expansion takes only DTSTART's weekday from it: one is made per rule
 * (parseRRule shares them) and weekday, as a feed's thousands of weekly groups share a few hundred rules.
 */
const byWeekday = new WeakMap<RRule, Expansion[]>();
/** Events that share a rule and a first day (a feed's many copies of a group) share its expansion too. */
const byStartDay = new WeakMap<RRule, Map<number, Expansion>>();

export function expansion(rule: RRule, startDay: number): Expansion {
  let made = byStartDay.get(rule);
  if (!made) byStartDay.set(rule, (made = new Map()));
  let x = made.get(startDay);
  if (!x) made.set(startDay, (x = expansionFrom(rule, startDay)));
  return x;
}

function expansionFrom(rule: RRule, startDay: number): Expansion {
  if (rule.freq === 'MONTHLY' || rule.freq === 'YEARLY') return expand(rule, startDay);
  const weekday = weekdayOf(startDay);
  let made = byWeekday.get(rule);
  if (!made) byWeekday.set(rule, (made = []));
  const shared = (made[weekday] ??= expand(rule, startDay));
  const offsets = shared.week?.offsets;
  const week = offsets && { first: startDay - ((weekday - rule.weekStart + 7) % 7), offsets };
  return { rule, startDay, startWeekday: weekday, byDay: shared.byDay, byMonth: shared.byMonth, byMonthDay: shared.byMonthDay, needsDate: shared.needsDate, week };
}

function expand(rule: RRule, startDay: number): Expansion {
  const calendarPeriod = rule.freq === 'MONTHLY' || rule.freq === 'YEARLY';
  // Only a MONTHLY or YEARLY rule reads DTSTART's month and day.
  const start = calendarPeriod ? dayAt(startDay) : { weekday: weekdayOf(startDay), monthDay: 0, month: 0 };
  const free = !rule.byDay && !rule.byMonthDay && !rule.byYearDay;
  const byDay = rule.byDay ?? (free && rule.freq === 'WEEKLY' ? [{ weekday: start.weekday }] : undefined);
  const byMonthDay = rule.byMonthDay ?? (free && calendarPeriod ? [start.monthDay] : undefined);
  const byMonth = rule.byMonth ?? (free && rule.freq === 'YEARLY' ? [start.month] : undefined);
  const ordinals = Boolean(byDay?.some((d) => d.ordinal));
  const needsDate = Boolean(byMonth || byMonthDay || rule.byYearDay || ordinals);
  const offset = (weekday: number): number => (weekday - rule.weekStart + 7) % 7;
  const week =
    rule.freq === 'WEEKLY' && !needsDate && !rule.bySetPos && byDay
      ? { first: startDay - offset(start.weekday), offsets: [...new Set(byDay.map((d) => offset(d.weekday)))].sort((a, b) => a - b) }
      : undefined;
  if (!calendarPeriod) return { rule, startDay, startWeekday: start.weekday, byDay, byMonth, byMonthDay, needsDate, week };
  const picks = JSON.stringify([rule.freq, byDay, byMonth, byMonthDay, rule.byYearDay, rule.bySetPos, rule.byMonth !== undefined]);
  let periods = periodCache.get(picks);
  if (!periods) {
    if (periodCache.size >= 1000) periodCache.clear();
    periodCache.set(picks, (periods = new Map()));
  }
  const date = new Date(startDay * DAY);
  const startPeriod = rule.freq === 'YEARLY' ? date.getUTCFullYear() : date.getUTCFullYear() * 12 + date.getUTCMonth();
  return { rule, startDay, startWeekday: start.weekday, byDay, byMonth, byMonthDay, needsDate, week, periods, startPeriod };
}

function picks(x: Expansion, d: Day): boolean {
  if (x.byMonth && !x.byMonth.includes(d.month)) return false;
  if (x.byMonthDay && !matchesNumber(x.byMonthDay, d.monthDay, d.monthLength)) return false;
  if (x.rule.byYearDay && !matchesNumber(x.rule.byYearDay, d.yearDay, d.yearLength)) return false;
  if (!x.byDay) return true;
  // A numbered weekday counts within the month, or within the year in a YEARLY rule without BYMONTH.
  // (Loops, no closures or tuples: a feed's monthly rules pick among thousands of days.)
  const inYear = x.rule.freq === 'YEARLY' && !x.rule.byMonth;
  const n = inYear ? d.yearDay : d.monthDay;
  const length = inYear ? d.yearLength : d.monthLength;
  for (let i = 0; i < x.byDay.length; i++) {
    const { weekday, ordinal } = x.byDay[i];
    if (weekday === d.weekday && (!ordinal || ordinal === Math.ceil(n / 7) || ordinal === -Math.ceil((length - n + 1) / 7))) return true;
  }
  return false;
}

/** The days of period `index` (0 = the one that holds DTSTART), before the BY… parts. */
function periodDays(x: Expansion, index: number): readonly Day[] {
  const { rule, startDay } = x;
  const start = new Date(startDay * DAY);
  const lazy = (first: number, length: number): Day[] =>
    Array.from({ length }, (_, i) => {
      const day = first + i;
      return x.needsDate ? dayAt(day) : ({ day, weekday: weekdayOf(day) } as Day);
    });
  switch (rule.freq) {
    case 'DAILY':
      return lazy(startDay + index * rule.interval, 1);
    case 'WEEKLY':
      return lazy(startDay - ((x.startWeekday - rule.weekStart + 7) % 7) + index * rule.interval * 7, 7);
    case 'MONTHLY': {
      const months = start.getUTCFullYear() * 12 + start.getUTCMonth() + index * rule.interval;
      return monthDays(Math.floor(months / 12), (months % 12) + 1);
    }
    case 'YEARLY': {
      const year = start.getUTCFullYear() + index * rule.interval;
      const months = x.byMonth ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
      return [...months].sort((a, b) => a - b).flatMap((month) => monthDays(year, month));
    }
  }
}

/** The period index that holds `day`, or the one before it (never below 0). */
export function periodIndex(x: Expansion, day: number): number {
  const { rule, startDay } = x;
  const months = (d: number): number => {
    const date = new Date(d * DAY);
    return date.getUTCFullYear() * 12 + date.getUTCMonth();
  };
  let steps: number;
  switch (rule.freq) {
    case 'DAILY':
      steps = (day - startDay) / rule.interval;
      break;
    case 'WEEKLY':
      steps = (day - startDay + ((x.startWeekday - rule.weekStart + 7) % 7)) / (7 * rule.interval);
      break;
    case 'MONTHLY':
      steps = (months(day) - months(startDay)) / rule.interval;
      break;
    case 'YEARLY':
      steps = (new Date(day * DAY).getUTCFullYear() - new Date(startDay * DAY).getUTCFullYear()) / rule.interval;
      break;
  }
  return Math.max(0, Math.floor(steps));
}

/**
 * Period `index`: its first day (a walk stops once that passes the window) and the days it
 * gives, in order, after the BY… parts and BYSETPOS. The days are shared: do not change them.
 */
export function period(x: Expansion, index: number): Period {
  if (x.week) {
    // Arithmetic alone: the calendar's first render expands thousands of weekly groups.
    const first = x.week.first + index * x.rule.interval * 7;
    return { first, days: x.week.offsets.map((offset) => first + offset) };
  }
  if (!x.periods) return pickPeriod(x, index);
  const number = x.startPeriod! + index * x.rule.interval;
  let found = x.periods.get(number);
  if (!found) {
    if (x.periods.size >= 1200) x.periods.clear();
    x.periods.set(number, (found = pickPeriod(x, index)));
  }
  return found;
}

function pickPeriod(x: Expansion, index: number): Period {
  const all = periodDays(x, index);
  const first = x.rule.freq === 'YEARLY' ? dayNumber(new Date(all[0].day * DAY).getUTCFullYear(), 1, 1) : all[0].day;
  const picked = all.filter((d) => picks(x, d));
  const { bySetPos } = x.rule;
  if (!bySetPos) return { first, days: picked.map((d) => d.day) };
  const chosen = new Set(bySetPos.map((p) => picked[p > 0 ? p - 1 : picked.length + p]).filter(Boolean));
  return { first, days: picked.filter((d) => chosen.has(d)).map((d) => d.day) };
}
