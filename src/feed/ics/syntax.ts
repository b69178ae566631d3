/**
 * iCalendar (RFC 5545) syntax as we write it: escaped TEXT, wall times in the basic form, a
 * VTIMEZONE for a zone, and the VCALENDAR around the events, as CRLF lines folded at 75 octets.
 * Shared by the calendar's downloads and `export ics`. Pure logic: no DOM.
 */
import { contentLines } from '../../internal/content-line.js';
import { VERSION } from '../../version.js';
import { HELSINKI, localKey, offsetAt, offsetChanges, offsetText, type WallTime } from '../time/zoned-time.js';

/**
 * Escapes a TEXT value (§3.3.11): every line break (CRLF, LF or a lone CR) becomes \n, and other
 * control characters, which TEXT cannot hold, are dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/** "20261006T180000": a wall time in iCalendar's basic form. */
export const basicLocal = (w: WallTime): string => localKey(w).replace(/[-:]/g, '');

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

/** The offset changes of `zone` from the year before `fromYear` for ten years. */
function changeObservances(zone: string, fromYear: number): string[] {
  const first = Date.UTC(fromYear - 1, 0);
  const lines = offsetChanges(zone, first, Date.UTC(fromYear + 10, 0)).flatMap((change) => {
    const [before, after] = [offsetAt(change - 1000, zone), offsetAt(change, zone)];
    return observance(after > before ? 'DAYLIGHT' : 'STANDARD', basicLocal(change + before), before, after);
  });
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
      : changeObservances(zone, fromYear);
  return ['BEGIN:VTIMEZONE', `TZID:${zone}`, ...observances, 'END:VTIMEZONE'];
}

/** A TEXT property, with its language when known; nothing for no text. */
export function text(name: string, value: { readonly text: string; readonly lang?: string } | undefined): string[] {
  return value?.text ? [`${name}${value.lang ? `;LANGUAGE=${value.lang}` : ''}:${escapeText(value.text)}`] : [];
}

/** A property of wall times in `zone` (DTSTART;TZID=…); nothing for no times. */
export function zoned(name: string, zone: string, times: readonly WallTime[]): string[] {
  return times.length ? [`${name};TZID=${zone}:${times.map(basicLocal).join(',')}`] : [];
}

/** A property of days (DTSTART;VALUE=DATE:20270428); nothing for no days. */
export function dates(name: string, days: readonly WallTime[]): string[] {
  return days.length ? [`${name};VALUE=DATE:${days.map((day) => basicLocal(day).slice(0, 8)).join(',')}`] : [];
}

/**
 * What a calendar that people subscribe to says about itself (RFC 7986 and the X-WR- and
 * X-PUBLISHED-TTL properties that Outlook and Apple Calendar read instead).
 */
export interface CalendarProperties {
  /** Shown by calendar programs as the calendar's name. */
  readonly name?: string;
  readonly description?: string;
  /** Where the file itself is published (SOURCE and URL). */
  readonly source?: string;
  /** How often a subscriber should fetch it again, an ISO 8601 duration such as PT12H. */
  readonly refreshInterval?: string;
  /** The zone that floating times and the program's display default to (X-WR-TIMEZONE). */
  readonly timeZone?: string;
}

function calendarProperties({ name, description, source, refreshInterval, timeZone }: CalendarProperties): string[] {
  return [
    ...(name ? [`NAME:${escapeText(name)}`, `X-WR-CALNAME:${escapeText(name)}`] : []),
    ...(description ? [`DESCRIPTION:${escapeText(description)}`, `X-WR-CALDESC:${escapeText(description)}`] : []),
    ...(source ? [`SOURCE;VALUE=URI:${source}`, `URL;VALUE=URI:${source}`] : []),
    ...(refreshInterval ? [`REFRESH-INTERVAL;VALUE=DURATION:${refreshInterval}`, `X-PUBLISHED-TTL:${refreshInterval}`] : []),
    ...(timeZone ? [`X-WR-TIMEZONE:${timeZone}`] : []),
  ];
}

/**
 * The whole file: a VTIMEZONE for each zone (valid from the year given) and the events' lines.
 * A downloaded file names itself (X-WR-CALNAME); a subscribed one also says how often to refresh.
 */
export function icsFile(zones: ReadonlyMap<string, number>, events: readonly string[], properties: CalendarProperties = {}): string {
  return contentLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//eroauttaminen-widgets//${VERSION}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...calendarProperties(properties),
    ...[...zones].flatMap(([zone, year]) => vtimezone(zone, year)),
    ...events,
    'END:VCALENDAR',
  ]);
}

/** A file name people recognise, e.g. "Toivo-ryhmä.ics", without characters file systems refuse. */
export function icsFileName(name: string): string {
  return `${name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim() || 'calendar'}.ics`;
}
