import { expect } from '@open-wc/testing';
import { compileSchedule } from '../../src/feed/time/schedule.js';
import { nextOccurrence, occurrencesBetween } from '../../src/feed/time/occurrences.js';
import { formatRRule, parseRRule, RecurrenceError } from '../../src/feed/time/rrule.js';
import { isoInZone } from '../../src/feed/time/zoned-time.js';
import type { FeedEvent } from '../../src/feed/types.js';

type Times = Pick<FeedEvent, 'start' | 'end' | 'duration' | 'timeZone' | 'rrule' | 'exdates' | 'rdates' | 'overrides'>;

const at = (iso: string): number => Date.parse(iso);
const helsinki = (instant: number): string => {
  const iso = isoInZone(instant, 'Europe/Helsinki');
  return iso.slice(0, 16) + iso.slice(19);
};

/** "2026-10-06T18:00+03:00–19:30" for each occurrence in the window; cancelled ones end with " (cancelled)". */
function expand(times: Times, from = '2026-01-01T00:00:00Z', to = '2028-01-01T00:00:00Z'): string[] {
  const schedule = compileSchedule(times);
  return occurrencesBetween(schedule, at(from), at(to)).map(
    (o) => `${helsinki(o.start)}–${helsinki(o.end).slice(11, 16)}${o.cancelled ? ' (cancelled)' : ''}`,
  );
}

describe('recurrence: RRULE parsing', () => {
  it('reads FREQ, INTERVAL, COUNT, BYDAY with positions and WKST', () => {
    expect(parseRRule('RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=1TU,-1FR;COUNT=5')).to.deep.equal({
      freq: 'MONTHLY',
      interval: 2,
      weekStart: 0,
      count: 5,
      until: undefined,
      byDay: [
        { weekday: 1, ordinal: 1 },
        { weekday: 4, ordinal: -1 },
      ],
      byMonth: undefined,
      byMonthDay: undefined,
      byYearDay: undefined,
      bySetPos: undefined,
    });
    expect(parseRRule('FREQ=WEEKLY;BYDAY=MO,WE;WKST=SU').weekStart).to.equal(6);
  });

  it('says precisely what is wrong with a rule it cannot use', () => {
    const message = (rule: string): string => {
      try {
        parseRRule(rule);
        return 'accepted';
      } catch (error) {
        expect(error).to.be.instanceOf(RecurrenceError);
        expect((error as RecurrenceError).field).to.equal('rrule');
        return (error as Error).message;
      }
    };
    expect(message('FREQ=HOURLY')).to.equal('FREQ=HOURLY is not supported');
    expect(message('FREQ=WEEKLY;BYDAY=1TU')).to.equal('BYDAY=1TU is not valid');
    expect(message('FREQ=MONTHLY;BYDAY=6TU')).to.equal('BYDAY=6TU is not valid');
    expect(message('FREQ=MONTHLY;BYDAY=XX')).to.equal('BYDAY=XX is not valid');
    expect(message('FREQ=DAILY;COUNT=3;UNTIL=20261231')).to.equal('the rule has both COUNT and UNTIL');
    expect(message('FREQ=DAILY;INTERVAL=0')).to.equal('INTERVAL=0 is not valid');
    expect(message('FREQ=DAILY;BYSETPOS=1')).to.equal('BYSETPOS needs another BY… part to pick from');
    expect(message('FREQ=WEEKLY;BYMONTHDAY=15')).to.equal('BYMONTHDAY is not supported in a FREQ=WEEKLY rule');
    expect(message('FREQ=MONTHLY;BYYEARDAY=15')).to.equal('BYYEARDAY is not supported in a FREQ=MONTHLY rule');
    expect(message('FREQ=WEEKLY;BYHOUR=18')).to.equal('BYHOUR is not supported in a FREQ=WEEKLY rule');
    expect(message('FREQ=WEEKLY;COLOR=RED')).to.equal('COLOR is not an RRULE part');
    expect(message('FREQ=WEEKLY;BYDAY=TU;BYDAY=WE')).to.equal('BYDAY is given twice');
    expect(message('FREQ=DAILY;UNTIL=2026')).to.equal('UNTIL=2026 is not valid');
    expect(message('FREQ=DAILY;UNTIL=20270229')).to.equal('UNTIL=20270229 is not valid');
    expect(message('BYDAY=TU;FREQ=WEEKLY')).to.equal('FREQ must come first');
    expect(message('freq=weekly')).to.equal('"freq=weekly" is not a NAME=VALUE part (in capitals)');
    expect(message('INTERVAL=2')).to.equal('the rule has no FREQ');
  });

  it('reads a rule that many events share the same each time, and refuses a bad one each time', () => {
    const text = 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH';
    expect(parseRRule(text)).to.deep.equal(parseRRule(text));
    expect(parseRRule(text).byDay).to.deep.equal([{ weekday: 1 }, { weekday: 3 }]);
    for (let i = 0; i < 2; i++) expect(() => parseRRule('FREQ=HOURLY')).to.throw(RecurrenceError, 'FREQ=HOURLY');
  });

  it('writes UNTIL in UTC for .ics, as RFC 5545 requires with a zoned start', () => {
    const zone = 'Europe/Helsinki';
    expect(formatRRule(parseRRule('FREQ=WEEKLY;BYDAY=TU;UNTIL=20261110T235959'), zone)).to.equal(
      'FREQ=WEEKLY;UNTIL=20261110T215959Z;BYDAY=TU',
    );
    expect(formatRRule(parseRRule('FREQ=WEEKLY;UNTIL=20260630'), zone)).to.equal('FREQ=WEEKLY;UNTIL=20260630T205959Z');
    expect(formatRRule(parseRRule('FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR;COUNT=4'), zone)).to.equal(
      'FREQ=MONTHLY;INTERVAL=2;COUNT=4;BYDAY=-1FR',
    );
  });
});

