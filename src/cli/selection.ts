/**
 * Choosing services from a large dump: whole words (`--match "ero|sovittelu"`, where "ero" does
 * not pick "päivystysnumeroon" and a trailing * allows endings: "ero*" picks "eron"), PTV
 * service classes (`--service-class P27` picks P27 and P27.3) and ontology terms. Each choice
 * says what made it, for `--dry-run`.
 */

/** A code or name that a service is classified under (PTV service class, ontology term). */
export interface Classification {
  readonly kind: 'service class' | 'ontology term';
  readonly code?: string;
  readonly uri?: string;
  readonly names: readonly string[];
}

export interface Selection {
  readonly words?: RegExp;
  readonly serviceClasses?: readonly string[];
  readonly ontologyTerms?: readonly string[];
}

export interface Chosen {
  /** What chose the service, e.g. `word "sovittelu"` or `service class P27.3 (Perhe- ja eropalvelut)`. */
  readonly reason: string;
}

/**
 * The --match pattern as a whole-word regular expression: each alternative must stand as a
 * word of its own; `*` at the end of a word allows any ending.
 */
export function wholeWords(pattern: string): RegExp {
  const body = pattern.replace(/\*/g, '\\p{L}*');
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'iu');
  regex.test('');
  return regex;
}

const normal = (text: string): string => text.trim().toLowerCase();

function classMatches(wanted: string, c: Classification): boolean {
  const w = normal(wanted);
  const code = c.code ? normal(c.code) : undefined;
  if (code && (code === w || code.startsWith(`${w}.`))) return true;
  if (c.uri && (normal(c.uri) === w || normal(c.uri).endsWith(`/${w}`))) return true;
  return c.names.some((n) => normal(n) === w);
}

function describe(c: Classification): string {
  return [c.kind, c.code ?? c.uri, c.names[0] && `(${c.names[0]})`].filter(Boolean).join(' ');
}

/** Whether `selection` chooses a service with these texts and classes; undefined when it does not. */
export function choose(selection: Selection, texts: readonly string[], classes: readonly Classification[]): Chosen | undefined {
  const { words, serviceClasses = [], ontologyTerms = [] } = selection;
  if (!words && !serviceClasses.length && !ontologyTerms.length) return { reason: 'no selection' };
  for (const c of classes) {
    const wanted = c.kind === 'service class' ? serviceClasses : ontologyTerms;
    if (wanted.some((w) => classMatches(w, c))) return { reason: describe(c) };
  }
  if (words) {
    for (const text of texts) {
      const found = words.exec(text);
      if (found) return { reason: `word "${found[0]}"` };
    }
  }
  return undefined;
}

/** True when the selection chooses everything. */
export function choosesAll(selection: Selection): boolean {
  return !selection.words && !selection.serviceClasses?.length && !selection.ontologyTerms?.length;
}
