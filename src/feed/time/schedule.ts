/**
 * Recurring feed events: an event's times compiled once into a Schedule, and expanded with its
 * RRULE, EXDATE, RDATE and overridden occurrences. It walks wall-clock days in the event's zone,
 * so a weekly 18:00 group stays at 18:00 across the DST changes. Pure logic: no DOM.
 */
import type { EventOverride, FeedEvent } from '../types.js';
import { expansion, period, periodIndex, type Expansion } from './expand.js';
import { parseRRule, RecurrenceError, surelyBeforeUntil, withinUntil, type RRule } from './rrule.js';
import { parseDuration } from './duration.js';
import { weeklyStarts } from './weekly.js';
import { DAY, HELSINKI, movedFrom, parseLocal, type WallTime } from './zoned-time.js';

export { RecurrenceError } from './rrule.js';

/** An event's times, compiled once: what expansion and the .ics writer read. */
export interface Schedule {
  /** The IANA zone of the wall times: the event's `timeZone` (default Helsinki); Helsinki for an all-day event. */
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
  /** Whether the event is given in days (start "2027-04-28"): occurrences run from midnight to midnight. */
  readonly allDay: boolean;
  /** Overrides by the original start of the occurrence that they change. */
  readonly overrides: ReadonlyMap<WallTime, EventOverride>;
  /** Entries that were ignored, e.g. an override whose recurrenceId matches no occurrence. */
  readonly issues: readonly RecurrenceError[];
}

type EventTimes = Pick<FeedEvent, 'start' | 'end' | 'duration' | 'timeZone' | 'rrule' | 'exdates' | 'rdates' | 'overrides'>;

/** "2027-04-28" rather than "2027-04-28T18:00". */
export const isDate = (text: string): boolean => text.length === 10;

/**
 * The wall time that an entry of an event names. A date means midnight in an all-day event, and
 * the start's time of day in a timed one; an all-day `end` date is the last day, inclusive.
 */
export function entryTime(schedule: Pick<Schedule, 'allDay' | 'start'>, text: string, end = false): WallTime | undefined {
  return wallOfEntry(schedule.allDay, schedule.start, text, end);
}

function wallOfEntry(allDay: boolean, start: WallTime, text: string, end: boolean): WallTime | undefined {
  const day = isDate(text) ? parseLocal(`${text}T00:00`) : parseLocal(text);
  if (day === undefined) return undefined;
  if (allDay) return Math.floor(day / DAY) * DAY + (end && isDate(text) ? DAY : 0);
  return isDate(text) ? day + (((start % DAY) + DAY) % DAY) : day;
}

function required(text: string, field: string, allDay = false): WallTime {
  const wall = wallOfEntry(allDay, 0, text, field === 'end');
  if (wall === undefined) throw new RecurrenceError(field, `"${text}" is not a real ${isDate(text) ? 'date' : 'date and time'}`);
  return wall;
}

/** The wall-clock length of an event, from its end or its duration. */
function lengthOf(event: EventTimes, start: WallTime, allDay: boolean): number {
  if (event.end === undefined) {
    const length = event.duration === undefined ? undefined : parseDuration(event.duration);
    if (length === undefined) throw new RecurrenceError('duration', `"${event.duration ?? ''}" is not a duration such as PT1H30M or P3D`);
    if (allDay && length % DAY) throw new RecurrenceError('duration', `an all-day event lasts whole days (P3D), not ${event.duration}`);
    if (length <= 0) throw new RecurrenceError('duration', `lasts no time (${event.duration})`);
    return length;
  }
  if (isDate(event.end) !== allDay) {
    throw new RecurrenceError('end', `"${event.end}" and start "${event.start}" must both be dates (all day) or both date-times`);
  }
  const length = required(event.end, 'end', allDay) - start;
  if (length <= 0) throw new RecurrenceError('end', `ends (${event.end}) before ${allDay ? '' : 'or when '}it starts (${event.start})`);
  return length;
}

/** Shared by the many events without EXDATE, RDATE or overrides: a schedule is never changed once made. */
const NO_WALLS: ReadonlySet<WallTime> = new Set();
const NO_OVERRIDES: ReadonlyMap<WallTime, EventOverride> = new Map();
const NONE: readonly never[] = [];

/**
 * The zone in which a schedule's wall times become real time. A date has no time of day, so an
 * all-day event is on its dates wherever its feed says it is (as DTSTART;VALUE=DATE in its .ics):
 * its days are Helsinki's days, the page's, not New York's midnight to midnight.
 */
const zoneOf = (event: EventTimes, allDay: boolean): string => (allDay ? HELSINKI : event.timeZone ?? HELSINKI);

/**
 * Reads an event's times. Throws RecurrenceError when the event cannot be placed in time at all
 * (start, end or rrule); ignores, and lists in `issues`, entries that merely cannot be used.
 */
