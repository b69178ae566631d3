// A shared result list comes back as it was: random filters (queries with every character that
// URLs treat specially, Finnish and Sámi letters, emoji), on pages that have their own query
// parameters and hash, with default and odd prefixes, are written into the address and read back.
// The filters must come back the same, and the page's own parts must stay as they were.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadSrc } from './load-src.mjs';
import { random } from './recurrence-cases.mjs';

const { readUrlState, writeUrlState } = await loadSrc('src/components/service-finder/url-state.ts');
const { CHANNELS, SERVICE_TYPES, TARGET_GROUPS } = await loadSrc('src/components/service-finder/filter.ts');

const PIECES = ['väki', 'valta', 'Åbo', 'sovittelu', ' ', '  ', '&', '=', '+', '%', '%20', '#', '?', '/', ',', '"', "'", '<b>', 'ŋ', 'čá', '😀', 'a+b', '50%', 'x=y&z'];
const PAGES = ['https://kunta.example.fi/palvelut', 'https://kunta.example.fi/palvelut?sivu=2&lang=fi', 'https://kunta.example.fi/palvelut#ohjeet', 'https://kunta.example.fi/palvelut?q=oma#top&x=1'];
const PREFIXES = ['ero-', 'a-', 'finder 2&', 'ä_'];

function randomFilters(next) {
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[int(0, list.length - 1)];
  const some = (list) => [...new Set(Array.from({ length: int(1, 3) }, () => pick(list)))];
  const filters = {};
  if (next() < 0.7) filters.query = Array.from({ length: int(1, 5) }, () => pick(PIECES)).join('').trim() || 'x';
  if (next() < 0.3) filters.municipality = pick(['491', '091', '178', '740']);
  else if (next() < 0.3) filters.region = pick(['10', '01', '19']);
  if (next() < 0.4) filters.targetGroups = some(TARGET_GROUPS);
  if (next() < 0.4) filters.types = some(SERVICE_TYPES);
  if (next() < 0.4) filters.channels = some(CHANNELS);
  if (next() < 0.3) filters.languages = some(['fi', 'sv', 'en', 'se', 'smn']);
  if (next() < 0.2) filters.openNow = true;
  if (next() < 0.2) filters.free = true;
  return filters;
}

/** The page's own part of the address: everything but the finder's parameters. */
function own(href, mode, prefix) {
  const url = new URL(href);
  const keep = (state) => state.split('&').filter((s) => s && !decodeURIComponent(s.split('=')[0].replace(/\+/g, ' ')).startsWith(prefix));
  return { path: url.pathname, other: mode === 'query' ? url.hash : url.search, kept: keep((mode === 'query' ? url.search : url.hash).slice(1)) };
}

describe('the address, for random filters', () => {
  it('gives back 2,000 random filter sets as they were written, and the page\'s own parts untouched', () => {
    const next = random(20261207);
    const differences = [];
    for (let i = 0; i < 2000; i++) {
      const filters = randomFilters(next);
      const page = PAGES[i % PAGES.length];
      const mode = i % 3 ? 'query' : 'hash';
      const prefix = PREFIXES[Math.floor(next() * PREFIXES.length)];
      // Written over an address that has older filters in it already.
      const before = writeUrlState(page, { query: 'vanha', types: ['crisis'] }, mode, prefix);
      const href = writeUrlState(before, filters, mode, prefix);
      const back = readUrlState(href, mode, prefix);
      if (JSON.stringify(back) !== JSON.stringify(filters)) differences.push(`${mode} ${prefix} ${JSON.stringify(filters)} → ${href} → ${JSON.stringify(back)}`);
      if (JSON.stringify(own(href, mode, prefix)) !== JSON.stringify(own(page, mode, prefix))) differences.push(`${mode} ${prefix}: page ${page} became ${href}`);
    }
    assert.deepEqual(differences.slice(0, 5), [], `${differences.length} of 2,000 differ`);
  });
});
