/**
 * Feed events as one iCalendar file: a VEVENT for each event with its zoned DTSTART/DTEND, RRULE,
 * EXDATE and RDATE, a RECURRENCE-ID instance for each changed occurrence and for each one the
 * wall-clock rule places otherwise, and the same bytes for the same feed. The words (name,
 * description, place in one language) come from the caller. Pure logic: no DOM, no UI strings.
 */
import { safeUrl } from '../../internal/safe-url.js';
import type { Schedule } from '../time/schedule.js';
import type { WallTime } from '../time/zoned-time.js';
import type { EventOverride, FeedEvent } from '../types.js';
import { basicLocal, icsFile, text, type CalendarProperties } from './syntax.js';
import { fileShape, irregularInstances, masterTimes, occurrenceTimes, recurrenceId } from './times.js';

/** An event with its times compiled once (the calendar's CompiledEvent has this shape). */
export interface ScheduledEvent {
  readonly event: FeedEvent;
  readonly schedule: Schedule;
}

/** Text with the language it is in, when known. */
export interface IcsText {
  readonly text: string;
  readonly lang?: string;
}

/** What people read about an event, or about one occurrence when an override changes it. */
export interface EventWords {
  readonly summary?: IcsText;
  readonly description?: IcsText;
  readonly location?: IcsText;
}

export interface CalendarOptions extends CalendarProperties {
  /** The right-hand side of every UID ("<event id>@<host>"), so that the same event keeps its UID. */
  readonly host: string;
  /** The feed's `updated`: DTSTAMP, and where the ten years of clock-change instances begin. */
  readonly updated: string;
  readonly words: (event: FeedEvent, override?: EventOverride) => EventWords;
}

/** The UID of an event: its feed id at the publisher's (or feed's) host. */
export const eventUid = (event: FeedEvent, host: string): string => `${event.id}@${host}`;

function vevents({ event, schedule }: ScheduledEvent, options: CalendarOptions, stamp: string, now: number): string[] {
  const identity = [`UID:${eventUid(event, options.host)}`, `DTSTAMP:${stamp}`];
  const about = (override?: EventOverride): string[] => {
    const { summary, description, location } = options.words(event, override);
    return [...text('SUMMARY', summary), ...text('DESCRIPTION', description), ...text('LOCATION', location)];
  };
  const overrides = [...schedule.overrides].map(([original, override]) => ({ original, override }));
  const { latitude, longitude } = event.location ?? {};
  const url = safeUrl(event.url);
  const shape = fileShape(schedule, overrides.filter((o) => o.override.cancelled).map((o) => o.original));
  const instance = (original: WallTime, override?: EventOverride): string[] => [
    'BEGIN:VEVENT',
    ...identity,
    ...recurrenceId(schedule, original, shape),
    ...occurrenceTimes(schedule, original),
    ...about(override),
    'END:VEVENT',
  ];
  return [
    'BEGIN:VEVENT',
    ...identity,
    ...masterTimes(schedule, shape),
    ...about(),
    ...(latitude !== undefined && longitude !== undefined && event.attendance !== 'online' ? [`GEO:${latitude};${longitude}`] : []),
    ...(url ? [`URL:${url}`] : []),
    'END:VEVENT',
    ...overrides.filter((o) => !o.override.cancelled).flatMap(({ original, override }) => instance(original, override)),
    ...irregularInstances(schedule, now).flatMap((original) => instance(original)),
  ];
}

/** The .ics text of `events`; DTSTAMP is the feed's `updated`, so the same feed gives the same file. */
export function writeCalendar(events: readonly ScheduledEvent[], options: CalendarOptions): string {
  const now = Date.parse(options.updated) || 0;
  const stamp = `${basicLocal(now)}Z`;
  const firstYear = new Map<string, number>();
  for (const { schedule } of events) {
    firstYear.set(schedule.zone, Math.min(firstYear.get(schedule.zone) ?? Infinity, new Date(schedule.start).getUTCFullYear()));
  }
  return icsFile(firstYear, events.flatMap((event) => vevents(event, options, stamp, now)), options);
}
