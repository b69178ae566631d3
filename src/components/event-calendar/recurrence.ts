/**
 * Recurring feed events: parses an RFC 5545 RRULE (FREQ=DAILY, WEEKLY or MONTHLY with INTERVAL,
 * COUNT, UNTIL, BYDAY incl. "1TU" / "-1FR", and WKST) and expands an event with its EXDATE, RDATE
 * and overridden occurrences. It walks wall-clock days in the event's zone, so a weekly 18:00
 * group stays at 18:00 across the DST changes. Pure logic: no DOM.
 */
import type { EventOverride, FeedEvent } from '../../feed/types.js';
import { HELSINKI } from '../../i18n/format.js';
import { DAY, daysInMonth, localKey, parseLocal, toInstant, toWall, type WallTime } from './zoned-time.js';

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY'] as const;

/** No expansion walks more days than this (about 137 years). */
export const MAX_DAYS = 50_000;
/** The most occurrences of one event returned for one window. */
export const MAX_OCCURRENCES = 1_000;

export type Frequency = (typeof FREQUENCIES)[number];

export interface WeekdayRule {
  /** 0 = Monday … 6 = Sunday. */
  readonly weekday: number;
  /** 1 = first, -1 = last … in the month; none = every such weekday. */
  readonly ordinal?: number;
}

/** UNTIL as a wall time, or as an instant when the rule gave it in UTC. */
export type Until = { readonly wall: WallTime } | { readonly utc: number };

export interface RRule {
  readonly freq: Frequency;
  readonly interval: number;
  readonly count?: number;
  readonly until?: Until;
  readonly byDay?: readonly WeekdayRule[];
  /** The first day of the week, 0 = Monday (the default); it matters to WEEKLY rules with INTERVAL. */
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

const ruleError = (message: string): RecurrenceError => new RecurrenceError('rrule', message);

function integer(key: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^[+-]?\d+$/.test(value) || n < min || n > max || n === 0) {
    throw ruleError(`${key}=${value} must be a whole number from ${min} to ${max}, not 0`);
  }
  return n;
}

function weekdayIndex(code: string, part: string): number {
  const index = WEEKDAYS.indexOf(code as (typeof WEEKDAYS)[number]);
  if (index < 0) throw ruleError(`"${part}" is not a weekday (MO, TU, WE, TH, FR, SA, SU)`);
  return index;
}

function parseUntil(value: string): Until {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(value);
  // A date-only UNTIL includes its whole day.
  const [, year, month, day, hour = '23', minute = '59', second = '59', utc] = match ?? [];
  const wall = match ? parseLocal(`${year}-${month}-${day}T${hour}:${minute}:${second}`) : undefined;
  if (wall === undefined) throw ruleError(`UNTIL=${value} is not a date (20261130) or date-time (20261130T220000Z)`);
  return utc ? { utc: wall } : { wall };
}

function parseByDay(value: string, freq: Frequency): WeekdayRule[] {
  return value.split(',').map((part) => {
    const match = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(part);
    if (!match) throw ruleError(`BYDAY "${part}" is not a weekday such as TU, 1TU or -1FR`);
    const day = weekdayIndex(match[2], part);
    if (match[1] === undefined) return { weekday: day };
    if (freq !== 'MONTHLY') throw ruleError(`BYDAY "${part}" has a position, which only FREQ=MONTHLY allows`);
    return { weekday: day, ordinal: integer('BYDAY', match[1], -5, 5) };
  });
}

const parsedRules = new Map<string, RRule>();

/** Reads an RRULE value ("FREQ=MONTHLY;BYDAY=1TU", with or without "RRULE:"); throws RecurrenceError. */
export function parseRRule(text: string): RRule {
  // Many events of a feed share a rule ("FREQ=WEEKLY;BYDAY=TU"): read each text once.
  let rule = parsedRules.get(text);
  if (!rule) {
    rule = readRRule(text);
    if (parsedRules.size >= 10_000) parsedRules.clear();
    parsedRules.set(text, rule);
  }
  return rule;
}

