import { expect } from '@open-wc/testing';
import {
  comingExceptions,
  currentHours,
  dayRanges,
  formatWallTime,
  helsinkiWallClock,
  isAroundTheClock,
  isOpenAt,
} from '../../src/components/service-finder/opening-hours.js';
import type { ExceptionalHours, OpeningHours } from '../../src/feed/types.js';

const at = (iso: string) => Date.parse(iso);
const hours = (spec: Partial<OpeningHours> & Pick<OpeningHours, 'opens' | 'closes'>): OpeningHours[] => [
  { days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], ...spec } as OpeningHours,
];

describe('opening hours', () => {
  it('reads the Helsinki wall clock in winter (UTC+2) and summer (UTC+3)', () => {
    expect(helsinkiWallClock(at('2026-01-05T07:15:00Z'))).to.deep.equal({ date: '2026-01-05', weekday: 0, minutes: 9 * 60 + 15 });
    expect(helsinkiWallClock(at('2026-07-05T21:30:00Z'))).to.deep.equal({ date: '2026-07-06', weekday: 0, minutes: 30 });
  });

  it('is open from the opening minute up to, not including, the closing minute', () => {
    const weekdays = hours({ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '15:00' });
    // Monday 5 January 2026, EET (UTC+2)
    expect(isOpenAt(weekdays, at('2026-01-05T06:59:00Z'))).to.equal(false);
    expect(isOpenAt(weekdays, at('2026-01-05T07:00:00Z'))).to.equal(true);
    expect(isOpenAt(weekdays, at('2026-01-05T12:59:00Z'))).to.equal(true);
    expect(isOpenAt(weekdays, at('2026-01-05T13:00:00Z'))).to.equal(false);
    // Saturday
    expect(isOpenAt(weekdays, at('2026-01-10T09:00:00Z'))).to.equal(false);
  });

  it('is closed when there are no hours', () => {
    expect(isOpenAt(undefined, Date.now())).to.equal(false);
    expect(isOpenAt([], Date.now())).to.equal(false);
  });

  describe('across midnight (Friday 23:30 → 00:30)', () => {
    const friday = hours({ days: ['fr'], opens: '23:30', closes: '00:30' });

    it('opens at 23:30 on Friday', () => {
      expect(isOpenAt(friday, at('2026-01-09T21:29:00Z'))).to.equal(false); // Fri 23.29
      expect(isOpenAt(friday, at('2026-01-09T21:30:00Z'))).to.equal(true); // Fri 23.30
      expect(isOpenAt(friday, at('2026-01-09T21:59:00Z'))).to.equal(true); // Fri 23.59
    });

    it('stays open after midnight into Saturday and closes at 00:30', () => {
      expect(isOpenAt(friday, at('2026-01-09T22:00:00Z'))).to.equal(true); // Sat 00.00
      expect(isOpenAt(friday, at('2026-01-09T22:29:00Z'))).to.equal(true); // Sat 00.29
      expect(isOpenAt(friday, at('2026-01-09T22:30:00Z'))).to.equal(false); // Sat 00.30
    });

    it('is not open after midnight on a day whose evening is not listed', () => {
      expect(isOpenAt(friday, at('2026-01-08T22:15:00Z'))).to.equal(false); // Fri 00.15 (Thursday night)
      expect(isOpenAt(friday, at('2026-01-10T22:15:00Z'))).to.equal(false); // Sun 00.15 (Saturday night)
    });
  });

  it('reads 24:00 as the end of the day', () => {
    const allDay = hours({ opens: '00:00', closes: '24:00' });
    expect(isOpenAt(allDay, at('2026-01-05T21:59:00Z'))).to.equal(true); // 23.59
    expect(isOpenAt(allDay, at('2026-01-05T22:00:00Z'))).to.equal(true); // 00.00 next day
    const evening = hours({ days: ['mo'], opens: '18:00', closes: '24:00' });
    expect(isOpenAt(evening, at('2026-01-05T21:59:00Z'))).to.equal(true); // Mon 23.59
    expect(isOpenAt(evening, at('2026-01-05T22:00:00Z'))).to.equal(false); // Tue 00.00
  });

  it('reads the same opening and closing time as a full 24 hours', () => {
    const fromEight = hours({ days: ['mo'], opens: '08:00', closes: '08:00' });
    expect(isOpenAt(fromEight, at('2026-01-06T05:59:00Z'))).to.equal(true); // Tue 07.59
    expect(isOpenAt(fromEight, at('2026-01-06T06:00:00Z'))).to.equal(false); // Tue 08.00
  });

  it('honours validFrom and validThrough, counting a night by the day it starts', () => {
    const summer = hours({ days: ['fr'], opens: '22:00', closes: '02:00', validFrom: '2026-06-01', validThrough: '2026-06-05' });
    expect(isOpenAt(summer, at('2026-05-29T20:00:00Z'))).to.equal(false); // Fri 29.5. 23.00, before validFrom
    expect(isOpenAt(summer, at('2026-06-05T20:00:00Z'))).to.equal(true); // Fri 5.6. 23.00
    expect(isOpenAt(summer, at('2026-06-05T22:30:00Z'))).to.equal(true); // Sat 6.6. 01.30, night of the 5th
    expect(isOpenAt(summer, at('2026-06-12T20:00:00Z'))).to.equal(false); // Fri 12.6., after validThrough
  });

  describe('at the DST change on 29 March 2026 (03:00 EET → 04:00 EEST)', () => {
    it('closes a Saturday night at 04:00 by the clock on the wall, one UTC hour early', () => {
      const saturdayNight = hours({ days: ['sa'], opens: '22:00', closes: '04:00' });
      expect(isOpenAt(saturdayNight, at('2026-03-29T00:30:00Z'))).to.equal(true); // Sun 02.30 EET
      expect(isOpenAt(saturdayNight, at('2026-03-29T00:59:00Z'))).to.equal(true); // Sun 02.59 EET
      expect(isOpenAt(saturdayNight, at('2026-03-29T01:00:00Z'))).to.equal(false); // Sun 04.00 EEST
    });

    it('closes a Sunday night at 01:00 on Monday in summer time', () => {
      const sundayNight = hours({ days: ['su'], opens: '22:00', closes: '01:00' });
      expect(isOpenAt(sundayNight, at('2026-03-29T21:30:00Z'))).to.equal(true); // Mon 00.30 EEST
      expect(isOpenAt(sundayNight, at('2026-03-29T22:30:00Z'))).to.equal(false); // Mon 01.30 EEST
    });

    it('opens on Monday morning at 08:00 summer time', () => {
      const weekdays = hours({ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '16:00' });
      expect(isOpenAt(weekdays, at('2026-03-30T04:30:00Z'))).to.equal(false); // Mon 07.30 EEST
      expect(isOpenAt(weekdays, at('2026-03-30T05:00:00Z'))).to.equal(true); // Mon 08.00 EEST
      expect(isOpenAt(weekdays, at('2026-03-30T12:59:00Z'))).to.equal(true); // Mon 15.59 EEST
      expect(isOpenAt(weekdays, at('2026-03-30T13:00:00Z'))).to.equal(false); // Mon 16.00 EEST
    });
  });

  describe('at the DST change on 25 October 2026 (04:00 EEST → 03:00 EET)', () => {
    it('is open through the repeated hour 03:00–03:59 until 03:30 on the wall clock', () => {
      const saturdayNight = hours({ days: ['sa'], opens: '22:00', closes: '03:30' });
      expect(isOpenAt(saturdayNight, at('2026-10-25T00:15:00Z'))).to.equal(true); // Sun 03.15 EEST
      expect(isOpenAt(saturdayNight, at('2026-10-25T00:45:00Z'))).to.equal(false); // Sun 03.45 EEST
      expect(isOpenAt(saturdayNight, at('2026-10-25T01:15:00Z'))).to.equal(true); // Sun 03.15 EET, again
      expect(isOpenAt(saturdayNight, at('2026-10-25T01:45:00Z'))).to.equal(false); // Sun 03.45 EET
    });

    it('opens on Monday morning at 08:00 winter time', () => {
      const weekdays = hours({ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '16:00' });
      expect(isOpenAt(weekdays, at('2026-10-26T05:30:00Z'))).to.equal(false); // Mon 07.30 EET
      expect(isOpenAt(weekdays, at('2026-10-26T06:00:00Z'))).to.equal(true); // Mon 08.00 EET
      expect(isOpenAt(weekdays, at('2026-10-26T13:59:00Z'))).to.equal(true); // Mon 15.59 EET
    });

    it('keeps a Sunday service closed on the Monday after', () => {
      const sunday = hours({ days: ['su'], opens: '10:00', closes: '14:00' });
      expect(isOpenAt(sunday, at('2026-10-25T08:00:00Z'))).to.equal(true); // Sun 10.00 EET
      expect(isOpenAt(sunday, at('2026-10-26T08:00:00Z'))).to.equal(false); // Mon 10.00 EET
    });
  });

  it('groups days into runs in week order', () => {
    expect(dayRanges(['fr', 'mo', 'tu', 'we'])).to.deep.equal([
      ['mo', 'we'],
      ['fr', 'fr'],
    ]);
    expect(dayRanges(['sa', 'su'])).to.deep.equal([['sa', 'su']]);
  });

  it('writes times as Finns do', () => {
    expect(formatWallTime('09:05')).to.equal('9.05');
    expect(formatWallTime('24:00')).to.equal('24.00');
  });

  it('leaves out hours that have ended and recognises hours around the clock', () => {
    const list: OpeningHours[] = [
      { days: ['mo'], opens: '09:00', closes: '12:00', validThrough: '2026-01-01' },
      { days: ['tu'], opens: '09:00', closes: '12:00' },
    ];
    expect(currentHours(list, at('2026-02-01T10:00:00Z'))).to.deep.equal([list[1]]);
    expect(isAroundTheClock(hours({ opens: '00:00', closes: '24:00' })[0])).to.equal(true);
    expect(isAroundTheClock(hours({ opens: '07:00', closes: '07:00' })[0])).to.equal(true);
    expect(isAroundTheClock(hours({ days: ['mo'], opens: '00:00', closes: '24:00' })[0])).to.equal(false);
    expect(isAroundTheClock(hours({ opens: '00:00', closes: '24:00', validThrough: '2026-12-31' })[0])).to.equal(false);
  });
});

