/**
 * `import ics`: iCalendar exports of Google Calendar, Outlook/Teams and Apple Calendar as feed
 * events. Each VEVENT with its RECURRENCE-ID instances becomes one event; ids come from UIDs, so
 * that the same calendar imported again gives the same ids. Every property the feed does not
 * carry is named, with its line, in a warning (one per property and file, listing the lines);
 * only the calendar programs' bookkeeping (DTSTAMP, SEQUENCE, busy status …) passes unnamed.
 */
import { first, IcsSyntaxError, param, parseIcs, type IcsComponent, type IcsProperty } from '../feed/ics/read.js';
import { isIanaZone, vtimezones } from '../feed/ics/zones.js';
import { HELSINKI } from '../feed/time/zoned-time.js';
import type { Publisher } from '../feed/types.js';
import { slugId, type FeedBuilder } from './feed-builder.js';
import { IcsClock } from './ics-clock.js';
import { mapEvent, textOf, type IcsFile } from './ics-event.js';
import { addOverrides } from './ics-override.js';
import { isBookkeeping, READ, WHY } from './ics-properties.js';
import { CannotRun } from './io.js';
import { chooseTargetGroups, type MappingOptions } from './mapping.js';

export interface IcsOptions {
  /** The language of text without a LANGUAGE parameter. */
  readonly lang: 'fi' | 'sv' | 'en';
  /** The organisation whose events these are (--organizer). */
  readonly organizer?: string;
  /** --publisher: also the organiser when --organizer is not given. */
  readonly publisher?: Publisher;
  readonly mapping: MappingOptions;
}

export interface IcsDocument {
  readonly source: string;
  readonly text: string;
}

/** Ids from UIDs: the UID itself when the feed accepts it, without the "@domain" that every UID of the file shares. */
function eventIds(uids: readonly string[]): Map<string, string> {
  const domains = new Set(uids.map((uid) => (uid.includes('@') ? uid.slice(uid.lastIndexOf('@')) : '')));
  const [shared] = domains.size === 1 ? [...domains] : [''];
  const ids = new Map<string, string>();
  for (const uid of uids) {
    const local = shared ? uid.slice(0, -shared.length) : uid;
    const plain = local.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9._:-]+/g, '-').replace(/^[^A-Za-z0-9]+|-+$/g, '');
    // A long id keeps its start and, for uniqueness, a hash of the whole UID.
    ids.set(uid, plain.length <= 128 && plain ? plain : `${plain.slice(0, 110)}-${hash(uid)}`);
  }
  return ids;
}

/** FNV-1a with two seeds, as 16 hex digits: the same on every run and machine. */
function hash(text: string): string {
  const fnv = (seed: number): string => {
    let h = seed;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    return h.toString(16).padStart(8, '0');
  };
  return fnv(0x811c9dc5) + fnv(0x050c5d1f);
}

class CalendarImporter {
  private readonly notCarried = new Map<string, { item: IcsProperty | IcsComponent; uid: string; id: string }[]>();

  constructor(
    private readonly source: string,
    private readonly builder: FeedBuilder,
    private readonly options: IcsOptions,
  ) {}

  report(item: IcsProperty | IcsComponent, uid: string, id: string, why = WHY[item.name] ?? 'the feed has no field for it'): void {
    const key = `${item.name}\n${why}`;
    this.notCarried.set(key, [...(this.notCarried.get(key) ?? []), { item, uid, id }]);
  }

  /** One warning per property and reason, at its first line, listing the others. */
  flush(): void {
    for (const [key, places] of this.notCarried) {
      const [name, why] = key.split('\n');
      const [{ item, uid, id }, ...more] = places;
      const kind = 'properties' in item ? 'component' : 'property';
      const lines = more.map((p) => p.item.line);
      const also = lines.length ? `; so are ${lines.length} more (line${lines.length > 1 ? 's' : ''} ${lines.slice(0, 12).join(', ')}${lines.length > 12 ? ', …' : ''})` : '';
      const where = uid ? `line ${item.line} (UID ${uid.length > 48 ? `${uid.slice(0, 45)}...` : uid})` : `line ${item.line}`;
      this.builder.leaveOut({ source: this.source, where }, `the ${name} ${kind} is not carried into the feed: ${why}${also}`, undefined, id || undefined);
    }
  }