function readRRule(text: string): RRule {
  const parts = new Map<string, string>();
  for (const part of text.trim().replace(/^RRULE:/i, '').split(';')) {
    const [key, value, extra] = part.split('=');
    if (!key || !value || extra !== undefined) throw ruleError(`"${part}" is not KEY=VALUE`);
    const name = key.toUpperCase();
    if (parts.has(name)) throw ruleError(`${name} is given twice`);
    parts.set(name, value.toUpperCase());
  }
  const { FREQ: freq, INTERVAL: interval, COUNT: count, UNTIL: until, BYDAY: byDay, WKST: weekStart, ...rest } =
    Object.fromEntries(parts) as Partial<Record<string, string>>;
  if (!freq) throw ruleError('FREQ is missing');
  if (!FREQUENCIES.includes(freq as Frequency)) throw ruleError(`FREQ=${freq} is not supported; use DAILY, WEEKLY or MONTHLY`);
  const [unsupported] = Object.keys(rest);
  if (unsupported) throw ruleError(`${unsupported} is not supported`);
  if (count && until) throw ruleError('COUNT and UNTIL cannot both be given');
  return {
    freq: freq as Frequency,
    interval: interval ? integer('INTERVAL', interval, 1, 1000) : 1,
    count: count ? integer('COUNT', count, 1, 100_000) : undefined,
    until: until ? parseUntil(until) : undefined,
    byDay: byDay ? parseByDay(byDay, freq as Frequency) : undefined,
    weekStart: weekStart ? weekdayIndex(weekStart, weekStart) : 0,
  };
}

/** The instant after which a rule yields nothing more. */
function untilInstant(until: Until, zone: string): number {
  return 'utc' in until ? until.utc : toInstant(until.wall, zone);
}

/** The rule as an RFC 5545 RRULE value, with UNTIL in UTC as §3.3.10 requires for zoned starts. */
export function formatRRule(rule: RRule, zone: string): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.count) parts.push(`COUNT=${rule.count}`);
  if (rule.until) parts.push(`UNTIL=${new Date(untilInstant(rule.until, zone)).toISOString().replace(/[-:]|\.\d+/g, '')}`);
  if (rule.byDay) parts.push(`BYDAY=${rule.byDay.map((d) => `${d.ordinal ?? ''}${WEEKDAYS[d.weekday]}`).join(',')}`);
  if (rule.weekStart) parts.push(`WKST=${WEEKDAYS[rule.weekStart]}`);
  return parts.join(';');
}

/** An event's times, compiled once: what expansion and the .ics writer read. */
export interface Schedule {
  readonly zone: string;
  readonly start: WallTime;
  /** Wall-clock length: an 18:00–20:00 group lasts until 20:00 on every date, DST or not. */
  readonly duration: number;
  readonly rule?: RRule;
  /** The original starts of left-out occurrences. */
  readonly exdates: ReadonlySet<WallTime>;
  readonly rdates: readonly WallTime[];
  /** Overrides by the original start of the occurrence that they change. */
  readonly overrides: ReadonlyMap<WallTime, EventOverride>;
  /** Entries that were ignored, e.g. an override whose recurrenceId matches no occurrence. */
  readonly issues: readonly RecurrenceError[];
}

type EventTimes = Pick<FeedEvent, 'start' | 'end' | 'timeZone' | 'rrule' | 'exdates' | 'rdates' | 'overrides'>;

function required(text: string, field: string): WallTime {
  const wall = parseLocal(text);
  if (wall === undefined) throw new RecurrenceError(field, `"${text}" is not a real date and time`);
  return wall;
}

/**
 * Reads an event's times. Throws RecurrenceError when the event cannot be placed in time at all
 * (start, end or rrule); ignores, and lists in `issues`, entries that merely cannot be used.
 */
