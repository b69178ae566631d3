// The recurrence module against an independent RFC 5545 implementation, python-dateutil
// (Debian's python3-dateutil, which `npm test`'s set-up installs): 240 rules drawn at random
// from every part the feed allows on every frequency (recurrence-cases.mjs), each expanded by
// both from the same DTSTART, must give the same occurrences in the same order. What is compared
// is the rule's wall-clock starts (RECURRENCE-ID), which is what a rule decides; where they fall
// in real time across the clock changes, and what the .ics says, ical.js checks in ics.test.ts.
//
// ical.js is not the oracle here: version 2.2 gets wrong, against RFC 5545 and dateutil alike,
// BYSETPOS beyond a short period, a MONTHLY INTERVAL with BYMONTH, numbered weekdays of the
// year, negative BYMONTHDAY in DAILY rules (it never returns), and a YEARLY BYMONTHDAY alone.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { random, ruleGenerator } from './recurrence-cases.mjs';
import { loadSrc } from './load-src.mjs';

const { compileSchedule } = await loadSrc('src/feed/time/schedule.ts');
const { occurrencesBetween } = await loadSrc('src/feed/time/occurrences.ts');

/** Our occurrences' wall-clock starts before 2029 in Helsinki (at most 120), as dateutil prints them. */
function ourStarts({ rrule, start }) {
  const event = { start, duration: 'PT1H', rrule, timeZone: 'Europe/Helsinki' };
  return occurrencesBetween(compileSchedule(event), Date.UTC(2000, 0, 1), Date.UTC(2028, 11, 31, 22))
    .slice(0, 120)
    .map((o) => o.recurrenceId);
}

describe('recurrence against python-dateutil', () => {
  it('gives 240 random rules the occurrences that dateutil gives, in order', () => {
    // Three shapes dateutil 2.9 reads unlike RFC 5545, so the cases avoid them: it computes
    // BYSETPOS in the first period only from DTSTART on (cases start on a period's first day),
    // drops plain weekdays beside numbered ones in one BYDAY, and reads a date UNTIL of a
    // timed rule as its midnight (the feed documents "its whole day"; cases use UTC times).
    const cases = Array.from({ length: 240 }, ruleGenerator(random(20261206), { partialFirstPeriod: true, mixedByDay: true, dateUntil: true }));
    const answers = JSON.parse(
      execFileSync('python3', [new URL('recurrence-dateutil.py', import.meta.url).pathname], { input: JSON.stringify(cases), maxBuffer: 1 << 28 }),
    );
    const differences = [];
    let compared = 0;
    for (const [i, { rrule }] of cases.entries()) {
      const theirs = answers[i].starts;
      if (!theirs?.length) continue;
      compared++;
      // RFC 5545 leaves a DTSTART that the rule does not pick undefined; dateutil leaves it out,
      // we count it. So both start at the rule's first start.
      const start = theirs[0].slice(0, 16);
      const ours = ourStarts({ rrule, start });
      const at = ours.findIndex((s, k) => s !== theirs[k]);
      if (at >= 0 || ours.length !== theirs.length) {
        differences.push(`${start} ${rrule}: #${at} ours ${ours[at]}, dateutil ${theirs[at]} (${ours.length} / ${theirs.length})`);
      }
    }
    assert.deepEqual(differences.slice(0, 20), [], `${differences.length} of ${compared} rules differ`);
    assert.ok(compared > 180, `only ${compared} of ${cases.length} rules compared`);
  });
});
