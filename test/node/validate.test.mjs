// `validate` in-process: the browser's schema checks plus the deeper ones, each problem with its
// JSONPath and a plain fix.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { loadSrc } from './load-src.mjs';

const { validateFeeds } = await loadSrc('src/cli/validate.ts');
const essote = JSON.parse(await readFile(new URL('../fixtures/cli/feed-essote.json', import.meta.url), 'utf8'));
const NOW = new Date('2026-11-23T10:00:00+02:00');

/** Validates a copy of the Essote feed after `change`; returns its problems. */
function problemsAfter(change) {
  const feed = structuredClone(essote);
  change(feed);
  return validateFeeds([{ source: 'feed.json', raw: feed }], { now: NOW }).problems;
}
const errorsAt = (problems, where) => problems.filter((p) => p.severity === 'error' && p.where === where);

describe('validateFeeds', () => {
  it('finds nothing wrong in a good feed', () => {
    assert.deepEqual(problemsAfter(() => {}), []);
  });

  it('warns of a start that the rule does not pick, which becomes an extra first occurrence', () => {
    const warningsAt = (problems) => problems.filter((p) => p.severity === 'warning' && p.where === '$.events[0].start');
    // 2027-01-11 is a Monday; the group meets on Tuesdays.
    const [monday] = warningsAt(problemsAfter((f) => { f.events[0].start = '2027-01-11T18:00'; f.events[0].end = '2027-01-11T19:30'; }));
    assert.match(monday.message, /"2027-01-11T18:00" is not a day that the rule picks/);
    assert.match(monday.fix, /"2027-01-12T18:00"/);
    const never = warningsAt(problemsAfter((f) => { f.events[0].rrule = 'FREQ=MONTHLY;BYDAY=5TH;BYMONTHDAY=20'; }));
    assert.match(never[0].fix, /picks no day after "start"/);
    assert.deepEqual(warningsAt(problemsAfter(() => {})), [], 'a Tuesday start of the Tuesday group');
  });

  it('names a municipality code that does not exist, with the id and a fix', () => {
    const [problem] = errorsAt(problemsAfter((f) => { f.services[0].area.municipalities[0] = '999'; }), '$.services[0].area.municipalities[0]');
    assert.equal(problem.itemId, 'essote-perheneuvola');
    assert.equal(problem.message, '"999" is not a Finnish municipality code');
    assert.match(problem.fix, /3-digit code from Statistics Finland, e.g. "491" for Mikkeli/);
  });

  it('suggests the code when a municipality is given by name or without its leading zero', () => {
    const byName = problemsAfter((f) => { f.services[0].area.municipalities = ['Mikkeli']; });
    assert.match(errorsAt(byName, '$.services[0].area.municipalities[0]')[0].fix, /"491" for Mikkeli/);
    const unpadded = problemsAfter((f) => { f.services[0].area.municipalities = ['91']; });
    assert.match(errorsAt(unpadded, '$.services[0].area.municipalities[0]')[0].fix, /"091" for Helsinki/);
  });

  it('checks region codes and the municipality of an address', () => {
    assert.equal(errorsAt(problemsAfter((f) => { f.organizations[0].area.regions = ['22']; }), '$.organizations[0].area.regions[0]').length, 1);
    assert.equal(errorsAt(problemsAfter((f) => { f.services[0].address.municipality = '000'; }), '$.services[0].address.municipality').length, 1);
  });

  it('parses RRULEs and reports what readers cannot expand', () => {
    assert.deepEqual(errorsAt(problemsAfter((f) => { f.events[0].rrule = 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'; }), '$.events[0].rrule'), []);
    const [problem] = errorsAt(problemsAfter((f) => { f.events[0].rrule = 'FREQ=WEEKLY;BYMONTHDAY=15'; }), '$.events[0].rrule');
    assert.match(problem.message, /BYMONTHDAY is not supported in a FREQ=WEEKLY rule/);
    assert.match(problem.fix, /use only INTERVAL, COUNT, UNTIL, WKST, BYDAY, BYMONTH, BYSETPOS with FREQ=WEEKLY/);
    const until = problemsAfter((f) => { f.events[0].rrule = 'FREQ=WEEKLY;UNTIL=20261231'; });
    assert.match(errorsAt(until, '$.events[0].rrule')[0].message, /ends \(UNTIL 2026-12-31\) before the first meeting/);
  });

  it('refuses time zones that are not IANA names', () => {
    const [problem] = errorsAt(problemsAfter((f) => { f.events[0].timeZone = 'Europe/Helsingfors'; }), '$.events[0].timeZone');
    assert.match(problem.fix, /Europe\/Helsinki/);
  });

  it('refuses web addresses that are not http(s) or do not parse, with a fix for the usual mistakes', () => {
    const www = errorsAt(problemsAfter((f) => { f.services[0].url = 'www.essote.fi'; }), '$.services[0].url')[0];
    assert.equal(www.fix, 'add "https://" in front: "https://www.essote.fi"');
    const mailto = errorsAt(problemsAfter((f) => { f.services[0].url = 'mailto:neuvonta@essote.fi'; }), '$.services[0].url')[0];
    assert.match(mailto.fix, /"email" field/);
    const hostless = errorsAt(problemsAfter((f) => { f.services[0].url = 'https://essote'; }), '$.services[0].url')[0];
    assert.match(hostless.message, /not a working web address/);
  });

  it('reports duplicate ids within a collection', () => {
    const problems = problemsAfter((f) => { f.services.push(structuredClone(f.services[0])); });
    const [problem] = errorsAt(problems, '$.services[1].id');
    assert.match(problem.message, /duplicates the id "essote-perheneuvola"/);
    assert.match(problem.fix, /own id/);
  });

  it('reports references that resolve nowhere at the path of the item in the file', () => {
    const problems = problemsAfter((f) => {
      const broken = structuredClone(f.services[0]);
      broken.id = 'broken';
      delete broken.types;
      const orphan = structuredClone(f.services[0]);
      orphan.id = 'orphan';
      orphan.organization = 'nobody';
      f.services = [broken, orphan];
    });
    const [problem] = errorsAt(problems, '$.services[1].organization');
    assert.equal(problem.itemId, 'orphan');
    assert.match(problem.message, /refers to "nobody", which no source publishes/);
    assert.match(problem.fix, /validate this\.json other\.json/);
  });

  it('resolves references across the files validated together', async () => {
    const viola = JSON.parse(await readFile(new URL('../fixtures/cli/feed-viola.json', import.meta.url), 'utf8'));
    const feed = { version: '1.0', publisher: { name: { fi: 'X' } }, updated: '2026-11-20T12:00:00+02:00', services: [{ ...structuredClone(essote.services[0]), id: 'x', organization: 'viola' }] };
    const alone = validateFeeds([{ source: 'x.json', raw: feed }], { now: NOW }).problems;
    assert.equal(errorsAt(alone, '$.services[0].organization').length, 1);
    const together = validateFeeds([{ source: 'x.json', raw: feed }, { source: 'viola.json', raw: viola }], { now: NOW }).problems;
    assert.equal(errorsAt(together, '$.services[0].organization').length, 0);
  });

  it('warns about an exdate the calendar ignores, and accepts one at the start an occurrence moved to', () => {
    const moved = problemsAfter((f) => Object.assign(f.events[0], { start: '2027-03-14T03:30', end: '2027-03-14T05:00', rrule: 'FREQ=WEEKLY;COUNT=4', exdates: ['2027-03-28T04:30'], overrides: [] }));
    assert.deepEqual(moved.filter((p) => p.where.startsWith('$.events[0]')), []);
    const stray = problemsAfter((f) => Object.assign(f.events[0], { start: '2027-03-14T03:30', end: '2027-03-14T05:00', rrule: 'FREQ=WEEKLY;COUNT=4', exdates: ['2027-03-29T04:30'], overrides: [] }));
    assert.match(stray.find((p) => p.where === '$.events[0].exdates[0]').message, /is not an occurrence of the event/);
  });

  it('checks all-day events, durations and their kinds', () => {
    assert.deepEqual(problemsAfter((f) => Object.assign(f.events[0], { start: '2027-04-28', end: '2027-05-02', rrule: 'FREQ=YEARLY', exdates: [], overrides: [] })).filter((p) => p.where.startsWith('$.events[0]')), []);
    const mixed = problemsAfter((f) => Object.assign(f.events[0], { start: '2027-04-28', end: '2027-05-02T12:00' }));
    assert.match(errorsAt(mixed, '$.events[0].end')[0].message, /must both be dates \(all day\) or both date-times/);
    const hours = problemsAfter((f) => { delete f.events[0].end; Object.assign(f.events[0], { start: '2027-04-28', duration: 'PT5H', exdates: [], overrides: [] }); });
    assert.match(errorsAt(hours, '$.events[0].duration')[0].message, /whole days/);
    const both = problemsAfter((f) => { f.events[0].duration = 'PT1H'; });
    assert.match(errorsAt(both, '$.events[0].duration')[0].message, /not both/);
    const bad = problemsAfter((f) => { delete f.events[0].end; f.events[0].duration = '90 min'; });
    assert.match(errorsAt(bad, '$.events[0].duration')[0].fix, /PT1H30M/);
  });

  it('checks real dates and times everywhere, also in exdates', () => {
    const problems = problemsAfter((f) => { f.events[0].exdates = ['2027-02-30T18:00']; });
    assert.match(errorsAt(problems, '$.events[0].exdates[0]')[0].message, /not a real date/);
  });

  it('checks the order of validity and registration periods', () => {
    const hours = problemsAfter((f) => { Object.assign(f.services[0].hours[0], { validFrom: '2027-06-01', validThrough: '2027-01-01' }); });
    assert.equal(errorsAt(hours, '$.services[0].hours[0].validThrough').length, 1);
    const registration = problemsAfter((f) => { f.events[0].registration.deadline = '2026-11-01T16:00'; });
    assert.equal(errorsAt(registration, '$.events[0].registration.deadline').length, 1);
  });

  it('warns, without failing the feed, about hours that ended and overrides of a one-off event', () => {
    const problems = problemsAfter((f) => {
      f.services[0].hours[0].validThrough = '2025-12-31';
      delete f.events[0].rrule;
    });
    assert.deepEqual(problems.map((p) => [p.severity, p.where]), [
      ['warning', '$.services[0].hours[0].validThrough'],
      ['warning', '$.events[0].exdates[0]'],
      ['warning', '$.events[0].overrides[0].recurrenceId'],
      ['warning', '$.events[0].overrides'],
    ]);
  });

  it('refuses an address with only one coordinate', () => {
    assert.equal(errorsAt(problemsAfter((f) => { delete f.services[0].address.longitude; }), '$.services[0].address').length, 1);
  });

  it('refuses another major version at $.version', () => {
    const [problem] = problemsAfter((f) => { f.version = '2.0'; });
    assert.equal(problem.where, '$.version');
    assert.match(problem.fix, /"1\.0"/);
  });

  it('gives every error a fix', () => {
    const problems = problemsAfter((f) => {
      Object.assign(f.services[0], { id: 'has space', channels: ['fax'], phone: 'call us', email: 'nobody', languages: ['FI'] });
      delete f.services[0].name.fi;
      f.services[0].area = {};
      f.services[0].hours[0].opens = '9';
      f.projects[0].startDate = '2026-13-01';
      f.contacts[0].projects = [42];
      f.events[0].targetGroups = [];
      f.events[0].start = '2027-01-12 18:00';
      f.events[0].registration.capacity = -1;
      f.events[0].free = 'yes';
    });
    assert.ok(problems.length >= 12, `${problems.length} problems`);
    for (const problem of problems) assert.ok(problem.fix, `${problem.where}: ${problem.message} has no fix`);
  });
});

describe('validateFeeds: dates', () => {
  it('refuses an "updated" that is not a real date and time, at $.updated', () => {
    const problems = problemsAfter((f) => { f.updated = '2026-13-45T12:00:00+02:00'; });
    const [problem] = errorsAt(problems, '$.updated');
    assert.match(problem.message, /2026-13-45T12:00:00\+02:00 is not a real date/);
    assert.match(problem.fix, /time from 00:00 to 23:59/);
  });

  it('refuses a time of day that does not exist in an event', () => {
    const problems = problemsAfter((f) => { f.events[0].start = '2027-01-12T25:00'; });
    assert.equal(errorsAt(problems, '$.events[0].start').length, 1);
  });
});