export function compileSchedule(event: EventTimes): Schedule {
  const start = required(event.start, 'start');
  const duration = required(event.end, 'end') - start;
  if (duration <= 0) throw new RecurrenceError('end', `ends (${event.end}) before or when it starts (${event.start})`);
  const issues: RecurrenceError[] = [];
  const ignore = (field: string, text: string, problem: string): undefined => {
    issues.push(new RecurrenceError(field, `"${text}" ${problem}; ignored`));
  };
  const real = (text: string, field: string): WallTime | undefined =>
    parseLocal(text) ?? ignore(field, text, 'is not a real date and time');
  const exdates = new Set<WallTime>();
  const overrides = new Map<WallTime, EventOverride>();
  const schedule: Schedule = {
    zone: event.timeZone ?? HELSINKI,
    start,
    duration,
    rule: event.rrule ? parseRRule(event.rrule) : undefined,
    exdates,
    rdates: (event.rdates ?? []).flatMap((text, i) => real(text, `rdates[${i}]`) ?? []),
    overrides,
    issues,
  };
  /** The wall time of an entry that names an occurrence, or undefined (and an issue) when none is named. */
  const occurrenceAt = (text: string, field: string): WallTime | undefined => {
    const wall = real(text, field);
    if (wall === undefined || isRuleStart(schedule, wall) || schedule.rdates.includes(wall)) return wall;
    return ignore(field, text, 'is not an occurrence of the event');
  };
  (event.exdates ?? []).forEach((text, i) => {
    const wall = occurrenceAt(text, `exdates[${i}]`);
    if (wall !== undefined) exdates.add(wall);
  });
  (event.overrides ?? []).forEach((override, i) => {
    const bad = [override.start, override.end].find((t) => t !== undefined && parseLocal(t) === undefined);
    const wall = bad
      ? ignore(`overrides[${i}]`, bad, 'is not a real date and time')
      : occurrenceAt(override.recurrenceId, `overrides[${i}].recurrenceId`);
    if (wall !== undefined) overrides.set(wall, override);
  });
  return schedule;
}

/**
 * Days are numbered from 1.1.1970 (day 0, a Thursday). The index of the week that holds `day`,
 * with weeks that begin on `weekStart` (0 = Monday).
 */
const weekNumber = (day: number, weekStart: number): number => Math.floor((day + 3 - weekStart) / 7);

/**
 * Whether the rule picks `day` (a day number), leaving COUNT and UNTIL aside. Most days fail on
 * the weekday alone, which costs no Date.
 */
function picks(rule: RRule, start: Date, startDay: number, day: number): boolean {
  const dayOfWeek = (((day + 3) % 7) + 7) % 7; // 0 = Monday
  if (rule.byDay ? !rule.byDay.some((d) => d.weekday === dayOfWeek) : rule.freq === 'WEEKLY' && (day - startDay) % 7) {
    return false;
  }
  if (rule.freq === 'DAILY') return (day - startDay) % rule.interval === 0;
  if (rule.freq === 'WEEKLY') return (weekNumber(day, rule.weekStart) - weekNumber(startDay, rule.weekStart)) % rule.interval === 0;
  const date = new Date(day * DAY);
  const [year, month, dayOfMonth] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
  if (((year - start.getUTCFullYear()) * 12 + month - start.getUTCMonth()) % rule.interval) return false;
  if (!rule.byDay) return dayOfMonth === start.getUTCDate();
  // The nth such weekday of the month, counted from its start (1TU) or its end (-1FR).
  const fromStart = Math.ceil(dayOfMonth / 7);
  const fromEnd = -Math.ceil((daysInMonth(year, month + 1) - dayOfMonth + 1) / 7);
  return rule.byDay.some((d) => d.weekday === dayOfWeek && (!d.ordinal || d.ordinal === fromStart || d.ordinal === fromEnd));
}

/**
 * Calls `visit` with each start that the rule (or the lone DTSTART) gives, in order, up to `to`
 * (a wall time as wallMs). DTSTART always counts as the first occurrence (RFC 5545 §3.8.5.3).
 * Without COUNT the walk may begin on the day of `from`. `visit` returns false to stop.
 */
