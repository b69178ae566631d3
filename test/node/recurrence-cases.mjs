// Random recurrence rules from a fixed seed, drawn from every part the feed allows on every
// frequency, for the differential tests against independent RFC 5545 implementations.
import { loadSrc } from './load-src.mjs';

const { partsOf, FREQUENCIES } = await loadSrc('src/feed/time/rrule-syntax.ts');

/** mulberry32: the same rules on every run. */
export function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const pad = (n, w = 2) => String(n).padStart(w, '0');

/**
 * A generator of { rrule, start } cases. `without` leaves out rule shapes that an oracle is known
 * to read differently from RFC 5545 (each caller says which and why).
 */
export function ruleGenerator(next, without = {}) {
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[int(0, list.length - 1)];
  const some = (make, most) => [...new Set(Array.from({ length: int(1, most) }, make))].join(',');
  const signed = (lo, hi) => (next() < 0.3 ? -1 : 1) * int(lo, hi);
  const value = {
    INTERVAL: () => int(1, 3),
    WKST: () => pick(WEEKDAYS),
    BYMONTH: () => some(() => int(1, 12), 3),
    BYMONTHDAY: () => some(() => signed(1, 31), 3),
    BYYEARDAY: () => some(() => signed(1, 366), 3),
    BYSETPOS: () => some(() => signed(1, 4), 2),
  };
  const byday = (freq) => {
    const ordinal = freq === 'MONTHLY' ? () => signed(1, 5) : freq === 'YEARLY' ? () => signed(1, 53) : undefined;
    const numbered = without.mixedByDay ? next() < 0.5 : undefined;
    return some(() => `${ordinal && (numbered ?? next() < 0.5) ? ordinal() : ''}${pick(WEEKDAYS)}`, 3);
  };
  return () => {
    const freq = pick(FREQUENCIES);
    const parts = [`FREQ=${freq}`];
    const by = partsOf(freq).filter((p) => p.startsWith('BY') && p !== 'BYSETPOS').filter(() => next() < 0.3);
    for (const part of ['INTERVAL', 'WKST']) if (next() < 0.4) parts.push(`${part}=${value[part]()}`);
    for (const part of by) parts.push(`${part}=${part === 'BYDAY' ? byday(freq) : value[part]()}`);
    if (by.length && next() < 0.3) parts.push(`BYSETPOS=${value.BYSETPOS()}`);
    const year = int(2025, 2027);
    const end = next();
    if (end < 0.4) parts.push(`COUNT=${int(1, 40)}`);
    // UNTIL after the start: RFC 5545 leaves a rule that ends before it begins undefined.
    else if (end < 0.7) parts.push(`UNTIL=${int(year + 1, 2029)}${pad(int(1, 12))}${pad(int(1, 28))}${without.dateUntil || next() < 0.5 ? `T${pad(int(0, 23))}0000Z` : ''}`);
    const date = new Date(Date.UTC(year, int(0, 11), int(1, 28)));
    if (without.partialFirstPeriod) {
      // Start on the first day of the rule's period: its week (from WKST), month or year.
      if (freq === 'YEARLY') date.setUTCMonth(0, 1);
      if (freq === 'MONTHLY') date.setUTCDate(1);
      const wkst = WEEKDAYS.indexOf(/WKST=(\w\w)/.exec(parts.join(';'))?.[1] ?? 'MO');
      if (freq === 'WEEKLY') date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6 - wkst + 7) % 7));
    }
    // Now and then a time in the hour that the spring change skips or the autumn one repeats.
    const time = pick(['00:00', '03:30', '03:00', '04:00', '04:30', '09:15', '18:00', '23:30']);
    return { rrule: parts.join(';'), start: `${date.toISOString().slice(0, 10)}T${time}` };
  };
}

