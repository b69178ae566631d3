/**
 * Checks values against the JSON Schema subset that src/feed/schema.ts uses, so that run-time
 * validation and the published schema cannot disagree. Each schema node is read once into a Rule
 * of one fixed shape, which one function checks values against. No DOM; runs in browsers and Node.
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

/**
 * A schema pattern, compiled once. Answers of patterns with lookaheads (the rrule language),
 * which cost far more than the rest, are remembered: feeds repeat their rules.
 */
class Pattern {
  private readonly re: RegExp;
  private readonly answers?: Map<string, boolean>;

  constructor(readonly source: string) {
    this.re = new RegExp(source, 'u');
    if (source.includes('(?!')) this.answers = new Map();
  }

  test(value: string): boolean {
    const known = this.answers;
    if (!known) return this.re.test(value);
    let answer = known.get(value);
    if (answer === undefined) {
      answer = this.re.test(value);
      if (known.size >= 10_000) known.clear();
      known.set(value, answer);
    }
    return answer;
  }
}

const patterns = new Map<string, Pattern>();

function patternOf(source: string): Pattern {
  let pattern = patterns.get(source);
  if (!pattern) patterns.set(source, (pattern = new Pattern(source)));
  return pattern;
}

/** typeOf(value) === type, or an integer where a number is asked for; without writing the name. */
function isOfType(value: unknown, type: string): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'number':
      return typeof value === 'number';
    case 'integer':
      return Number.isInteger(value);
    default:
      return typeOf(value) === type;
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
 * Where the value being checked sits: the path given to validate() and the keys below it. The
 * JSONPath is written out only for an error: valid values, which are nearly all of them, cost nothing.
 */
let rootPath = '$';
const keys: (string | number)[] = [];

function pathHere(key?: string | number): string {
  let path = rootPath;
  for (const k of keys) path = childPath(path, k);
  return key === undefined ? path : childPath(path, key);
}

/** While an anyOf tries its alternatives, only whether each fails counts: no path is written. */
let trying = false;
const FAILED: SchemaError = { path: '', message: '' };

function fail(errors: SchemaError[], message: string, key?: string | number): void {
  errors.push(trying ? FAILED : { path: pathHere(key), message });
}

/**
 * A schema node in one fixed shape, made once: the checks then read the same fields of the same
 * kind of object every time, which engines make fast sooner than the schema's plain objects of
 * many shapes. Its properties are listed, so that a value's absent ones cost one lookup each.
 */
class Rule {
  // Set after the rule is made (a node may contain itself), but present from the start: one shape.
  ref: Rule | undefined = undefined;
  items: Rule | undefined = undefined;
  anyOf: Rule[] | undefined = undefined;
  /** The node's properties, in its order, and the rule of each. */
  readonly propertyNames: string[] = [];
  readonly propertyRules: Rule[] = [];
  readonly type: string | undefined;
  readonly values: readonly unknown[] | undefined;
  readonly minLength: number | undefined;
  readonly pattern: Pattern | undefined;
  readonly minimum: number | undefined;
  readonly maximum: number | undefined;
  readonly minItems: number | undefined;
  readonly required: readonly string[];
  readonly anyOfText: string;

  constructor(
    node: SchemaNode,
    /** A `$ref` whose definition is missing: checking against it throws, as the schema is broken. */
    readonly missingRef?: string,
  ) {
    this.type = node.type;
    this.values = node.enum;
    this.minLength = node.minLength;
    this.pattern = node.pattern === undefined ? undefined : patternOf(node.pattern);
    this.minimum = node.minimum;
    this.maximum = node.maximum;
    this.minItems = node.minItems;
    this.required = node.required ?? [];
    this.anyOfText = (node.anyOf ?? []).map((alt) => (alt.required ?? []).join(' + ')).join(' or ');
  }
}

const rulesByDefs = new WeakMap<Definitions, Map<SchemaNode, Rule>>();

function ruleOf(node: SchemaNode, defs: Definitions, made: Map<SchemaNode, Rule>): Rule {
  let rule = made.get(node);
  if (rule) return rule;
  const name = node.$ref?.replace('#/$defs/', '');
  const target = name === undefined ? undefined : defs[name];
  rule = new Rule(node, name !== undefined && !target ? node.$ref : undefined);
  made.set(node, rule);
  if (target) rule.ref = ruleOf(target, defs, made);
  for (const key in node.properties) {
    rule.propertyNames.push(key);
    rule.propertyRules.push(ruleOf(node.properties[key], defs, made));
  }
  if (node.items) rule.items = ruleOf(node.items, defs, made);
  if (node.anyOf) rule.anyOf = node.anyOf.map((alt) => ruleOf(alt, defs, made));
  return rule;
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
  let made = rulesByDefs.get(defs);
  if (!made) rulesByDefs.set(defs, (made = new Map()));
  rootPath = path;
  keys.length = 0;
  trying = false;
  return check(value, ruleOf(node, defs, made), errors);
}

function check(value: unknown, rule: Rule, errors: SchemaError[]): boolean {
  const before = errors.length;
  if (rule.missingRef) throw new Error(`Schema reference ${rule.missingRef} does not resolve`);
  if (rule.ref) check(value, rule.ref, errors);
  const { type } = rule;
  if (type !== undefined && !isOfType(value, type)) {
    fail(errors, `expected ${type}, got ${typeOf(value)} ${describe(value)}`);
    return false;
  }
  if (rule.values && !rule.values.includes(value)) {
    fail(errors, `${describe(value)} is not one of ${rule.values.map((v) => describe(v)).join(', ')}`);
  }
  // Branches on the value's kind without naming it: the name is needed only for an error.
  if (typeof value === 'string') {
    const text = value as string;
    if (rule.minLength !== undefined && text.length < rule.minLength) fail(errors, 'must not be empty');
    const { pattern } = rule;
    if (pattern && !pattern.test(text)) fail(errors, `${describe(text)} does not match the expected form (${pattern.source})`);
  } else if (typeof value === 'number') {
    const n = value;
    if (rule.minimum !== undefined && n < rule.minimum) fail(errors, `${n} is less than ${rule.minimum}`);
    if (rule.maximum !== undefined && n > rule.maximum) fail(errors, `${n} is more than ${rule.maximum}`);
  } else if (Array.isArray(value)) {
    const list: unknown[] = value;
    if (rule.minItems !== undefined && list.length < rule.minItems) fail(errors, `needs at least ${rule.minItems} item(s)`);
    if (rule.items) {
      for (let i = 0; i < list.length; i++) {
        keys.push(i);
        check(list[i], rule.items, errors);
        keys.pop();
      }
    }
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of rule.required) if (record[key] === undefined) fail(errors, 'is required', key);
    const { propertyNames, propertyRules } = rule;
    for (let i = 0; i < propertyNames.length; i++) {
      const field = record[propertyNames[i]];
      if (field === undefined) continue;
      keys.push(propertyNames[i]);
      check(field, propertyRules[i], errors);
      keys.pop();
    }
    if (rule.anyOf) {
      const outer = trying;
      trying = true;
      const matched = rule.anyOf.some((alt) => check(value, alt, []));
      trying = outer;
      if (!matched) fail(errors, `needs ${rule.anyOfText}`);
    }
  }
  return errors.length === before;
}
