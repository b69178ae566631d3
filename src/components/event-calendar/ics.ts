/**
 * iCalendar (RFC 5545) files for feed events: CRLF lines folded at 75 octets, escaped text, a
 * VTIMEZONE for every zone used (derived from Intl, so Europe/Helsinki gets its DAYLIGHT and
 * STANDARD rules), zoned DTSTART/DTEND, RRULE, EXDATE and RDATE kept, and changed occurrences as
 * RECURRENCE-ID components. The same input always gives the same bytes. Pure logic: no DOM.
 */
import { contentLines } from '../../internal/content-line.js';
import { VERSION } from '../../version.js';
import { WEEKDAYS } from './recurrence.js';
import { daysInMonth, fromFields, localKey, offsetAt, weekday, type WallTime } from './zoned-time.js';

/** Text with the language it is in, for the LANGUAGE parameter. */
export interface IcsText {
  readonly text: string;
  readonly lang?: string;
}

/** One occurrence moved or renamed: a VEVENT with RECURRENCE-ID. */
export interface IcsOverride {
  readonly recurrenceId: WallTime;
  readonly start: WallTime;
  readonly end: WallTime;
  readonly summary: IcsText;
  readonly description?: IcsText;
  readonly location?: IcsText;
}

export interface IcsEvent {
  /** Stable across downloads, e.g. "toivo-mikkeli@www.violary.fi". */
  readonly uid: string;
  /** IANA zone in which every wall time of this event is read. */
  readonly zone: string;
  readonly start: WallTime;
  readonly end: WallTime;
  /** An RRULE value as formatRRule() writes it. */
  readonly rrule?: string;
  readonly exdates?: readonly WallTime[];
  readonly rdates?: readonly WallTime[];
  readonly overrides?: readonly IcsOverride[];
  readonly summary: IcsText;
  readonly description?: IcsText;
  readonly location?: IcsText;
  readonly geo?: { readonly latitude: number; readonly longitude: number };
  /** An http(s) address already checked by safeUrl. */
  readonly url?: string;
}

export interface IcsCalendar {
  readonly events: readonly IcsEvent[];
  /** DTSTAMP of every component (instant): the feed's `updated`, so that output is deterministic. */
  readonly stamp: number;
  /** Shown by some calendar programs as the name of an imported calendar. */
  readonly name?: string;
}