describe('exceptional hours', () => {
  const weekdays = hours({ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '16:00' });
  // Christmas 2026: short hours on Christmas Eve, closed on Christmas Day and Boxing Day; and a summer closure.
  const exceptions: ExceptionalHours[] = [
    { from: '2026-12-24', opens: '09:00', closes: '12:00', note: { fi: 'Jouluaatto' } },
    { from: '2026-12-25', through: '2026-12-26', closed: true, note: { fi: 'Joulu' } },
    { from: '2026-07-06', through: '2026-08-02', closed: true, note: { fi: 'Kesätauko' } },
  ];

  it('closes on a holiday that falls on a weekday', () => {
    // Friday 25 December 2026, 10.00 EET
    expect(isOpenAt(weekdays, at('2026-12-25T08:00:00Z'))).to.equal(true);
    expect(isOpenAt(weekdays, at('2026-12-25T08:00:00Z'), exceptions)).to.equal(false);
  });

  it('keeps the shorter hours of a day before a holiday', () => {
    // Thursday 24 December 2026: 11.00 open, 13.00 closed (the regular hours would say open)
    expect(isOpenAt(weekdays, at('2026-12-24T09:00:00Z'), exceptions)).to.equal(true);
    expect(isOpenAt(weekdays, at('2026-12-24T11:00:00Z'), exceptions)).to.equal(false);
  });

  it('closes for the whole summer closure, its first and last day included, in summer time', () => {
    // Monday 6 July and Friday 31 July 2026 at 10.00 EEST (UTC+3); Monday 3 August is open again.
    expect(isOpenAt(weekdays, at('2026-07-06T07:00:00Z'), exceptions)).to.equal(false);
    expect(isOpenAt(weekdays, at('2026-07-31T07:00:00Z'), exceptions)).to.equal(false);
    expect(isOpenAt(weekdays, at('2026-08-03T07:00:00Z'), exceptions)).to.equal(true);
  });

  it('opens on a day without regular hours when the exception gives hours', () => {
    const sunday: ExceptionalHours[] = [{ from: '2026-12-20', opens: '12:00', closes: '16:00' }];
    // Sunday 20 December 2026, 13.00 EET
    expect(isOpenAt(weekdays, at('2026-12-20T11:00:00Z'))).to.equal(false);
    expect(isOpenAt(weekdays, at('2026-12-20T11:00:00Z'), sunday)).to.equal(true);
    expect(isOpenAt(undefined, at('2026-12-20T11:00:00Z'), sunday)).to.equal(true);
  });

  it('lets a night line that starts before a holiday run past midnight, and a holiday night stay closed', () => {
    const nights = hours({ opens: '20:00', closes: '02:00' });
    const holiday: ExceptionalHours[] = [{ from: '2026-12-25', closed: true }];
    // Friday 25 December 2026 at 01.00 EET: the night began on the 24th, a normal day.
    expect(isOpenAt(nights, at('2026-12-24T23:00:00Z'), holiday)).to.equal(true);
    // Saturday 26 December at 01.00: the night of the 25th did not open.
    expect(isOpenAt(nights, at('2026-12-25T23:00:00Z'), holiday)).to.equal(false);
  });

  it('lists the coming exceptions in date order, leaving out those that ended or are far off', () => {
    const coming = comingExceptions(exceptions, at('2026-12-01T10:00:00Z'));
    expect(coming.map((e) => e.from)).to.deep.equal(['2026-12-24', '2026-12-25']);
    expect(comingExceptions(exceptions, at('2026-07-20T10:00:00Z')).map((e) => e.from)).to.deep.equal(['2026-07-06']);
  });
});
