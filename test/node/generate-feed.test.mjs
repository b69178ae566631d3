// The benchmark feeds (scripts/generate-feed.mjs) with events: deterministic for a seed, valid
// against the published schema and the run-time validator, and varied where a calendar's work
// lies (one-off and recurring, online and on site, weekly groups that meet across a DST change).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import { generateFeed, loadMunicipalities } from '../../scripts/generate-feed.mjs';
import { loadSrc } from './load-src.mjs';

const run = promisify(execFile);
const script = new URL('../../scripts/generate-feed.mjs', import.meta.url).pathname;
const schema = JSON.parse(await readFile(new URL('../../schema/feed.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ strict: true, strictRequired: false, allErrors: true }).compile(schema);
const { parseFeed } = await loadSrc('src/feed/parse.ts');
const { compileEvents, entriesBetween } = await loadSrc('src/components/event-calendar/agenda.ts');
const municipalities = await loadMunicipalities();

/** Helsinki's UTC offset in hours at an instant. */
const helsinkiOffset = (instant) =>
  Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Helsinki', timeZoneName: 'shortOffset' }).formatToParts(instant).find((p) => p.type === 'timeZoneName').value.replace('GMT', ''));

describe('generated feed with events (scripts/generate-feed.mjs)', () => {
  const feed = generateFeed({ count: 100, events: 100, seed: 1, municipalities });

  it('writes 100 services and 100 events that pass the JSON Schema (ajv) and the run-time validator', () => {
    assert.equal(feed.services.length, 100);
    assert.equal(feed.events.length, 100);
    assert.ok(validate(feed), JSON.stringify(validate.errors?.slice(0, 3), null, 2));
    assert.deepEqual(parseFeed(structuredClone(feed), 'generated').issues, []);
  });

  it('gives every event a schedule the calendar can expand, without problems', () => {
    const { events, problems } = compileEvents(feed.events);
    assert.deepEqual(problems, []);
    assert.equal(events.length, 100);
  });

  it('mixes one-off and recurring events (weekly, fortnightly, monthly; COUNT and UNTIL), online, on site and both', () => {
    const rules = feed.events.map((e) => e.rrule ?? 'one-off');
    assert.ok(rules.includes('one-off'));
    for (const part of ['FREQ=WEEKLY;BYDAY=', 'INTERVAL=2', 'FREQ=MONTHLY', 'UNTIL=', 'COUNT=']) {
      assert.ok(rules.some((r) => r.includes(part)), `some rule has ${part}`);
    }
    assert.ok(feed.events.some((e) => e.exdates));
    assert.deepEqual(new Set(feed.events.map((e) => e.attendance)), new Set(['on-site', 'online', 'mixed']));
    assert.ok(feed.events.every((e) => (e.attendance === 'online' ? !e.location && e.online : e.location)));
  });

  it('has weekly groups that meet on both sides of a DST change at the same wall-clock time', () => {
    const { events } = compileEvents(feed.events);
    const from = Date.parse('2026-09-01T00:00:00Z');
    const to = Date.parse('2027-07-01T00:00:00Z');
    const crossing = events.filter(({ event, schedule }) => {
      if (!event.rrule?.startsWith('FREQ=WEEKLY')) return false;
      const occurrences = entriesBetween([{ event, schedule }], from, to).map((e) => e.occurrence);
      const offsets = new Set(occurrences.map((o) => helsinkiOffset(o.start)));
      const wallTimes = new Set(occurrences.map((o) => o.recurrenceId.slice(11, 16)));
      return offsets.size === 2 && wallTimes.size === 1;
    });
    assert.ok(crossing.length >= 5, `${crossing.length} weekly events cross a DST change`);
  });

  it('gives the same feed for the same seed, another for another seed, and the same services whatever the event count', () => {
    const again = generateFeed({ count: 100, events: 100, seed: 1, municipalities });
    assert.equal(JSON.stringify(again), JSON.stringify(feed));
    assert.notEqual(JSON.stringify(generateFeed({ count: 100, events: 100, seed: 2, municipalities }).events), JSON.stringify(feed.events));
    const servicesOnly = generateFeed({ count: 100, seed: 1, municipalities });
    assert.equal(servicesOnly.events, undefined);
    assert.deepEqual(servicesOnly.services, feed.services);
  });

  it('takes the event count on the command line, by default the service count', async () => {
    const both = JSON.parse((await run('node', [script, '--count', '30', '--seed', '4'])).stdout);
    assert.equal(both.events.length, 30);
    const few = JSON.parse((await run('node', [script, '--count', '30', '--events', '7', '--seed', '4'])).stdout);
    assert.equal(few.events.length, 7);
    assert.deepEqual(few.events, both.events.slice(0, 7));
    await assert.rejects(run('node', [script, '--events', 'many']));
  });
});
