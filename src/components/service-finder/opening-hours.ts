/**
 * Opening hours in Europe/Helsinki wall-clock time: is a service or channel open at an instant,
 * across midnight and the DST changes and with its exceptional hours (holidays, summer closures),
 * and the pieces to write hours for people. Pure logic: no DOM.
 */
import type { ExceptionalHours, OpeningHours } from '../../feed/types.js';
import { dateKey, DAY, HELSINKI, toWall, weekday } from '../../feed/time/zoned-time.js';

export type Weekday = OpeningHours['days'][number];
export const WEEKDAYS: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
/** Opening hours change on the minute. */
export const MINUTE = 60_000;

/** A moment as people in Helsinki read it off the wall clock. */
export interface WallClock {
  /** The calendar date, YYYY-MM-DD. */
  readonly date: string;
  /** 0 = Monday … 6 = Sunday. */
  readonly weekday: number;
  /** Minutes since midnight, 0–1439. */
  readonly minutes: number;
}

/** The last clock read: every card of a render asks for the same instant. */
let last: { readonly instant: number; readonly clock: WallClock } | undefined;

/** The Helsinki wall clock at an instant (see feed/time/zoned-time for EET and EEST). */
export function helsinkiWallClock(instant: number | Date): WallClock {
  if (last?.instant === +instant) return last.clock;
  const wall = toWall(+instant, HELSINKI);
  const clock = { date: dateKey(wall), weekday: weekday(wall), minutes: Math.floor((wall % DAY) / MINUTE) };
  last = { instant: +instant, clock };
  return clock;
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
 * its weekday and its validity dates. Opening is inclusive, closing exclusive. Exceptional hours
 * replace the regular ones on the days they cover.
 */
export function isOpenAt(
  hours: readonly OpeningHours[] | undefined,
  instant: number | Date,
  exceptions?: readonly ExceptionalHours[],
): boolean {
  return hours?.length || exceptions?.length ? isOpenOn(hours, helsinkiWallClock(instant), exceptions) : false;
}

/** Whether an exception sets hours or closes: one with `closed: false` and no times changes nothing. */
const applies = (exception: ExceptionalHours): boolean => exception.closed === true || Boolean(exception.opens && exception.closes);

/** The exceptional hours that replace the regular ones on `date`; of several, the one that starts last. */
export function exceptionOn(exceptions: readonly ExceptionalHours[] | undefined, date: string): ExceptionalHours | undefined {
  let found: ExceptionalHours | undefined;
  for (const exception of exceptions ?? []) {
    if (!applies(exception) || date < exception.from || date > (exception.through ?? exception.from)) continue;
    if (!found || exception.from > found.from) found = exception;
  }
  return found;
}

/** Whether a period from `opens` to `closes` that starts on a day is open at `minutes` of that day, or of the next (`spill`). */
function within(opens: string, closes: string, minutes: number, spill: boolean): boolean {
  const start = minutesOf(opens);
  const end = minutesOf(closes);
  if (end > start) return !spill && start <= minutes && minutes < end;
  return spill ? minutes < end : minutes >= start;
}

/** Whether exceptional hours that start on a day are open at `minutes` of that day, or of the next (`spill`). */
function exceptionOpen(exception: ExceptionalHours, minutes: number, spill: boolean): boolean {
  return !exception.closed && within(exception.opens!, exception.closes!, minutes, spill);
}

/** isOpenAt for a wall clock read once, when many services are checked against the same moment. */
export function isOpenOn(
  hours: readonly OpeningHours[] | undefined,
  now: WallClock,
  exceptions?: readonly ExceptionalHours[],
): boolean {
  if (!hours?.length && !exceptions?.length) return false;
  const today = WEEKDAYS[now.weekday];
  const yesterday = WEEKDAYS[(now.weekday + 6) % 7];
  const todayException = exceptionOn(exceptions, now.date);
  if (todayException) {
    if (exceptionOpen(todayException, now.minutes, false)) return true;
  } else if (hours?.some((spec) => spec.days.includes(today) && within(spec.opens, spec.closes, now.minutes, false) && validOn(spec, now.date))) {
    return true;
  }
  const spills = (spec: OpeningHours) => spec.days.includes(yesterday) && minutesOf(spec.closes) <= minutesOf(spec.opens);
  if (!exceptions?.length && !hours?.some(spills)) return false;
  const yesterdayDate = dayBefore(now.date);
  const yesterdayException = exceptionOn(exceptions, yesterdayDate);
  if (yesterdayException) return exceptionOpen(yesterdayException, now.minutes, true);
  return (hours ?? []).some((spec) => spills(spec) && within(spec.opens, spec.closes, now.minutes, true) && validOn(spec, yesterdayDate));
}

/** How many days ahead coming exceptional hours are shown. */
const EXCEPTIONS_AHEAD = 60;

/** Exceptional hours that have not ended and start within the next weeks, in date order. */
export function comingExceptions(exceptions: readonly ExceptionalHours[] | undefined, instant: number | Date): ExceptionalHours[] {
  if (!exceptions?.length) return [];
  const { date } = helsinkiWallClock(instant);
  const [y, m, d] = date.split('-').map(Number);
  const horizon = new Date(Date.UTC(y, m - 1, d + EXCEPTIONS_AHEAD)).toISOString().slice(0, 10);
  return exceptions
    .filter((e) => applies(e) && (e.through ?? e.from) >= date && e.from <= horizon)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
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
