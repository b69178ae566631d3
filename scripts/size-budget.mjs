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

/** How far a recorded size may grow before the check fails. */
export const RECORD_SLACK = KB;

/**
 * The brotli budget of a built entry: `eroauttaminen.js` is the kit, `components/*.js` a
 * component; for the split build, what a page with the kit or one component downloads.
 */
export function budgetFor(entry) {
  if (entry === 'eroauttaminen.js' || entry === 'page: modules/eroauttaminen.js') return BUDGETS.kit;
  if (entry.startsWith('components/') || entry.startsWith('page: modules/')) return BUDGETS.component;
  return undefined;
}

/** A file's name in the record: a chunk's content hash dropped ("modules/chunks/core-Ab12.js" → "modules/chunks/core.js"). */
export function recordName(file) {
  return file.replace(/^(modules\/chunks\/[\w-]+?)-[\w-]{8}\.js$/, '$1.js');
}

/**
 * The rows of the split build's pages: for each entry, its brotli bytes plus those of every chunk
 * it loads (imports.json), i.e. what a page with that entry downloads.
 * @param {{ entry: string, brotli: number }[]} rows  measured files, named as under dist/
 * @param {Record<string, string[]>} imports           modules/imports.json
 */
export function pageRows(rows, imports) {
  const bytes = new Map(rows.map((row) => [row.entry, row.brotli]));
  return Object.entries(imports).map(([entry, chunks]) => ({
    entry: `page: modules/${entry}`,
    brotli: [entry, ...chunks].reduce((sum, file) => sum + bytes.get(`modules/${file}`), 0),
  }));
}

/**
 * The rows that grew more than RECORD_SLACK over their recorded brotli size, and those missing
 * from the record (a new entry must be recorded on purpose).
 * @param {{ entry: string, brotli: number }[]} rows
 * @param {Record<string, number>} record
 */
export function overRecord(rows, record) {
  return rows.flatMap(({ entry, brotli }) => {
    const recorded = record[recordName(entry)];
    if (recorded === undefined) return [{ entry, brotli, recorded, over: brotli }];
    return brotli > recorded + RECORD_SLACK ? [{ entry, brotli, recorded, over: brotli - recorded }] : [];
  });
}

/** "modules/chunks/feed-….js: 14.6 KB brotli, 1.1 KB over its recorded 13.5 KB" */
export function describeGrowth({ entry, brotli, recorded, over }) {
  if (recorded === undefined) return `${entry}: ${kb(brotli)} brotli, not in the size record`;
  return `${entry}: ${kb(brotli)} brotli, ${kb(over)} over its recorded ${kb(recorded)} (at most ${kb(RECORD_SLACK)} of growth)`;
}

/** The record of measured rows: brotli bytes by record name, sorted. */
export function recordOf(rows) {
  return Object.fromEntries(rows.map(({ entry, brotli }) => [recordName(entry), brotli]).sort(([a], [b]) => a.localeCompare(b)));
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
