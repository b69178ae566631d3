/**
 * iCalendar (RFC 5545) files of feed events in the visitor's language: one event with all its
 * occurrences, or every event of the filtered calendar. CRLF lines folded at 75 octets, escaped
 * text, a VTIMEZONE for each zone, zoned DTSTART/DTEND, RRULE, EXDATE and RDATE kept, changed
 * occurrences as RECURRENCE-ID components. The same feed always gives the same bytes. No DOM.
 */
import type { FeedData } from '../../feed/feed-data.js';
import type { EventOverride } from '../../feed/types.js';
import { HELSINKI } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import type { EventCalendarMessages } from '../../i18n/messages/event-calendar.js';
import { contentLines } from '../../internal/content-line.js';
import { safeUrl } from '../../internal/safe-url.js';
import { VERSION } from '../../version.js';
import type { CompiledEvent } from './agenda.js';
import { eventDescription, eventName, organizerName, placeOf } from './describe.js';
import { formatRRule, occurrenceTimes } from './recurrence.js';
import { DAY, localKey, offsetAt, offsetText, type WallTime } from './zoned-time.js';

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

/** Escapes a TEXT value (§3.3.11) and drops control characters, which TEXT cannot hold. */
export function escapeText(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/** "20261006T180000": a wall time in iCalendar's basic form. */
const basic = (w: WallTime): string => localKey(w).replace(/[-:]/g, '');

function observance(kind: 'DAYLIGHT' | 'STANDARD', start: string, from: number, to: number, yearly?: string): string[] {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${start}`,
    `TZOFFSETFROM:${offsetText(from).replace(':', '')}`,
    `TZOFFSETTO:${offsetText(to).replace(':', '')}`,
    ...(yearly ? [`RRULE:FREQ=YEARLY;${yearly}`] : []),
    `END:${kind}`,
  ];
}

const HOUR = 3_600_000;
const WEEK = 7 * DAY;

/** The offset changes of `zone` that Intl reports from the year before `fromYear` for ten years. */
function offsetChanges(zone: string, fromYear: number): string[] {
  const first = Date.UTC(fromYear - 1, 0);
  const lines: string[] = [];
  for (let week = first; week < Date.UTC(fromYear + 10, 0); week += WEEK) {
    const [before, after] = [offsetAt(week, zone), offsetAt(week + WEEK, zone)];
    if (before === after) continue;
    let [a, b] = [week, week + WEEK];
    while (b - a > 1000) {
      const mid = a + Math.floor((b - a) / 2000) * 1000;
      if (offsetAt(mid, zone) === before) a = mid;
      else b = mid;
    }
    lines.push(...observance(after > before ? 'DAYLIGHT' : 'STANDARD', basic(b + before), before, after));
  }
  const offset = offsetAt(first, zone);
  return lines.length ? lines : observance('STANDARD', `${fromYear - 1}0101T000000`, offset, offset);
}

/**
 * A VTIMEZONE for `zone`. Europe/Helsinki gets its rules since 1996: EEST from the last Sunday of
 * March to the last Sunday of October. Any other zone, rare in the feed, gets its offset changes
 * from the year before `fromYear` for ten years, or its one offset.
 */
export function vtimezone(zone: string, fromYear: number): string[] {
  const observances =
    zone === HELSINKI
      ? [
          ...observance('DAYLIGHT', '19960331T030000', 2 * HOUR, 3 * HOUR, 'BYMONTH=3;BYDAY=-1SU'),
          ...observance('STANDARD', '19961027T040000', 3 * HOUR, 2 * HOUR, 'BYMONTH=10;BYDAY=-1SU'),
        ]
      : offsetChanges(zone, fromYear);
  return ['BEGIN:VTIMEZONE', `TZID:${zone}`, ...observances, 'END:VTIMEZONE'];
}

function text(name: string, value: { readonly text: string; readonly lang?: string } | undefined): string[] {
  return value?.text ? [`${name}${value.lang ? `;LANGUAGE=${value.lang}` : ''}:${escapeText(value.text)}`] : [];
}

function zoned(name: string, zone: string, times: readonly WallTime[]): string[] {
  return times.length ? [`${name};TZID=${zone}:${times.map(basic).join(',')}`] : [];
}

/** An event's VEVENT, and one with RECURRENCE-ID for each changed occurrence; cancelled ones are EXDATEs. */
function vevents({ event, schedule }: CompiledEvent, ctx: CalendarFileContext, stamp: string): string[] {
  const { data, lang, messages } = ctx;
  const { zone } = schedule;
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
    return [
      ...text('SUMMARY', eventName(event, override, lang)),
      // Labels are in the UI language; say so only when the description is too.
      ...text('DESCRIPTION', { text: details.filter(Boolean).join('\n\n'), lang: (description?.lang ?? lang) === lang ? lang : undefined }),
      ...text('LOCATION', onSite ? { text: onlineText ? `${onSite.text} / ${onlineText}` : onSite.text, lang: onSite.lang } : onlineText ? { text: onlineText } : undefined),
    ];
  };
  const overrides = [...schedule.overrides].map(([original, override]) => ({ original, override }));
  const { latitude, longitude } = event.location ?? {};
  const url = safeUrl(event.url);
  return [
    'BEGIN:VEVENT',
    ...identity,
    ...zoned('DTSTART', zone, [schedule.start]),
    ...zoned('DTEND', zone, [schedule.start + schedule.duration]),
    ...(schedule.rule ? [`RRULE:${formatRRule(schedule.rule, zone)}`] : []),
    ...zoned('EXDATE', zone, [
      ...schedule.exdates,
      ...overrides.filter((o) => o.override.cancelled).map((o) => o.original),
    ]),
    ...zoned('RDATE', zone, schedule.rdates),
    ...about(),
    ...(latitude !== undefined && longitude !== undefined && event.attendance !== 'online' ? [`GEO:${latitude};${longitude}`] : []),
    ...(url ? [`URL:${url}`] : []),
    'END:VEVENT',
    ...overrides
      .filter((o) => !o.override.cancelled)
      .flatMap(({ original, override }) => {
        const { start, end } = occurrenceTimes(schedule, original);
        return [
          'BEGIN:VEVENT',
          ...identity,
          ...zoned('RECURRENCE-ID', zone, [original]),
          ...zoned('DTSTART', zone, [start]),
          ...zoned('DTEND', zone, [end]),
          ...about(override),
          'END:VEVENT',
        ];
      }),
  ];
}

/** The .ics text of `events`; DTSTAMP is the feed's `updated`, so the same feed gives the same file. */
export function calendarFile(events: readonly CompiledEvent[], ctx: CalendarFileContext, name?: string): string {
  const stamp = `${basic(Date.parse(ctx.data.updated) || 0)}Z`;
  const firstYear = new Map<string, number>();
  for (const { schedule } of events) {
    firstYear.set(schedule.zone, Math.min(firstYear.get(schedule.zone) ?? Infinity, new Date(schedule.start).getUTCFullYear()));
  }
  return contentLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//eroauttaminen-widgets//${VERSION}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(name ? [`X-WR-CALNAME:${escapeText(name)}`] : []),
    ...[...firstYear].flatMap(([zone, year]) => vtimezone(zone, year)),
    ...events.flatMap((event) => vevents(event, ctx, stamp)),
    'END:VCALENDAR',
  ]);
}

/** A file name people recognise, e.g. "Toivo-ryhmä.ics", without characters file systems refuse. */
export function icsFileName(name: string): string {
  return `${name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim() || 'calendar'}.ics`;
}
