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
