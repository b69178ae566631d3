// `export ics`: the calendar a publisher hosts next to the feed. Read back by ical.js (its own
// parser, VTIMEZONE reading, RRULE iterator and RECURRENCE-ID handling), every occurrence is
// where the widgets put it; imported again with `import ics`, it gives the same events.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { cli, occurrences, problems } from './ics-cli.mjs';
import { feedOccurrences, icalOccurrences } from './ical-expand.mjs';

const fixture = (name) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
const SAMPLE = new URL('../../demo/feeds/sample.json', import.meta.url).pathname;
const dir = await mkdtemp(join(tmpdir(), 'ero-export-'));
after(() => rm(dir, { recursive: true, force: true }));

const exportIcs = (input, ...options) => cli(['export', 'ics', input, '--report', 'json', ...options]);
const json = async (path) => JSON.parse(await readFile(path, 'utf8'));

describe('export ics: a calendar to subscribe to', async () => {
  const whole = await exportIcs(fixture('events.json'), '--url', 'https://tapahtumat.example.fi/tapahtumat.ics');
  const unfolded = whole.stdout.replace(/\r\n /g, '');

  it('names itself, says where it is published and asks subscribers to refresh every 12 hours', () => {
    assert.equal(whole.code, 0);
    assert.ok(unfolded.startsWith([
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//eroauttaminen-widgets//0.1.0//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
      'NAME:Testijulkaisija', 'X-WR-CALNAME:Testijulkaisija',
      'SOURCE;VALUE=URI:https://tapahtumat.example.fi/tapahtumat.ics', 'URL;VALUE=URI:https://tapahtumat.example.fi/tapahtumat.ics',
      'REFRESH-INTERVAL;VALUE=DURATION:PT12H', 'X-PUBLISHED-TTL:PT12H', 'X-WR-TIMEZONE:Europe/Helsinki', 'BEGIN:VTIMEZONE', 'TZID:Europe/Helsinki',
    ].join('\r\n')));
    assert.deepEqual(JSON.parse(whole.stderr), { exitCode: 0, input: fixture('events.json'), output: 'standard output', items: '8 events of 8', errors: 0, warnings: 0, problems: [] });
  });

  it('gives each event a UID from its id and the publisher\'s host, and DTSTAMP from the feed\'s "updated": the same feed gives the same bytes', async () => {
    const uids = [...new Set(unfolded.match(/^UID:.*$/gm))];
    assert.deepEqual(uids, ['tiistairyhma', 'eroneuvo-kuukausittain', 'ammattilaisten-perjantai', 'iltachat', 'lasten-ryhma-taynna', 'lahisten-ilta', 'suljettu-ilmoittautuminen', 'mennyt-tapahtuma'].map((id) => `UID:${id}@tapahtumat.example.fi`));
    assert.deepEqual([...new Set(unfolded.match(/^DTSTAMP:.*$/gm))], ['DTSTAMP:20260920T070000Z']);
    const again = await exportIcs(fixture('events.json'), '--url', 'https://tapahtumat.example.fi/tapahtumat.ics');
    assert.equal(again.stdout, whole.stdout);
  });

  it('takes its refresh interval, name and language from the options, and writes to a file', async () => {
    const out = join(dir, 'tapahtumat.ics');
    const run = await exportIcs(fixture('events.json'), '--refresh', 'P1D', '--name', 'Eroperheiden tapahtumat', '--lang', 'sv', '-o', out);
    const text = (await readFile(out, 'utf8')).replace(/\r\n /g, '');
    assert.deepEqual([run.code, run.stdout], [0, '']);
    assert.match(text, /\r\nREFRESH-INTERVAL;VALUE=DURATION:P1D\r\nX-PUBLISHED-TTL:P1D\r\n/);
    assert.match(text, /\r\nX-WR-CALNAME:Eroperheiden tapahtumat\r\n/);
    assert.match(text, /\r\nSUMMARY;LANGUAGE=sv:Tisdagsgruppen för skilda föräldrar\r\n/);
  });

  it('picks events as the calendar\'s filters do: target group, municipality by name, attendance and organiser', async () => {
    const picked = async (...filter) => [...new Set((await exportIcs(fixture('events.json'), ...filter)).stdout.match(/^UID:[^@]+/gm))].map((u) => u.slice(4));
    assert.deepEqual(await picked('--target-group', 'child'), ['lasten-ryhma-taynna']);
    assert.deepEqual(await picked('--target-group', 'läheiset,professional'), ['eroneuvo-kuukausittain', 'ammattilaisten-perjantai', 'lahisten-ilta']);
    // A mixed event in Pieksämäki is also for its organiser's region, Etelä-Savo, as in the calendar.
    assert.deepEqual(await picked('--municipality', 'Mikkeli', '--attendance', 'on-site'), ['tiistairyhma', 'lasten-ryhma-taynna', 'lahisten-ilta']);
    assert.deepEqual(await picked('--organizer', 'lapin-ensi', '--attendance', 'online'), ['eroneuvo-kuukausittain', 'iltachat']);
  });

  it('exits 1 with a warning for a filter that picks nothing, and 2 for a value that is not in the vocabulary or a file that is not a feed', async () => {
    const none = await exportIcs(fixture('events.json'), '--region', 'Lappi', '--target-group', 'child');
    assert.equal(none.code, 1);
    assert.deepEqual(problems(none).map((p) => p.message), ['no event matches the filter, so the calendar is empty']);
    const word = await cli(['export', 'ics', fixture('events.json'), '--attendance', 'hybrid']);
    assert.deepEqual([word.code, word.stderr.split('\n')[0]], [2, 'eroauttaminen-widgets: --attendance must be online or on-site']);
    const notFeed = await cli(['export', 'ics', fixture('not-json.json')]);
    assert.equal(notFeed.code, 2);
    assert.equal(notFeed.stdout, '');
  });

  it('leaves out, with a warning, an event whose rule the feed cannot hold, and names an EXDATE that is ignored', async () => {
    const run = await exportIcs(fixture('events-bad-rule.json'));
    assert.equal(run.code, 1);
    assert.deepEqual(problems(run).map((p) => [p.where, p.itemId]), [['$.events[0].rrule', 'vuosittain'], ['$.events[1].exdates[0]', 'viikoittain']]);
    assert.deepEqual([...new Set(run.stdout.match(/^UID:.*$/gm))], ['UID:viikoittain@eroauttaminen-widgets']);
  });
});

