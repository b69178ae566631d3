import { expect } from '@open-wc/testing';
import { isoInZone, localKey, offsetAt, parseLocal, toInstant, toWall } from '../../src/feed/time/zoned-time.js';

const HELSINKI = 'Europe/Helsinki';
const instantOf = (local: string, zone = HELSINKI): string => new Date(toInstant(parseLocal(local)!, zone)).toISOString();

describe('zoned time', () => {
  it('reads Helsinki wall time in winter as UTC+2 and in summer as UTC+3', () => {
    expect(instantOf('2026-01-15T18:00')).to.equal('2026-01-15T16:00:00.000Z');
    expect(instantOf('2026-07-15T18:00')).to.equal('2026-07-15T15:00:00.000Z');
    expect(offsetAt(Date.UTC(2026, 0, 15), HELSINKI)).to.equal(2 * 3600_000);
    expect(offsetAt(Date.UTC(2026, 6, 15), HELSINKI)).to.equal(3 * 3600_000);
  });

  it('moves a time in the spring gap forward: 29.3.2026 03:30 does not exist and becomes 04:30 EEST', () => {
    expect(isoInZone(toInstant(parseLocal('2026-03-29T03:30')!, HELSINKI), HELSINKI)).to.equal('2026-03-29T04:30:00+03:00');
    expect(isoInZone(toInstant(parseLocal('2026-03-29T02:59')!, HELSINKI), HELSINKI)).to.equal('2026-03-29T02:59:00+02:00');
    expect(isoInZone(toInstant(parseLocal('2026-03-29T04:00')!, HELSINKI), HELSINKI)).to.equal('2026-03-29T04:00:00+03:00');
  });

  it('takes the earlier instant in the autumn overlap: 25.10.2026 03:30 happens twice', () => {
    expect(instantOf('2026-10-25T03:30')).to.equal('2026-10-25T00:30:00.000Z');
    expect(isoInZone(Date.parse('2026-10-25T01:30:00Z'), HELSINKI)).to.equal('2026-10-25T03:30:00+02:00');
  });

  it('works for other IANA zones too', () => {
    expect(instantOf('2026-03-08T02:30', 'America/New_York')).to.equal('2026-03-08T07:30:00.000Z');
    expect(instantOf('2026-06-01T12:00', 'Asia/Kolkata')).to.equal('2026-06-01T06:30:00.000Z');
    expect(localKey(toWall(Date.parse('2026-06-01T06:30:00Z'), 'Asia/Kolkata'))).to.equal('2026-06-01T12:00:00');
  });

  it('refuses times that are not real', () => {
    expect(parseLocal('2026-02-30T10:00')).to.equal(undefined);
    expect(parseLocal('2026-10-06T24:00')).to.equal(undefined);
    expect(parseLocal('6.10.2026 18:00')).to.equal(undefined);
    expect(localKey(parseLocal('2026-10-06T18:00:30')!)).to.equal('2026-10-06T18:00:30');
    expect(parseLocal('2026-02-29T10:00')).to.equal(undefined);
    expect(localKey(parseLocal('2024-02-29T10:00')!)).to.equal('2024-02-29T10:00:00');
    expect(parseLocal('2026-10-06T18:00:60')).to.equal(undefined);
    expect(parseLocal('0050-01-01T00:00'), 'Date.UTC reads 50 as 1950').to.equal(undefined);
  });

  /** Intl's wall-clock reading as YYYY-MM-DDTHH:MM, from its parts: en-CA's pattern differs by engine. */
  const wallClock = (zone: string) => {
    const format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    });
    return (instant: number): string => {
      const p = Object.fromEntries(format.formatToParts(instant).map(({ type, value }) => [type, value]));
      return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
    };
  };

  it('agrees with Intl at every hour of a year, the days with a change and those without', () => {
    for (const zone of ['Europe/Helsinki', 'America/Sao_Paulo', 'Australia/Lord_Howe']) {
      const intl = wallClock(zone);
      for (let hour = 0; hour < 366 * 24; hour++) {
        const instant = Date.UTC(2018, 0, 1) + hour * 3_600_000 + 1_800_000;
        expect(isoInZone(instant, zone).slice(0, 16), `${zone} ${new Date(instant).toISOString()}`).to.equal(intl(instant));
      }
    }
  });

  it('agrees with Intl minute by minute around real offset changes, in odd zones too', () => {
    const days: [string, string][] = [
      ['Europe/Helsinki', '2026-03-29T00:00:00Z'],
      ['Europe/Helsinki', '2026-10-25T00:00:00Z'],
      ['America/New_York', '2026-11-01T04:00:00Z'],
      ['Australia/Lord_Howe', '2026-04-04T13:00:00Z'],
      ['Asia/Kathmandu', '2026-06-01T00:00:00Z'],
    ];
    for (const [zone, from] of days) {
      const intl = wallClock(zone);
      for (let minute = 0; minute < 6 * 60; minute++) {
        const instant = Date.parse(from) + minute * 60_000;
        const expected = intl(instant);
        expect(isoInZone(instant, zone).slice(0, 16), `${zone} ${new Date(instant).toISOString()}`).to.equal(expected);
      }
    }
  });
});