function eachStart(schedule: Schedule, from: number, to: number, visit: (start: WallTime) => boolean): void {
  const { rule, start, zone } = schedule;
  if (start > to || !visit(start) || !rule || rule.count === 1) return;
  const until = rule.until && untilInstant(rule.until, zone);
  const startDay = Math.floor(start / DAY);
  const timeOfDay = start - startDay * DAY;
  const first = startDay + 1;
  const startDate = new Date(start);
  const begin = rule.count ? first : Math.max(first, Math.floor(from / DAY));
  let count = 1;
  for (let day = begin; day < begin + MAX_DAYS; day++) {
    const candidate = day * DAY + timeOfDay;
    if (candidate > to) return;
    if (!picks(rule, startDate, startDay, day)) continue;
    if (until !== undefined && toInstant(candidate, zone) > until) return;
    if (!visit(candidate) || ++count === rule.count) return;
  }
}

/** True when `wall` is DTSTART or a start that the rule gives. */
function isRuleStart(schedule: Schedule, wall: WallTime): boolean {
  let found = false;
  eachStart(schedule, wall - DAY, wall, (start) => {
    found = start === wall;
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

/** An occurrence found in a window. Most are only counted, never shown: their key is written when asked for. */
class FoundOccurrence implements Occurrence {
  constructor(
    private readonly original: WallTime,
    readonly start: number,
    readonly end: number,
    readonly cancelled: boolean,
    readonly override?: EventOverride,
  ) {}

  get recurrenceId(): string {
    return localKey(this.original);
  }
}

/** The wall-clock start and end of the occurrence that originally starts at `original`, after its override. */
export function occurrenceTimes(schedule: Schedule, original: WallTime): { start: WallTime; end: WallTime } {
  const override = schedule.overrides.get(original);
  const read = (text: string | undefined): WallTime | undefined => (text ? parseLocal(text) : undefined);
  const start = read(override?.start) ?? original;
  const end = read(override?.end) ?? 0;
  return { start, end: end > start ? end : start + schedule.duration };
}

/**
 * The occurrences that overlap [from, to) (instants), sorted by start, at most MAX_OCCURRENCES of
 * them: one that began before `from` and is still going on is included. Cancelled ones are included, marked.
 */
export function occurrencesBetween(schedule: Schedule, from: number, to: number): Occurrence[] {
  const found = new Map<WallTime, Occurrence>();
  const consider = (original: WallTime): void => {
    if (found.has(original) || schedule.exdates.has(original)) return;
    const override = schedule.overrides.get(original);
    const times = occurrenceTimes(schedule, original);
    const start = toInstant(times.start, schedule.zone);
    const end = toInstant(times.end, schedule.zone);
    if (end > from && start < to) {
      found.set(original, new FoundOccurrence(original, start, end, override?.cancelled ?? false, override));
    }
  };
  // A day of margin on each side covers any UTC offset; the instants decide exactly.
  const lo = toWall(from, schedule.zone) - schedule.duration - DAY;
  eachStart(schedule, lo, toWall(to, schedule.zone) + DAY, (start) => {
    if (start >= lo) consider(start);
    return found.size < MAX_OCCURRENCES;
  });
  schedule.rdates.forEach(consider);
  // An override may move an occurrence from outside the window into it.
  for (const [original, override] of schedule.overrides) if (override.start) consider(original);
  return [...found.values()].sort((a, b) => a.start - b.start).slice(0, MAX_OCCURRENCES);
}

/** The first occurrence that ends after `from` and is not cancelled, looking up to five years ahead. */
export function nextOccurrence(schedule: Schedule, from: number): Occurrence | undefined {
  for (const days of [62, 366, 5 * 366]) {
    const next = occurrencesBetween(schedule, from, from + days * DAY).find((o) => !o.cancelled);
    if (next) return next;
  }
  return undefined;
}