describe('recurrence: expansion in Europe/Helsinki', () => {
  it('keeps a weekly 18:00 group at 18:00 across the March 2026 change (29.3.)', () => {
    expect(expand({ start: '2026-03-17T18:00', end: '2026-03-17T19:30', rrule: 'FREQ=WEEKLY;COUNT=4' })).to.deep.equal([
      '2026-03-17T18:00+02:00–19:30',
      '2026-03-24T18:00+02:00–19:30',
      '2026-03-31T18:00+03:00–19:30',
      '2026-04-07T18:00+03:00–19:30',
    ]);
  });

  it('keeps it at 18:00 across the October 2026 change (25.10.)', () => {
    expect(
      expand({ start: '2026-10-13T18:00', end: '2026-10-13T19:30', rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261103T180000' }),
    ).to.deep.equal([
      '2026-10-13T18:00+03:00–19:30',
      '2026-10-20T18:00+03:00–19:30',
      '2026-10-27T18:00+02:00–19:30',
      '2026-11-03T18:00+02:00–19:30',
    ]);
  });

  it('finds the first Tuesday of each month (BYDAY=1TU)', () => {
    expect(expand({ start: '2026-09-01T17:00', end: '2026-09-01T18:30', rrule: 'FREQ=MONTHLY;BYDAY=1TU;COUNT=5' })).to.deep.equal([
      '2026-09-01T17:00+03:00–18:30',
      '2026-10-06T17:00+03:00–18:30',
      '2026-11-03T17:00+02:00–18:30',
      '2026-12-01T17:00+02:00–18:30',
      '2027-01-05T17:00+02:00–18:30',
    ]);
  });

  it('finds the last Friday of each month (BYDAY=-1FR), up to a date-only UNTIL', () => {
    expect(expand({ start: '2026-09-25T10:00', end: '2026-09-25T11:00', rrule: 'FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20261225' })).to.deep.equal([
      '2026-09-25T10:00+03:00–11:00',
      '2026-10-30T10:00+02:00–11:00',
      '2026-11-27T10:00+02:00–11:00',
      '2026-12-25T10:00+02:00–11:00',
    ]);
  });

  it('steps by INTERVAL and lists several weekdays of a week in order', () => {
    expect(
      expand({ start: '2026-11-02T09:00', end: '2026-11-02T10:00', rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE,MO;COUNT=5' }),
    ).to.deep.equal([
      '2026-11-02T09:00+02:00–10:00',
      '2026-11-04T09:00+02:00–10:00',
      '2026-11-16T09:00+02:00–10:00',
      '2026-11-18T09:00+02:00–10:00',
      '2026-11-30T09:00+02:00–10:00',
    ]);
    expect(expand({ start: '2026-10-30T12:00', end: '2026-10-30T13:00', rrule: 'FREQ=DAILY;INTERVAL=3;COUNT=3' })).to.deep.equal([
      '2026-10-30T12:00+02:00–13:00',
      '2026-11-02T12:00+02:00–13:00',
      '2026-11-05T12:00+02:00–13:00',
    ]);
  });

  it('skips months without the day (the 31st) as RFC 5545 says', () => {
    expect(expand({ start: '2026-10-31T12:00', end: '2026-10-31T13:00', rrule: 'FREQ=MONTHLY;COUNT=3' })).to.deep.equal([
      '2026-10-31T12:00+02:00–13:00',
      '2026-12-31T12:00+02:00–13:00',
      '2027-01-31T12:00+02:00–13:00',
    ]);
  });

  it('leaves out EXDATEs and adds RDATEs', () => {
    expect(
      expand({
        start: '2026-09-01T17:00',
        end: '2026-09-01T18:30',
        rrule: 'FREQ=MONTHLY;BYDAY=1TU;COUNT=4',
        exdates: ['2026-10-06T17:00'],
        rdates: ['2026-10-15T12:00'],
      }),
    ).to.deep.equal(['2026-09-01T17:00+03:00–18:30', '2026-10-15T12:00+03:00–13:30', '2026-11-03T17:00+02:00–18:30', '2026-12-01T17:00+02:00–18:30']);
  });

  it('moves an overridden occurrence and marks a cancelled one', () => {
    expect(
      expand({
        start: '2026-09-01T17:00',
        end: '2026-09-01T18:30',
        rrule: 'FREQ=MONTHLY;BYDAY=1TU;COUNT=3',
        overrides: [
          { recurrenceId: '2026-10-06T17:00', start: '2026-10-08T18:00' },
          { recurrenceId: '2026-11-03T17:00', cancelled: true },
        ],
      }),
    ).to.deep.equal(['2026-09-01T17:00+03:00–18:30', '2026-10-08T18:00+03:00–19:30', '2026-11-03T17:00+02:00–18:30 (cancelled)']);
  });

  it('finds an occurrence moved into the window from outside it, and drops one moved out', () => {
    const schedule = compileSchedule({
      start: '2026-09-01T17:00',
      end: '2026-09-01T18:30',
      rrule: 'FREQ=MONTHLY;BYDAY=1TU;COUNT=3',
      overrides: [
        { recurrenceId: '2026-09-01T17:00', start: '2026-10-20T17:00' },
        { recurrenceId: '2026-10-06T17:00', start: '2026-12-20T17:00' },
      ],
    });
    const october = occurrencesBetween(schedule, at('2026-09-30T21:00:00Z'), at('2026-10-31T22:00:00Z'));
    expect(october.map((o) => [o.recurrenceId, helsinki(o.start)])).to.deep.equal([['2026-09-01T17:00:00', '2026-10-20T17:00+03:00']]);
  });

  it('shows an event from 22:00 to 01:00 as one occurrence that ends the next day', () => {
    expect(expand({ start: '2026-10-30T22:00', end: '2026-10-31T01:00', rrule: 'FREQ=WEEKLY;COUNT=2' })).to.deep.equal([
      '2026-10-30T22:00+02:00–01:00',
      '2026-11-06T22:00+02:00–01:00',
    ]);
    const schedule = compileSchedule({ start: '2026-10-30T22:00', end: '2026-10-31T01:00' });
    const [night] = occurrencesBetween(schedule, at('2026-10-30T22:30:00Z'), at('2026-10-31T00:00:00Z'));
    expect(night.end - night.start).to.equal(3 * 3600_000);
  });

  it('includes an occurrence that is going on at the start of the window', () => {
    const schedule = compileSchedule({ start: '2026-10-06T18:00', end: '2026-10-06T19:30', rrule: 'FREQ=WEEKLY;COUNT=3' });
    const ongoing = occurrencesBetween(schedule, at('2026-10-06T16:00:00Z'), at('2026-10-07T00:00:00Z'));
    expect(ongoing.map((o) => helsinki(o.start))).to.deep.equal(['2026-10-06T18:00+03:00']);
  });

  it('counts DTSTART as the first occurrence even when the rule would not pick it', () => {
    expect(expand({ start: '2026-10-05T18:00', end: '2026-10-05T19:00', rrule: 'FREQ=WEEKLY;BYDAY=WE;COUNT=2' })).to.deep.equal([
      '2026-10-05T18:00+03:00–19:00',
      '2026-10-07T18:00+03:00–19:00',
    ]);
  });

  it('expands a rule that started years ago only over the window asked for', () => {
    const schedule = compileSchedule({ start: '2000-01-04T18:00', end: '2000-01-04T19:00', rrule: 'FREQ=WEEKLY' });
    const occurrences = occurrencesBetween(schedule, at('2026-10-01T00:00:00Z'), at('2026-10-15T00:00:00Z'));
    expect(occurrences.map((o) => helsinki(o.start))).to.deep.equal(['2026-10-06T18:00+03:00', '2026-10-13T18:00+03:00']);
  });

  it('returns every occurrence in a long window, with no cap', () => {
    const schedule = compileSchedule({ start: '2026-01-01T10:00', end: '2026-01-01T11:00', rrule: 'FREQ=DAILY' });
    expect(occurrencesBetween(schedule, at('2026-01-01T00:00:00Z'), at('2036-01-01T00:00:00Z'))).to.have.length(3652);
  });

  it('lists entries it ignored, with the field, and refuses events it cannot place', () => {
    const schedule = compileSchedule({
      start: '2026-10-06T18:00',
      end: '2026-10-06T19:00',
      rrule: 'FREQ=WEEKLY;COUNT=3',
      exdates: ['2026-10-14T18:00'],
      overrides: [{ recurrenceId: '2026-10-07T18:00', cancelled: true }],
    });
    expect(schedule.issues.map((i) => `${i.field}: ${i.message}`)).to.deep.equal([
      'exdates[0]: "2026-10-14T18:00" is not an occurrence of the event; ignored',
      'overrides[0].recurrenceId: "2026-10-07T18:00" is not an occurrence of the event; ignored',
    ]);
    expect(() => compileSchedule({ start: '2026-10-06T18:00', end: '2026-10-06T19:00', rrule: 'FREQ=HOURLY' }))
      .to.throw(RecurrenceError)
      .with.property('field', 'rrule');
    expect(() => compileSchedule({ start: '2026-02-30T18:00', end: '2026-03-01T19:00' })).to.throw(RecurrenceError).with.property('field', 'start');
  });

  it('finds the next occurrence that is not cancelled', () => {
    const schedule = compileSchedule({
      start: '2026-09-01T17:00',
      end: '2026-09-01T18:30',
      rrule: 'FREQ=MONTHLY;BYDAY=1TU;COUNT=3',
      overrides: [{ recurrenceId: '2026-10-06T17:00', cancelled: true }],
    });
    expect(helsinki(nextOccurrence(schedule, at('2026-09-02T00:00:00Z'))!.start)).to.equal('2026-11-03T17:00+02:00');
    expect(nextOccurrence(schedule, at('2026-11-04T00:00:00Z'))).to.equal(undefined);
  });
});

describe('recurrence: the wall-clock rule at clock changes', () => {
  const skipped = { start: '2027-03-14T03:30', end: '2027-03-14T05:00', rrule: 'FREQ=WEEKLY;COUNT=4' };

  it('moves a start in the skipped hour to 04:30 and keeps the whole length after it', () => {
    expect(expand(skipped)).to.deep.equal([
      '2027-03-14T03:30+02:00–05:00',
      '2027-03-21T03:30+02:00–05:00',
      '2027-03-28T04:30+03:00–06:00',
      '2027-04-04T03:30+03:00–05:00',
    ]);
  });

  it('takes an EXDATE at the rule time (03:30) or at the moved start (04:30) alike', () => {
    for (const exdate of ['2027-03-28T03:30', '2027-03-28T04:30']) {
      const schedule = compileSchedule({ ...skipped, exdates: [exdate] });
      expect(schedule.issues, exdate).to.deep.equal([]);
      expect(expand({ ...skipped, exdates: [exdate] }), exdate).to.have.length(3);
    }
  });

  it('finds an override by the moved start too', () => {
    const schedule = compileSchedule({ ...skipped, overrides: [{ recurrenceId: '2027-03-28T04:30', cancelled: true }] });
    expect(schedule.issues).to.deep.equal([]);
    expect(expand({ ...skipped, overrides: [{ recurrenceId: '2027-03-28T04:30', cancelled: true }] })[2]).to.equal(
      '2027-03-28T04:30+03:00–06:00 (cancelled)',
    );
  });

  it('keeps the wall-clock end of an occurrence that spans a change, so it is an hour shorter or longer', () => {
    expect(expand({ start: '2027-03-27T23:00', end: '2027-03-28T05:00', rrule: 'FREQ=WEEKLY;COUNT=2' })).to.deep.equal([
      '2027-03-27T23:00+02:00–05:00',
      '2027-04-03T23:00+03:00–05:00',
    ]);
    const autumn = compileSchedule({ start: '2026-10-18T03:30', end: '2026-10-18T04:30', rrule: 'FREQ=WEEKLY;COUNT=3' });
    const lengths = occurrencesBetween(autumn, 0, at('2027-01-01T00:00:00Z')).map((o) => (o.end - o.start) / 3600_000);
    expect(lengths, 'the repeated 03:30 is the first one, and 04:30 comes two hours later').to.deep.equal([1, 2, 1]);
  });
});

describe('recurrence: yearly and monthly rules by day of month, of year and position', () => {
  const starts = (times: Times): string[] => expand(times, '2026-01-01T00:00:00Z', '2031-01-01T00:00:00Z').map((o) => o.slice(0, 16));

  it('repeats on the last Sunday of March every year', () => {
    expect(starts({ start: '2027-03-28T12:00', end: '2027-03-28T13:00', rrule: 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU;COUNT=3' })).to.deep.equal([
      '2027-03-28T12:00',
      '2028-03-26T12:00',
      '2029-03-25T12:00',
    ]);
  });

  it('repeats on the last day of each month, whatever its length', () => {
    expect(starts({ start: '2027-01-31T18:00', end: '2027-01-31T19:00', rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=4' })).to.deep.equal([
      '2027-01-31T18:00',
      '2027-02-28T18:00',
      '2027-03-31T18:00',
      '2027-04-30T18:00',
    ]);
  });

  it('skips months without the 31st in a plain monthly rule', () => {
    expect(starts({ start: '2027-01-31T18:00', end: '2027-01-31T19:00', rrule: 'FREQ=MONTHLY;COUNT=3' })).to.deep.equal([
      '2027-01-31T18:00',
      '2027-03-31T18:00',
      '2027-05-31T18:00',
    ]);
  });

  it('picks the last weekday of each month with BYSETPOS', () => {
    expect(starts({ start: '2027-01-29T17:00', end: '2027-01-29T18:00', rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=3' })).to.deep.equal([
      '2027-01-29T17:00',
      '2027-02-26T17:00',
      '2027-03-31T17:00',
    ]);
  });

  it('reads BYYEARDAY, numbered weekdays of the year and leap days', () => {
    expect(starts({ start: '2027-04-10T12:00', end: '2027-04-10T13:00', rrule: 'FREQ=YEARLY;BYYEARDAY=100,-1;COUNT=3' })).to.deep.equal([
      '2027-04-10T12:00',
      '2027-12-31T12:00',
      '2028-04-09T12:00',
    ]);
    expect(starts({ start: '2027-01-01T09:00', end: '2027-01-01T10:00', rrule: 'FREQ=YEARLY;BYDAY=1MO;COUNT=3' })).to.deep.equal([
      '2027-01-01T09:00',
      '2027-01-04T09:00',
      '2028-01-03T09:00',
    ]);
    expect(starts({ start: '2028-02-29T09:00', end: '2028-02-29T10:00', rrule: 'FREQ=YEARLY;COUNT=2' })).to.deep.equal([
      '2028-02-29T09:00',
    ]);
  });
});

describe('recurrence: all-day events and durations', () => {
  it('runs an all-day event from midnight of its first day to midnight after its last, end inclusive', () => {
    expect(expand({ start: '2027-04-28', end: '2027-05-02' })).to.deep.equal(['2027-04-28T00:00+03:00–00:00']);
    const [camp] = occurrencesBetween(compileSchedule({ start: '2027-04-28', end: '2027-05-02' }), 0, at('2028-01-01T00:00:00Z'));
    expect(helsinki(camp.end)).to.equal('2027-05-03T00:00+03:00');
  });

  it('reads a duration as wall-clock time, and whole days for all-day events', () => {
    expect(expand({ start: '2026-10-24T22:00', duration: 'PT8H' })).to.deep.equal(['2026-10-24T22:00+03:00–06:00']);
    expect(expand({ start: '2027-04-03', duration: 'P2D', rrule: 'FREQ=WEEKLY;COUNT=2', exdates: ['2027-04-10'] })).to.deep.equal([
      '2027-04-03T00:00+03:00–00:00',
    ]);
    expect(() => compileSchedule({ start: '2027-04-03', duration: 'PT5H' })).to.throw(RecurrenceError, 'whole days').with.property('field', 'duration');
    expect(() => compileSchedule({ start: '2027-04-03', end: '2027-04-04T10:00' })).to.throw(RecurrenceError, 'must both be dates').with.property('field', 'end');
  });

  it('takes a date EXDATE or RDATE of a timed event at the start\'s time of day', () => {
    expect(expand({ start: '2027-04-06T18:00', end: '2027-04-06T19:00', rrule: 'FREQ=WEEKLY;COUNT=2', exdates: ['2027-04-13'], rdates: ['2027-04-15'] })).to.deep.equal([
      '2027-04-06T18:00+03:00–19:00',
      '2027-04-15T18:00+03:00–19:00',
    ]);
  });
});
