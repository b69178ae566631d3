// The published JSON Schema, checked by an independent validator (ajv, draft 2020-12), and the
// run-time validator must agree on the sample feed and on every broken variant of its items.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { loadSrc } from './load-src.mjs';

const schema = JSON.parse(await readFile(new URL('../../schema/feed.schema.json', import.meta.url), 'utf8'));
const sample = JSON.parse(await readFile(new URL('../../demo/feeds/sample.json', import.meta.url), 'utf8'));
const { parseFeed } = await loadSrc('src/feed/parse.ts');

// strictRequired is off: "at least one of" is written as anyOf of `required` lists, which is
// valid 2020-12 but which ajv's strict mode flags as a style matter.
const options = { strict: true, strictRequired: false };
const ajv = new Ajv2020({ ...options, allErrors: true });
const validateFeed = ajv.compile(schema);
const itemValidators = Object.fromEntries(
  Object.entries({ organizations: 'Organization', services: 'Service', projects: 'Project', contacts: 'Contact', events: 'Event' }).map(
    ([collection, def]) => [collection, ajv.compile({ $ref: `${schema.$id}#/$defs/${def}` })],
  ),
);

// Ways a publisher gets an item wrong; each must be refused by both validators.
const breakages = [
  ['id', (item) => { item.id = 'has space'; }],
  ['name', (item) => { delete item.name; }],
  ['name.fi', (item) => { if (typeof item.name === 'object') item.name = { sv: 'bara svenska' }; else item.name = 7; }],
  ['targetGroups', (item) => { if (item.targetGroups) item.targetGroups = ['teenagers']; else item.id = ''; }],
  ['url', (item) => { item.url = 'javascript:alert(1)'; }],
  ['area', (item) => { item.area = {}; }],
  ['area.municipalities', (item) => { item.area = { municipalities: ['91'] }; }],
  ['phone', (item) => { item.phone = 'call us'; }],
  ['email', (item) => { item.email = 'nobody'; }],
  ...[
    ['type', (channel) => { channel.type = 'fax'; }],
    ['url', (channel) => { channel.urls = [{ url: 'javascript:alert(1)' }]; }],
    ['phone', (channel) => { channel.phones = [{ number: 'soita meille' }]; }],
    ['email', (channel) => { channel.emails = [{ address: 'nobody' }]; }],
    ['exceptional hours', (channel) => { channel.exceptionalHours = [{ from: '2026-12-24' }]; }],
  ].map(([what, breakChannel]) => [
    `service channel ${what}`,
    (item) => {
      if (item.serviceChannels) breakChannel(item.serviceChannels[0]);
      else item.id = '';
    },
  ]),
];

describe('feed schema', () => {
  it('accepts the sample feed (ajv) and the run-time validator reports nothing', () => {
    assert.equal(validateFeed(sample), true, JSON.stringify(validateFeed.errors, null, 2));
    const { issues } = parseFeed(structuredClone(sample), 'sample.json');
    assert.deepEqual(issues, []);
  });

  for (const [collection, items] of Object.entries(sample).filter(([, v]) => Array.isArray(v))) {
    for (const [what, breakItem] of breakages) {
      it(`agrees with ajv on ${collection} with a broken ${what}`, () => {
        for (const [index, original] of items.entries()) {
          const item = structuredClone(original);
          breakItem(item);
          const ajvSays = itemValidators[collection](item);
          const feed = { ...structuredClone(sample), [collection]: [item] };
          const ours = parseFeed(feed, 'x').feed[collection].length === 1;
          assert.equal(ours, ajvSays, `${collection}[${index}] ${what}: ajv ${ajvSays}, ours ${ours}`);
        }
      });
    }
  }

  it('generates one TypeScript type per definition, not numbered copies (LocalizedText1, IsoDate2)', async () => {
    const types = await readFile(new URL('../../src/feed/types.ts', import.meta.url), 'utf8');
    const names = [...types.matchAll(/^export (?:type|interface) (\w+)/gm)].map((m) => m[1]);
    assert.deepEqual(names.filter((name) => /\d$/.test(name)), []);
    assert.equal(new Set(names).size, names.length);
  });

  it('is valid JSON Schema 2020-12 with no unknown keywords (ajv strict mode)', () => {
    assert.doesNotThrow(() => new Ajv2020(options).compile(schema));
  });
});
