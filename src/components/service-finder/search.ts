/**
 * Free-text search of the service finder: Finnish- and Swedish-aware normalisation and matching
 * of query words against the starts of words. Pure logic: no DOM.
 */

const NON_WORD = /[^\p{L}\p{N}]+/u;
const NON_WORDS = /[^\p{L}\p{N}]+/gu;
const ASCII = /^[\u0000-\u007f]*$/;

/**
 * Lower case in NFC. å, ä and ö stay letters of their own here (see `fold` for matching without
 * them); other accents are dropped, so "sami" finds "Sámi" and "cafe" finds "café".
 */
export function normalize(text: string): string {
  // Most of a feed is plain ASCII, which needs no Unicode work.
  if (ASCII.test(text)) return text.toLowerCase();
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
  // One pass over the joined text, without arrays of words: normalising is the cost of indexing.
  const spaced = normalize(texts.filter(Boolean).join(' ')).replace(NON_WORDS, ' ').trim();
  return spaced ? ` ${spaced}` : '';
}

/** ä and å become a, ö becomes o: how a word is typed on a keyboard without them. */
export function fold(text: string): string {
  return text.replace(/[äå]/g, 'a').replace(/ö/g, 'o');
}

const NORDIC = /[åäö]/;

/** One field prepared for matching: its words as written and with å, ä and ö folded. */
export interface SearchText {
  readonly exact: string;
  /** The same as `exact` when the text has no å, ä or ö, so that it costs nothing more. */
  readonly folded: string;
}

export function searchText(...texts: (string | undefined)[]): SearchText {
  const exact = searchField(...texts);
  return { exact, folded: NORDIC.test(exact) ? fold(exact) : exact };
}

/** The text of one service in one language, prepared once so that each keystroke is cheap. */
export interface SearchDocument {
  /** The service's name. */
  readonly name: SearchText;
  /** Alternate and Finnish names, keywords, service types, locality. */
  readonly related: SearchText;
  readonly description: SearchText;
  /** The organisation's names: a match only here is the weakest, since it says little about the service. */
  readonly organization: SearchText;
}

/** The parts of a query that must all be found: its words, normalised. */
export function queryTerms(query: string | undefined): string[] {
  return query ? [...new Set(words(query))] : [];
}

/**
 * How a query word may match a word of the text:
 * - as its start ("lastenvalvoja" → "lastenvalvojan"),
 * - inflected or as a compound's first part: a long query word whose last 30 % differs
 *   ("lastenvalvojalle" → "lastenvalvoja", "sovittelua" → "sovittelu", "eroneuvonta" →
 *   "Eroneuvo-tilaisuudet"), since Finnish and Swedish add endings and parts to the stem,
 * - inside a compound: a query word of 4 letters or more ("valvoja" → "lastenvalvoja").
 */
const PREFIX = 3;
const INFLECTED = 2;
const INSIDE = 1;

function stemOf(term: string): string | undefined {
  return term.length >= 6 ? term.slice(0, Math.max(5, Math.ceil(term.length * 0.7))) : undefined;
}

function matchQuality(field: string, term: string, stem: string | undefined): number {
  if (!field) return 0;
  if (field.includes(` ${term}`)) return PREFIX;
  if (stem && field.includes(` ${stem}`)) return INFLECTED;
  if (term.length >= 4 && field.includes(term)) return INSIDE;
  return 0;
}

/** Where a match was found, strongest first; the weight decides the ranking before the quality. */
const NAME_START = 5;
const NAME = 4;
const RELATED = 3;
const DESCRIPTION = 2;
const ORGANIZATION = 1;
/** A word found with the letters as typed outranks any found only with å, ä and ö folded. */
const AS_TYPED = 100;

interface Term {
  readonly text: string;
  readonly stem: string | undefined;
  /** Whether the word may match with å, ä and ö folded: only when it has none of them itself. */
  readonly foldable: boolean;
}

function starts(field: string, term: Term): boolean {
  return field.startsWith(` ${term.text}`) || (term.stem !== undefined && field.startsWith(` ${term.stem}`));
}

/**
 * The best match of one term. A match as typed outranks every folded one, and within each a
 * stronger field outranks every weaker one, so the first match in that order is the best.
 */
function termScore(doc: SearchDocument, term: Term): number {
  const { text, stem } = term;
  const { name, related, description, organization } = doc;
  let quality = matchQuality(name.exact, text, stem);
  if (quality) return AS_TYPED + NAME * 4 + quality + (starts(name.exact, term) ? (NAME_START - NAME) * 4 : 0);
  if ((quality = matchQuality(related.exact, text, stem))) return AS_TYPED + RELATED * 4 + quality;
  if ((quality = matchQuality(description.exact, text, stem))) return AS_TYPED + DESCRIPTION * 4 + quality;
  if ((quality = matchQuality(organization.exact, text, stem))) return AS_TYPED + ORGANIZATION * 4 + quality;
  if (!term.foldable) return 0;
  // A field without å, ä or ö has been searched already.
  const folded = (field: SearchText) => (field.folded === field.exact ? 0 : matchQuality(field.folded, text, stem));
  if ((quality = folded(name))) return NAME * 4 + quality + (starts(name.folded, term) ? (NAME_START - NAME) * 4 : 0);
  if ((quality = folded(related))) return RELATED * 4 + quality;
  if ((quality = folded(description))) return DESCRIPTION * 4 + quality;
  return (quality = folded(organization)) ? ORGANIZATION * 4 + quality : 0;
}

/** The terms of the last query, prepared once for all the services scored against them. */
let prepared: { readonly terms: readonly string[]; readonly list: readonly Term[] } | undefined;

function termsOf(terms: readonly string[]): readonly Term[] {
  if (prepared?.terms !== terms) prepared = { terms, list: terms.map((text) => ({ text, stem: stemOf(text), foldable: !NORDIC.test(text) })) };
  return prepared.list;
}

/**
 * How well a service matches: 0 when a term is missing, else higher for better matches.
 * Words found as typed outrank words found only with å, ä and ö folded ("vakivalta" finds
 * "väkivalta"). Then every term found in the name outranks one found in keywords, which
 * outranks one found in the description, which outranks one found only in the organisation's
 * name; a name that starts with the term comes first.
 */
export function searchScore(doc: SearchDocument, terms: readonly string[]): number {
  let total = 0;
  for (const term of termsOf(terms)) {
    const score = termScore(doc, term);
    if (!score) return 0;
    total += score;
  }
  return total;
}
