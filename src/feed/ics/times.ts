/**
 * An event's times in iCalendar, so that every reader places every occurrence where the page
 * does. One RRULE gives each occurrence DTSTART's wall time and one exact length; where the
 * wall-clock rule says otherwise (a skipped or repeated hour, a clock change during the
 * occurrence), or where a start or end is a time the clock shows twice, the occurrence gets its
 * own RECURRENCE-ID instance. No DOM.
 */
import { isIrregular, irregularStarts, place, type Placed } from '../time/occurrences.js';
import { formatDuration } from '../time/duration.js';
import { formatRRule, type RRule } from '../time/rrule.js';
import { isRuleStart, nextRuleStart, ruleGivesStart, type Schedule } from '../time/schedule.js';
import { DAY, offsetAt, toInstant, toWall, type WallTime } from '../time/zoned-time.js';
import { basicLocal, dates, zoned } from './syntax.js';

const QUARTER_DAY = DAY / 4;
const utc = (instant: number): string => `${basicLocal(instant)}Z`;

/** Whether every reader reads `wall` in `zone` as `instant`: a time the clock shows once, and then. */
function plain(wall: WallTime, instant: number, zone: string): boolean {
  const change = Math.abs(offsetAt(instant + QUARTER_DAY, zone) - offsetAt(instant - QUARTER_DAY, zone));
  return toWall(instant, zone) === wall && (!change || (toWall(instant - change, zone) !== wall && toWall(instant + change, zone) !== wall));
}

/**
 * Whether an occurrence needs its own instance in the file: the wall-clock rule places it
 * otherwise than the RRULE's plain reading, or its start, or its end by the clock (start plus
 * the wall-clock length), is a time that the clock shows twice or skips, which readers place
 * differently (ical.js adds the length by the clock and takes the later of a repeated time, RFC
 * 5545 readers add the first occurrence's exact length); the instance gives those times in UTC.
 */
function misreadable(schedule: Schedule, original: WallTime, placed: Placed): boolean {
  const { zone, duration } = schedule;
  return isIrregular(schedule, original, placed) || !plain(placed.startWall, placed.start, zone) || !plain(placed.startWall + duration, placed.end, zone);
}

/** A property of wall times: days for an all-day event, else zoned times. */
function times(schedule: Schedule, name: string, walls: readonly WallTime[]): string[] {
  return schedule.allDay ? dates(name, walls) : zoned(name, schedule.zone, walls);
}

/** DTSTART and DTEND of one occurrence: zoned wall times, or UTC near a clock change; days for an all-day one. */
export function occurrenceTimes(schedule: Schedule, original: WallTime): string[] {
  const { zone } = schedule;
  const placed = place(schedule, original);
  if (schedule.allDay) return [...dates('DTSTART', [placed.startWall]), ...dates('DTEND', [placed.endWall])];
  return [
    ...(plain(placed.startWall, placed.start, zone) ? zoned('DTSTART', zone, [placed.startWall]) : [`DTSTART:${utc(placed.start)}`]),
    ...(plain(toWall(placed.end, zone), placed.end, zone) ? zoned('DTEND', zone, [toWall(placed.end, zone)]) : [`DTEND:${utc(placed.end)}`]),
  ];
}

const recurs = (schedule: Schedule): boolean => Boolean(schedule.rule || schedule.rdates.length);

/** What the master VEVENT says of its occurrences, worked out once per event (see fileShape()). */
export interface MasterShape {
  readonly start: WallTime;
  readonly rule?: RRule;
  readonly rdates: readonly WallTime[];
  /** The RDATEs written in UTC, and so their RECURRENCE-IDs: see inUtc(). */
  readonly utc: ReadonlySet<WallTime>;
  /** The originals of cancelled occurrences, written as EXDATEs. */
  readonly cancelled: readonly WallTime[];
}