  /** The organisation of the events: --organizer, --publisher, the calendar's name or the first event's ORGANIZER. */
  organizer(calendar: IcsComponent, events: readonly IcsComponent[]): string {
    const { organizer, publisher } = this.options;
    const calendarName = first(calendar, 'X-WR-CALNAME') ?? first(calendar, 'NAME');
    const organizerCn = events.map((e) => first(e, 'ORGANIZER')).find((o) => o && param(o, 'CN'));
    const guess = calendarName ? { name: calendarName.value, line: calendarName.line, from: 'the calendar\'s name (X-WR-CALNAME)' } : organizerCn ? { name: param(organizerCn, 'CN')!, line: organizerCn.line, from: 'the ORGANIZER of its events' } : undefined;
    const name = organizer ?? publisher?.name.fi ?? guess?.name.replace(/\\([\\;,])/g, '$1');
    if (!name) throw new CannotRun(`${this.source} names no organiser for its events; pass --organizer "Name of the organisation"`);
    const id = slugId(name) || 'organizer';
    if (!organizer && !publisher && guess) {
      this.builder.warn({ source: this.source, where: `line ${guess.line}` }, `the events' organiser is "${name}", taken from ${guess.from}`, 'name the organisation with --organizer "…"');
    }
    if (!this.builder.has('organizations', id)) {
      const url = !organizer && publisher?.url ? { url: publisher.url } : {};
      this.builder.add('organizations', { id, name: { fi: name }, ...url }, () => ({ source: this.source, where: 'line 1' }));
    }
    return id;
  }

  run(calendar: IcsComponent): void {
    const defaultZone = first(calendar, 'X-WR-TIMEZONE')?.value.trim();
    const zone = defaultZone && isIanaZone(defaultZone) ? defaultZone : HELSINKI;
    const file: IcsFile = {
      source: this.source,
      builder: this.builder,
      clock: new IcsClock(this.source, this.builder, vtimezones(calendar), zone),
      lang: this.options.lang,
      cancelsAll: first(calendar, 'METHOD')?.value.trim().toUpperCase() === 'CANCEL',
      notCarried: (item, uid, id, why) => this.report(item, uid, id, why),
    };
    const prodid = first(calendar, 'PRODID')?.value;
    if (prodid) this.builder.notes.push(`${this.source} was written by ${prodid}`);
    for (const property of calendar.properties) if (!isBookkeeping(property.name)) this.report(property, '', '');
    const events = calendar.components.filter((c) => c.name === 'VEVENT');
    for (const other of calendar.components.filter((c) => c.name !== 'VEVENT' && c.name !== 'VTIMEZONE')) {
      this.builder.leaveOut({ source: this.source, where: `line ${other.line}` }, `a ${other.name} is not an event; it was left out`, 'the feed holds events only');
    }
    if (!events.length) return;
    const organizer = this.organizer(calendar, events);
    const byUid = new Map<string, { master?: IcsComponent; instances: IcsComponent[] }>();
    for (const event of events) {
      const uid = first(event, 'UID')?.value.trim() || `line-${event.line}`;
      const group = byUid.get(uid) ?? { instances: [] };
      if (first(event, 'RECURRENCE-ID')) group.instances.push(event);
      else if (group.master) this.builder.leaveOut({ source: this.source, where: `line ${event.line}` }, `a second VEVENT with the UID ${uid} was left out`, 'give each event its own UID');
      else group.master = event;
      byUid.set(uid, group);
    }
    const ids = eventIds([...byUid.keys()]);
    for (const [uid, { master, instances }] of byUid) {
      if (master) this.event(file, master, instances, uid, ids.get(uid)!, organizer);
      else for (const instance of instances) this.orphan(file, instance, uid, ids.get(uid)!, organizer);
    }
    this.flush();
  }

