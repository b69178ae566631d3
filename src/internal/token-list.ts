/**
 * List attributes (`target-group="child parent"`, `organization="a, b"`): one way to read their
 * values, space- or comma-separated, and one console warning that names the element, the
 * attribute and each value it does not know.
 */

/** The values of a space- or comma-separated attribute; a missing one has none. */
export const tokens = (value: string | null | undefined): string[] => (value ?? '').split(/[\s,]+/).filter(Boolean);

/** The values an attribute accepts: a list, or a test for open sets such as municipality codes. */
export type Known<T extends string> = readonly T[] | ((value: string) => boolean);

const isKnown = <T extends string>(known: Known<T>) =>
  typeof known === 'function' ? (value: string): value is T => known(value) : (value: string): value is T => known.includes(value as T);

/** The values of the attribute that are known, in order; the rest are left out. */
export function knownTokens<T extends string>(value: string | null | undefined, known: Known<T>): T[] {
  return tokens(value).filter(isKnown(known));
}

/**
 * Warns once per call about the values of `attribute` that `known` does not accept:
 * `<ero-project-list> status="finished": "finished" is not a known value (upcoming, ongoing, ended); ignored.`
 */
export function warnUnknownTokens<T extends string>(tag: string, attribute: string, value: string | null | undefined, known: Known<T>): void {
  const test = isKnown(known);
  const unknown = tokens(value).filter((v) => !test(v));
  if (!unknown.length) return;
  const which = unknown.map((v) => `"${v}"`).join(', ');
  const hint = typeof known === 'function' ? '' : ` (${known.join(', ')})`;
  const verb = unknown.length === 1 ? 'is not a known value' : 'are not known values';
  console.warn(`[eroauttaminen] <${tag}> ${attribute}="${value}": ${which} ${verb}${hint}; ignored.`);
}
