/**
 * Recurring feed events: parses an RFC 5545 RRULE (DAILY, WEEKLY, MONTHLY; INTERVAL, COUNT, UNTIL,
 * BYDAY incl. "1TU" / "-1FR", BYMONTHDAY, BYMONTH, WKST) and expands an event with its EXDATE,
 * RDATE and overridden occurrences. It steps through wall-clock time in the event's zone, so a
 * weekly 18:00 group stays at 18:00 across the DST changes. Pure logic: no DOM.
 */
import type { EventOverride, FeedEvent } from '../../feed/types.js';
import {
  addDays,
  DAY,
  daysInMonth,
  fromFields,
  localKey,
  parseLocal,
  toInstant,
  toWall,
  wallMs,
  weekday,
  type WallTime,
} from './zoned-time.js';

export const DEFAULT_ZONE = 'Europe/Helsinki';
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY'] as const;

/** No rule may make us step through more periods than this (a monthly rule: 4,000 years). */
export const MAX_PERIODS = 50_000;
/** The most occurrences of one event returned for one window. */
export const MAX_OCCURRENCES = 1_000;

export type Frequency = (typeof FREQUENCIES)[number];

export interface WeekdayRule {
  /** 0 = Monday … 6 = Sunday. */
  readonly weekday: number;
  /** 1 = first, -1 = last … in the month; none = every such weekday. */
  readonly ordinal?: number;
}

export type Until = { readonly utc: number } | { readonly wall: WallTime; readonly dateOnly: boolean };

export interface RRule {
  readonly freq: Frequency;
  readonly interval: number;
  readonly count?: number;
  readonly until?: Until;
  readonly byDay?: readonly WeekdayRule[];
  readonly byMonthDay?: readonly number[];
  readonly byMonth?: readonly number[];
  /** The first day of the week, 0 = Monday (the default). */
  readonly weekStart: number;
}

/** A field of an event that cannot be used; `field` is relative to the event, e.g. "rrule". */
export class RecurrenceError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'RecurrenceError';
  }
}

function integer(key: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^[+-]?\d+$/.test(value) || n < min || n > max || n === 0) {
    throw new RecurrenceError('rrule', `${key}=${value} must be a whole number from ${min} to ${max}, not 0`);
  }
  return n;
}

function weekdayIndex(code: string, part: string): number {
  const index = WEEKDAYS.indexOf(code as (typeof WEEKDAYS)[number]);
  if (index < 0) throw new RecurrenceError('rrule', `"${part}" is not a weekday (MO, TU, WE, TH, FR, SA, SU)`);
  return index;
}

function parseUntil(value: string): Until {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(value);
  const wall = match && parseLocal(`${match[1]}-${match[2]}-${match[3]}T${match[4] ?? '00'}:${match[5] ?? '00'}:${match[6] ?? '00'}`);
  if (!match || !wall) throw new RecurrenceError('rrule', `UNTIL=${value} is not a date (20261130) or date-time (20261130T220000Z)`);
  if (match[7]) return { utc: wallMs(wall) };
  return { wall, dateOnly: match[4] === undefined };
}

function parseByDay(value: string, freq: Frequency): WeekdayRule[] {
  return value.split(',').map((part) => {
    const match = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(part);
    if (!match) throw new RecurrenceError('rrule', `BYDAY "${part}" is not a weekday such as TU, 1TU or -1FR`);
    const day = weekdayIndex(match[2], part);
    if (match[1] === undefined) return { weekday: day };
    if (freq !== 'MONTHLY') {
      throw new RecurrenceError('rrule', `BYDAY "${part}" has a position, which only FREQ=MONTHLY allows`);
    }
    return { weekday: day, ordinal: integer('BYDAY', match[1], -5, 5) };
  });
}

