/**
 * Feed events as .ics files in the visitor's language: one event with all its occurrences, or
 * every event of the filtered calendar. The file itself is written by the feed's domain layer
 * (src/feed/ics/), which `export ics` shares; this module gives it the words. No DOM.
 */
import type { FeedData } from '../../feed/feed-data.js';
import { writeCalendar, type EventWords, type ScheduledEvent } from '../../feed/ics/calendar.js';
import type { CalendarProperties } from '../../feed/ics/syntax.js';
import type { EventOverride, FeedEvent } from '../../feed/types.js';
import type { Lang } from '../../i18n/lang.js';
import type { EventCalendarMessages } from '../../i18n/messages/event-calendar.js';
import { safeUrl } from '../../internal/safe-url.js';
import { eventDescription, eventName, organizerName, placeOf } from './describe.js';

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

/** SUMMARY, DESCRIPTION (with the organiser and the registration link) and LOCATION in the context's language. */
export function eventWords({ data, lang, messages }: CalendarFileContext): (event: FeedEvent, override?: EventOverride) => EventWords {
  return (event, override) => {
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
    return {
      summary: eventName(event, override, lang),
      // Labels are in the UI language; say so only when the description is too.
      description: { text: details.filter(Boolean).join('\n\n'), lang: (description?.lang ?? lang) === lang ? lang : undefined },
      location: where ?? (onlineText ? { text: onlineText } : undefined),
    };
  };
}

/**
 * The .ics text of `events`; DTSTAMP is the feed's `updated`, so the same feed gives the same
 * file. `properties` name the calendar, and for a subscribed one say how often to refresh.
 */
export function calendarFile(events: readonly ScheduledEvent[], ctx: CalendarFileContext, properties: string | CalendarProperties = {}): string {
  const calendar = typeof properties === 'string' ? { name: properties } : properties;
  return writeCalendar(events, { ...calendar, host: ctx.host, updated: ctx.data.updated, words: eventWords(ctx) });
}
