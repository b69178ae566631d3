// The statistics of scripts/bench.mjs as pure functions: median, min and max of the runs, the
// ratio of ours to the floor's (balanced over which side ran first), and whether a goal holds. A Node test checks them.

/** Median, min and max of a list of milliseconds. */
export function summarize(samples) {
  if (!samples.length) throw new RangeError('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

/**
 * Ours ÷ the floor, fair to the order the two ran in. Runs alternate which side renders first on
 * the page (ours in runs 0, 2, 4 …), and whichever renders first pays some of the page's one-time
 * costs. So the runs are split by order, each order's ratio is our median ÷ the floor's median
 * over its runs, and the result is the geometric mean of the two orders' ratios: an odd number of
 * runs, with one more run in one order, no longer tips the medians to that order's side.
 * `ours[i]` and `floor[i]` are run i's times.
 */
export function overFloor(ours, floor) {
  if (ours.length !== floor.length) throw new RangeError('ours and the floor need the same runs');
  const ratioOf = (runs) => {
    const b = summarize(runs.map((i) => floor[i])).median;
    if (!(b > 0)) throw new RangeError('the floor took no time; the ratio is undefined');
    return summarize(runs.map((i) => ours[i])).median / b;
  };
  const runs = ours.map((_, i) => i);
  const oursFirst = runs.filter((i) => i % 2 === 0);
  const floorFirst = runs.filter((i) => i % 2 === 1);
  if (!floorFirst.length) return ratioOf(oursFirst);
  return Math.sqrt(ratioOf(oursFirst) * ratioOf(floorFirst));
}

/** Whether each metric at the goal's size is within the goal (ours ÷ floor ≤ `max`). */
export function goalVerdicts(results, { size, max }) {
  const metrics = results[size];
  if (!metrics) return [];
  return Object.entries(metrics).map(([metric, { ours, floor }]) => {
    const ratio = overFloor(ours, floor);
    return { metric, ratio, met: ratio <= max };
  });
}

/** "12.3 (10.1–15.0)" in milliseconds. */
export function formatSummary(samples) {
  const { median, min, max } = summarize(samples);
  const ms = (n) => (n < 10 ? n.toFixed(1) : n.toFixed(0));
  return `${ms(median)} (${ms(min)}–${ms(max)})`;
}

/** --sizes 100,1000 → [100, 1000]; refuses what is not a list of whole numbers ≥ 1. */
export function parseSizes(text) {
  const sizes = String(text).split(',').map((s) => Number(s.trim()));
  if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new RangeError(`--sizes takes whole numbers ≥ 1 separated by commas, not "${text}"`);
  return sizes;
}
