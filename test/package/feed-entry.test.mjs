// `eroauttaminen-widgets/feed` as a Node script uses it: resolved through the package's own
// exports, with no DOM and no Lit on the way, parsing and typing feeds.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { importGraph } from './graph.mjs';

const fixture = async (name) => JSON.parse(await readFile(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));

describe('the ./feed entry in Node', () => {
  it('loads with no DOM and defines no element', async () => {
    assert.equal(typeof document, 'undefined');
    const feed = await import('eroauttaminen-widgets/feed');
    assert.equal(typeof feed.parseFeed, 'function');
    assert.equal(typeof globalThis.customElements, 'undefined', 'something installed a custom element registry');
  });

  it('imports neither Lit nor any element module', async () => {
    const { files, packages } = await importGraph('feed/index.js');
    assert.deepEqual(packages, [], 'the feed entry imports packages');
    assert.ok(files.includes('feed/parse.js'));
    assert.deepEqual(files.filter((file) => !file.startsWith('feed/')), [], 'the feed entry reaches outside src/feed');
  });

  it('keeps the good services of a partly bad feed and names each problem', async () => {
    const { parseFeed } = await import('eroauttaminen-widgets/feed');
    const { feed, issues } = parseFeed(await fixture('services-partly-bad.json'), 'partly-bad.json');
    assert.ok(feed.services.length > 0);
    assert.ok(issues.length > 0 && issues.every((issue) => issue.path.startsWith('$.') && issue.message));
  });

  it('defineFeed() returns a clean feed and throws a FeedError listing the problems of a bad one', async () => {
    const { defineFeed, FeedError } = await import('eroauttaminen-widgets/feed');
    const good = await fixture('services.json');
    assert.equal(defineFeed(good).services.length, good.services.length);
    assert.throws(() => defineFeed({ ...good, services: [{ id: 'x' }] }), (error) => {
      assert.ok(error instanceof FeedError);
      assert.match(error.message, /\$\.services\[0\]/);
      return true;
    });
  });

  it('knows the 309 municipalities and their regions', async () => {
    const { MUNICIPALITIES, municipalityName, regionOfMunicipality } = await import('eroauttaminen-widgets/feed');
    assert.equal(MUNICIPALITIES.length, 309);
    assert.equal(municipalityName('491', 'fi'), 'Mikkeli');
    assert.equal(regionOfMunicipality.get('491'), '10');
  });
});
