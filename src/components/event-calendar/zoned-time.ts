/**
 * Wall-clock time in an IANA time zone and the instants it names, through the offsets that
 * Intl.DateTimeFormat reports: no date library, and nothing depends on the device's zone.
 */
import { dateTimeFormat } from '../../i18n/format.js';

/** A wall-clock date and time; month 1–12. */
export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const MINUTE = 60_000;
export const DAY = 86_400_000;

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Reads "2026-10-06T18:00" (seconds optional); undefined when the text is not such a time. */
export function parseLocal(text: string): WallTime | undefined {
  const match = LOCAL.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const wall = { year, month, day, hour, minute, second };
  // Date.UTC rolls 30 February over to March; a real time survives the round trip unchanged.
  return localKey(fromFields(wallMs(wall))) === localKey(wall) ? wall : undefined;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** "2026-10-06T18:00:00": the key by which exceptions and overrides find an occurrence. */
export function localKey(w: WallTime): string {
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

/** "2026-10-06": the calendar day of a wall time. */
export function dateKey(w: WallTime): string {
  return localKey(w).slice(0, 10);
}

/** The wall time's fields read as if they were UTC: a number that orders and subtracts wall times. */
export function wallMs(w: WallTime): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

/** The inverse of wallMs. */
export function fromFields(ms: number): WallTime {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** ISO weekday index: 0 = Monday … 6 = Sunday. */
export function weekday(w: WallTime): number {
  return (new Date(wallMs(w)).getUTCDay() + 6) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const PARTS: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
};

/** The wall time in `zone` at an instant, read as wallMs. */
function wallMsAt(instant: number, zone: string): number {
  const fields: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of dateTimeFormat('en', PARTS, zone).formatToParts(instant)) fields[part.type] = Number(part.value);
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = fields;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

const QUARTER_HOUR = 900_000;
const offsets = new Map<string, number>();

/**
 * The zone's UTC offset at an instant, in milliseconds (Helsinki: +2 h in winter, +3 h in summer).
 * Since 1972 every zone has changed its offset on a UTC quarter hour, so one lookup serves a
 * whole quarter hour (checked against Intl minute by minute in the tests).
 */
export function offsetAt(instant: number, zone: string): number {
  const quarter = Math.floor(instant / QUARTER_HOUR);
  const key = `${zone}|${quarter}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const start = quarter * QUARTER_HOUR;
    offset = wallMsAt(start, zone) - start;
    if (offsets.size >= 100_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/** The wall time in `zone` at an instant. */
export function toWall(instant: number, zone: string): WallTime {
  return fromFields(Math.floor(instant / 1000) * 1000 + offsetAt(instant, zone));
}

/**
 * The instant that a wall time in `zone` names. Twice a year the answer is not plain:
 * - in the spring gap (Helsinki 29.3.2026 03:00–03:59 does not exist) the time moves forward by
 *   the gap, so 03:30 becomes 04:30 EEST, as clocks and calendar programs do;
 * - in the autumn overlap (Helsinki 25.10.2026 03:00–03:59 happens twice) the earlier instant wins.
 */
export function toInstant(w: WallTime, zone: string): number {
  const local = wallMs(w);
  const before = offsetAt(local - DAY, zone);
  const after = offsetAt(local + DAY, zone);
  if (before === after) return local - before;
  const valid = [local - before, local - after].filter((instant) => instant + offsetAt(instant, zone) === local);
  return valid.length ? Math.min(...valid) : local - before;
}

/** "+03:00" for an offset in milliseconds. */
export function offsetText(offset: number): string {
  const minutes = Math.round(Math.abs(offset) / MINUTE);
  return `${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** An instant as ISO 8601 wall time with its offset in `zone`, e.g. "2026-10-06T18:00:00+03:00". */
export function isoInZone(instant: number, zone: string): string {
  return `${localKey(toWall(instant, zone))}${offsetText(offsetAt(instant, zone))}`;
}
