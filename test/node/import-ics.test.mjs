// `import ics` on calendars as Google Calendar, Outlook (with Teams) and Apple Calendar export
// them (test/fixtures/ics/, each in its program's shape: PRODID, property order, VTIMEZONE,
// CRLF lines folded at 75 octets): the events people would see, across both clock changes.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';
import { calendar, cli, importIcs, inHelsinki, occurrences, problems, spans } from './ics-cli.mjs';
import { loadSrc } from './load-src.mjs';

const { validateFeeds } = await loadSrc('src/cli/validate.ts');
const { WINDOWS_ZONES, isIanaZone } = await loadSrc('src/feed/ics/zones.ts');
const { parseIcs, unescapeText } = await loadSrc('src/feed/ics/read.ts');

const google = await importIcs(['google-viola.ics'], '--target-group', 'parent');
const outlook = await importIcs(['outlook-essote.ics'], '--organizer', 'Essoten perheneuvola', '--target-group', 'parent');
const apple = await importIcs(['apple-tukinetti.ics'], '--organizer', 'Tukinetti', '--target-group', 'child');
const event = (run, id) => run.feed.events.find((e) => e.id === id);
const messages = (run) => problems(run).map((p) => `${p.where}: ${p.message}`);

describe('import ics: the Google Calendar export', () => {
  const group = event(google, '5n0q3v8k2m7j1h4g6f9d0s2a1p');

  it('makes an event of each public VEVENT, with its UID (less the shared @google.com) as its id', () => {
    assert.deepEqual(google.feed.events.map((e) => e.id), ['5n0q3v8k2m7j1h4g6f9d0s2a1p', '1b8c4e2r6t0y3u7i5o9p2a4s6d', '3k5m7n9b1v3c5x7z9l2k4j6h8g', '7q9w1e3r5t7y9u1i3o5p7a9s1d']);
    assert.deepEqual(google.feed.organizations, [{ id: 'viola-ry-vertaisryhmat', name: { fi: 'Viola ry – vertaisryhmät' } }]);
    assert.equal(group.organizer, 'viola-ry-vertaisryhmat');
  });

  it('leaves out the private event, saying so at its line', () => {
    assert.ok(messages(google).includes('line 160 (UID 9a8s7d6f5g4h3j2k1l0z9x8c7v@google.com): it is marked private (CLASS:PRIVATE); the event was left out'));
  });

  it('keeps the Tuesday group at 18:00 Helsinki time across the October change, without the autumn-holiday EXDATE, with the moved and the cancelled meeting', () => {
    assert.deepEqual(
      { start: group.start, end: group.end, timeZone: group.timeZone, rrule: group.rrule, exdates: group.exdates },
      { start: '2026-09-08T18:00', end: '2026-09-08T19:30', timeZone: undefined, rrule: 'FREQ=WEEKLY;WKST=MO;UNTIL=20261215T215959Z;BYDAY=TU', exdates: ['2026-10-20T18:00'] },
    );
    assert.deepEqual(occurrences(group), [
      '2026-09-08 18:00–19:30', '2026-09-15 18:00–19:30', '2026-09-22 18:00–19:30', '2026-09-29 18:00–19:30',
      '2026-10-06 18:00–19:30', '2026-10-13 18:00–19:30', '2026-10-27 18:00–19:30', '2026-11-05 18:00–19:30',
      '2026-11-10 18:00–19:30', '2026-11-17 18:00–19:30', '2026-11-24 18:00–19:30 cancelled', '2026-12-01 18:00–19:30',
      '2026-12-08 18:00–19:30', '2026-12-15 18:00–19:30',
    ]);
  });

  it('moves the 3 November meeting to Thursday at the library, as the RECURRENCE-ID instance says', () => {
    const [moved, cancelled] = group.overrides;
    assert.deepEqual({ ...moved, location: undefined }, { recurrenceId: '2026-11-03T18:00', start: '2026-11-05T18:00', location: undefined });
    assert.equal(moved.location.name.fi, 'Kirjasto-kulttuuritalo Mikaeli');
    assert.deepEqual(cancelled, { recurrenceId: '2026-11-24T18:00', cancelled: true });
  });

  it('reads the place into name, street, postal code, town and municipality code, and HTML as text with its link', () => {
    assert.deepEqual(group.location, {
      name: { fi: 'Mikkelin perhekeskus' }, street: { fi: 'Raatihuoneenkatu 5' }, postalCode: '50100', locality: { fi: 'Mikkeli' }, municipality: '491',
    });
    assert.equal(group.attendance, 'on-site');
    assert.equal(group.description.fi, 'Vertaisryhmä eroa läpikäyville vanhemmille. Ryhmässä jaetaan kokemuksia ja saadaan tukea arkeen eron jälkeen.\n\nRyhmä on maksuton. Ilmoittaudu: https://www.violary.fi/ryhmat');
  });

  it('shows a one-off written in UTC at its Helsinki time, online with its Meet link, and takes Meet\'s dial-in text out of the description', () => {
    const info = event(google, '1b8c4e2r6t0y3u7i5o9p2a4s6d');
    assert.deepEqual([info.start, info.end, info.attendance, info.online], ['2026-10-12T18:00', '2026-10-12T19:30', 'online', { platform: 'video', url: 'https://meet.google.com/kpw-qxbn-ert' }]);
    assert.equal(info.description.fi, 'Infoilta eroa harkitseville ja eronneille vanhemmille: miten lapsen asioista sovitaan, ja mistä saa apua.');
    assert.ok(messages(google).some((m) => /^line 108 .*: the Google Meet joining instructions .* were taken out of the description$/.test(m)));
  });

  it('keeps an all-day camp to its last day (DTEND is the day after)', () => {
    const camp = event(google, '3k5m7n9b1v3c5x7z9l2k4j6h8g');
    assert.deepEqual([camp.start, camp.end], ['2027-04-28', '2027-05-01']);
    assert.deepEqual(occurrences(camp), ['2027-04-28 00:00–00:00']);
  });

  it('keeps the first-Saturday 11:00 meeting at 11:00 after the March change', () => {
    assert.deepEqual(occurrences(event(google, '7q9w1e3r5t7y9u1i3o5p7a9s1d')), ['2027-01-02 11:00–13:00', '2027-02-06 11:00–13:00', '2027-03-06 11:00–13:00', '2027-04-03 11:00–13:00']);
  });

  it('names each property the feed does not carry, once per property with all its lines', () => {
    const left = problems(google).filter((p) => p.leftOut).map((p) => `${p.where.replace(/ \(UID.*/, '')}: ${p.message}`);
    assert.deepEqual(left.filter((m) => / the [A-Z-]+ (property|component) /.test(m)), [
      'line 8: the X-WR-CALDESC property is not carried into the feed: the feed describes events, not calendars',
      'line 34: the ORGANIZER property is not carried into the feed: the feed names the organising organisation, not a person or a mailbox; so are 3 more (lines 103, 129, 147)',
      'line 37: the ATTENDEE property is not carried into the feed: the feed publishes no participants',
      'line 50: the VALARM component is not carried into the feed: reminders are set by each person who subscribes',
    ]);
  });

  it('writes a feed that the validator accepts, and exits 1 because something was left out', () => {
    assert.equal(google.code, 1);
    assert.deepEqual(validateFeeds([{ source: 'out.json', raw: google.feed }], { now: new Date('2026-09-25T10:00:00+03:00') }).problems, []);
  });
});

