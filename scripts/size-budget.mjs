// The size budgets of the kit and the ratios to its peers, as pure functions over byte counts,
// so that a Node test can prove the failure path without building anything.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const KB = 1024;

/** Brotli budgets: the whole kit with Lit inside, and each one-component entry. */
export const BUDGETS = { kit: 30 * KB, component: 15 * KB };

/** Raw, gzip -9 and brotli (quality 11) bytes of a file's content. */
export function measure(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The brotli budget of a built entry: `eroauttaminen.js` is the kit, `components/*.js` a component. */
export function budgetFor(entry) {
  if (entry === 'eroauttaminen.js') return BUDGETS.kit;
  if (entry.startsWith('components/')) return BUDGETS.component;
  return undefined;
}

/**
 * The entries whose brotli size is over their budget, each with by how much.
 * @param {{ entry: string, brotli: number }[]} rows
 * @returns {{ entry: string, brotli: number, budget: number, over: number }[]}
 */
export function overBudget(rows) {
  return rows.flatMap(({ entry, brotli }) => {
    const budget = budgetFor(entry);
    return budget !== undefined && brotli > budget ? [{ entry, brotli, budget, over: brotli - budget }] : [];
  });
}

export const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/** "components/service-finder.js: 29.1 KB brotli, 14.1 KB (94 %) over its 15.0 KB budget" */
export function describeOverrun({ entry, brotli, budget, over }) {
  return `${entry}: ${kb(brotli)} brotli, ${kb(over)} (${Math.round((over / budget) * 100)} %) over its ${kb(budget)} budget`;
}

/** ours ÷ theirs, to two decimals, as the report prints it. */
export function ratio(ours, theirs) {
  if (!(theirs > 0)) throw new RangeError('a ratio needs a positive denominator');
  return Math.round((ours / theirs) * 100) / 100;
}

/** A fixed-width table: the first column left-aligned, the rest right-aligned. */
export function table(header, rows) {
  const all = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i].length)));
  return all
    .map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '))
    .join('\n');
}
