/**
 * Wall-clock time in an IANA time zone and the instants it names, through the offsets that
 * Intl.DateTimeFormat reports: no date library, and nothing depends on the device's zone.
 */
import { daysInMonth } from '../dates.js';

/**
 * A wall-clock date and time as a number: its fields read as if they were UTC, in milliseconds
 * (18:00 on 6.10.2026 is Date.UTC(2026, 9, 6, 18) in any zone). Wall times order, subtract and
 * step by days like instants, and Date's getUTC…() methods read their fields.
 */
export type WallTime = number;

const MINUTE = 60_000;
export const DAY = 86_400_000;

const keys = new Map<WallTime, string>();

/**
 * "2026-10-06T18:00:00": the key by which exceptions and overrides find an occurrence. Weekly
 * groups share their dates and hours, so each key is written once for many occurrences.
 */
export function localKey(wall: WallTime): string {
  let key = keys.get(wall);
  if (key === undefined) {
    key = new Date(wall).toISOString().slice(0, 19);
    if (keys.size >= 100_000) keys.clear();
    keys.set(wall, key);
  }
  return key;
}

/** "2026-10-06": the calendar day of a wall time. */
export const dateKey = (wall: WallTime): string => localKey(wall).slice(0, 10);

/** The number that `count` ASCII digits of `text` from `at` write; NaN when one is not a digit. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** Reads "2026-10-06T18:00" (seconds optional); undefined when the text is not a real time. */
export function parseLocal(text: string): WallTime | undefined {
  // Read by hand rather than by a regular expression: a calendar reads thousands on its first render.
  const { length } = text;
  const seconds = length === 19;
  if ((length !== 16 && !seconds) || text[4] !== '-' || text[7] !== '-' || text[10] !== 'T' || text[13] !== ':') return undefined;
  if (seconds && text[16] !== ':') return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = seconds ? digits(text, 17, 2) : 0;
  // Date.UTC would roll 30 February over to March (and read years 0–99 as 1900–1999): check the
  // fields. A field that is not digits is NaN, which fails every comparison.
  const real = year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour < 24 && minute < 60 && second < 60;
  return real ? Date.UTC(year, month - 1, day, hour, minute, second) : undefined;
}

/** ISO weekday index: 0 = Monday … 6 = Sunday. */
export function weekday(wall: WallTime): number {
  return (new Date(wall).getUTCDay() + 6) % 7;
}

export { daysInMonth };

/** The zone of every wall-clock time in the feed. */
export const HELSINKI = 'Europe/Helsinki';

const PARTS: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
};

const formats = new Map<string, Intl.DateTimeFormat>();
const knownZones = new Map<string, boolean>();

/** Whether Intl knows `zone` (an IANA name, or an alias such as UTC). Each name is asked once. */
export function isTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    knownZones.set(zone, known);
  }
  return known;
}

/** What `format` writes in the engines we know ("10/6/2026, 18:00:00"): month, day, year, hour, minute, second. */
const WRITTEN = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),? (\d{2}):(\d{2}):(\d{2})$/;

/** The wall time in `zone` at an instant, from Intl. */
function wallAt(instant: number, zone: string): WallTime {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en', { ...PARTS, timeZone: zone });
    formats.set(zone, format);
  }
  // Reading the plain text is many times faster than formatToParts (one string, not an array of
  // objects); any other shape of text, in an engine that writes one, is read by its parts.
  const written = WRITTEN.exec(format.format(instant));
  if (written) return Date.UTC(+written[3], +written[1] - 1, +written[2], +written[4], +written[5], +written[6]);
  const fields: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of format.formatToParts(instant)) fields[part.type] = Number(part.value);
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = fields;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

const QUARTER_HOUR = 900_000;
/** Per zone, per UTC quarter hour: the offset. */
const quarterOffsets = new Map<string, Map<number, number>>();

/** The offset at a UTC quarter hour (a whole number), looked up once. */
function offsetAtQuarter(quarter: number, zone: string): number {
  let offsets = quarterOffsets.get(zone);
  if (!offsets) quarterOffsets.set(zone, (offsets = new Map()));
  let offset = offsets.get(quarter);
  if (offset === undefined) {
    const start = quarter * QUARTER_HOUR;
    offset = wallAt(start, zone) - start;
    if (offsets.size >= 100_000) offsets.clear();
    offsets.set(quarter, offset);
  }
  return offset;
}

/** Per zone, per UTC day: the offset when it holds all day, NaN on a day with a change. */
const dayOffsets = new Map<string, Map<number, number>>();

