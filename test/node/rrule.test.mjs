// The one RRULE parser and the published schema's rrule pattern accept exactly the same rules,
// and every refusal names the problem with a fix.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { loadSrc } from './load-src.mjs';

const { parseRRule, rruleProblem } = await loadSrc('src/feed/time/rrule.ts');
const schema = JSON.parse(readFileSync(new URL('../../schema/feed.schema.json', import.meta.url), 'utf8'));
const pattern = new RegExp(schema.$defs.Event.properties.rrule.pattern, 'u');

const SUPPORTED = [
  'FREQ=WEEKLY;BYDAY=TU;COUNT=8',
  'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;UNTIL=20270601',
  'FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270601T210000Z',
  'FREQ=DAILY;COUNT=5;WKST=MO',
  'FREQ=YEARLY',
  'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'FREQ=YEARLY;BYDAY=20MO',
  'FREQ=YEARLY;BYYEARDAY=1,100,-1',
  'FREQ=MONTHLY;BYMONTHDAY=-1',
  'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
  'FREQ=MONTHLY;BYMONTHDAY=13;BYDAY=FR',
  'FREQ=WEEKLY;UNTIL=20280229;WKST=SU;BYDAY=SU,+1MO'.replace(',+1MO', ''),
  'FREQ=DAILY;BYMONTH=6,7,8;INTERVAL=1000',
  'FREQ=MONTHLY;BYDAY=+2TU;COUNT=100000',
  'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;UNTIL=20320101T000000',
];
const UNSUPPORTED = [
  'BYDAY=TU',
  'BYDAY=TU;FREQ=WEEKLY',
  'FREQ=HOURLY',
  'FREQ=FORTNIGHTLY',
  'freq=weekly',
  'FREQ=WEEKLY;',
  'FREQ=WEEKLY;;BYDAY=TU',
  'FREQ=WEEKLY;BYDAY=TU;BYDAY=WE',
  'FREQ=WEEKLY;COUNT=3;UNTIL=20270101',
  'FREQ=WEEKLY;INTERVAL=0',
  'FREQ=WEEKLY;INTERVAL=1001',
  'FREQ=WEEKLY;COUNT=100001',
  'FREQ=WEEKLY;COUNT=two',
  'FREQ=WEEKLY;BYDAY=TI',
  'FREQ=WEEKLY;BYDAY=2TU',
  'FREQ=MONTHLY;BYDAY=6TU',
  'FREQ=MONTHLY;BYDAY=0TU',
  'FREQ=YEARLY;BYDAY=54MO',
  'FREQ=WEEKLY;UNTIL=2027-06-01',
  'FREQ=WEEKLY;UNTIL=20270230',
  'FREQ=WEEKLY;UNTIL=20270229',
  'FREQ=WEEKLY;UNTIL=21000229',
  'FREQ=WEEKLY;UNTIL=20270101T250000Z',
  'FREQ=WEEKLY;BYHOUR=18',
  'FREQ=WEEKLY;BYMONTHDAY=15',
  'FREQ=MONTHLY;BYYEARDAY=15',
  'FREQ=MONTHLY;BYMONTHDAY=0',
  'FREQ=MONTHLY;BYMONTHDAY=32',
  'FREQ=YEARLY;BYMONTH=13',
  'FREQ=YEARLY;BYYEARDAY=367',
  'FREQ=MONTHLY;BYSETPOS=1',
  'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=0',
  'FREQ=WEEKLY;COLOR=RED',
  'FREQ=WEEKLY;WKST=XX',
  'FREQ=YEARLY;BYWEEKNO=20',
];

/** Every combination of a few parts on every frequency: thousands of rules, some good, some not. */
function* combinations() {
  const parts = ['COUNT=3', 'UNTIL=20270101', 'BYDAY=2TU', 'BYDAY=MO,FR', 'BYMONTHDAY=-1', 'BYYEARDAY=60', 'BYMONTH=3', 'BYSETPOS=1', 'INTERVAL=2', 'WKST=SU'];
  for (const freq of ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']) {
    for (let mask = 0; mask < 1 << parts.length; mask += 7) {
      yield [`FREQ=${freq}`, ...parts.filter((_, i) => mask & (1 << i))].join(';');
    }
  }
}

describe('RRULE: the parser and the schema pattern', () => {
  for (const rule of SUPPORTED) {
    it(`both accept ${rule}`, () => {
      assert.equal(rruleProblem(rule), undefined);
      assert.match(rule, pattern);
    });
  }
  for (const rule of UNSUPPORTED) {
    it(`both refuse ${rule}, with a message and a fix`, () => {
      const problem = rruleProblem(rule);
      assert.ok(problem, 'the parser accepted it');
      assert.ok(problem.fix.length > 10, problem.message);
      assert.doesNotMatch(rule, pattern);
    });
  }

  it('agree on every combination of parts on every frequency', () => {
    let accepted = 0;
    for (const rule of combinations()) {
      const parser = rruleProblem(rule) === undefined;
      assert.equal(pattern.test(rule), parser, `${rule}: parser ${parser ? 'accepts' : `refuses (${rruleProblem(rule).message})`}`);
      accepted += parser;
    }
    assert.ok(accepted > 20, 'the combinations include rules both accept');
  });

  it('reads numbered weekdays, negative days and positions', () => {
    const rule = parseRRule('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1,+2');
    assert.deepEqual(rule.bySetPos, [-1, 2]);
    assert.deepEqual(parseRRule('FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU').byDay, [{ weekday: 6, ordinal: -1 }]);
    assert.deepEqual(parseRRule('FREQ=MONTHLY;BYMONTHDAY=-1,15').byMonthDay, [-1, 15]);
  });
});