describe('import ics: the Outlook export of a Teams meeting series', () => {
  const [teams, info, themeDay] = outlook.feed.events;

  it('reads "FLE Standard Time" as Europe/Helsinki: Wednesdays at 17:00 before and after the October change', () => {
    assert.equal(teams.timeZone, undefined);
    const times = occurrences(teams);
    assert.deepEqual(times.slice(0, 4), ['2026-10-07 17:00–18:30', '2026-10-14 17:00–18:30', '2026-10-21 17:00–18:30', '2026-11-04 17:00–18:30']);
    assert.ok(times.includes('2026-11-19 18:00–19:30'), 'the meeting moved by its RECURRENCE-ID instance');
    assert.ok(times.includes('2026-12-02 17:00–18:30 cancelled'));
    assert.equal(times.at(-1), '2026-12-09 17:00–18:30');
  });

  it('keeps Outlook\'s 112-character UID as the id, so the same calendar imported again gives the same ids', () => {
    assert.equal(teams.id, '040000008200E00074C5B7101A82E00800000000A0D5C1F2E24BDC01000000000000000010000000C3A8F6D0E1B24A44B3B41F2C8A6E0D57');
  });

  it('takes the Teams join link as the online link and the Teams invitation out of the description', () => {
    assert.equal(teams.attendance, 'online');
    assert.match(teams.online.url, /^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3ameeting_ZjM2/);
    assert.equal(teams.description.fi, 'Vertaisryhmä eroa läpikäyville vanhemmille Teamsissa. Kameran saa pitää kiinni.');
    assert.ok(!messages(outlook).some((m) => m.includes('meetingOptions')), 'the settings page is no meeting link');
  });

  it('places an event after the March change at 17:00 EEST and a day-long event on its day', () => {
    assert.deepEqual(occurrences(info), ['2027-03-30 17:00–19:00']);
    assert.equal(info.location.street.fi, 'Porrassalmenkatu 35–37');
    assert.deepEqual([themeDay.start, themeDay.end], ['2026-10-19', '2026-10-19']);
  });

  it('passes Outlook\'s bookkeeping (busy status, sequence, X-MS-OLK-…) without a word, and names CATEGORIES and VALARM', () => {
    const named = problems(outlook).filter((p) => p.leftOut).map((p) => p.message.split(':')[0]);
    assert.deepEqual(named.filter((m) => m.startsWith('the ')).sort(), [
      'the CATEGORIES property is not carried into the feed',
      'the Microsoft Teams joining instructions (dial-in numbers, meeting ID and passcode) were taken out of the description',
      'the VALARM component is not carried into the feed',
    ]);
    assert.deepEqual(validateFeeds([{ source: 'out.json', raw: outlook.feed }], { now: new Date('2026-09-25T10:00:00+03:00') }).problems, []);
  });
});