/** Reads an RRULE value ("FREQ=MONTHLY;BYDAY=1TU", with or without "RRULE:"); throws RecurrenceError. */
export function parseRRule(text: string): RRule {
  const parts = new Map<string, string>();
  for (const part of text.trim().replace(/^RRULE:/i, '').split(';')) {
    const [key, value, extra] = part.split('=');
    if (!key || !value || extra !== undefined) throw new RecurrenceError('rrule', `"${part}" is not KEY=VALUE`);
    const name = key.toUpperCase();
    if (parts.has(name)) throw new RecurrenceError('rrule', `${name} is given twice`);
    parts.set(name, value.toUpperCase());
  }
  const freq = parts.get('FREQ') as Frequency | undefined;
  if (!freq) throw new RecurrenceError('rrule', 'FREQ is missing');
  if (!FREQUENCIES.includes(freq)) {
    throw new RecurrenceError('rrule', `FREQ=${freq} is not supported; use DAILY, WEEKLY or MONTHLY`);
  }
  let rule: RRule = { freq, interval: 1, weekStart: 0 };
  for (const [key, value] of parts) {
    switch (key) {
      case 'FREQ':
        break;
      case 'INTERVAL':
        rule = { ...rule, interval: integer(key, value, 1, 1000) };
        break;
      case 'COUNT':
        rule = { ...rule, count: integer(key, value, 1, 100_000) };
        break;
      case 'UNTIL':
        rule = { ...rule, until: parseUntil(value) };
        break;
      case 'BYDAY':
        rule = { ...rule, byDay: parseByDay(value, freq) };
        break;
      case 'BYMONTHDAY':
        if (freq === 'WEEKLY') throw new RecurrenceError('rrule', 'BYMONTHDAY cannot be used with FREQ=WEEKLY');
        rule = { ...rule, byMonthDay: value.split(',').map((v) => integer(key, v, -31, 31)) };
        break;
      case 'BYMONTH':
        rule = { ...rule, byMonth: value.split(',').map((v) => integer(key, v, 1, 12)) };
        break;
      case 'WKST':
        rule = { ...rule, weekStart: weekdayIndex(value, value) };
        break;
      default:
        throw new RecurrenceError('rrule', `${key} is not supported`);
    }
  }
  if (rule.count !== undefined && rule.until !== undefined) {
    throw new RecurrenceError('rrule', 'COUNT and UNTIL cannot both be given');
  }
  return rule;
}

const basicUtc = (instant: number): string => new Date(instant).toISOString().replace(/[-:]|\.\d+/g, '');

/** The instant after which a rule yields nothing more; a date-only UNTIL includes its whole day. */
export function untilInstant(until: Until, zone: string): number {
  if ('utc' in until) return until.utc;
  const wall = until.dateOnly ? { ...until.wall, hour: 23, minute: 59, second: 59 } : until.wall;
  return toInstant(wall, zone);
}

