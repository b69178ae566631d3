/**
 * Event facts as text in one language: the name, description and place of an event or of one
 * occurrence (with its override applied), dates and times in Europe/Helsinki. Shared by the cards and the .ics
 * files. No DOM.
 */
import { municipalityName } from '../../feed/area.js';
import type { FeedData } from '../../feed/feed-data.js';
import type { Address, EventOverride, FeedEvent, LocalizedText } from '../../feed/types.js';
import { formatInstantDate, formatTime, formatWeekdayDate } from '../../i18n/format.js';
import { localize, type Lang } from '../../i18n/lang.js';
import type { EventCalendarMessages } from '../../i18n/messages/event-calendar.js';

/** Text and the language it is really in (Finnish when the wanted one is missing). */
export interface Text {
  readonly text: string;
  readonly lang: Lang;
}

/** The name of an event, or of one occurrence when its override renames it. */
export function eventName(event: FeedEvent, override: EventOverride | undefined, lang: Lang): Text {
  return localize(override?.name ?? event.name, lang);
}

export function eventDescription(event: FeedEvent, override: EventOverride | undefined, lang: Lang): Text | undefined {
  const description = override?.description ?? event.description;
  return description && localize(description, lang);
}

export function organizerName(data: FeedData, event: FeedEvent, lang: Lang): Text | undefined {
  const organization = data.organization(event.organizer);
  return organization && localize(organization.name, lang);
}

/** "Viola ry, Raatihuoneenkatu 5, 50100 Mikkeli"; undefined for an address with nothing to show. */
export function addressText(address: Address | undefined, lang: Lang): Text | undefined {
  if (!address) return undefined;
  const part = (text: LocalizedText | undefined): string | undefined => text && localize(text, lang).text;
  const town = part(address.locality) ?? (address.municipality && municipalityName(address.municipality, lang));
  const parts = [part(address.name), part(address.street), [address.postalCode, town].filter(Boolean).join(' ')];
  const text = parts.filter(Boolean).join(', ');
  const names = [address.name, address.street, address.locality].filter((t): t is LocalizedText => Boolean(t));
  return text ? { text, lang: names.every((t) => t[lang]) ? lang : 'fi' } : undefined;
}

export interface Place {
  /** Where people meet, if they meet in person. */
  readonly onSite?: Text;
  /** "Verkossa (videoyhteys)" when people take part online. */
  readonly online?: string;
}

export function placeOf(event: FeedEvent, override: EventOverride | undefined, lang: Lang, messages: EventCalendarMessages): Place {
  const platform = event.online?.platform && messages.platforms[event.online.platform];
  return {
    onSite: event.attendance === 'online' ? undefined : addressText(override?.location ?? event.location, lang),
    online: event.attendance === 'on-site' ? undefined : platform ? `${messages.online} (${platform})` : messages.online,
  };
}

/** "ti 6.10.2026" (fi), "tis 6.10.2026" (sv), "Tue 6 Oct 2026" (en), in Helsinki. */
export function formatDay(instant: number, lang: Lang): string {
  return formatWeekdayDate(instant, lang);
}

/** "30.9.2026 klo 16.00": a deadline or an opening time, in Helsinki. */
export function formatMoment(instant: number, lang: Lang, messages: EventCalendarMessages): string {
  return messages.at(formatInstantDate(instant, lang), formatTime(instant, lang));
}

/**
 * "ti 6.10.2026 klo 18.00–20.00", or both dates when the occurrence runs past midnight; an
 * all-day occurrence is its day, or its first and last day ("ti 28.4.2027 – su 2.5.2027").
 */
export function formatWhen(start: number, end: number, lang: Lang, messages: EventCalendarMessages, allDay = false): string {
  if (allDay) {
    const [first, last] = [formatDay(start, lang), formatDay(end - 1, lang)];
    return first === last ? first : `${first} – ${last}`;
  }
  const [startDay, endDay] = [formatDay(start, lang), formatDay(end, lang)];
  const [from, to] = [formatTime(start, lang), formatTime(end, lang)];
  return startDay === endDay
    ? messages.at(startDay, `${from}–${to}`)
    : `${messages.at(startDay, from)} – ${messages.at(endDay, to)}`;
}
