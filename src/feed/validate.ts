/**
 * A small interpreter for the JSON Schema subset that src/feed/schema.ts uses, so that run-time
 * validation and the published schema cannot disagree. No DOM; runs in browsers and Node.
 */

export interface SchemaNode {
  readonly type?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly items?: SchemaNode;
  readonly enum?: readonly unknown[];
  readonly pattern?: string;
  readonly minLength?: number;
  readonly minItems?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly $ref?: string;
  readonly anyOf?: readonly SchemaNode[];
}

export interface SchemaError {
  /** JSONPath of the offending value, e.g. `$.services[3].channels[1]`. */
  readonly path: string;
  readonly message: string;
}

export type Definitions = Readonly<Record<string, SchemaNode>>;

const patterns = new Map<string, RegExp>();
/** Answers of patterns with lookaheads (the rrule language), which cost far more than the rest; feeds repeat their rules. */
const answers = new Map<string, Map<string, boolean>>();

function matches(pattern: string, value: string): boolean {
  let re = patterns.get(pattern);
  if (!re) {
    re = new RegExp(pattern, 'u');
    patterns.set(pattern, re);
    if (pattern.includes('(?!')) answers.set(pattern, new Map());
  }
  const known = answers.get(pattern);
  if (!known) return re.test(value);
  let answer = known.get(value);
  if (answer === undefined) {
    answer = re.test(value);
    if (known.size >= 10_000) known.clear();
    known.set(value, answer);
  }
  return answer;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
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
 * Where a value sits, written out only when it has an error: valid values, which are nearly all
 * of them, cost one small object instead of a JSONPath string each.
 */
type Where = string | { readonly parent: Where; readonly key: string | number };

function pathOf(where: Where): string {
  return typeof where === 'string' ? where : childPath(pathOf(where.parent), where.key);
}

/**
 * Checks `value` against `node` and appends every violation to `errors`.
 * Returns true when the value is valid. Unknown properties are allowed, as the format promises.
 */
export function validate(
  value: unknown,
  node: SchemaNode,
  defs: Definitions,
  path = '$',
  errors: SchemaError[] = [],
): boolean {
  return check(value, node, defs, path, errors);
}

function fail(errors: SchemaError[], where: Where, message: string): void {
  errors.push({ path: pathOf(where), message });
}

function check(value: unknown, node: SchemaNode, defs: Definitions, where: Where, errors: SchemaError[]): boolean {
  const before = errors.length;
  if (node.$ref) {
    const name = node.$ref.replace('#/$defs/', '');
    const target = defs[name];
    if (!target) throw new Error(`Schema reference ${node.$ref} does not resolve`);
    check(value, target, defs, where, errors);
  }
  if (node.type && !matchesType(value, node.type)) {
    fail(errors, where, `expected ${node.type}, got ${typeOf(value)} ${describe(value)}`);
    return false;
  }
  if (node.enum && !node.enum.includes(value)) {
    fail(errors, where, `${describe(value)} is not one of ${node.enum.map((v) => describe(v)).join(', ')}`);
  }
  if (typeof value === 'string') {
    if (node.minLength !== undefined && value.length < node.minLength) fail(errors, where, 'must not be empty');
    if (node.pattern && !matches(node.pattern, value)) {
      fail(errors, where, `${describe(value)} does not match the expected form (${node.pattern})`);
    }
  }
  if (typeof value === 'number') {
    if (node.minimum !== undefined && value < node.minimum) fail(errors, where, `${value} is less than ${node.minimum}`);
    if (node.maximum !== undefined && value > node.maximum) fail(errors, where, `${value} is more than ${node.maximum}`);
  }
  if (Array.isArray(value)) {
    if (node.minItems !== undefined && value.length < node.minItems) fail(errors, where, `needs at least ${node.minItems} item(s)`);
    if (node.items) for (let i = 0; i < value.length; i++) check(value[i], node.items, defs, { parent: where, key: i }, errors);
  }
  if (typeOf(value) === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of node.required ?? []) {
      if (record[key] === undefined) fail(errors, { parent: where, key }, 'is required');
    }
    const properties = node.properties;
    // The rules are our own plain objects, so for…in sees exactly their keys.
    for (const key in properties) {
      if (record[key] !== undefined) check(record[key], properties[key], defs, { parent: where, key }, errors);
    }
    if (node.anyOf && !node.anyOf.some((alt) => check(value, alt, defs, where, []))) {
      fail(errors, where, `needs ${node.anyOf.map((alt) => (alt.required ?? []).join(' + ')).join(' or ')}`);
    }
  }
  return errors.length === before;
}
