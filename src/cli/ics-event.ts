/**
 * One iCalendar event (a VEVENT and the instances that change it, by RECURRENCE-ID) as a feed
 * event: times in the zone of DTSTART, all-day events, DTEND or DURATION, RRULE, EXDATE and
 * RDATE, place and meeting link. Whatever the feed cannot hold is reported, never dropped in
 * silence; an event that cannot be placed in time is left out with the reason.
 */
import { all, first, param, readDuration, readPeriod, readTimes, unescapeText, type IcsComponent, type IcsProperty, type IcsTime } from '../feed/ics/read.js';
import { formatDuration } from '../feed/time/duration.js';
import { rruleProblem } from '../feed/time/rrule.js';
import { DAY, HELSINKI, type WallTime } from '../feed/time/zoned-time.js';
import type { EventOverride, FeedEvent } from '../feed/types.js';
import { feedTime, type IcsClock } from './ics-clock.js';
import { attendanceOf, cleanDescription, eventPlace, localized } from './ics-place.js';
import type { At, Draft, FeedBuilder } from './feed-builder.js';

/** What the importer knows about the file an event comes from. */
export interface IcsFile {
  readonly source: string;
  readonly builder: FeedBuilder;
  readonly clock: IcsClock;
  /** The language of text without a LANGUAGE parameter (--lang). */
  readonly lang: string;
  /** METHOD:CANCEL: every event of the file is a cancellation. */
  readonly cancelsAll: boolean;
  /** Reports a property (or component) the feed does not carry; the importer groups them per file. */
  readonly notCarried: (item: IcsProperty | IcsComponent, uid: string, id: string, why: string) => void;
}

/** Where in the file an event and each of its feed fields come from. */
export class IcsLocator {
  private readonly lines = new Map<string, number>();
  constructor(
    private readonly source: string,
    private readonly uid: string,
    private readonly line: number,
  ) {}

  set(field: string, line: number | undefined): void {
    if (line !== undefined) this.lines.set(field, line);
  }

  at(line = this.line): At {
    const uid = this.uid.length > 48 ? `${this.uid.slice(0, 45)}...` : this.uid;
    return { source: this.source, where: `line ${line} (UID ${uid})` };
  }