  /** An instance whose series is not in the file: an event of its own. */
  private orphan(file: IcsFile, instance: IcsComponent, uid: string, id: string, organizer: string): void {
    const when = (first(instance, 'RECURRENCE-ID')?.value ?? '').replace(/[^0-9T]/g, '').toLowerCase();
    const at = { source: this.source, where: `line ${instance.line}` };
    if (first(instance, 'STATUS')?.value.trim().toUpperCase() === 'CANCELLED' || file.cancelsAll) {
      this.builder.leaveOut(at, `a cancelled occurrence (UID ${uid}) of a series that is not in the file was left out`, 'export the whole calendar');
      return;
    }
    this.builder.warn(at, `the occurrence's series (UID ${uid}) is not in the file, so it is an event of its own`, 'export the whole calendar');
    this.event(file, instance, [], uid, `${id}-${when}`, organizer);
  }

  private event(file: IcsFile, master: IcsComponent, instances: readonly IcsComponent[], uid: string, id: string, organizer: string): void {
    const at = { source: this.source, where: `line ${master.line} (UID ${uid.length > 48 ? `${uid.slice(0, 45)}...` : uid})` };
    const privacy = first(master, 'CLASS')?.value.trim().toUpperCase();
    const status = first(master, 'STATUS')?.value.trim().toUpperCase();
    const leaveOut = (message: string, fix: string): void => {
      this.builder.leaveOut(at, `${message}; the event was left out`, fix, id);
      this.builder.markLeftOut(at);
    };
    if (privacy === 'PRIVATE' || privacy === 'CONFIDENTIAL') return leaveOut(`it is marked ${privacy.toLowerCase()} (CLASS:${privacy})`, 'make it public in the calendar if it belongs in the feed');
    if (status === 'CANCELLED' || file.cancelsAll) return leaveOut('it is cancelled (STATUS:CANCELLED)', 'the feed shows cancelled occurrences of a series; a cancelled event is simply not published');
    if (!textOf(file, first(master, 'SUMMARY'))) return leaveOut('it has no title (SUMMARY)', 'give the event a title in the calendar');
    if (status === 'TENTATIVE') this.builder.warn(at, 'it is tentative (STATUS:TENTATIVE), but the feed shows it as any other event', 'publish it once it is confirmed', id);
    const mapped = mapEvent(master, uid, id, file);
    if (!mapped) return;
    addOverrides(mapped, master, instances, file, uid, id);
    const { event, locator } = mapped;
    event.organizer = organizer;
    const text = [event.name?.fi, event.description?.fi].filter(Boolean).join(' ');
    event.targetGroups = chooseTargetGroups(text, this.options.mapping, this.builder, locator.at(), id, 'event');
    if (this.options.mapping.area) event.area = this.options.mapping.area;
    for (const property of master.properties) if (!READ.has(property.name) && !isBookkeeping(property.name)) this.report(property, uid, id);
    for (const alarm of master.components) this.report(alarm, uid, id);
    this.builder.add('events', event, locator.locate);
  }
}

/** Imports iCalendar files into `builder`; a file that is not iCalendar stops the import (exit 2). */
export function importIcs(documents: readonly IcsDocument[], builder: FeedBuilder, options: IcsOptions): void {
  for (const { source, text } of documents) {
    let calendars: IcsComponent[];
    try {
      calendars = parseIcs(text);
    } catch (error) {
      if (!(error instanceof IcsSyntaxError)) throw error;
      throw new CannotRun(`${source}:${error.line}: not valid iCalendar: ${error.message}`);
    }
    const vcalendars = calendars.filter((c) => c.name === 'VCALENDAR');
    if (!vcalendars.length) throw new CannotRun(`${source} is not an iCalendar file: it has no BEGIN:VCALENDAR`);
    for (const calendar of vcalendars) new CalendarImporter(source, builder, options).run(calendar);
  }
}
