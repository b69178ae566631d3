/**
 * Feed events as .ics files in the visitor's language: one event with all its occurrences, or
 * every event of the filtered calendar. Builds the writer's input from the feed; no DOM.
 */
import type { FeedData } from '../../feed/feed-data.js';
import type { EventOverride } from '../../feed/types.js';
import type { Lang } from '../../i18n/lang.js';
import type { EventCalendarMessages } from '../../i18n/messages/event-calendar.js';
import { safeUrl } from '../../internal/safe-url.js';
import type { CompiledEvent } from './agenda.js';
import { eventDescription, eventName, organizerName, placeOf } from './describe.js';
import { writeIcs, type IcsEvent, type IcsOverride, type IcsText } from './ics.js';
import { formatRRule, occurrenceTimes } from './recurrence.js';
import { fromFields, parseLocal, wallMs } from './zoned-time.js';

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

/** The writer's input for one event, with its changed and cancelled occurrences. */
export function icsEvent({ event, schedule }: CompiledEvent, ctx: CalendarFileContext): IcsEvent {
  const { data, lang, messages } = ctx;
  const place = (override?: EventOverride): IcsText | undefined => {
    const { onSite, online } = placeOf(event, override, lang, messages);
    const onlineText = safeUrl(event.online?.url) ?? online;
    if (onSite) return { text: onlineText ? `${onSite.text} / ${onlineText}` : onSite.text, lang: onSite.lang };
    return onlineText ? { text: onlineText } : undefined;
  };
  const describe = (override?: EventOverride): IcsText | undefined => {
    const description = eventDescription(event, override, lang);
    const organizer = organizerName(data, event, lang);
    const registration = safeUrl(event.registration?.url);
    const parts = [
      description?.text,
      organizer && `${messages.organizer}: ${organizer.text}`,
      registration && `${messages.registration}: ${registration}`,
    ].filter(Boolean);
    // Labels are in the UI language; say so only when the description is too.
    return parts.length ? { text: parts.join('\n\n'), lang: (description?.lang ?? lang) === lang ? lang : undefined } : undefined;
  };
  const overrides = [...schedule.overrides].filter(([, override]) => !override.cancelled);
  const cancelled = [...schedule.overrides].filter(([, override]) => override.cancelled).map(([key]) => parseLocal(key)!);
  const { latitude, longitude } = event.location ?? {};
  return {
    uid: `${event.id}@${ctx.host}`,
    zone: schedule.zone,
    start: schedule.start,
    end: fromFields(wallMs(schedule.start) + schedule.duration),
    rrule: schedule.rule && formatRRule(schedule.rule, schedule.zone),
    exdates: [...[...schedule.exdates].map((key) => parseLocal(key)!), ...cancelled],
    rdates: schedule.rdates,
    overrides: overrides.map(([key, override]): IcsOverride => {
      const recurrenceId = parseLocal(key)!;
      return {
        recurrenceId,
        ...occurrenceTimes(schedule, recurrenceId),
        summary: eventName(event, override, lang),
        description: describe(override),
        location: place(override),
      };
    }),
    summary: eventName(event, undefined, lang),
    description: describe(),
    location: place(),
    geo: latitude !== undefined && longitude !== undefined && event.attendance !== 'online' ? { latitude, longitude } : undefined,
    url: safeUrl(event.url),
  };
}

/** The .ics text of `events`; DTSTAMP is the feed's `updated`, so the same feed gives the same file. */
export function calendarFile(events: readonly CompiledEvent[], ctx: CalendarFileContext, name?: string): string {
  const stamp = Date.parse(ctx.data.updated);
  return writeIcs({
    events: events.map((compiled) => icsEvent(compiled, ctx)),
    stamp: Number.isNaN(stamp) ? 0 : stamp,
    name,
  });
}
