/**
 * "Did you mean …?" for a search that finds nothing: each query word that no service contains
 * is replaced by the nearest word of the feed's own text. Pure logic: no DOM.
 */
import { rankServices, type FilterOptions, type FinderFilters, type ServiceIndex } from './filter.js';
import { fold, queryTerms, searchScore, type SearchDocument } from './search.js';

const vocabularies = new WeakMap<readonly SearchDocument[], Map<string, number>>();

/** Every word of the services' own texts with how often it occurs, built once per language. */
function vocabulary(docs: readonly SearchDocument[]): Map<string, number> {
  let counts = vocabularies.get(docs);
  if (!counts) {
    counts = new Map();
    for (const doc of docs) {
      for (const field of [doc.name, doc.related, doc.description]) {
        for (const word of field.exact.split(' ')) if (word.length >= 3) counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
    vocabularies.set(docs, counts);
  }
  return counts;
}

/** Levenshtein distance, or `limit + 1` as soon as it is certain to exceed `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...row) > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length];
}

/** The feed's word nearest to `term` (one typo in a short word, two in a long one), most frequent first. */
function nearestWord(term: string, counts: Map<string, number>): string | undefined {
  const limit = term.length >= 8 ? 2 : 1;
  const folded = fold(term);
  let best: { word: string; distance: number; count: number } | undefined;
  for (const [word, count] of counts) {
    const d = distance(folded, fold(word), limit);
    if (d > limit) continue;
    if (!best || d < best.distance || (d === best.distance && count > best.count)) best = { word, distance: d, count };
  }
  return best?.word;
}

/**
 * A query close to `filters.query` that finds services with the same filters, or undefined.
 * Call it only when the query found nothing.
 */
export function suggestQuery(index: ServiceIndex, filters: FinderFilters, options: FilterOptions): string | undefined {
  const terms = queryTerms(filters.query);
  if (!terms.length) return undefined;
  const docs = index.documentsIn(options.lang);
  const counts = vocabulary(docs);
  const corrected: string[] = [];
  for (const term of terms) {
    if (docs.some((doc) => searchScore(doc, [term]) > 0)) corrected.push(term);
    else {
      const word = nearestWord(term, counts);
      if (!word) return undefined;
      corrected.push(word);
    }
  }
  const query = corrected.join(' ');
  if (query === terms.join(' ')) return undefined;
  return rankServices(index, { ...filters, query }, options).length ? query : undefined;
}