/**
 * The master's DTSTART, RRULE and RDATEs.
 * - A DTSTART that the rule does not pick (a Monday start of a Tuesday group) is the page's first
 *   occurrence, but RFC 5545 leaves it undefined and readers disagree (ical.js keeps it for some
 *   rules and not others, Outlook leaves it out). So the master starts at the rule's first own
 *   start, where every reader agrees, and the page's first occurrence is an RDATE; COUNT, which
 *   counted it, counts one less.
 * - An RDATE that the rule gives already, or that is left out (EXDATE, cancelled), is not written:
 *   RFC 5545 counts such a start once, ical.js twice.
 */
export function fileShape(schedule: Schedule, cancelled: readonly WallTime[]): MasterShape {
  const { start, rule } = schedule;
  const left = (wall: WallTime): boolean => schedule.exdates.has(wall) || cancelled.includes(wall);
  const extra = [...new Set(schedule.rdates)].filter((wall) => !left(wall) && !isRuleStart(schedule, wall));
  const shape = (start: WallTime, rule: RRule | undefined, rdates: WallTime[]): MasterShape => ({
    start,
    rule,
    rdates,
    utc: new Set(rdates.filter((wall) => inUtc(schedule, wall))),
    cancelled,
  });
  if (!rule || ruleGivesStart(schedule)) return shape(start, rule, extra);
  const next = nextRuleStart(schedule);
  if (next === undefined) return shape(start, undefined, extra);
  return shape(next, rule.count ? { ...rule, count: rule.count - 1 } : rule, left(start) ? extra : [start, ...extra]);
}

/**
 * Whether an RDATE is written in UTC: its wall time is one the clock skips or shows twice, which
 * readers place differently; the page's start is then given as an instant.
 */
function inUtc(schedule: Schedule, wall: WallTime): boolean {
  return !schedule.allDay && !plain(wall, place(schedule, wall).start, schedule.zone);
}

/** The master's DTSTART, DTEND or DURATION, RRULE, EXDATE and RDATE. */
export function masterTimes(schedule: Schedule, shape: MasterShape): string[] {
  const { zone } = schedule;
  const { start, rule, rdates, utc: utcRdates } = shape;
  if (!recurs(schedule) || (!rule && !rdates.length)) return occurrenceTimes(schedule, start);
  // DTEND would give every occurrence the first one's exact length; when a clock change falls
  // inside the first, DURATION gives the others their own, and the first gets an instance.
  const first = place(schedule, start);
  const firstPlain = schedule.allDay || !misreadable(schedule, start, first);
  return [
    ...times(schedule, 'DTSTART', [start]),
    ...(firstPlain ? times(schedule, 'DTEND', [start + schedule.duration]) : [`DURATION:${formatDuration(schedule.duration)}`]),
    ...(rule ? [`RRULE:${formatRRule(rule, zone, schedule.allDay)}`] : []),
    ...times(schedule, 'EXDATE', [...schedule.exdates, ...shape.cancelled]),
    ...times(schedule, 'RDATE', rdates.filter((wall) => !utcRdates.has(wall))),
    ...[...utcRdates].map((wall) => `RDATE:${utc(place(schedule, wall).start)}`),
  ];
}

/**
 * The original starts that need their own instance besides the overrides: those the wall-clock
 * rule places otherwise than the RRULE's plain reading, from the first for ten years after `now`
 * (the feed's `updated`, so that the same feed gives the same file).
 */
export function irregularInstances(schedule: Schedule, now: number): WallTime[] {
  if (!recurs(schedule) || schedule.allDay) return [];
  // From the first occurrence, which may be an RDATE before DTSTART.
  const from = toInstant(Math.min(schedule.start, ...schedule.rdates), schedule.zone);
  return irregularStarts(schedule, from - DAY, Math.max(now, from) + 10 * 366 * DAY, misreadable);
}

/** RECURRENCE-ID of an instance: as its RDATE was written, in UTC for one that was, so that readers match the two. */
export function recurrenceId(schedule: Schedule, original: WallTime, shape: MasterShape): string[] {
  return shape.utc.has(original) ? [`RECURRENCE-ID:${utc(place(schedule, original).start)}`] : times(schedule, 'RECURRENCE-ID', [original]);
}
