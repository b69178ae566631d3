// Real-date checks shared by the parser, `validate` and the components.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadSrc } from './load-src.mjs';

const { isRealDate, isRealDateTime, isRealYmd } = await loadSrc('src/feed/dates.ts');

describe('real dates', () => {
  it('accepts calendar dates that exist, leap days included', () => {
    assert.equal(isRealDate('2024-02-29'), true);
    assert.equal(isRealDate('2026-12-31'), true);
  });

  it('refuses dates that do not exist or are not YYYY-MM-DD', () => {
    for (const value of ['2025-02-29', '2026-13-01', '2026-04-31', '2026-00-10', '1.8.2024', '', '2026-01-01T12:00']) {
      assert.equal(isRealDate(value), false, value);
    }
    assert.equal(isRealDate(undefined), false);
  });

  it('checks the day, the time and the offset of a date-time', () => {
    assert.equal(isRealDateTime('2026-11-01T12:00:00+02:00'), true);
    assert.equal(isRealDateTime('2026-10-06T18:00'), true);
    assert.equal(isRealDateTime('2026-11-01T00:00:00.250Z'), true);
    assert.equal(isRealDateTime('2026-13-45T12:00:00+02:00'), false);
    assert.equal(isRealDateTime('2026-11-01T24:30:00+02:00'), false);
    assert.equal(isRealDateTime('2026-11-01T12:60'), false);
    assert.equal(isRealDateTime('2026-11-01T12:00:00+25:00'), false);
  });

  it('does not read years 0–99 as 1900–1999', () => {
    assert.equal(isRealYmd(4, 2, 29), true);
    assert.equal(isRealYmd(100, 2, 29), false);
  });
});

describe('isRealDateTime, read character by character', () => {
  // The regular expression it replaced, with the same range checks: the reference for every form.
  const FORM = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|([+-])(\d{2}):(\d{2}))?)?$/;
  const reference = (value) => {
    const match = FORM.exec(value);
    if (!match) return false;
    const [, y, m, d, hh = '0', mm = '0', ss = '0', , oh = '0', om = '0'] = match;
    return isRealYmd(+y, +m, +d) && +hh <= 23 && +mm <= 59 && +ss <= 59 && +oh <= 18 && +om <= 59;
  };

  it('agrees with the regular expression on valid, broken and cut-off dates and times', () => {
    const seeds = ['2026-02-28', '2024-02-29', '2026-10-06T18:00', '2026-10-06T23:59:59', '2026-11-01T12:00:00+02:00', '2026-11-01T00:00:00.250Z', '2026-03-29T03:30-18:00', '0099-12-31T00:00Z'];
    const swaps = ['0', '9', '3', '-', ':', 'T', 'Z', '+', '.', 'x', ' ', '٣'];
    let state = 42;
    const next = (n) => (state = (state * 1103515245 + 12345) % 2 ** 31) % n;
    let checked = 0;
    for (const seed of seeds) {
      for (let cut = 0; cut <= seed.length; cut++) {
        assert.equal(isRealDateTime(seed.slice(0, cut)), reference(seed.slice(0, cut)), seed.slice(0, cut));
        checked++;
      }
      for (let k = 0; k < 400; k++) {
        const at = next(seed.length + 1);
        const value = seed.slice(0, at) + swaps[next(swaps.length)] + seed.slice(at + next(2));
        assert.equal(isRealDateTime(value), reference(value), value);
        checked++;
      }
    }
    assert.ok(checked > 3000);
  });
});
