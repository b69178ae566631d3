/**
 * Real-date checks for the feed's date and time strings: the schema's patterns accept
 * "2026-13-45", so everything that reads dates (parser, validator, CLI) asks this module.
 */

/** Days in a month (1–12) of a proleptic Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** Whether year, month (1–12) and day exist on the calendar. Years 0–99 count as real (Date.UTC would not). */
export function isRealYmd(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year < 100 ? year + 400 : year, month);
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|([+-])(\d{2}):(\d{2}))?)?$/;

const known = new Map<string, boolean>();

/**
 * Whether a YYYY-MM-DD date, a local date-time (2026-10-06T18:00) or an instant with its offset
 * (2026-11-01T12:00:00+02:00) names a real day and a real time (00:00–23:59:59, offset up to
 * ±18:00). False for anything else. A feed repeats its dates, so each is worked out once.
 */
export function isRealDateTime(value: string): boolean {
  let ok = known.get(value);
  if (ok !== undefined) return ok;
  const match = DATE_TIME.exec(value);
  if (!match) ok = false;
  else {
    const [, y, m, d, hh = '0', mm = '0', ss = '0', , oh = '0', om = '0'] = match;
    ok = isRealYmd(+y, +m, +d) && +hh <= 23 && +mm <= 59 && +ss <= 59 && +oh <= 18 && +om <= 59;
  }
  if (known.size >= 10_000) known.clear();
  known.set(value, ok);
  return ok;
}

/** Whether `value` is a real YYYY-MM-DD date (and nothing else). */
export function isRealDate(value: string | undefined | null): value is string {
  return typeof value === 'string' && value.length === 10 && isRealDateTime(value);
}
