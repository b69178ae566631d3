/**
 * Recurring feed events: an event's times compiled once into a Schedule, and expanded with its
 * RRULE, EXDATE, RDATE and overridden occurrences. It walks wall-clock days in the event's zone,
 * so a weekly 18:00 group stays at 18:00 across the DST changes. Pure logic: no DOM.
 */
import type { EventOverride, FeedEvent } from '../types.js';
import { HELSINKI } from '../../i18n/format.js';
import { expansion, period, periodIndex, type Expansion } from './expand.js';
import { parseRRule, RecurrenceError, untilInstant, type RRule } from './rrule.js';
import { DAY, movedFrom, parseLocal, toInstant, type WallTime } from './zoned-time.js';

export { RecurrenceError } from './rrule.js';

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
  /**
   * The rule's wall time of the occurrence that an entry names: its own, or, for an occurrence
   * moved out of a skipped hour, either the rule's time (03:30) or the real start (04:30).
   */
  const occurrenceAt = (text: string, field: string): WallTime | undefined => {
    const wall = real(text, field);
    if (wall === undefined) return undefined;
    for (const candidate of [wall, movedFrom(wall, schedule.zone)]) {
      if (candidate !== undefined && (isRuleStart(schedule, candidate) || schedule.rdates.includes(candidate))) return candidate;
    }
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
export function eachStart(schedule: Schedule, from: number, to: number, visit: (start: WallTime) => boolean): void {
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
export function isRuleStart(schedule: Schedule, wall: WallTime): boolean {
  let found = false;
  eachStart(schedule, wall - DAY, wall, (start) => {
    found = start === wall;
    return !found;
  });
  return found;
}

