/**
 * Runs the checks that scripts/gen-types.mjs writes from the feed schema (src/feed/schema-validator.ts)
 * and holds the helpers they call: the checks of single values and the error list. A JSONPath is
 * written out only for an error, so valid values, which are nearly all of them, allocate nothing.
 * No DOM, no eval; runs in browsers and Node.
 */

export interface SchemaError {
  /** JSONPath of the offending value, e.g. `$.services[3].channels[1]`. */
  readonly path: string;
  readonly message: string;
}

/**
 * Where a value sits in its parent: a property name, an array index, or nothing at the top.
 * An undefined value under a property name is an absent property, which every check passes (the
 * schema's `required` says when it must be there), so a check is called for each property as is.
 */
export type Key = string | number | undefined;

/** A generated check of one schema node: `key` is the value's place under the current path. */
export type Check = (value: unknown, key: Key) => void;

/**
 * A schema pattern, compiled once. Answers of patterns with lookaheads (the rrule language),
 * which cost far more than the rest, are remembered: feeds repeat their rules. A pattern given
 * `accepts`, a reader that accepts exactly the strings the pattern matches (the RRULE parser),
 * asks it instead of the regular expression, whose compilation is then never needed: the reader's
 * work is kept for the one who reads the value next.
 */
export class Pattern {
  /** Set for a pattern whose answers are remembered, or that asks `accepts`: string() calls test() for it. */
  readonly answers?: Map<string, boolean>;
  private compiled?: RegExp;

  constructor(
    readonly source: string,
    private readonly accepts?: (value: string) => boolean,
  ) {
    if (!accepts) this.compiled = new RegExp(source, 'u');
    if (accepts || source.includes('(?!')) this.answers = new Map();
  }

  get re(): RegExp {
    return (this.compiled ??= new RegExp(this.source, 'u'));
  }

  /** Whether `value` matches; string() asks `re` itself when no answers are remembered. */
  test(value: string): boolean {
    const known = this.answers;
    if (!known) return this.re.test(value);
    let answer = known.get(value);
    if (answer === undefined) {
      answer = this.accepts ? this.accepts(value) : this.re.test(value);
      if (known.size >= 10_000) known.clear();
      known.set(value, answer);
    }
    return answer;
  }
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * The run in progress: where its errors go, and the path given to validate() with the keys of the
 * objects and arrays entered below it (the first `depth` of `keys`).
 */
let errors: SchemaError[] = [];
let rootPath = '$';
const keys: Key[] = [];
let depth = 0;

/**
 * Checks `value`, which sits at `key` under `path`, and appends every violation to `errors`.
 * Returns true when the value is valid. Unknown properties are allowed, as the format promises.
 */
export function validate(check: Check, value: unknown, into: SchemaError[], path = '$', key?: Key): boolean {
  const before = into.length;
  errors = into;
  rootPath = path;
  depth = 0;
  check(value, key);
  return into.length === before;
}

/** Reports `message` about the value at `key` under the current path (the current value itself without a key). */
export function fail(key: Key, message: string): void {
  let path = rootPath;
  for (let i = 0; i < depth; i++) if (keys[i] !== undefined) path = childPath(path, keys[i]!);
  errors.push({ path: key === undefined ? path : childPath(path, key), message });
}

/** Reports a value of the wrong type, unless it is an absent property: off the path of valid values. */
function wrongType(type: string, value: unknown, key: Key): void {
  if (value !== undefined || typeof key !== 'string') fail(key, `expected ${type}, got ${typeOf(value)} ${describe(value)}`);
}

/** Whether `value` is an object; if so, the path enters it until leave(), else its error is reported (if any). */
export function object(value: unknown, key: Key): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    wrongType('object', value, key);
    return false;
  }
  keys[depth++] = key;
  return true;
}

/** Leaves the object that object() entered. */
export function leave(): void {
  depth--;
}

export function string(value: unknown, key: Key, pattern?: Pattern, values?: ReadonlySet<string>, minLength = 0): void {
  if (typeof value !== 'string') return wrongType('string', value, key);
  if (values && !values.has(value)) fail(key, `${describe(value)} is not one of ${[...values].map(describe).join(', ')}`);
  if (value.length < minLength) fail(key, 'must not be empty');
  if (pattern && !(pattern.answers ? pattern.test(value) : pattern.re.test(value))) {
    fail(key, `${describe(value)} does not match the expected form (${pattern.source})`);
  }
}

export function number(value: unknown, key: Key, integer: boolean, minimum?: number, maximum?: number): void {
  if (integer ? !Number.isInteger(value) : typeof value !== 'number') return wrongType(integer ? 'integer' : 'number', value, key);
  const n = value as number;
  if (minimum !== undefined && n < minimum) fail(key, `${n} is less than ${minimum}`);
  if (maximum !== undefined && n > maximum) fail(key, `${n} is more than ${maximum}`);
}

export function boolean(value: unknown, key: Key): void {
  if (typeof value !== 'boolean') wrongType('boolean', value, key);
}

/** A list of strings: string() on each item, in one loop. */
export function strings(value: unknown, key: Key, minItems: number, pattern?: Pattern, values?: ReadonlySet<string>, minLength?: number): void {
  if (!Array.isArray(value)) return wrongType('array', value, key);
  if (value.length < minItems) fail(key, `needs at least ${minItems} item(s)`);
  keys[depth++] = key;
  for (let i = 0; i < value.length; i++) string(value[i], i, pattern, values, minLength);
  depth--;
}

export function array(value: unknown, key: Key, each: Check, minItems = 0): void {
  if (!Array.isArray(value)) return wrongType('array', value, key);
  if (value.length < minItems) fail(key, `needs at least ${minItems} item(s)`);
  keys[depth++] = key;
  for (let i = 0; i < value.length; i++) each(value[i], i);
  depth--;
}