  /** The place of a feed field, e.g. "exdates[2]" → the EXDATE line; the VEVENT for the rest. */
  readonly locate = (field?: string): At => {
    const key = field && [field, field.replace(/\..*$/, ''), field.replace(/[[.].*$/, '')].find((k) => this.lines.has(k));
    return this.at(key ? this.lines.get(key) : this.line);
  };
}

/** The event's times: the zone of DTSTART, and every time written as a wall time there. */
export interface EventClock {
  readonly zone: string;
  readonly allDay: boolean;
  readonly wall: (time: IcsTime, line: number) => WallTime;
  readonly format: (wall: WallTime) => string;
}

/** Text of a TEXT property with its language: LANGUAGE=sv, else the file's. */
export function textOf(file: IcsFile, property: IcsProperty | undefined): { text: string; lang: string } | undefined {
  const text = property && unescapeText(property.value).trim();
  if (!text) return undefined;
  const lang = (param(property, 'LANGUAGE') ?? file.lang).slice(0, 2).toLowerCase();
  return { text, lang };
}

/** Why the feed cannot hold an event, at the line that says so. */
interface Refusal {
  readonly line: number;
  readonly reason: string;
}

/** Sets the event's end or duration from DTEND or DURATION; returns its wall-clock length, or why the feed cannot hold it. */
function readEnd(component: IcsComponent, clock: EventClock, startWall: WallTime, event: Draft<FeedEvent>, locator: IcsLocator): number | Refusal {
  const dtend = first(component, 'DTEND');
  const duration = first(component, 'DURATION');
  if (dtend) {
    const [end] = readTimes(dtend) ?? [];
    const refuse = (reason: string): Refusal => ({ line: dtend.line, reason });
    if (!end) return refuse(`DTEND "${dtend.value}" is not a real date or time`);
    if ((end.kind === 'date') !== clock.allDay) return refuse('DTSTART and DTEND must both be dates (all day) or both times');
    const endWall = clock.wall(end, dtend.line);
    if (endWall <= startWall) return refuse(clock.allDay ? 'it ends (DTEND) on the day it starts' : 'it lasts no time: DTEND is not after DTSTART');
    locator.set('end', dtend.line);
    event.end = clock.format(clock.allDay ? endWall - DAY : endWall);
    return endWall - startWall;
  }
  if (duration) {
    const length = readDuration(duration.value);
    if (length === undefined || length <= 0) return { line: duration.line, reason: `DURATION "${duration.value}" is not a length of time the feed can hold` };
    if (clock.allDay && length % DAY) return { line: duration.line, reason: `an all-day event lasts whole days, not ${duration.value}` };
    locator.set('duration', duration.line);
    event.duration = formatDuration(length);
    return length;
  }
  // RFC 5545 §3.6.1: a day without an end is that one day; a time without one is only a moment.
  if (!clock.allDay) return { line: component.line, reason: 'it has neither DTEND nor DURATION, so it lasts no time' };
  event.end = clock.format(startWall);
  return DAY;
}

/** RRULE as the feed writes it: capitals, FREQ first. The first rule only; more are reported. */
function readRule(component: IcsComponent, event: Draft<FeedEvent>, file: IcsFile, uid: string, id: string, locator: IcsLocator): Refusal | undefined {
  const [rule, ...more] = all(component, 'RRULE');
  for (const extra of [...more, ...all(component, 'EXRULE')]) {
    file.notCarried(extra, uid, id, `the feed holds one RRULE per event and no EXRULE, so the occurrences ${extra.name === 'EXRULE' ? 'it leaves out are shown' : 'it adds are missing'}`);
  }
  if (!rule) return undefined;
  const parts = rule.value.trim().toUpperCase().split(';').filter(Boolean);
  const text = [...parts.filter((p) => p.startsWith('FREQ=')), ...parts.filter((p) => !p.startsWith('FREQ='))].join(';');
  const problem = rruleProblem(text);
  if (problem) return { line: rule.line, reason: `its RRULE "${rule.value}" is not one the feed supports: ${problem.message} (${problem.fix})` };
  locator.set('rrule', rule.line);
  event.rrule = text;
  return undefined;
}

/** EXDATE and RDATE (dates, times and periods) in the event's zone; a period whose length differs becomes an override's end. */
function readDates(component: IcsComponent, clock: EventClock, event: Draft<FeedEvent>, length: number, locator: IcsLocator): Refusal | undefined {
  const exdates: string[] = [];
  const rdates: string[] = [];
  const overrides: Draft<EventOverride>[] = [];
  for (const property of all(component, 'EXDATE')) {
    const times = readTimes(property);
    if (!times) return { line: property.line, reason: `EXDATE "${property.value}" is not a list of real dates or times` };
    for (const time of times) {
      locator.set(`exdates[${exdates.length}]`, property.line);
      // A day in a timed event leaves out the occurrence of that day, as in the feed.
      exdates.push(time.kind === 'date' ? feedTime(time.wall, true) : clock.format(clock.wall(time, property.line)));
    }
  }
  for (const property of all(component, 'RDATE')) {
    const tzid = param(property, 'TZID');
    for (const value of property.value.split(',')) {
      const period = param(property, 'VALUE') === 'PERIOD' ? readPeriod(value, tzid) : undefined;
      const [time] = period ? [period.start] : (readTimes({ ...property, value }) ?? []);
      if (!time) return { line: property.line, reason: `RDATE "${value}" is not a real date, time or period` };
      const wall = clock.wall(time, property.line);
      locator.set(`rdates[${rdates.length}]`, property.line);
      rdates.push(time.kind === 'date' ? feedTime(time.wall, true) : clock.format(wall));
      const end = period?.end ? clock.wall(period.end, property.line) : period?.length !== undefined ? wall + period.length : undefined;
      if (end !== undefined && end - wall !== length) overrides.push({ recurrenceId: clock.format(wall), end: clock.format(end) });
    }
  }
  if (exdates.length) event.exdates = exdates;
  if (rdates.length) event.rdates = rdates;
  if (overrides.length) event.overrides = overrides;
  return undefined;
}

/** The event's zone from DTSTART: a one-off in UTC is shown in the default zone; a rule in UTC stays in UTC, as the source repeats it. */
function eventClock(start: IcsTime, line: number, file: IcsFile, recurs: boolean): EventClock {
  const { clock } = file;
  const zone = start.kind === 'utc' && !recurs ? clock.defaultZone : clock.zoneOfTime(start, line);
  const allDay = start.kind === 'date';
  return { zone, allDay, wall: (time, at) => clock.wallIn(time, zone, at), format: (wall) => feedTime(wall, allDay) };
}

export interface MappedEvent {
  readonly event: Draft<FeedEvent>;
  readonly clock: EventClock;
  readonly locator: IcsLocator;
}

/**
 * The feed event of a VEVENT, without organiser and target groups (the importer adds them), or
 * undefined when it cannot be placed in time (the reason is reported, the event left out).
 */
export function mapEvent(component: IcsComponent, uid: string, id: string, file: IcsFile): MappedEvent | undefined {
  const locator = new IcsLocator(file.source, uid, component.line);
  const leaveOut = (line: number, reason: string, fix: string): undefined => {
    file.builder.leaveOut(locator.at(line), `${reason}; the event was left out`, fix, id);
    file.builder.markLeftOut(locator.at());
    return undefined;
  };
  const dtstart = first(component, 'DTSTART');
  const [start] = dtstart ? (readTimes(dtstart) ?? []) : [];
  if (!dtstart || !start) return leaveOut(dtstart?.line ?? component.line, dtstart ? `DTSTART "${dtstart.value}" is not a real date or time` : 'it has no DTSTART', 'give the event a start in the calendar');
  const recurs = all(component, 'RRULE').length > 0 || all(component, 'RDATE').length > 0;
  const clock = eventClock(start, dtstart.line, file, recurs);
  const event: Draft<FeedEvent> = { id };
  const startWall = clock.wall(start, dtstart.line);
  event.start = clock.format(startWall);
  locator.set('start', dtstart.line);
  if (clock.zone !== HELSINKI) event.timeZone = clock.zone;
  const length = readEnd(component, clock, startWall, event, locator);
  const refusal = typeof length === 'number' ? (readRule(component, event, file, uid, id, locator) ?? readDates(component, clock, event, length, locator)) : length;
  if (refusal) return leaveOut(refusal.line, refusal.reason, 'correct the event in the calendar and export it again');
  describe(component, event, file, id, locator);
  return { event, clock, locator };
}

/** Name, description, place, link and web page. */
function describe(component: IcsComponent, event: Draft<FeedEvent>, file: IcsFile, id: string, locator: IcsLocator): void {
  const summary = first(component, 'SUMMARY');
  const name = textOf(file, summary);
  if (name) event.name = localized(name.text, name.lang);
  locator.set('name', summary?.line);
  const description = first(component, 'DESCRIPTION');
  const cleaned = cleanDescription(description && unescapeText(description.value));
  if (cleaned.text) event.description = localized(cleaned.text, textOf(file, description)!.lang);
  locator.set('description', description?.line);
  for (const what of cleaned.removed) {
    file.builder.leaveOut(locator.at(description!.line), `${what} (dial-in numbers, meeting ID and passcode) were taken out of the description`, 'the join link is the event\'s online link; add anything else people need to the description', id);
  }
  const other = [name, textOf(file, description)].find((t) => t && t.lang !== 'fi');
  if (other) {
    const fix = 'add the Finnish name and description to the feed before publishing it';
    const used = other.lang === 'sv' || other.lang === 'en' ? `the ${other.lang} text is also used as "fi"` : `the text (in "${other.lang}") is used as "fi"`;
    file.builder.warn(locator.at(summary?.line), `the feed requires Finnish text, so ${used}`, fix, id);
  }
  const place = eventPlace(component, cleaned.links, name?.lang ?? file.lang);
  const location = first(component, 'LOCATION');
  if (place.location) event.location = place.location;
  if (place.online) event.online = place.online;
  if (place.url) event.url = place.url;
  locator.set('location', location?.line ?? first(component, 'GEO')?.line);
  locator.set('online', (first(component, 'X-MICROSOFT-SKYPETEAMSMEETINGURL') ?? first(component, 'X-GOOGLE-CONFERENCE') ?? location)?.line);
  locator.set('url', first(component, 'URL')?.line);
  event.attendance = attendanceOf(place);
  if (place.onlineWithoutLink) {
    file.builder.warn(locator.at(location?.line), `LOCATION says the event is online ("${unescapeText(location!.value)}") but the file has no link to join it`, 'add the meeting link to the feed event\'s "online" field', id);
  }
  for (const extra of place.extra) {
    file.builder.leaveOut(locator.at(location?.line), `"${extra}" is not carried: the feed holds one place and one online link per event`, 'keep one place and one meeting link in the calendar, or make separate events', id);
  }
  if (!place.location && !place.online && !place.onlineWithoutLink) {
    file.builder.warn(locator.at(), 'the event gives no place and no meeting link, so its attendance is "on-site" with no address', 'add the place in the calendar, or the meeting link for an online event', id);
  }
}