describe('import ics: the Apple Calendar export', () => {
  const [children, fathers, summerDay] = apple.feed.events;

  it('keeps the fortnightly Thursday group at 16:30 across the March change, without the winter-holiday EXDATE, renaming one meeting', () => {
    assert.deepEqual(occurrences(children), ['2027-02-04 16:30–18:00', '2027-02-18 16:30–18:00', '2027-03-18 16:30–18:00', '2027-04-01 16:30–18:00', '2027-04-15 16:30–18:00']);
    assert.deepEqual(children.overrides, [{ recurrenceId: '2027-04-01T16:30', name: { fi: 'Vertaisryhmä eroperheiden lapsille: pääsiäisaskartelu' } }]);
  });

  it('reads Apple\'s two-line LOCATION and structured location (coordinates), and URL as the event\'s page', () => {
    assert.deepEqual(children.location, {
      name: { fi: 'Mikkelin perhekeskus' }, street: { fi: 'Raatihuoneenkatu 5' }, postalCode: '50100', locality: { fi: 'Mikkeli' }, municipality: '491', latitude: 61.6886, longitude: 27.2723,
    });
    assert.equal(children.url, 'https://www.tukinetti.fi/ryhmat/lapset');
  });

  it('makes an event with a Zoom URL online, and an all-day summer day one day long', () => {
    assert.deepEqual([fathers.attendance, fathers.online.url], ['online', 'https://us02web.zoom.us/j/81234567890?pwd=dGhpc2lzbm90YXJlYWxwYXNzd29yZA']);
    assert.deepEqual([summerDay.start, summerDay.end], ['2027-06-12', '2027-06-12']);
    assert.deepEqual(validateFeeds([{ source: 'out.json', raw: apple.feed }], { now: new Date('2026-09-25T10:00:00+03:00') }).problems, []);
  });
});

