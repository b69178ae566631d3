/**
 * Feed events as .ics files in the visitor's language: one event with all its occurrences, or
 * every event of the filtered calendar. Zoned DTSTART/DTEND, RRULE, EXDATE and RDATE are kept,
 * changed occurrences become RECURRENCE-ID components, and the same feed always gives the same
 * bytes. No DOM.
 */
import type { FeedData } from '../../feed/feed-data.js';
import type { EventOverride } from '../../feed/types.js';
import type { WallTime } from '../../feed/time/zoned-time.js';
import type { Lang } from '../../i18n/lang.js';
import type { EventCalendarMessages } from '../../i18n/messages/event-calendar.js';
import { safeUrl } from '../../internal/safe-url.js';
import type { CompiledEvent } from './agenda.js';
import { eventDescription, eventName, organizerName, placeOf } from './describe.js';
import { basicLocal, icsFile, text } from './ics.js';
import { irregularInstances, masterTimes, occurrenceTimes, recurrenceId } from './ics-times.js';

export interface CalendarFileContext {
  readonly data: FeedData;
  readonly lang: Lang;
  readonly messages: EventCalendarMessages;
  /** The right-hand side of every UID; see uidHost(). */
  readonly host: string;
}

/**
 * The host that makes UIDs unique and stable: the publisher's web address, else the feed's own
 * (absolute) address, else the kit's name. A calendar program then updates, rather than
 * duplicates, an event that a visitor downloads twice.
 */
export function uidHost(publisherUrl: string | undefined, feedUrl: string | undefined): string {
  for (const candidate of [publisherUrl, feedUrl]) {
    const url = safeUrl(candidate);
    if (url?.startsWith('http')) return new URL(url).hostname;
  }
  return 'eroauttaminen-widgets';
}

/** An event's VEVENT, and one with RECURRENCE-ID for each changed occurrence; cancelled ones are EXDATEs. */
function vevents({ event, schedule }: CompiledEvent, ctx: CalendarFileContext, stamp: string, now: number): string[] {
  const { data, lang, messages } = ctx;
  const identity = [`UID:${event.id}@${ctx.host}`, `DTSTAMP:${stamp}`];
  const about = (override?: EventOverride): string[] => {
    const { onSite, online } = placeOf(event, override, lang, messages);
    const onlineText = safeUrl(event.online?.url) ?? online;
    const description = eventDescription(event, override, lang);
    const organizer = organizerName(data, event, lang);
    const registration = safeUrl(event.registration?.url);
    const details = [
      description?.text,
      organizer && `${messages.organizer}: ${organizer.text}`,
      registration && `${messages.registration}: ${registration}`,
    ];
    const where = onSite ? { text: onlineText ? `${onSite.text} / ${onlineText}` : onSite.text, lang: onSite.lang } : undefined;
    return [
      ...text('SUMMARY', eventName(event, override, lang)),
      // Labels are in the UI language; say so only when the description is too.
      ...text('DESCRIPTION', { text: details.filter(Boolean).join('\n\n'), lang: (description?.lang ?? lang) === lang ? lang : undefined }),
      ...text('LOCATION', where ?? (onlineText ? { text: onlineText } : undefined)),
    ];
  };
  const overrides = [...schedule.overrides].map(([original, override]) => ({ original, override }));
  const { latitude, longitude } = event.location ?? {};
  const url = safeUrl(event.url);
  const instance = (original: WallTime, override?: EventOverride): string[] => [
    'BEGIN:VEVENT',
    ...identity,
    ...recurrenceId(schedule, original),
    ...occurrenceTimes(schedule, original),
    ...about(override),
    'END:VEVENT',
  ];
  return [
    'BEGIN:VEVENT',
    ...identity,
    ...masterTimes(schedule, overrides.filter((o) => o.override.cancelled).map((o) => o.original)),
    ...about(),
    ...(latitude !== undefined && longitude !== undefined && event.attendance !== 'online' ? [`GEO:${latitude};${longitude}`] : []),
    ...(url ? [`URL:${url}`] : []),
    'END:VEVENT',
    ...overrides.filter((o) => !o.override.cancelled).flatMap(({ original, override }) => instance(original, override)),
    ...irregularInstances(schedule, now).flatMap((original) => instance(original)),
  ];
}

/** The .ics text of `events`; DTSTAMP is the feed's `updated`, so the same feed gives the same file. */
export function calendarFile(events: readonly CompiledEvent[], ctx: CalendarFileContext, name?: string): string {
  const stamp = `${basicLocal(Date.parse(ctx.data.updated) || 0)}Z`;
  const firstYear = new Map<string, number>();
  for (const { schedule } of events) {
    firstYear.set(schedule.zone, Math.min(firstYear.get(schedule.zone) ?? Infinity, new Date(schedule.start).getUTCFullYear()));
  }
  return icsFile(firstYear, events.flatMap((event) => vevents(event, ctx, stamp, Date.parse(ctx.data.updated) || 0)), name);
}
