// The generated validator (src/feed/schema-validator.ts, run by src/feed/validate.ts) against the
// reference interpreter of the published schema (reference-validator.mjs): the same verdict and
// the same errors, with the same paths and messages in the same order, on many good items and on
// every field of them broken in many ways.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
import { generateFeed, loadMunicipalities } from '../../scripts/generate-feed.mjs';
import { validatorModule } from '../../scripts/gen-validator.mjs';
import { referenceValidate } from './reference-validator.mjs';

const root = new URL('../../', import.meta.url);
const { outputFiles } = await build({
  stdin: {
    contents: `export { validate } from './src/feed/validate.ts'; export { feedChecks } from './src/feed/schema-validator.ts';`,
    resolveDir: root.pathname,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  write: false,
  logLevel: 'silent',
});
const { validate, feedChecks } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
const schema = JSON.parse(await readFile(new URL('schema/feed.schema.json', root), 'utf8'));
const readJson = async (path) => JSON.parse(await readFile(new URL(path, root), 'utf8'));

const COLLECTIONS = ['organizations', 'services', 'projects', 'contacts', 'events'];

/** Strings people really write: the lines, dates, addresses and ranges of the shared seed texts. */
async function seedStrings() {
  const dir = new URL('../shared/seeds/', root);
  const found = new Set();
  for (const name of (await readdir(dir)).sort()) {
    const text = await readFile(new URL(name, dir), 'utf8');
    for (const line of text.split('\n')) if (line.trim()) found.add(line.trim());
    for (const token of text.match(/https?:\/\/\S+|www\.\S+|\S+@\S+|\d{4}-\d{4}|\d{1,2}\.\d{1,2}\.\d{4}/g) ?? []) found.add(token);
  }
  return [...found];
}

/** Values that break most fields, and a few that break only some (dates, times, codes, ids). */
const BROKEN = [
  undefined, null, true, false, 0, -1, 7, 1.5, -200, 1e9, Number.NaN, '', ' ', 'x', 'Ää', 'a'.repeat(80),
  '2026-02-30', '2026-10-06T18:00', '2026-10-06T18:00:00+02:00', '24:00', '25:00', '091', '00100', 'FI',
  'https://', 'https://example.fi', 'x@y.fi', '+358 40 123', 'P1W', 'FREQ=WEEKLY;BYDAY=TU', 'FREQ=WEEKLY;COUNT=2;UNTIL=20270101',
  'Europe/Helsinki', 'peer-support', 'parent', 'phone', 'mo', [], [null], ['x'], [1], [{}], {}, { fi: '' }, { fi: 'x' }, { en: 'x' },
  // What a script can set that JSON cannot hold: a hole in a list, a Date, a function, a symbol.
  [, 'x'], new Date(0), () => 1, Symbol('s'),
];

/** Every place in `value` (objects' keys, arrays' indexes), depth first, as a list of steps. */
function* places(value, steps = []) {
  if (value === null || typeof value !== 'object') return;
  for (const key of Array.isArray(value) ? value.keys() : Object.keys(value)) {
    yield [...steps, key];
    yield* places(value[key], [...steps, key]);
  }
}

function withValue(item, steps, value) {
  const copy = structuredClone(item);
  let parent = copy;
  for (const step of steps.slice(0, -1)) parent = parent[step];
  parent[steps.at(-1)] = value;
  return copy;
}

/** The item with `value` in place of each of its values, one at a time. */
function* mutants(item, values) {
  let n = 0;
  for (const steps of places(item)) {
    for (const value of values(n++)) yield withValue(item, steps, value);
  }
  // Objects without some of their properties: pairs of keys, so that "at least one of" fails too.
  for (const steps of [[], ...places(item)]) {
    const target = steps.reduce((v, step) => v[step], item);
    if (target === null || typeof target !== 'object' || Array.isArray(target)) continue;
    const keys = Object.keys(target);
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const copy = structuredClone(item);
        const object = steps.reduce((v, step) => v[step], copy);
        delete object[keys[i]];
        delete object[keys[j]];
        yield copy;
      }
    }
  }
}