/**
 * The zone's UTC offset at an instant, in milliseconds (Helsinki: +2 h in winter, +3 h in summer).
 * Since 1972 every zone has changed its offset on a UTC quarter hour, and never twice in a day,
 * so a day that begins and ends on the same offset keeps it throughout, and on the other days one
 * lookup serves a whole quarter hour (checked against Intl minute by minute in the tests).
 */
export function offsetAt(instant: number, zone: string): number {
  const day = Math.floor(instant / DAY);
  let days = dayOffsets.get(zone);
  if (!days) dayOffsets.set(zone, (days = new Map()));
  let offset = days.get(day);
  if (offset === undefined) {
    const quartersADay = DAY / QUARTER_HOUR;
    const first = offsetAtQuarter(day * quartersADay, zone);
    offset = first === offsetAtQuarter((day + 1) * quartersADay, zone) ? first : NaN;
    if (days.size >= 100_000) days.clear();
    days.set(day, offset);
  }
  return Number.isNaN(offset) ? offsetAtQuarter(Math.floor(instant / QUARTER_HOUR), zone) : offset;
}

/**
 * The calendar date (YYYY-MM-DD) in Helsinki at `now`. Not the UTC date: from 00:00 to 02:00
 * (03:00 in summer) Helsinki is already on the next day, and a project's last day ends at
 * midnight in Finland.
 */
export function helsinkiDate(now: number | Date = Date.now()): string {
  return dateKey(toWall(+now, HELSINKI));
}

/** The wall time in `zone` at an instant. */
export function toWall(instant: number, zone: string): WallTime {
  return Math.floor(instant / 1000) * 1000 + offsetAt(instant, zone);
}

/**
 * The instant that a wall time in `zone` names. Twice a year the answer is not plain:
 * - in the spring gap (Helsinki 29.3.2026 03:00–03:59 does not exist) the time moves forward by
 *   the gap, so 03:30 becomes 04:30 EEST, as clocks and calendar programs do;
 * - in the autumn overlap (Helsinki 25.10.2026 03:00–03:59 happens twice) the earlier instant wins.
 */
export function toInstant(local: WallTime, zone: string): number {
  const before = offsetAt(local - DAY, zone);
  const after = offsetAt(local + DAY, zone);
  if (before === after) return local - before;
  const valid = [local - before, local - after].filter((instant) => instant + offsetAt(instant, zone) === local);
  return valid.length ? Math.min(...valid) : local - before;
}

/** "+03:00" for an offset in milliseconds. */
export function offsetText(offset: number): string {
  const minutes = Math.round(Math.abs(offset) / MINUTE);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** An instant as ISO 8601 wall time with its offset in `zone`, e.g. "2026-10-06T18:00:00+03:00". */
export function isoInZone(instant: number, zone: string): string {
  return `${localKey(toWall(instant, zone))}${offsetText(offsetAt(instant, zone))}`;
}

/**
 * The wall time that moved to `wall` because it fell into a skipped hour (spring: 03:30 became
 * 04:30 in Helsinki), or undefined when no time moved there.
 */
export function movedFrom(wall: WallTime, zone: string): WallTime | undefined {
  const instant = toInstant(wall, zone);
  const gap = offsetAt(instant, zone) - offsetAt(instant - DAY / 4, zone);
  if (gap <= 0) return undefined;
  const original = wall - gap;
  return toWall(toInstant(original, zone), zone) === wall && toInstant(original, zone) === instant ? original : undefined;
}

const WEEK = 7 * DAY;
const changesByZone = new Map<string, Map<number, number[]>>();

/** The instants in [from, to) at which `zone` changes its offset, each to the second. */
export function offsetChanges(zone: string, from: number, to: number): number[] {
  let byWeek = changesByZone.get(zone);
  if (!byWeek) changesByZone.set(zone, (byWeek = new Map()));
  const changes: number[] = [];
  for (let week = Math.floor(from / WEEK) * WEEK; week < to; week += WEEK) {
    let found = byWeek.get(week);
    if (found === undefined) {
      found = [];
      const before = offsetAt(week, zone);
      if (before !== offsetAt(week + WEEK, zone)) {
        let [a, b] = [week, week + WEEK];
        while (b - a > 1000) {
          const mid = a + Math.floor((b - a) / 2000) * 1000;
          if (offsetAt(mid, zone) === before) a = mid;
          else b = mid;
        }
        found.push(b);
      }
      byWeek.set(week, found);
    }
    changes.push(...found.filter((t) => t >= from && t < to));
  }
  return changes;
}
