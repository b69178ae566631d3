// The service finder's logic is pure: it runs in Node without a DOM, as benchmarks will run it,
// over the generated feed that scripts/generate-feed.mjs writes.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import { generateFeed, loadMunicipalities } from '../../scripts/generate-feed.mjs';
import { loadSrc } from './load-src.mjs';

const run = promisify(execFile);
const script = new URL('../../scripts/generate-feed.mjs', import.meta.url).pathname;
const schema = JSON.parse(await readFile(new URL('../../schema/feed.schema.json', import.meta.url), 'utf8'));
const filterModule = await loadSrc('src/components/service-finder/filter.ts');
const { filterServices, ServiceIndex } = filterModule;
const { servesMunicipality } = await loadSrc('src/feed/area.ts');

describe('scripts/generate-feed.mjs', () => {
  it('prints the same feed for the same seed when run, valid against the published schema', async () => {
    const first = await run('node', [script, '--count', '300', '--seed', '3']);
    const second = await run('node', [script, '--count', '300', '--seed', '3']);
    assert.equal(first.stdout, second.stdout);
    const feed = JSON.parse(first.stdout);
    assert.equal(feed.services.length, 300);
    const validate = new Ajv2020({ strict: true, strictRequired: false, allErrors: true }).compile(schema);
    assert.ok(validate(feed), JSON.stringify(validate.errors?.slice(0, 3)));
  });

  it('writes the file named by --out', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'generate-feed-'));
    try {
      const out = join(dir, 'feed.json');
      await run('node', [script, '--count', '20', '--out', out]);
      assert.equal(JSON.parse(await readFile(out, 'utf8')).services.length, 20);
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});

const municipalities = await loadMunicipalities();

describe('service finder logic in Node', () => {
  const feed = generateFeed({ count: 5000, seed: 1, municipalities });
  const organizations = new Map(feed.organizations.map((o) => [o.id, o]));
  const index = new ServiceIndex(feed.services, (id) => organizations.get(id));
  const now = Date.parse('2026-01-05T10:00:00+02:00');

  it('loads all 309 municipalities from src', () => {
    assert.equal(municipalities.length, 309);
  });

  it('filters 5,000 services by municipality and channel without a DOM', () => {
    const results = filterServices(index, { municipality: '768', channels: ['video'] }, { lang: 'fi', now });
    assert.ok(results.length > 0 && results.length < 5000);
    assert.ok(results.every((s) => servesMunicipality(s.area, '768') && s.channels.includes('video')));
  });

  it('ranks services named after the search word first', () => {
    const results = filterServices(index, { query: 'sovittelu' }, { lang: 'fi', now });
    assert.ok(results.length > 0);
    const named = results.findIndex((s) => !s.name.fi.toLowerCase().includes('sovittelu'));
    const firstUnnamed = named === -1 ? results.length : named;
    assert.ok(results.slice(firstUnnamed).every((s) => !s.name.fi.toLowerCase().includes('sovittelu')));
    assert.ok(firstUnnamed > 0);
  });
});

describe('the first page of results without sorting them all', () => {
  const { rankServices } = filterModule;
  const feed = generateFeed({ count: 3000, seed: 5, municipalities });
  // Names the sort keys cannot rank (the collator compares them) and names equal but for case.
  feed.services.forEach((service, i) => {
    if (i % 97 === 0) service.name = { ...service.name, fi: `Ǩ${service.name.fi}`, sv: `Ǩ${service.name.sv ?? ''}` };
    if (i % 101 === 0) service.name = { ...service.name, fi: feed.services[0].name.fi.toUpperCase() };
  });
  const organizations = new Map(feed.organizations.map((o) => [o.id, o]));
  const now = Date.parse('2026-01-05T10:00:00+02:00');
  const choices = [{}, { query: 'p' }, { query: 'lasten' }, { query: 'väkivalta' }, { municipality: '491' }, { region: '10', query: 'eroneuvonta' }, { channels: ['phone', 'chat'], openNow: true }, { targetGroups: ['child'], free: true }];

  for (const lang of ['fi', 'sv', 'en']) {
    it(`gives the same first 1, 20 and 60 as the whole order, in ${lang}`, () => {
      for (const filters of choices) {
        // A fresh index each time, so that no sorted order is at hand when the first page is picked.
        const fresh = () => rankServices(new ServiceIndex(feed.services, (id) => organizations.get(id)), filters, { lang, now });
        const whole = fresh().all().map((s) => s.id);
        for (const count of [1, 20, 60]) {
          assert.deepEqual(fresh().first(count).map((s) => s.id), whole.slice(0, count), `${JSON.stringify(filters)}, first ${count}`);
        }
        const group = (s) => Number(s.id.replace(/\D/g, '')) % 4;
        const grouped = fresh().grouped(group);
        const wholeGrouped = fresh().grouped(group).all();
        assert.deepEqual(grouped.first(20).map((s) => s.id), wholeGrouped.slice(0, 20).map((s) => s.id), `${JSON.stringify(filters)}, grouped`);
        // Groups keep the relevance order within them.
        assert.deepEqual(wholeGrouped.map((s) => s.id), [0, 1, 2, 3].flatMap((g) => whole.filter((id) => group({ id }) === g)));
      }
    });
  }

  it('counts every match before any is sorted', () => {
    const index = new ServiceIndex(feed.services, (id) => organizations.get(id));
    assert.equal(rankServices(index, { query: 'p' }, { lang: 'fi', now }).length, filterServices(index, { query: 'p' }, { lang: 'fi', now }).length);
  });
});