describe('import ics: the same occurrences as ical.js reads from each export', () => {
  /** "2026-10-13 18:00/2026-10-13 19:30", or the days "2027-04-28/2027-05-02" (the end exclusive, as iCalendar has it). */
  const span = (start, end, allDay) => (allDay ? `${inHelsinki(start).slice(0, 10)}/${inHelsinki(end).slice(0, 10)}` : `${inHelsinki(start)}/${inHelsinki(end)}`);

  /** ical.js's own expansion of every public series (its parser, VTIMEZONE reading, RRULE iterator and exceptions), cancelled instances left out. */
  function icalSeries(text) {
    const calendar = new ICAL.Component(ICAL.parse(text));
    ICAL.TimezoneService.reset();
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const vevents = calendar.getAllSubcomponents('vevent');
    const series = new Map();
    for (const master of vevents.filter((v) => !v.hasProperty('recurrence-id') && v.getFirstPropertyValue('class') !== 'PRIVATE')) {
      const uid = master.getFirstPropertyValue('uid');
      const event = new ICAL.Event(master, { exceptions: vevents.filter((v) => v.hasProperty('recurrence-id') && v.getFirstPropertyValue('uid') === uid) });
      const seen = [];
      const iterator = event.iterator();
      for (let next = iterator.next(); next && next.year < 2030; next = iterator.next()) {
        const { item, startDate, endDate } = event.getOccurrenceDetails(next);
        if (item.component.getFirstPropertyValue('status') !== 'CANCELLED') seen.push(span(startDate.toJSDate().getTime(), endDate.toJSDate().getTime(), startDate.isDate));
      }
      series.set(uid.replace(/@google\.com$/, ''), seen);
    }
    return series;
  }

  for (const [name, run] of [['google-viola.ics', google], ['outlook-essote.ics', outlook], ['apple-tukinetti.ics', apple]]) {
    it(name, async () => {
      const series = icalSeries(await readFile(new URL(`../fixtures/ics/${name}`, import.meta.url), 'utf8'));
      assert.deepEqual([...series.keys()], run.feed.events.map((e) => e.id));
      for (const feedEvent of run.feed.events) {
        const ours = spans(feedEvent).filter((o) => !o.cancelled).map((o) => span(o.start, o.end, feedEvent.start.length === 10));
        assert.deepEqual(ours, series.get(feedEvent.id), feedEvent.id);
      }
    });
  }
});

