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

/** The number written by `count` ASCII digits at `at`, or -1 when one of them is not a digit. */
function digitsAt(value: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * Whether a YYYY-MM-DD date, a local date-time (2026-10-06T18:00, seconds and a fraction
 * optional) or an instant with its offset (2026-11-01T12:00:00+02:00, or Z) names a real day and
 * a real time (00:00–23:59:59, offset up to ±18:00). False for anything else. Read character by
 * character: a feed has thousands of dates, and this runs before the first render.
 */
export function isRealDateTime(value: string): boolean {
  const n = value.length;
  if (n < 10 || value[4] !== '-' || value[7] !== '-') return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  if (year < 0 || month < 0 || day < 0 || !isRealYmd(year, month, day)) return false;
  if (n === 10) return true;
  if (n < 16 || value[10] !== 'T' || value[13] !== ':') return false;
  const hour = digitsAt(value, 11, 2);
  const minute = digitsAt(value, 14, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return false;
  let i = 16;
  if (value[i] === ':') {
    const second = digitsAt(value, i + 1, 2);
    if (second < 0 || second > 59) return false;
    i += 3;
    if (value[i] === '.') {
      const first = ++i;
      while (i < n && digitsAt(value, i, 1) >= 0) i++;
      if (i === first) return false;
    }
  }
  if (i === n) return true;
  if (value[i] === 'Z') return i + 1 === n;
  if ((value[i] !== '+' && value[i] !== '-') || n !== i + 6 || value[i + 3] !== ':') return false;
  const offsetHours = digitsAt(value, i + 1, 2);
  const offsetMinutes = digitsAt(value, i + 4, 2);
  return offsetHours >= 0 && offsetHours <= 18 && offsetMinutes >= 0 && offsetMinutes <= 59;
}

/** Whether `value` is a real YYYY-MM-DD date (and nothing else). */
export function isRealDate(value: string | undefined | null): value is string {
  return typeof value === 'string' && value.length === 10 && isRealDateTime(value);
}
