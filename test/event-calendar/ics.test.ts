import { expect } from '@open-wc/testing';
// Swedish and English at once: these files are written without an element to load them.
import '../../src/i18n/messages/all.js';
import ICAL from 'ical.js';
import { compiledFeed } from '../../src/components/event-calendar/agenda.js';
import { calendarFile, uidHost, type CalendarFileContext } from '../../src/components/event-calendar/event-file.js';
import { escapeText, icsFileName, vtimezone } from '../../src/components/event-calendar/ics.js';
import { occurrencesBetween } from '../../src/feed/time/occurrences.js';
import { compileSchedule } from '../../src/feed/time/schedule.js';
import { dateKey, toWall } from '../../src/feed/time/zoned-time.js';
import { FeedData } from '../../src/feed/feed-data.js';
import { parseFeed } from '../../src/feed/parse.js';
import { eventCalendarMessages } from '../../src/i18n/messages/event-calendar.js';
import { SAMPLE } from '../helpers/feed-server.js';

const UNTIL = Date.parse('2028-01-01T00:00:00Z');

interface Seen {
  start: string;
  end: string;
  summary: string;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * Expands one event of an .ics file with ical.js alone: its own parser, its own reading of our
 * VTIMEZONE, its own RRULE/EXDATE/RDATE iterator and its own handling of RECURRENCE-ID.
 */
function icalOccurrences(text: string, uid: string, zone = 'Europe/Helsinki'): Seen[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const components = calendar.getAllSubcomponents('vevent').filter((v) => v.getFirstPropertyValue('uid') === uid);
  const master = components.find((v) => !v.hasProperty('recurrence-id'))!;
  const event = new ICAL.Event(master, { exceptions: components.filter((v) => v.hasProperty('recurrence-id')) });
  // A one-off start that the clock shows twice is written in UTC; everything else in its zone.
  if (master.hasProperty('rrule') || event.startDate.zone?.tzid !== 'UTC') {
    expect(event.startDate.zone?.tzid, 'DTSTART is read in its VTIMEZONE').to.equal(zone);
  }
  const seen: Seen[] = [];
  // ical.js 2.2's iterator skips DTSTART when an event has RDATE but no RRULE (kewisch/ical.js#534);
  // RFC 5545 §3.8.5.3 makes DTSTART an instance, as Thunderbird and Google show it. Add it back here.
  if (master.hasProperty('rdate') && !master.hasProperty('rrule')) {
    seen.push({ start: iso(event.startDate.toUnixTime() * 1000), end: iso(event.endDate.toUnixTime() * 1000), summary: event.summary });
  }
  const iterator = event.iterator();
  for (let next = iterator.next(); next && next.toUnixTime() * 1000 < UNTIL; next = iterator.next()) {
    const details = event.getOccurrenceDetails(next);
    seen.push({
      start: iso(details.startDate.toUnixTime() * 1000),
      end: iso(details.endDate.toUnixTime() * 1000),
      summary: details.item.summary,
    });
  }
  return seen;
}

async function load(url: string): Promise<FeedData> {
  const response = await fetch(url);
  return FeedData.merge([parseFeed(await response.json(), url)]);
}

function context(data: FeedData, lang: 'fi' | 'sv' | 'en' = 'fi'): CalendarFileContext {
  return { data, lang, messages: eventCalendarMessages.in(lang), host: uidHost(data.publishers[0]?.url, undefined) };
}

/** Our own occurrences of the event (cancelled ones left out, as the .ics leaves them out). */
function ourOccurrences(data: FeedData, id: string): Seen[] {
  const compiled = compiledFeed(data).events.find((c) => c.event.id === id)!;
  return occurrencesBetween(compiled.schedule, 0, UNTIL)
    .filter((o) => !o.cancelled)
    .map((o) => ({
      start: iso(o.start),
      end: iso(o.end),
      summary: (o.override?.name ?? compiled.event.name).fi,
    }));
}

describe('.ics writer', () => {
  let fixture: FeedData;
  let sample: FeedData;

  before(async () => {
    fixture = await load('/test/fixtures/events.json');
    sample = await load(`/${SAMPLE}`);
  });

  it('writes CRLF lines of at most 75 octets, folded without splitting a letter', () => {
    const text = calendarFile(compiledFeed(fixture).events, context(fixture));
    expect(text.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const lines = text.split('\r\n');
    expect(lines.every((line) => new TextEncoder().encode(line).length <= 75)).to.equal(true);
    expect(lines.some((line) => line.startsWith(' '))).to.equal(true);
    expect(text.replace(/\r\n /g, '')).to.contain('SUMMARY;LANGUAGE=fi:Tiistairyhmä eronneille vanhemmille\r\n');
  });

  it('escapes text so that feed content cannot add properties', () => {
    expect(escapeText('a;b,c\\d\ne\r\nf\u0007')).to.equal('a\\;b\\,c\\\\d\\ne\\nf');
    expect(escapeText('Nimi\rTEL:1'), 'a lone CR is a line break too').to.equal('Nimi\\nTEL:1');
    const [group] = compiledFeed(fixture).events;
    const evil = { ...group, event: { ...group.event, name: { fi: 'Ryhmä\nATTENDEE:mailto:evil@example.org;x,y' } } };
    const text = calendarFile([evil], context(fixture));
    const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    expect(event.getAllProperties('attendee')).to.have.length(0);
    expect(event.getFirstPropertyValue('summary')).to.equal('Ryhmä\nATTENDEE:mailto:evil@example.org;x,y');
  });

  it('describes Europe/Helsinki with its DAYLIGHT (last Sunday of March) and STANDARD (last Sunday of October) rules', () => {
    expect(vtimezone('Europe/Helsinki', 2026)).to.deep.equal([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Helsinki',
      'BEGIN:DAYLIGHT',
      'DTSTART:19960331T030000',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0300',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:19961027T040000',
      'TZOFFSETFROM:+0300',
      'TZOFFSETTO:+0200',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('describes a zone without DST with one fixed offset', () => {
    expect(vtimezone('Asia/Kolkata', 2026)).to.deep.equal([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Kolkata',
      'BEGIN:STANDARD',
      'DTSTART:20250101T000000',
      'TZOFFSETFROM:+0530',
      'TZOFFSETTO:+0530',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('describes another zone by its offset changes, which ical.js reads to the same instants', () => {
    const schedule = compileSchedule({
      start: '2026-10-20T18:00',
      end: '2026-10-20T19:00',
      timeZone: 'America/New_York',
      rrule: 'FREQ=WEEKLY;COUNT=6',
    });
    const [group] = compiledFeed(fixture).events;
    const text = calendarFile([{ ...group, schedule }], context(fixture));
    expect(text).to.contain('BEGIN:STANDARD\r\nDTSTART:20261101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\n');
    const theirs = icalOccurrences(text, `${group.event.id}@tapahtumat.example.fi`, 'America/New_York').map((o) => o.start);
    expect(theirs).to.have.length(6);
    expect(theirs).to.deep.equal(occurrencesBetween(schedule, 0, UNTIL).map((o) => iso(o.start)));
  });

  it('keeps DTSTART;TZID, RRULE (UNTIL in UTC), EXDATE and RDATE, and a stable UID and DTSTAMP', () => {
    const text = calendarFile(compiledFeed(fixture).events, context(fixture)).replace(/\r\n /g, '');
    expect(text).to.contain(
      [
        'BEGIN:VEVENT',
        'UID:tiistairyhma@tapahtumat.example.fi',
        'DTSTAMP:20260920T070000Z',
        'DTSTART;TZID=Europe/Helsinki:20260310T180000',
        'DTEND;TZID=Europe/Helsinki:20260310T193000',
        'RRULE:FREQ=WEEKLY;UNTIL=20261110T215959Z;BYDAY=TU',
      ].join('\r\n'),
    );
    expect(text).to.contain('RRULE:FREQ=MONTHLY;COUNT=10;BYDAY=1TU\r\nEXDATE;TZID=Europe/Helsinki:20261201T170000,20270105T170000\r\nRDATE;TZID=Europe/Helsinki:20261215T170000\r\n');
    expect(text).to.contain('RECURRENCE-ID;TZID=Europe/Helsinki:20261103T170000\r\nDTSTART;TZID=Europe/Helsinki:20261105T180000\r\n');
    expect(text).to.contain('GEO:61.6886;27.2723\r\n');
    expect(calendarFile(compiledFeed(fixture).events, context(fixture))).to.equal(
      calendarFile(compiledFeed(fixture).events, context(fixture)),
    );
  });

  for (const id of ['tiistairyhma', 'eroneuvo-kuukausittain', 'ammattilaisten-perjantai', 'iltachat', 'mennyt-tapahtuma']) {
    it(`round-trips "${id}" through ical.js: the same occurrences at the same instants`, () => {
      const text = calendarFile(compiledFeed(fixture).events, context(fixture));
      const theirs = icalOccurrences(text, `${id}@tapahtumat.example.fi`);
      expect(theirs.length).to.be.greaterThan(0);
      expect(theirs).to.deep.equal(ourOccurrences(fixture, id));
    });
  }

  it('round-trips every event of the sample feed through ical.js, one file per event', () => {
    for (const compiled of compiledFeed(sample).events) {
      const ctx = context(sample);
      const text = calendarFile([compiled], ctx);
      expect(icalOccurrences(text, `${compiled.event.id}@${ctx.host}`), compiled.event.id).to.deep.equal(
        ourOccurrences(sample, compiled.event.id),
      );
    }
  });

  it('gives every occurrence of the clock-change cases the page\'s start and end, in ical.js', async () => {
    const dst = await load('/test/fixtures/events-dst.json');
    const events = compiledFeed(dst).events;
    expect(events).to.have.length(14);
    for (const compiled of events) {
      const ctx = context(dst);
      const theirs = icalOccurrences(calendarFile([compiled], ctx), `${compiled.event.id}@${ctx.host}`);
      expect(theirs.length, compiled.event.id).to.be.greaterThan(0);
      expect(theirs, compiled.event.id).to.deep.equal(ourOccurrences(dst, compiled.event.id));
    }
  });

  it('gives a rule whose first occurrence spans a clock change its wall-clock length, and the first its own instance', async () => {
    const dst = await load('/test/fixtures/events-dst.json');
    const night = compiledFeed(dst).events.filter((c) => c.event.id === 'yon-yli-kevat');
    const text = calendarFile(night, context(dst));
    expect(text, 'an exact DTEND would shorten every later night by an hour').to.contain(
      'DTSTART;TZID=Europe/Helsinki:20270327T230000\r\nDURATION:PT6H\r\nRRULE:FREQ=WEEKLY;COUNT=5\r\n',
    );
    expect(text).to.contain('RECURRENCE-ID;TZID=Europe/Helsinki:20270327T230000\r\nDTSTART;TZID=Europe/Helsinki:20270327T230000\r\nDTEND;TZID=Europe/Helsinki:20270328T050000\r\n');
  });

  it('writes all-day events as dates and events with a duration as times, which ical.js reads as the page shows them', async () => {
    const feed = await load('/test/fixtures/events-all-day.json');
    const days = (instant: number): string => dateKey(toWall(instant, 'Europe/Helsinki'));
    for (const compiled of compiledFeed(feed).events) {
      const ctx = context(feed);
      const text = calendarFile([compiled], ctx);
      const calendar = new ICAL.Component(ICAL.parse(text));
      const [master] = calendar.getAllSubcomponents('vevent');
      const event = new ICAL.Event(master);
      const theirs: string[] = [];
      const iterator = event.iterator();
      for (let next = iterator.next(); next && theirs.length < 20; next = iterator.next()) {
        const { startDate, endDate } = event.getOccurrenceDetails(next);
        theirs.push(compiled.schedule.allDay ? `${startDate.toString()}/${endDate.toString()}` : `${iso(startDate.toUnixTime() * 1000)}/${iso(endDate.toUnixTime() * 1000)}`);
      }
      const ours = occurrencesBetween(compiled.schedule, 0, UNTIL).map((o) =>
        compiled.schedule.allDay ? `${days(o.start)}/${days(o.end)}` : `${iso(o.start)}/${iso(o.end)}`,
      );
      expect(theirs, compiled.event.id).to.deep.equal(ours);
    }
    const camp = calendarFile(compiledFeed(feed).events.filter((c) => c.event.id === 'leiri'), context(feed));
    expect(camp).to.contain('DTSTART;VALUE=DATE:20270428\r\nDTEND;VALUE=DATE:20270503\r\n');
    const weekends = calendarFile(compiledFeed(feed).events.filter((c) => c.event.id === 'viikonloppu'), context(feed));
    expect(weekends).to.contain('RRULE:FREQ=WEEKLY;UNTIL=20270424\r\nEXDATE;VALUE=DATE:20270410\r\n');
  });

  it('keeps the weekly 18:00 group at 18:00 Helsinki time in ical.js across both DST changes', () => {
    const text = calendarFile(compiledFeed(fixture).events, context(fixture));
    const hours = icalOccurrences(text, 'tiistairyhma@tapahtumat.example.fi').map((o) =>
      new Intl.DateTimeFormat('fi-FI', { timeZone: 'Europe/Helsinki', hour: 'numeric', minute: '2-digit' }).format(Date.parse(o.start)),
    );
    expect(hours.length).to.equal(36);
    expect(new Set(hours)).to.deep.equal(new Set(['18.00']));
  });

  it('writes the event in the visitor\'s language with the organiser and registration link', () => {
    const text = calendarFile(compiledFeed(fixture).events, context(fixture, 'sv'));
    const calendar = new ICAL.Component(ICAL.parse(text));
    const event = calendar.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('uid') === 'tiistairyhma@tapahtumat.example.fi')!;
    expect(event.getFirstPropertyValue('summary')).to.equal('Tisdagsgruppen för skilda föräldrar');
    expect(event.getFirstProperty('summary')!.getParameter('language')).to.equal('sv');
    expect(event.getFirstPropertyValue('description')).to.contain('Arrangör: VIOLA – väkivallasta vapaaksi ry');
    expect(event.getFirstPropertyValue('description')).to.contain('Anmälan: https://tapahtumat.example.fi/tiistairyhma');
    expect(event.getFirstPropertyValue('location')).to.equal('Perhekeskus, Raatihuoneenkatu 5, 50100 S:t Michel');
    const online = calendar.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('uid') === 'iltachat@tapahtumat.example.fi')!;
    expect(online.getFirstPropertyValue('location')).to.equal('https://tapahtumat.example.fi/chat');
  });

  it('makes UIDs from the publisher\'s host, else the feed\'s, else the kit\'s name', () => {
    expect(uidHost('https://www.violary.fi/', 'https://cms.example.fi/feed.json')).to.equal('www.violary.fi');
    expect(uidHost(undefined, 'https://cms.example.fi/feed.json')).to.equal('cms.example.fi');
    expect(uidHost(undefined, undefined)).to.equal('eroauttaminen-widgets');
    expect(uidHost('javascript:alert(1)', undefined)).to.equal('eroauttaminen-widgets');
  });

  it('names the file after the event, without characters file systems refuse', () => {
    expect(icsFileName('Toivo-ryhmä, Mikkeli')).to.equal('Toivo-ryhmä, Mikkeli.ics');
    expect(icsFileName('a/b:c')).to.equal('a b c.ics');
  });
});
