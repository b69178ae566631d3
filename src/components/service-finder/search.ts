/**
 * Free-text search of the service finder: Finnish- and Swedish-aware normalisation and matching
 * of query words against the starts of words. Pure logic: no DOM.
 */

const NON_WORD = /[^\p{L}\p{N}]+/u;

/**
 * Lower case in NFC. å, ä and ö stay letters of their own ("ase" is not "äse"); other accents
 * are dropped, so "sami" finds "Sámi" and "cafe" finds "café".
 */
export function normalize(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\u0000-\u007fåäö]/g, (char) => char.normalize('NFD').replace(/\p{M}+/gu, ''));
}

/** The words of a text, normalised: "Etelä-Savon lastenvalvoja" → ["etelä", "savon", "lastenvalvoja"]. */
export function words(text: string): string[] {
  return normalize(text).split(NON_WORD).filter(Boolean);
}

/** A field prepared for matching: its words, each preceded by one space (" etelä savon"). */
export function searchField(...texts: (string | undefined)[]): string {
  // One pass over the joined text: normalising and splitting are the cost of indexing.
  const all = words(texts.filter(Boolean).join(' '));
  return all.length ? ` ${all.join(' ')}` : '';
}

/** The text of one service in one language, prepared once so that each keystroke is cheap. */
export interface SearchDocument {
  /** The service's name. */
  readonly name: string;
  /** Alternate and Finnish names, organisation, keywords, service types, locality. */
  readonly related: string;
  readonly description: string;
}

/** The parts of a query that must all be found: its words, normalised. */
export function queryTerms(query: string | undefined): string[] {
  return query ? [...new Set(words(query))] : [];
}

/**
 * How a query word may match a word of the text:
 * - as its start ("lastenvalvoja" → "lastenvalvojan"),
 * - inflected: a long query word whose last quarter differs ("lastenvalvojalle" → "lastenvalvoja",
 *   "sovittelua" → "sovittelu"), since Finnish and Swedish add endings to the stem,
 * - inside a compound: a query word of 4 letters or more ("valvoja" → "lastenvalvoja").
 */
const PREFIX = 3;
const INFLECTED = 2;
const INSIDE = 1;

function stemOf(term: string): string | undefined {
  return term.length >= 6 ? term.slice(0, Math.max(5, Math.ceil(term.length * 0.75))) : undefined;
}

function matchQuality(field: string, term: string, stem: string | undefined): number {
  if (!field) return 0;
  if (field.includes(` ${term}`)) return PREFIX;
  if (stem && field.includes(` ${stem}`)) return INFLECTED;
  if (term.length >= 4 && field.includes(term)) return INSIDE;
  return 0;
}

/** Where a match was found, strongest first; the weight decides the ranking before the quality. */
const NAME_START = 4;
const NAME = 3;
const RELATED = 2;
const DESCRIPTION = 1;

function termScore(doc: SearchDocument, term: string): number {
  const stem = stemOf(term);
  const name = matchQuality(doc.name, term, stem);
  if (name) {
    const atStart = doc.name.startsWith(` ${term}`) || (stem !== undefined && doc.name.startsWith(` ${stem}`));
    return (atStart ? NAME_START : NAME) * 4 + name;
  }
  const related = matchQuality(doc.related, term, stem);
  if (related) return RELATED * 4 + related;
  const description = matchQuality(doc.description, term, stem);
  return description ? DESCRIPTION * 4 + description : 0;
}

/**
 * How well a service matches: 0 when a term is missing, else higher for better matches.
 * Every term found in the name outranks one found in keywords or the organisation, which
 * outranks one found only in the description; a name that starts with the term comes first.
 */
export function searchScore(doc: SearchDocument, terms: readonly string[]): number {
  let total = 0;
  for (const term of terms) {
    const score = termScore(doc, term);
    if (!score) return 0;
    total += score;
  }
  return total;
}
