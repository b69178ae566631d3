/**
 * Recurring feed events: an event's times compiled once into a Schedule, and expanded with its
 * RRULE, EXDATE, RDATE and overridden occurrences. It walks wall-clock days in the event's zone,
 * so a weekly 18:00 group stays at 18:00 across the DST changes. Pure logic: no DOM.
 */
import type { EventOverride, FeedEvent } from '../types.js';
import { HELSINKI } from '../../i18n/format.js';
import { expansion, period, periodIndex, type Expansion } from './expand.js';
import { parseRRule, RecurrenceError, untilInstant, type RRule } from './rrule.js';
import { DAY, localKey, parseLocal, toInstant, toWall, type WallTime } from './zoned-time.js';

export { RecurrenceError } from './rrule.js';

/** The most occurrences of one event returned for one window. */
export const MAX_OCCURRENCES = 1_000;

/** An event's times, compiled once: what expansion and the .ics writer read. */
export interface Schedule {
  readonly zone: string;
  readonly start: WallTime;
  /** Wall-clock length: an 18:00–20:00 group lasts until 20:00 on every date, DST or not. */
  readonly duration: number;
  readonly rule?: RRule;
  /** The rule with its defaults from DTSTART, ready to expand. */
  readonly expansion?: Expansion;
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
  const rule = event.rrule ? parseRRule(event.rrule) : undefined;
  const schedule: Schedule = {
    zone: event.timeZone ?? HELSINKI,
    start,
    duration,
    rule,
    expansion: rule && expansion(rule, Math.floor(start / DAY)),
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
 * Calls `visit` with each start that the rule (or the lone DTSTART) gives, in order, up to `to`
 * (a wall time as wallMs). DTSTART always counts as the first occurrence (RFC 5545 §3.8.5.3).
 * Without COUNT the walk may begin in the period of `from`. `visit` returns false to stop.
 */
function eachStart(schedule: Schedule, from: number, to: number, visit: (start: WallTime) => boolean): void {
  const { rule, start, zone, expansion: x } = schedule;
  if (start > to || !visit(start) || !rule || !x || rule.count === 1) return;
  const until = rule.until && untilInstant(rule.until, zone);
  const timeOfDay = start - Math.floor(start / DAY) * DAY;
  let count = 1;
  for (let index = rule.count ? 0 : periodIndex(x, Math.floor(from / DAY)); ; index++) {
    const { first, days } = period(x, index);
    if (first * DAY > to) return;
    for (const day of days) {
      const candidate = day * DAY + timeOfDay;
      if (candidate <= start) continue;
      if (candidate > to) return;
      if (until !== undefined && toInstant(candidate, zone) > until) return;
      if (!visit(candidate) || ++count === rule.count) return;
    }
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
