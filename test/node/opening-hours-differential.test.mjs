// "Open now", which puts crisis lines first (sort="urgent") and badges every card, against an
// oracle written from the feed format's words alone: random weekly hours (past midnight, to
// 24:00, all day, with validity dates) and exceptional hours (closed days, other hours, ranges
// that overlap) are asked about at random instants through 2026–2027, many of them near midnight
// and on the days the clock changes, and isOpenAt() must answer as the oracle does every time.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadSrc } from './load-src.mjs';
import { random } from './recurrence-cases.mjs';

const { isOpenAt } = await loadSrc('src/components/service-finder/opening-hours.ts');

const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const TIMES = ['00:00', '02:00', '03:30', '08:00', '09:15', '12:00', '16:00', '20:00', '22:00', '23:59', '24:00'];
const DATES = ['2026-03-28', '2026-03-29', '2026-03-30', '2026-10-24', '2026-10-25', '2026-10-26', '2026-12-24', '2026-12-31', '2027-01-01', '2027-03-28', '2027-06-25', '2027-10-31'];

const helsinki = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short', hourCycle: 'h23' });

/** The Helsinki wall clock at an instant: date, weekday (mo…su) and minutes since midnight. */
function wall(instant) {
  const p = Object.fromEntries(helsinki.formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, weekday: p.weekday.slice(0, 2).toLowerCase(), minutes: Number(p.hour) * 60 + Number(p.minute) };
}

const minutes = (time) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
const shift = (date, days) => new Date(Date.parse(`${date}T00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const weekdayOf = (date) => DAYS[(new Date(`${date}T00:00Z`).getUTCDay() + 6) % 7];

/**
 * The oracle, from the format's words: "A closing time at or before the opening time runs past
 * midnight" into the next day, and the period belongs to the day it starts on (weekday and
 * validity); opening is inclusive, closing exclusive; exceptional hours replace the regular ones
 * on the days they cover, the one that starts last when several do; one with `closed: false` and
 * no times changes nothing.
 */
function oracle(hours, exceptions, instant) {
  const now = wall(instant);
  const periodsOf = (date) => {
    const covering = exceptions
      .filter((e) => (e.closed === true || (e.opens && e.closes)) && e.from <= date && date <= (e.through ?? e.from))
      .sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0));
    if (covering.length) return covering[0].closed ? [] : [[covering[0].opens, covering[0].closes]];
    return hours
      .filter((h) => h.days.includes(weekdayOf(date)) && (!h.validFrom || h.validFrom <= date) && (!h.validThrough || date <= h.validThrough))
      .map((h) => [h.opens, h.closes]);
  };
  for (const [date, offset] of [[now.date, 0], [shift(now.date, -1), -1440]]) {
    for (const [opens, closes] of periodsOf(date)) {
      const start = minutes(opens) + offset;
      const end = (minutes(closes) <= minutes(opens) ? minutes(closes) + 1440 : minutes(closes)) + offset;
      if (start <= now.minutes && now.minutes < end) return true;
    }
  }
  return false;
}

function randomCase(next) {
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[int(0, list.length - 1)];
  const days = () => [...new Set(Array.from({ length: int(1, 7) }, () => pick(DAYS)))];
  const hours = Array.from({ length: int(0, 3) }, () => {
    const opens = pick(TIMES.filter((t) => t !== '24:00'));
    const spec = { days: days(), opens, closes: next() < 0.15 ? opens : pick(TIMES) };
    if (next() < 0.2) spec.validFrom = pick(DATES);
    if (next() < 0.2) spec.validThrough = pick(DATES);
    return spec;
  });
  const exceptions = Array.from({ length: int(0, 3) }, () => {
    const from = pick(DATES);
    const exception = { from };
    if (next() < 0.4) exception.through = shift(from, int(0, 3));
    if (next() < 0.4) exception.closed = true;
    else if (next() < 0.85) Object.assign(exception, { opens: pick(TIMES.filter((t) => t !== '24:00')), closes: pick(TIMES) });
    else exception.closed = false;
    return exception;
  });
  // Near midnight and the clock changes mostly, anywhere now and then.
  const base = Date.parse(`${pick(DATES)}T00:00:00+02:00`);
  const instant = next() < 0.8 ? base + int(-6 * 60, 30 * 60) * 60_000 : Date.UTC(2026, 0, 1) + int(0, 730 * 1440) * 60_000;
  return { hours, exceptions, instant };
}

describe('open now, against the format\'s words', () => {
  it('answers as the oracle for 20,000 random hours and instants', () => {
    const next = random(20261207);
    const differences = [];
    let open = 0;
    for (let i = 0; i < 20_000; i++) {
      const { hours, exceptions, instant } = randomCase(next);
      const want = oracle(hours, exceptions, instant);
      const got = isOpenAt(hours, instant, exceptions);
      if (want) open++;
      if (got !== want) differences.push(`${new Date(instant).toISOString()} (${JSON.stringify(wall(instant))}): ${got}, oracle ${want}; hours ${JSON.stringify(hours)}, exceptions ${JSON.stringify(exceptions)}`);
    }
    assert.deepEqual(differences.slice(0, 5), [], `${differences.length} of 20,000 differ`);
    assert.ok(open > 2000 && open < 18_000, `open in ${open} of 20,000: the cases ask too little`);
  });
});
