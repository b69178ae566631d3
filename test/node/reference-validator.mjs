// The meaning of the feed schema's keywords, as the kit's validator has always applied them,
// written as a plain interpreter of the published schema (schema/feed.schema.json): the oracle
// that test/node/schema-validator.test.mjs holds the generated validator (src/feed/schema-validator.ts)
// to, error for error. It is the interpreter the kit ran before the validator was generated,
// less its speed work.

function typeOf(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function isOfType(value, type) {
  if (type === 'object') return value !== null && typeof value === 'object' && !Array.isArray(value);
  if (type === 'array') return Array.isArray(value);
  if (type === 'number') return typeof value === 'number';
  if (type === 'integer') return Number.isInteger(value);
  return typeOf(value) === type;
}

function childPath(path, key) {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

const patterns = new Map();
const patternOf = (source) => patterns.get(source) ?? patterns.set(source, new RegExp(source, 'u')).get(source);

function describe(value) {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Checks `value` at `path` against `node` of `schema`, appending `{ path, message }` for each
 * violation to `errors`; true when it is valid.
 */
export function referenceValidate(schema, node, value, path = '$', errors = []) {
  const before = errors.length;
  const fail = (message, at = path) => errors.push({ path: at, message });
  if (node.$ref) {
    const target = schema.$defs[node.$ref.replace('#/$defs/', '')];
    if (!target) throw new Error(`Schema reference ${node.$ref} does not resolve`);
    referenceValidate(schema, target, value, path, errors);
  }
  if (node.type !== undefined && !isOfType(value, node.type)) {
    fail(`expected ${node.type}, got ${typeOf(value)} ${describe(value)}`);
    return false;
  }
  if (node.enum && !node.enum.includes(value)) fail(`${describe(value)} is not one of ${node.enum.map(describe).join(', ')}`);
  if (typeof value === 'string') {
    if (node.minLength !== undefined && value.length < node.minLength) fail('must not be empty');
    if (node.pattern !== undefined && !patternOf(node.pattern).test(value)) {
      fail(`${describe(value)} does not match the expected form (${node.pattern})`);
    }
  } else if (typeof value === 'number') {
    if (node.minimum !== undefined && value < node.minimum) fail(`${value} is less than ${node.minimum}`);
    if (node.maximum !== undefined && value > node.maximum) fail(`${value} is more than ${node.maximum}`);
  } else if (Array.isArray(value)) {
    if (node.minItems !== undefined && value.length < node.minItems) fail(`needs at least ${node.minItems} item(s)`);
    // Every index, holes too (a list set from script may have them), as the kit always has.
    if (node.items) for (let i = 0; i < value.length; i++) referenceValidate(schema, node.items, value[i], childPath(path, i), errors);
  } else if (value !== null && typeof value === 'object') {
    for (const key of node.required ?? []) if (value[key] === undefined) fail('is required', childPath(path, key));
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      if (value[key] !== undefined) referenceValidate(schema, child, value[key], childPath(path, key), errors);
    }
    if (node.anyOf && !node.anyOf.some((alt) => referenceValidate(schema, alt, value, path, []))) {
      fail(`needs ${node.anyOf.map((alt) => (alt.required ?? []).join(' + ')).join(' or ')}`);
    }
  }
  return errors.length === before;
}