describe('import ics: iCalendar syntax and time zones', () => {
  it('unfolds lines (also inside a letter\'s bytes), reads quoted parameters and unescapes text', () => {
    const [cal] = parseIcs('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY;LANGUAGE=fi:Vertaisryhm\r\n ä\\, eroperheet\\; Mikkeli\\nklo 18\r\nLOCATION;ALTREP="http://a.example/x:y":Paikka\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n');
    const [summary, location] = cal.components[0].properties;
    assert.equal(unescapeText(summary.value), 'Vertaisryhmä, eroperheet; Mikkeli\nklo 18');
    assert.deepEqual([location.params.get('ALTREP'), location.value, location.line], [['http://a.example/x:y'], 'Paikka', 5]);
  });

  it('maps every Windows zone of its table to an IANA zone that Intl knows', () => {
    for (const [windows, zone] of Object.entries(WINDOWS_ZONES)) assert.ok(isIanaZone(zone), `${windows} → ${zone}`);
    assert.equal(WINDOWS_ZONES['FLE Standard Time'], 'Europe/Helsinki');
  });

  it('reads a TZID that only its VTIMEZONE explains by the VTIMEZONE\'s offsets, with a warning', async () => {
    const text = calendar(
      'BEGIN:VTIMEZONE', 'TZID:(UTC+02:00) Helsingfors, Kyiv', 'BEGIN:STANDARD', 'DTSTART:16011028T040000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10', 'TZOFFSETFROM:+0300', 'TZOFFSETTO:+0200', 'END:STANDARD',
      'BEGIN:DAYLIGHT', 'DTSTART:16010325T030000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0300', 'END:DAYLIGHT', 'END:VTIMEZONE',
      'BEGIN:VEVENT', 'UID:a', 'DTSTART;TZID="(UTC+02:00) Helsingfors, Kyiv":20261020T180000', 'DTEND;TZID="(UTC+02:00) Helsingfors, Kyiv":20261020T190000', 'RRULE:FREQ=WEEKLY;COUNT=2', 'SUMMARY:Ryhmä', 'LOCATION:Mikkeli', 'END:VEVENT',
    );
    const run = await cli(['import', 'ics', '-', '--organizer', 'Viola', '--target-group', 'parent', '--report', 'json'], { stdin: text });
    assert.deepEqual(occurrences(run.feed.events[0]), ['2026-10-20 18:00–19:00', '2026-10-27 18:00–19:00']);
    assert.ok(messages(run).includes('line 21: the time zone "(UTC+02:00) Helsingfors, Kyiv" was read as Europe/Helsinki, because its VTIMEZONE has the offsets of Europe/Helsinki'));
  });

  it('reads another zone as the event\'s own timeZone, and floating times as Helsinki time with one warning', async () => {
    const text = calendar(
      'BEGIN:VEVENT', 'UID:ny', 'DTSTART;TZID=America/New_York:20261020T120000', 'DURATION:PT1H30M', 'SUMMARY:Webinaari', 'URL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_x', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:floating', 'DTSTART:20261021T180000', 'DTEND:20261021T190000', 'SUMMARY:Ryhmä', 'LOCATION:Savonlinna', 'END:VEVENT',
    );
    const run = await cli(['import', 'ics', '-', '--organizer', 'Viola', '--target-group', 'parent', '--report', 'json'], { stdin: text });
    const [ny, floating] = run.feed.events;
    assert.deepEqual([ny.start, ny.duration, ny.timeZone], ['2026-10-20T12:00', 'PT1H30M', 'America/New_York']);
    assert.deepEqual(occurrences(ny), ['2026-10-20 19:00–20:30']);
    assert.deepEqual([floating.start, floating.timeZone, floating.location], ['2026-10-21T18:00', undefined, { locality: { fi: 'Savonlinna' }, municipality: '740' }]);
    assert.equal(messages(run).filter((m) => m.includes('floating')).length, 1);
  });

  it('reads an unknown TZID without a VTIMEZONE as Helsinki time, saying so once', async () => {
    const text = calendar('BEGIN:VEVENT', 'UID:x', 'DTSTART;TZID=Kotikello:20261020T180000', 'DTEND;TZID=Kotikello:20261020T190000', 'SUMMARY:Ryhmä', 'LOCATION:Mikkeli', 'END:VEVENT');
    const run = await cli(['import', 'ics', '-', '--organizer', 'Viola', '--target-group', 'parent', '--report', 'json'], { stdin: text });
    assert.deepEqual(occurrences(run.feed.events[0]), ['2026-10-20 18:00–19:00']);
    assert.deepEqual(messages(run).filter((m) => m.includes('Kotikello')), ['line 6: the time zone "Kotikello" is neither an IANA nor a Windows zone name and the file has no VTIMEZONE for it that matches one, so its times were read as Europe/Helsinki']);
  });

  it('keeps Swedish text (LANGUAGE=sv) as sv and, as the feed requires Finnish, also as fi, with a warning', async () => {
    const text = calendar('BEGIN:VEVENT', 'UID:sv', 'DTSTART;VALUE=DATE:20261020', 'SUMMARY;LANGUAGE=sv:Stödgrupp för skilda föräldrar', 'LOCATION;LANGUAGE=sv:Nykarleby', 'END:VEVENT');
    const run = await cli(['import', 'ics', '-', '--organizer', 'Viola', '--target-group', 'parent', '--report', 'json'], { stdin: text });
    const [event] = run.feed.events;
    assert.deepEqual(event.name, { fi: 'Stödgrupp för skilda föräldrar', sv: 'Stödgrupp för skilda föräldrar' });
    assert.deepEqual(event.location, { locality: { fi: 'Nykarleby', sv: 'Nykarleby' }, municipality: '893' });
    assert.ok(messages(run).includes('line 7 (UID sv): the feed requires Finnish text, so the sv text is also used as "fi"'));
  });

  it('makes an id the feed accepts of any UID, the same on every run: cleaned, and a long one cut with a hash of the whole', async () => {
    const long = `${'a'.repeat(150)}/x`;
    const text = calendar(...[['odd', 'Kalenteri+Ryhmä/1'], ['long1', `${long}1`], ['long2', `${long}2`]].flatMap(([, uid]) => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTART;VALUE=DATE:20261020', 'SUMMARY:Ryhmä', 'LOCATION:Mikkeli', 'END:VEVENT']));
    const ids = async () => (await cli(['import', 'ics', '-', '--organizer', 'Viola', '--target-group', 'parent'], { stdin: text })).feed.events.map((e) => e.id);
    const [odd, first, second] = await ids();
    assert.equal(odd, 'Kalenteri-Ryhma-1');
    assert.ok(first.length <= 128 && first.startsWith('a'.repeat(110)) && first !== second);
    assert.deepEqual(await ids(), [odd, first, second]);
  });

  it('makes an RDATE period that is longer than the event an override with its own end', async () => {
    const text = calendar('BEGIN:VEVENT', 'UID:p', 'DTSTART;TZID=Europe/Helsinki:20261020T180000', 'DTEND;TZID=Europe/Helsinki:20261020T190000', 'RDATE;VALUE=PERIOD;TZID=Europe/Helsinki:20261027T180000/PT2H', 'SUMMARY:Ryhmä', 'LOCATION:Mikkeli', 'END:VEVENT');
    const run = await cli(['import', 'ics', '-', '--organizer', 'Viola', '--publisher', 'Viola', '--target-group', 'parent', '--report', 'json'], { stdin: text });
    assert.deepEqual(occurrences(run.feed.events[0]), ['2026-10-20 18:00–19:00', '2026-10-27 18:00–20:00']);
    assert.equal(run.code, 0);
  });
});

describe('import ics: what the feed cannot hold is named, and the exit codes', () => {
  const clean = calendar('BEGIN:VEVENT', 'UID:ryhma@viola.example', 'DTSTAMP:20260920T070000Z', 'DTSTART;TZID=Europe/Helsinki:20261020T180000', 'DTEND;TZID=Europe/Helsinki:20261020T193000', 'RRULE:FREQ=WEEKLY;COUNT=3', 'SUMMARY:Vertaisryhmä', 'LOCATION:Raatihuoneenkatu 5\\, 50100 Mikkeli', 'SEQUENCE:0', 'END:VEVENT');

  it('exits 0 when every event came through as it was', async () => {
    const run = await cli(['import', 'ics', '-', '--organizer', 'Viola ry', '--publisher', 'Viola ry', '--target-group', 'parent', '--updated', '2026-09-25T10:00:00+03:00'], { stdin: clean });
    assert.equal(run.stderr.split('\n').at(-2), 'Imported 1 organization, 1 event from - to standard output: 0 errors, 0 warnings.');
    assert.equal(run.code, 0);
    assert.equal(run.feed.events[0].id, 'ryhma');
  });

  it('leaves out an event whose RRULE the feed cannot hold, naming the rule and the line; a second RRULE is named too', async () => {
    const text = calendar(
      'BEGIN:VEVENT', 'UID:h', 'DTSTART:20261020T180000Z', 'DTEND:20261020T190000Z', 'RRULE:FREQ=DAILY;BYHOUR=9,18', 'SUMMARY:Kahdesti päivässä', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:two', 'DTSTART;VALUE=DATE:20261020', 'RRULE:FREQ=WEEKLY;COUNT=2', 'RRULE:FREQ=MONTHLY;COUNT=2', 'SUMMARY:Kaksi sääntöä', 'END:VEVENT',
    );
    const run = await cli(['import', 'ics', '-', '--organizer', 'Viola', '--target-group', 'parent', '--report', 'json'], { stdin: text });
    assert.deepEqual(run.feed.events.map((e) => e.id), ['two']);
    assert.ok(messages(run).includes('line 8 (UID h): its RRULE "FREQ=DAILY;BYHOUR=9,18" is not one the feed supports: BYHOUR is not supported in a FREQ=DAILY rule (use only INTERVAL, COUNT, UNTIL, WKST, BYDAY, BYMONTH, BYSETPOS, BYMONTHDAY with FREQ=DAILY; list irregular dates in "rdates"); the event was left out'));
    assert.ok(messages(run).includes('line 15 (UID two): the RRULE property is not carried into the feed: the feed holds one RRULE per event and no EXRULE, so the occurrences it adds are missing'));
    assert.equal(run.code, 1);
  });

  it('leaves out a cancelled event and one without a title or an end, each with the reason', async () => {
    const text = calendar(
      'BEGIN:VEVENT', 'UID:c', 'DTSTART:20261020T150000Z', 'DTEND:20261020T160000Z', 'STATUS:CANCELLED', 'SUMMARY:Peruttu ryhmä', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:t', 'DTSTART:20261020T150000Z', 'DTEND:20261020T160000Z', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:e', 'DTSTART:20261020T150000Z', 'SUMMARY:Hetki', 'END:VEVENT',
    );
    const run = await cli(['import', 'ics', '-', '--organizer', 'Viola', '--target-group', 'parent', '--report', 'json'], { stdin: text });
    assert.equal(run.feed.events, undefined);
    assert.deepEqual(messages(run).filter((m) => m.endsWith('left out')), [
      'line 4 (UID c): it is cancelled (STATUS:CANCELLED); the event was left out',
      'line 11 (UID t): it has no title (SUMMARY); the event was left out',
      'line 16 (UID e): it has neither DTEND nor DURATION, so it lasts no time; the event was left out',
    ]);
  });

  it('exits 2 and writes nothing for a file that is not iCalendar, naming the line', async () => {
    const broken = await cli(['import', 'ics', '-', '--organizer', 'Viola'], { stdin: 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VCALENDAR\r\n' });
    assert.deepEqual([broken.code, broken.stdout], [2, '']);
    assert.match(broken.stderr, /^eroauttaminen-widgets: -:4: not valid iCalendar: END:VCALENDAR closes BEGIN:VEVENT \(line 2\)/);
    const json = await cli(['import', 'ics', '-', '--organizer', 'Viola'], { stdin: '{"version":"1.1"}' });
    assert.equal(json.code, 2);
  });

  it('reads a calendar from its address (webcal:// is https://)', async () => {
    const server = createServer((request, response) => response.writeHead(request.url === '/basic.ics' ? 200 : 404, { 'content-type': 'text/calendar' }).end(clean));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${server.address().port}/basic.ics`;
    try {
      const run = await cli(['import', 'ics', url, '--organizer', 'Viola', '--target-group', 'parent']);
      assert.equal(run.feed.events[0].name.fi, 'Vertaisryhmä');
      const missing = await cli(['import', 'ics', url.replace('basic', 'private'), '--organizer', 'Viola']);
      assert.deepEqual([missing.code, missing.stderr.split('\n')[0]], [2, `eroauttaminen-widgets: cannot read ${url.replace('basic', 'private')}: HTTP 404`]);
      const seen = [];
      await cli(['import', 'ics', 'webcal://calendar.example/basic.ics', '--organizer', 'Viola'], { fetch: async (address) => (seen.push(address), new Response(clean)) });
      assert.deepEqual(seen, ['https://calendar.example/basic.ics']);
    } finally {
      server.close();
    }
  });

  it('fixtures are CRLF lines of at most 75 octets, as the programs write them', async () => {
    for (const name of ['google-viola.ics', 'outlook-essote.ics', 'apple-tukinetti.ics']) {
      const bytes = await readFile(new URL(`../fixtures/ics/${name}`, import.meta.url));
      const lines = bytes.toString('latin1').split('\r\n');
      assert.equal(lines.at(-1), '', `${name} ends with CRLF`);
      assert.ok(lines.every((line) => line.length <= 75 && !line.includes('\n')), name);
      assert.ok(lines.some((line) => line.startsWith(' ')), `${name} has folded lines`);
    }
    assert.equal(inHelsinki(Date.UTC(2026, 9, 12, 15)), '2026-10-12 18:00');
  });
});
