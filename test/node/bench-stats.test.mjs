// The benchmark's arithmetic (scripts/bench-stats.mjs): medians of odd and even run counts,
// min/max, ours ÷ floor, and the verdict on the ≤ 1.5× goal at 5,000 items.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatSummary, goalVerdicts, overFloor, parseSizes, summarize } from '../../scripts/bench-stats.mjs';

describe('benchmark statistics (scripts/bench-stats.mjs)', () => {
  it('takes the middle run as the median, whatever the order', () => {
    assert.deepEqual(summarize([30, 10, 50, 20, 40]), { median: 30, min: 10, max: 50, runs: 5 });
  });

  it('averages the two middle runs of an even count', () => {
    assert.equal(summarize([4, 1, 3, 2]).median, 2.5);
  });

  it('refuses an empty run list and a floor of zero', () => {
    assert.throws(() => summarize([]), RangeError);
    assert.throws(() => overFloor([1], [0]), RangeError);
  });

  it('divides our median by the floor median when every run had the same order', () => {
    assert.equal(overFloor([15], [10]), 1.5);
  });

  it('balances the two orders: the side that renders first on the page, and pays its first-time costs, is not counted against either', () => {
    // Even runs put ours first, odd runs the floor; the first side pays 40 ms more (60 → 100, 40 → 80).
    const ours = [100, 60, 100, 60, 100];
    const floor = [40, 80, 40, 80, 40];
    // Plain medians (100 ÷ 40) would say 2.5×, only because three of the five runs put ours first.
    assert.equal(overFloor(ours, floor).toFixed(3), Math.sqrt((100 / 40) * (60 / 80)).toFixed(3));
    assert.ok(overFloor(ours, floor) < 1.4);
  });

  it('takes the median within each order, so one slow run does not move it', () => {
    assert.equal(overFloor([20, 10, 20, 10, 900, 10], [10, 20, 10, 20, 10, 20]), Math.sqrt(2 * 0.5));
  });

  it('refuses runs that do not pair up', () => {
    assert.throws(() => overFloor([1, 2], [1]), RangeError);
  });

  it('meets the goal at exactly 1.5× and misses it above, only at the goal size', () => {
    const results = {
      100: { keystroke: { ours: [100], floor: [1] } },
      5000: { firstRender: { ours: [15], floor: [10] }, keystroke: { ours: [16], floor: [10] } },
    };
    assert.deepEqual(goalVerdicts(results, { size: 5000, max: 1.5 }), [
      { metric: 'firstRender', ratio: 1.5, met: true },
      { metric: 'keystroke', ratio: 1.6, met: false },
    ]);
    assert.deepEqual(goalVerdicts(results, { size: 1000, max: 1.5 }), []);
  });

  it('prints milliseconds with one decimal under 10 and none above', () => {
    assert.equal(formatSummary([4.26, 3.1, 12.7]), '4.3 (3.1–13)');
    assert.equal(formatSummary([120.4, 99.4, 130]), '120 (99–130)');
  });

  it('reads --sizes and refuses nonsense', () => {
    assert.deepEqual(parseSizes('100, 1000,5000'), [100, 1000, 5000]);
    assert.throws(() => parseSizes('100,lots'), RangeError);
    assert.throws(() => parseSizes('0'), RangeError);
  });
});