function compare(check, node, value, where) {
  const errors = [];
  const valid = validate(check, value, errors, `$.${where}`, 3);
  const expected = [];
  const expectedValid = referenceValidate(schema, node, value, `$.${where}[3]`, expected);
  assert.deepEqual(errors, expected, `${where}: ${JSON.stringify(value)?.slice(0, 300)}`);
  assert.equal(valid, expectedValid);
  return valid;
}

/** Good items of every collection: the test fixtures, the demo's feeds and a generated feed. */
async function sampleItems() {
  const files = ['test/fixtures/cli/feed-essote.json', 'test/fixtures/cli/feed-viola.json', 'test/fixtures/sample-1.0.json', 'test/fixtures/services-channels.json', 'test/fixtures/services-partly-bad.json', 'test/fixtures/events-dst.json', 'test/fixtures/events-all-day.json', 'test/fixtures/events-bad-rule.json', 'test/fixtures/projects.json', 'test/fixtures/contacts-partly-bad.json'];
  for (const name of (await readdir(new URL('demo/feeds/', root))).filter((f) => f.endsWith('.json'))) files.push(`demo/feeds/${name}`);
  const feeds = await Promise.all(files.map(readJson));
  feeds.push(generateFeed({ count: 60, events: 60, seed: 7, municipalities: await loadMunicipalities() }));
  const items = Object.fromEntries(COLLECTIONS.map((c) => [c, []]));
  for (const feed of feeds) for (const c of COLLECTIONS) items[c].push(...(feed[c] ?? []));
  return { feeds, items };
}

describe('the generated validator', async () => {
  const seeds = await seedStrings();
  const { feeds, items } = await sampleItems();

  it('gives every item of the fixtures, the demo feeds and a generated feed the same errors as the reference', () => {
    let valid = 0;
    for (const c of COLLECTIONS) {
      for (const item of items[c]) if (compare(feedChecks[c], schema.properties[c].items, item, c)) valid++;
    }
    assert.ok(valid > 200, `only ${valid} valid items to compare`);
  });

  it('gives the same errors for every field of every sample item broken in many ways', () => {
    let compared = 0;
    let invalid = 0;
    // Each place gets every broken value and three of the seed texts, a different three at each place.
    const values = (n) => [...BROKEN, ...Array.from({ length: 3 }, (_, i) => seeds[(n * 3 + i) % seeds.length])];
    for (const c of COLLECTIONS) {
      // Every fixture item, and every tenth generated one (they repeat their shapes).
      for (const [index, item] of items[c].entries()) {
        if (index % 10 && item.example) continue;
        for (const mutant of mutants(item, values)) {
          if (!compare(feedChecks[c], schema.properties[c].items, mutant, c)) invalid++;
          compared++;
        }
      }
    }
    assert.ok(compared > 50_000 && invalid > compared / 2, `${compared} compared, ${invalid} invalid`);
  });

  it('gives the same errors for items that are not objects, and for the publisher and update time', () => {
    for (const c of COLLECTIONS) for (const value of BROKEN) compare(feedChecks[c], schema.properties[c].items, value, c);
    for (const feed of feeds.filter((f) => f.publisher)) {
      for (const value of [feed.publisher, ...mutants(feed.publisher, () => BROKEN), ...BROKEN]) compare(feedChecks.publisher, schema.properties.publisher, value, 'publisher');
      for (const value of [feed.updated, ...BROKEN, ...seeds.slice(0, 50)]) compare(feedChecks.updated, schema.properties.updated, value, 'updated');
    }
  });

  it('refuses at build time a schema keyword it would not check', () => {
    const withSchema = (node) => ({ properties: {}, $defs: { Thing: node } });
    assert.throws(() => validatorModule(withSchema({ type: 'string', format: 'email' })), /Thing: format on a string is not supported/);
    assert.throws(() => validatorModule(withSchema({ type: 'object', anyOf: [{ type: 'string' }] })), /anyOf alternatives may only list "required"/);
    assert.throws(() => validatorModule(withSchema({ $ref: '#/$defs/Nothing' })), /does not resolve/);
  });
});