/** The rule as an RFC 5545 RRULE value, with UNTIL in UTC as §3.3.10 requires for zoned starts. */
export function formatRRule(rule: RRule, zone: string): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  if (rule.until) parts.push(`UNTIL=${basicUtc(untilInstant(rule.until, zone))}`);
  if (rule.byDay) parts.push(`BYDAY=${rule.byDay.map((d) => `${d.ordinal ?? ''}${WEEKDAYS[d.weekday]}`).join(',')}`);
  if (rule.byMonthDay) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(',')}`);
  if (rule.byMonth) parts.push(`BYMONTH=${rule.byMonth.join(',')}`);
  if (rule.weekStart !== 0) parts.push(`WKST=${WEEKDAYS[rule.weekStart]}`);
  return parts.join(';');
}

/** An event's times, compiled once: what expansion and the .ics writer read. */
export interface Schedule {
  readonly zone: string;
  readonly start: WallTime;
  /** Wall-clock length: an 18:00–20:00 group lasts until 20:00 on every date, DST or not. */
  readonly duration: number;
  readonly rule?: RRule;
  /** Local keys ("2026-10-13T18:00:00") of left-out occurrences. */
  readonly exdates: ReadonlySet<string>;
  readonly rdates: readonly WallTime[];
  /** Overrides by the local key of the occurrence that they change. */
  readonly overrides: ReadonlyMap<string, EventOverride>;
  /** Entries that were ignored, e.g. an override whose recurrenceId matches no occurrence. */
  readonly issues: readonly RecurrenceError[];
}

type EventTimes = Pick<FeedEvent, 'start' | 'end' | 'timeZone' | 'rrule' | 'exdates' | 'rdates' | 'overrides'>;

function required(text: string, field: string): WallTime {
  const wall = parseLocal(text);
  if (!wall) throw new RecurrenceError(field, `"${text}" is not a real date and time`);
  return wall;
}

/**
 * Reads an event's times. Throws RecurrenceError when the event cannot be placed in time at all
 * (start, end or rrule); ignores, and lists in `issues`, entries that merely cannot be used.
 */
export function compileSchedule(event: EventTimes): Schedule {
  const start = required(event.start, 'start');
  const duration = wallMs(required(event.end, 'end')) - wallMs(start);
  if (duration <= 0) throw new RecurrenceError('end', `ends (${event.end}) before or when it starts (${event.start})`);
  const rule = event.rrule ? parseRRule(event.rrule) : undefined;
  const issues: RecurrenceError[] = [];
  const times = (list: readonly string[] | undefined, field: string): WallTime[] =>
    (list ?? []).flatMap((text, i) => {
      const wall = parseLocal(text);
      if (!wall) issues.push(new RecurrenceError(`${field}[${i}]`, `"${text}" is not a real date and time; ignored`));
      return wall ? [wall] : [];
    });
  const overrides = new Map<string, EventOverride>();
  const schedule: Schedule = {
    zone: event.timeZone ?? DEFAULT_ZONE,
    start,
    duration,
    rule,
    exdates: new Set(times(event.exdates, 'exdates').map(localKey)),
    rdates: times(event.rdates, 'rdates'),
    overrides,
    issues,
  };
  const isStart = (wall: WallTime): boolean =>
    isRuleStart(schedule, wall) || schedule.rdates.some((r) => wallMs(r) === wallMs(wall));
  (event.exdates ?? []).forEach((text, i) => {
    const wall = parseLocal(text);
    if (wall && !isStart(wall)) {
      issues.push(new RecurrenceError(`exdates[${i}]`, `"${text}" is not an occurrence of the event; ignored`));
    }
  });
  (event.overrides ?? []).forEach((override, i) => {
    const at = parseLocal(override.recurrenceId);
    if (!at || ![override.start, override.end].every((t) => t === undefined || parseLocal(t))) {
      issues.push(new RecurrenceError(`overrides[${i}]`, 'has a time that is not a real date and time; ignored'));
    } else if (!isStart(at)) {
      const message = `"${override.recurrenceId}" is not an occurrence of the event; ignored`;
      issues.push(new RecurrenceError(`overrides[${i}].recurrenceId`, message));
    } else overrides.set(localKey(at), override);
  });
  return schedule;
}

const dateOnly = (w: WallTime): WallTime => ({ ...w, hour: 0, minute: 0, second: 0 });

/** Days of `year`-`month` (1–12) that a MONTHLY rule picks, in order. */
function monthDays(rule: RRule, start: WallTime, year: number, month: number): number[] {
  const length = daysInMonth(year, month);
  const first = weekday({ year, month, day: 1, hour: 0, minute: 0, second: 0 });
  let days: number[] | undefined;
  if (rule.byMonthDay) {
    days = rule.byMonthDay.map((d) => (d > 0 ? d : length + d + 1)).filter((d) => d >= 1 && d <= length);
  }
  if (rule.byDay) {
    const byDay = rule.byDay.flatMap(({ weekday: wd, ordinal }) => {
      const firstOfKind = 1 + ((wd - first + 7) % 7);
      const all: number[] = [];
      for (let d = firstOfKind; d <= length; d += 7) all.push(d);
      if (ordinal === undefined) return all;
      const pick = ordinal > 0 ? all[ordinal - 1] : all[all.length + ordinal];
      return pick === undefined ? [] : [pick];
    });
    days = days ? days.filter((d) => byDay.includes(d)) : byDay;
  }
  days ??= start.day <= length ? [start.day] : [];
  return [...new Set(days)].sort((a, b) => a - b);
}

/** Index of the first period that can hold a date on or after `from`. */
function firstPeriod(rule: RRule, start: WallTime, weekStart: WallTime, from: WallTime): number {
  const daysSince = (anchor: WallTime): number => Math.floor((wallMs(dateOnly(from)) - wallMs(dateOnly(anchor))) / DAY);
  let periods: number;
  if (rule.freq === 'DAILY') periods = Math.floor(daysSince(start) / rule.interval);
  else if (rule.freq === 'WEEKLY') periods = Math.floor(daysSince(weekStart) / (7 * rule.interval));
  else periods = Math.floor((from.year * 12 + from.month - (start.year * 12 + start.month)) / rule.interval);
  return Math.max(0, periods);
}

/** The first date of period `k` and the dates in it that the rule picks (time of day not yet set). */
function period(rule: RRule, start: WallTime, weekStart: WallTime, k: number): [WallTime, WallTime[]] {
  if (rule.freq === 'DAILY') {
    const date = addDays(dateOnly(start), k * rule.interval);
    const ok =
      (!rule.byDay || rule.byDay.some((d) => d.weekday === weekday(date))) &&
      (!rule.byMonthDay || monthDays(rule, start, date.year, date.month).includes(date.day));
    return [date, ok ? [date] : []];
  }
  if (rule.freq === 'WEEKLY') {
    const first = addDays(weekStart, k * 7 * rule.interval);
    const days = rule.byDay ? rule.byDay.map((d) => d.weekday) : [weekday(start)];
    const offsets = [...new Set(days.map((d) => (d - rule.weekStart + 7) % 7))].sort((a, b) => a - b);
    return [first, offsets.map((offset) => addDays(first, offset))];
  }
  const index = start.year * 12 + start.month - 1 + k * rule.interval;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const first = { year, month, day: 1, hour: 0, minute: 0, second: 0 };
  return [first, monthDays(rule, start, year, month).map((day) => ({ ...first, day }))];
}

/**
 * Calls `visit` with each start the rule (or the lone DTSTART) gives, in order, from the period
 * holding `from` (from the very start when COUNT has to be counted) up to `to`. DTSTART always
 * counts as the first occurrence (RFC 5545 §3.8.5.3). `visit` returns false to stop.
 * Returns false when MAX_PERIODS cut a runaway rule short.
 */
export function eachRuleStart(
  schedule: Schedule,
  range: { readonly from?: WallTime; readonly to: WallTime },
  visit: (start: WallTime) => boolean,
): boolean {
  const { rule, start, zone } = schedule;
  const startMs = wallMs(start);
  const toMs = wallMs(range.to);
  if (!rule) {
    if (startMs <= toMs) visit(start);
    return true;
  }
  const weekStart = addDays(dateOnly(start), -((weekday(start) - rule.weekStart + 7) % 7));
  const skip = range.from && rule.count === undefined ? firstPeriod(rule, start, weekStart, range.from) : 0;
  const until = rule.until && untilInstant(rule.until, zone);
  let count = 0;
  if (skip === 0) {
    count = 1;
    if (startMs > toMs || !visit(start) || rule.count === 1) return true;
  }
  for (let k = skip; k < skip + MAX_PERIODS; k++) {
    const [first, dates] = period(rule, start, weekStart, k);
    if (wallMs(first) > toMs) return true;
    for (const date of dates) {
      const candidate = { ...date, hour: start.hour, minute: start.minute, second: start.second };
      const ms = wallMs(candidate);
      if (ms <= startMs || (rule.byMonth && !rule.byMonth.includes(candidate.month))) continue;
      if (until !== undefined && toInstant(candidate, zone) > until) return true;
      if (ms > toMs || !visit(candidate)) return true;
      if (++count === rule.count) return true;
    }
  }
  return false;
}

/** True when `wall` is DTSTART or a start that the rule gives. */
function isRuleStart(schedule: Schedule, wall: WallTime): boolean {
  const target = wallMs(wall);
  let found = false;
  eachRuleStart(schedule, { from: addDays(wall, -1), to: wall }, (start) => {
    found = wallMs(start) === target;
    return !found;
  });
  return found;
}

/** One occurrence of an event, after EXDATE, RDATE and overrides. */
export interface Occurrence {
  /** The local key of the original start ("2026-10-13T18:00:00"): RECURRENCE-ID in iCalendar. */
  readonly recurrenceId: string;
  /** Start and end instants (ms since the epoch). */
  readonly start: number;
  readonly end: number;
  readonly cancelled: boolean;
  /** The override that changed this occurrence, if any. */
  readonly override?: EventOverride;
}

export interface Expansion {
  readonly occurrences: readonly Occurrence[];
  /** True when a runaway rule or MAX_OCCURRENCES cut the expansion short. */
  readonly truncated: boolean;
}

/** The wall-clock start and end of the occurrence that originally starts at `original`, after its override. */
export function occurrenceTimes(schedule: Schedule, original: WallTime): { start: WallTime; end: WallTime } {
  const override = schedule.overrides.get(localKey(original));
  const start = (override?.start && parseLocal(override.start)) || original;
  const end = override?.end && parseLocal(override.end);
  const later = end && wallMs(end) > wallMs(start);
  return { start, end: later ? end : fromFields(wallMs(start) + schedule.duration) };
}

function occurrenceAt(schedule: Schedule, original: WallTime): Occurrence {
  const recurrenceId = localKey(original);
  const override = schedule.overrides.get(recurrenceId);
  const { start, end } = occurrenceTimes(schedule, original);
  return {
    recurrenceId,
    start: toInstant(start, schedule.zone),
    end: toInstant(end, schedule.zone),
    cancelled: override?.cancelled ?? false,
    override,
  };
}

/**
 * The occurrences that overlap [from, to) (instants), sorted by start: one that began before
 * `from` and is still going on is included. Cancelled occurrences are included, marked.
 */
export function occurrencesBetween(schedule: Schedule, from: number, to: number, max = MAX_OCCURRENCES): Expansion {
  const found = new Map<string, Occurrence>();
  const seen = new Set<string>();
  let truncated = false;
  const consider = (original: WallTime): void => {
    const key = localKey(original);
    if (seen.has(key)) return;
    seen.add(key);
    if (schedule.exdates.has(key)) return;
    const occurrence = occurrenceAt(schedule, original);
    if (occurrence.end > from && occurrence.start < to) found.set(key, occurrence);
  };
  // A day of margin on each side covers any UTC offset; the instants decide exactly.
  const lo = fromFields(wallMs(toWall(from, schedule.zone)) - schedule.duration - DAY);
  const hi = fromFields(wallMs(toWall(to, schedule.zone)) + DAY);
  const completed = eachRuleStart(schedule, { from: lo, to: hi }, (start) => {
    if (wallMs(start) >= wallMs(lo)) consider(start);
    truncated = found.size >= max;
    return !truncated;
  });
  schedule.rdates.forEach(consider);
  // An override may move an occurrence from outside the window into it.
  for (const [key, override] of schedule.overrides) {
    if (!seen.has(key) && override.start) consider(parseLocal(key)!);
  }
  const occurrences = [...found.values()].sort((a, b) => a.start - b.start).slice(0, max);
  return { occurrences, truncated: truncated || !completed };
}

/** The first occurrence that ends after `from` and is not cancelled, looking up to five years ahead. */
export function nextOccurrence(schedule: Schedule, from: number): Occurrence | undefined {
  for (const days of [62, 366, 5 * 366]) {
    const next = occurrencesBetween(schedule, from, from + days * DAY).occurrences.find((o) => !o.cancelled);
    if (next) return next;
  }
  return undefined;
}
