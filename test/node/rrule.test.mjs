// The strict RRULE syntax check of `validate`: what feed readers can expand passes, everything
// else is named with a fix.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadSrc } from './load-src.mjs';

const { checkRrule } = await loadSrc('src/cli/rrule.ts');
const problems = (rule) => checkRrule(rule).problems.map((p) => p.message);

describe('checkRrule', () => {
  for (const rule of [
    'FREQ=WEEKLY;BYDAY=TU;COUNT=8',
    'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;UNTIL=20270601',
    'FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270601T210000Z',
    'FREQ=DAILY;COUNT=5;WKST=MO',
  ]) {
    it(`accepts ${rule}`, () => assert.deepEqual(problems(rule), []));
  }

  it('requires FREQ and a frequency readers expand', () => {
    assert.match(problems('BYDAY=TU')[0], /no FREQ/);
    assert.match(problems('FREQ=YEARLY')[0], /not supported/);
    assert.match(problems('FREQ=FORTNIGHTLY')[0], /not a frequency/);
  });

  it('refuses COUNT together with UNTIL, and bad numbers', () => {
    assert.ok(problems('FREQ=WEEKLY;COUNT=3;UNTIL=20270101').some((m) => /both COUNT and UNTIL/.test(m)));
    assert.match(problems('FREQ=WEEKLY;INTERVAL=0')[0], /positive whole number/);
    assert.match(problems('FREQ=WEEKLY;COUNT=two')[0], /positive whole number/);
  });

  it('checks weekdays and numbered weekdays', () => {
    assert.match(problems('FREQ=WEEKLY;BYDAY=TI')[0], /not a weekday/);
    assert.match(problems('FREQ=WEEKLY;BYDAY=2TU')[0], /only a monthly rule/);
    assert.match(problems('FREQ=MONTHLY;BYDAY=6TU')[0], /no weekday number 6/);
  });

  it('checks UNTIL is a real iCalendar date or time and returns it as a date', () => {
    assert.match(problems('FREQ=WEEKLY;UNTIL=2027-06-01')[0], /not an iCalendar date/);
    assert.match(problems('FREQ=WEEKLY;UNTIL=20270230')[0], /not a real date/);
    assert.equal(checkRrule('FREQ=WEEKLY;UNTIL=20270601T210000Z').rule.untilDate, '2027-06-01');
  });

  it('names unsupported and unknown parts, duplicates and malformed parts', () => {
    assert.match(problems('FREQ=WEEKLY;BYHOUR=18')[0], /BYHOUR is not supported/);
    assert.match(problems('FREQ=MONTHLY;BYMONTHDAY=15')[0], /BYMONTHDAY is not supported/);
    assert.match(checkRrule('FREQ=MONTHLY;BYMONTHDAY=15').problems[0].fix, /FREQ=MONTHLY alone/);
    assert.match(problems('FREQ=WEEKLY;COLOR=RED')[0], /not an RRULE part/);
    assert.match(problems('FREQ=WEEKLY;BYDAY=TU;BYDAY=WE')[0], /appears twice/);
    assert.match(problems('FREQ=WEEKLY;;BYDAY=TU')[0], /not a NAME=VALUE/);
  });

  it('gives a fix with every problem', () => {
    for (const rule of ['BYDAY=TU', 'FREQ=WEEKLY;BYDAY=XX;COUNT=0', 'FREQ=MONTHLY;BYSETPOS=1']) {
      for (const problem of checkRrule(rule).problems) assert.ok(problem.fix.length > 10, problem.message);
    }
  });
});