export function compileSchedule(event: EventTimes): Schedule {
  const allDay = isDate(event.start);
  const start = required(event.start, 'start', allDay);
  const duration = lengthOf(event, start, allDay);
  if (!event.exdates?.length && !event.rdates?.length && !event.overrides?.length) {
    const rule = event.rrule ? parseRRule(event.rrule) : undefined;
    const zone = zoneOf(event, allDay);
    const expanded = rule && expansion(rule, Math.floor(start / DAY));
    return { zone, start, duration, allDay, rule, expansion: expanded, exdates: NO_WALLS, rdates: NONE, overrides: NO_OVERRIDES, issues: NONE };
  }
  const issues: RecurrenceError[] = [];
  const ignore = (field: string, text: string, problem: string): undefined => {
    issues.push(new RecurrenceError(field, `"${text}" ${problem}; ignored`));
  };
  const real = (text: string, field: string): WallTime | undefined =>
    entryTime({ allDay, start }, text) ?? ignore(field, text, 'is not a real date and time');
  const exdates = new Set<WallTime>();
  const overrides = new Map<WallTime, EventOverride>();
  const rule = event.rrule ? parseRRule(event.rrule) : undefined;
  const schedule: Schedule = {
    zone: zoneOf(event, allDay),
    start,
    duration,
    allDay,
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
    const occurs = (candidate: WallTime | undefined): boolean =>
      candidate !== undefined && (isRuleStart(schedule, candidate) || schedule.rdates.includes(candidate));
    if (occurs(wall)) return wall;
    const moved = movedFrom(wall, schedule.zone);
    return occurs(moved) ? moved : ignore(field, text, 'is not an occurrence of the event');
  };
  (event.exdates ?? []).forEach((text, i) => {
    const wall = occurrenceAt(text, `exdates[${i}]`);
    if (wall !== undefined) exdates.add(wall);
  });
  (event.overrides ?? []).forEach((override, i) => {
    const bad = [override.start, override.end].find((t) => t !== undefined && entryTime({ allDay, start }, t) === undefined);
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
  // A start two days or more before UNTIL's wall time is before it whatever the clock does.
  const surelyBefore = surelyBeforeUntil(rule.until);
  const timeOfDay = start - Math.floor(start / DAY) * DAY;
  const { week } = x;
  let count = 1;
  for (let index = rule.count ? 0 : periodIndex(x, Math.floor(from / DAY)); ; index++) {
    // A weekly rule's period by arithmetic alone, its days as offsets from `first`: a large
    // calendar walks thousands of them.
    let first: number;
    let days: readonly number[];
    if (week) {
      first = week.first + index * rule.interval * 7;
      days = week.offsets;
    } else ({ first, days } = period(x, index));
    if (first * DAY > to) return;
    const base = week ? first : 0;
    for (let i = 0; i < days.length; i++) {
      const candidate = (base + days[i]) * DAY + timeOfDay;
      if (candidate <= start) continue;
      if (candidate > to) return;
      if (candidate > surelyBefore && !withinUntil(rule.until, candidate, zone)) return;
      if (!visit(candidate) || ++count === rule.count) return;
    }
  }
}

/**
 * Whether the rule itself picks DTSTART's day. RFC 5545 wants DTSTART "synchronized" with the
 * rule and leaves the set undefined otherwise: the widgets count DTSTART as the first occurrence
 * either way (as eachStart() does), while readers of the .ics disagree (ical.js keeps it for some
 * rules and not others, Outlook leaves it out); see masterTimes() in feed/ics/times.ts.
 */
export function ruleGivesStart(schedule: Schedule): boolean {
  const { rule, expansion: x, start } = schedule;
  return !rule || !x || period(x, 0).days.includes(Math.floor(start / DAY));
}

/**
 * The first start after DTSTART that the rule gives, if any within a century: a rule may pick no
 * day at all ("the fifth Thursday that is the 20th"), and its walk would never end.
 */
export function nextRuleStart(schedule: Schedule): WallTime | undefined {
  let next: WallTime | undefined;
  eachStart(schedule, schedule.start, schedule.start + 100 * 366 * DAY, (start) => {
    if (start === schedule.start) return true;
    next = start;
    return false;
  });
  return next;
}

/** True when `wall` is DTSTART or a start that the rule gives. */
export function isRuleStart(schedule: Schedule, wall: WallTime): boolean {
  if (wall === schedule.start) return true;
  const weekly = weeklyStarts(schedule);
  if (weekly) {
    // By arithmetic: a COUNT rule's walk would begin at DTSTART for every EXDATE.
    const { rule, zone } = schedule;
    const { until, count } = rule!;
    return weekly.gives(wall) && (!count || weekly.before(wall) < count - 1) && withinUntil(until, wall, zone);
  }
  let found = false;
  eachStart(schedule, wall - DAY, wall, (start) => {
    found = start === wall;
    return !found;
  });
  return found;
}