describe('export ics: read back by ical.js, every occurrence is where the widgets put it', async () => {
  for (const name of ['events.json', 'events-dst.json', 'events-all-day.json', 'sample']) {
    it(`${name}: every event, the whole file at once`, async () => {
      const path = name === 'sample' ? SAMPLE : fixture(name);
      const feed = await json(path);
      const run = await exportIcs(path, '--feed-url', 'https://example.fi/feed.json');
      const host = feed.publisher.url ? new URL(feed.publisher.url).hostname : 'example.fi';
      for (const event of feed.events) {
        const theirs = icalOccurrences(run.stdout, `${event.id}@${host}`);
        assert.ok(theirs.length > 0, event.id);
        assert.deepEqual(theirs, feedOccurrences(event), event.id);
      }
    });
  }
});

describe('export ics, then import ics: the same events', async () => {
  for (const name of ['events.json', 'events-dst.json', 'events-all-day.json']) {
    it(`${name}: the same ids, names, places, links and occurrences`, async () => {
      const feed = await json(fixture(name));
      const exported = await exportIcs(fixture(name));
      const back = await cli(['import', 'ics', '-', '--organizer', 'Viola', '--target-group', 'parent', '--report', 'json'], { stdin: exported.stdout });
      assert.deepEqual(back.feed.events.map((e) => e.id), feed.events.map((e) => e.id));
      for (const [i, event] of feed.events.entries()) {
        const again = back.feed.events[i];
        assert.equal(again.name.fi, event.name.fi, event.id);
        assert.equal(again.attendance, event.attendance, event.id);
        assert.equal(again.online?.url, event.online?.url, event.id);
        assert.equal(again.location?.street?.fi, event.location?.street?.fi, event.id);
        assert.equal(again.location?.municipality, event.location?.municipality, event.id);
        assert.equal(again.url, event.url, event.id);
        assert.equal(again.timeZone, event.timeZone, event.id);
        assert.ok(again.description.fi.startsWith(event.description?.fi ?? ''), event.id);
        assert.deepEqual(occurrences(again).filter((o) => !o.endsWith('cancelled')), occurrences(event).filter((o) => !o.endsWith('cancelled')), event.id);
      }
      const overrides = back.feed.events.flatMap((e) => e.overrides ?? []);
      assert.equal(overrides.length, feed.events.flatMap((e) => (e.overrides ?? []).filter((o) => !o.cancelled)).length, 'the clock-change instances give no overrides');
    });
  }
});
