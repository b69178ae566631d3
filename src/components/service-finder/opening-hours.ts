/**
 * Opening hours in Europe/Helsinki wall-clock time: is a service open at an instant, across
 * midnight and the DST changes, and the pieces to write hours for people. Pure logic: no DOM.
 */
import type { OpeningHours } from '../../feed/types.js';
import { HELSINKI } from '../../i18n/format.js';

export type Weekday = OpeningHours['days'][number];
export const WEEKDAYS: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/** A moment as people in Helsinki read it off the wall clock. */
export interface WallClock {
  /** The calendar date, YYYY-MM-DD. */
  readonly date: string;
  /** 0 = Monday … 6 = Sunday. */
  readonly weekday: number;
  /** Minutes since midnight, 0–1439. */
  readonly minutes: number;
}

const SHORT_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
let wallClockFormat: Intl.DateTimeFormat | undefined;

/** The Helsinki wall clock at an instant; Intl knows when EET and EEST apply. */
export function helsinkiWallClock(instant: number | Date): WallClock {
  wallClockFormat ??= new Intl.DateTimeFormat('en-US', {
    timeZone: HELSINKI,
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts: Record<string, string> = {};
  for (const { type, value } of wallClockFormat.formatToParts(instant)) parts[type] = value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: SHORT_DAYS.indexOf(parts.weekday),
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** "09:30" → 570; "24:00" → 1440, the end of the day. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

function dayBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

/** Whether a period of `spec` that starts on `date` is within its validFrom–validThrough. */
function validOn(spec: OpeningHours, date: string): boolean {
  return (!spec.validFrom || spec.validFrom <= date) && (!spec.validThrough || date <= spec.validThrough);
}

/**
 * Whether one of the hours is open at `instant`. A closing time at or before the opening time
 * runs past midnight into the next day; that period belongs to the day it starts on, for both
 * its weekday and its validity dates. Opening is inclusive, closing exclusive.
 */
export function isOpenAt(hours: readonly OpeningHours[] | undefined, instant: number | Date): boolean {
  return hours?.length ? isOpenOn(hours, helsinkiWallClock(instant)) : false;
}

/** isOpenAt for a wall clock read once, when many services are checked against the same moment. */
export function isOpenOn(hours: readonly OpeningHours[] | undefined, now: WallClock): boolean {
  if (!hours?.length) return false;
  const today = WEEKDAYS[now.weekday];
  const yesterday = WEEKDAYS[(now.weekday + 6) % 7];
  let yesterdayDate: string | undefined;
  return hours.some((spec) => {
    const opens = minutesOf(spec.opens);
    const closes = minutesOf(spec.closes);
    if (closes > opens) {
      return spec.days.includes(today) && opens <= now.minutes && now.minutes < closes && validOn(spec, now.date);
    }
    if (spec.days.includes(today) && now.minutes >= opens && validOn(spec, now.date)) return true;
    if (!spec.days.includes(yesterday) || now.minutes >= closes) return false;
    yesterdayDate ??= dayBefore(now.date);
    return validOn(spec, yesterdayDate);
  });
}

/** Hours that still apply on or after the date of `instant` (those that have ended are left out). */
export function currentHours(hours: readonly OpeningHours[] | undefined, instant: number | Date): OpeningHours[] {
  if (!hours?.length) return [];
  const { date } = helsinkiWallClock(instant);
  return hours.filter((spec) => !spec.validThrough || spec.validThrough >= date);
}

/** True when a line of hours says "every day, all day", with no end date. */
export function isAroundTheClock(spec: OpeningHours): boolean {
  return (
    new Set(spec.days).size === 7 &&
    spec.opens === spec.closes.replace('24:00', '00:00') &&
    !spec.validFrom &&
    !spec.validThrough
  );
}

/** Runs of consecutive days in week order: ["mo","tu","we","fr"] → [["mo","we"], ["fr","fr"]]. */
export function dayRanges(days: readonly Weekday[]): [Weekday, Weekday][] {
  const indexes = [...new Set(days.map((d) => WEEKDAYS.indexOf(d)))].filter((i) => i >= 0).sort((a, b) => a - b);
  const ranges: [Weekday, Weekday][] = [];
  for (const index of indexes) {
    const last = ranges.at(-1);
    if (last && WEEKDAYS.indexOf(last[1]) === index - 1) last[1] = WEEKDAYS[index];
    else ranges.push([WEEKDAYS[index], WEEKDAYS[index]]);
  }
  return ranges;
}

/** "09:05" → "9.05", as Finns write times (the kit uses Finnish conventions in every language). */
export function formatWallTime(time: string): string {
  const [hours, minutes] = time.split(':');
  return `${Number(hours)}.${minutes}`;
}