/** Escapes a TEXT value (§3.3.11) and drops control characters, which TEXT cannot hold. */
export function escapeText(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

/** "20261006T180000": a wall time in iCalendar's basic form. */
export function basicLocal(w: WallTime): string {
  return localKey(w).replace(/[-:]/g, '');
}

function basicUtc(instant: number): string {
  return `${basicLocal(fromFields(instant))}Z`;
}

function utcOffset(offset: number): string {
  const minutes = Math.round(offset / 60_000);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(minutes / 60))}${pad(minutes % 60)}`;
}

interface Transition {
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/** The instants in `year` at which `zone` changes its UTC offset (at most one a month is found). */
function transitions(zone: string, year: number): Transition[] {
  const found: Transition[] = [];
  let lo = Date.UTC(year, 0, 1);
  let before = offsetAt(lo, zone);
  for (let month = 1; month <= 12; month++) {
    const next = Date.UTC(year, month, 1);
    const after = offsetAt(next, zone);
    if (after !== before) {
      let [a, b] = [lo, next];
      while (b - a > 1000) {
        const mid = a + Math.floor((b - a) / 2000) * 1000;
        if (offsetAt(mid, zone) === before) a = mid;
        else b = mid;
      }
      found.push({ at: b, from: before, to: after });
    }
    [lo, before] = [next, after];
  }
  return found;
}

/** A transition's local start (in the offset it leaves) and the yearly rule "last Sunday of March". */
function onset(t: Transition): { local: WallTime; rule: string } {
  const local = fromFields(t.at + t.from);
  const ordinal = local.day + 7 > daysInMonth(local.year, local.month) ? -1 : Math.ceil(local.day / 7);
  return { local, rule: `FREQ=YEARLY;BYMONTH=${local.month};BYDAY=${ordinal}${WEEKDAYS[weekday(local)]}` };
}

function observance(t: Transition, rrule?: string): string[] {
  const kind = t.to > t.from ? 'DAYLIGHT' : 'STANDARD';
  return [
    `BEGIN:${kind}`,
    `DTSTART:${basicLocal(onset(t).local)}`,
    `TZOFFSETFROM:${utcOffset(t.from)}`,
    `TZOFFSETTO:${utcOffset(t.to)}`,
    ...(rrule ? [`RRULE:${rrule}`] : []),
    `END:${kind}`,
  ];
}

/**
 * A VTIMEZONE valid from `fromYear` on. Zones whose changes follow a yearly weekday rule (as all
 * of Europe's do) get RRULEs; any other zone gets its changes of the following ten years listed.
 */
export function vtimezone(zone: string, fromYear: number): string[] {
  const first = transitions(zone, fromYear - 1);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  if (!first.length) {
    const offset = utcOffset(offsetAt(Date.UTC(fromYear - 1, 0, 1), zone));
    lines.push('BEGIN:STANDARD', `DTSTART:${fromYear - 1}0101T000000`, `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, 'END:STANDARD');
  } else {
    const later = Array.from({ length: 4 }, (_, i) => transitions(zone, fromYear + i));
    const yearly = first.every((t, i) =>
      later.every((year) => year[i] && onset(year[i]).rule === onset(t).rule && year[i].to === t.to && year[i].from === t.from),
    );
    const listed = yearly ? first : Array.from({ length: 11 }, (_, i) => transitions(zone, fromYear - 1 + i)).flat();
    for (const t of listed) lines.push(...observance(t, yearly ? onset(t).rule : undefined));
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function text(name: string, value: IcsText | undefined): string[] {
  if (!value?.text) return [];
  return [`${name}${value.lang ? `;LANGUAGE=${value.lang}` : ''}:${escapeText(value.text)}`];
}

function zoned(name: string, zone: string, times: readonly WallTime[]): string[] {
  return times.length ? [`${name};TZID=${zone}:${times.map(basicLocal).join(',')}`] : [];
}

function vevent(event: IcsEvent, stamp: string): string[] {
  const { zone } = event;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    ...zoned('DTSTART', zone, [event.start]),
    ...zoned('DTEND', zone, [event.end]),
    ...(event.rrule ? [`RRULE:${event.rrule}`] : []),
    ...zoned('EXDATE', zone, event.exdates ?? []),
    ...zoned('RDATE', zone, event.rdates ?? []),
    ...text('SUMMARY', event.summary),
    ...text('DESCRIPTION', event.description),
    ...text('LOCATION', event.location),
    ...(event.geo ? [`GEO:${event.geo.latitude};${event.geo.longitude}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    'END:VEVENT',
  ];
  for (const override of event.overrides ?? []) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      ...zoned('RECURRENCE-ID', zone, [override.recurrenceId]),
      ...zoned('DTSTART', zone, [override.start]),
      ...zoned('DTEND', zone, [override.end]),
      ...text('SUMMARY', override.summary),
      ...text('DESCRIPTION', override.description),
      ...text('LOCATION', override.location),
      'END:VEVENT',
    );
  }
  return lines;
}

/** The whole .ics file. */
export function writeIcs(calendar: IcsCalendar): string {
  const stamp = basicUtc(calendar.stamp);
  const firstYear = new Map<string, number>();
  for (const event of calendar.events) {
    firstYear.set(event.zone, Math.min(firstYear.get(event.zone) ?? Infinity, event.start.year));
  }
  return contentLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//eroauttaminen-widgets//${VERSION}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(calendar.name ? [`X-WR-CALNAME:${escapeText(calendar.name)}`] : []),
    ...[...firstYear].flatMap(([zone, year]) => vtimezone(zone, year)),
    ...calendar.events.flatMap((event) => vevent(event, stamp)),
    'END:VCALENDAR',
  ]);
}

/** A file name people recognise, e.g. "Toivo-ryhmä.ics", without characters file systems refuse. */
export function icsFileName(name: string): string {
  return `${name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim() || 'calendar'}.ics`;
}
