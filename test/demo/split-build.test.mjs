// The code-split hosting build (dist/<version>/modules/) embedded with the snippet that
// scripts/embed-snippet.mjs writes: several components load Lit and the shared chunks once, and
// Subresource Integrity refuses a tampered shared chunk, through the import map and through
// modulepreload alone (for browsers that ignore the import map's integrity).
// Chromium only: the made-up origin needs Playwright's request interception, which has no driver
// for Firefox ESR or WebKitGTK here; the one-file bundle's loading in all three engines is
// checked by engines.test.mjs, and docs/install.md says which browsers check an import map's
// integrity.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { splitEmbed } from '../../scripts/embed-snippet.mjs';

const root = new URL('../../', import.meta.url);
const { version } = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
const folder = new URL(`dist/${version}/`, root);
const read = async (path) => JSON.parse(await readFile(new URL(path, folder), 'utf8'));
const ORIGIN = 'https://kit.example';
const BASE = `${ORIGIN}/eroauttaminen/${version}/`;

let browser;
before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
});
after(() => browser?.close());

/**
 * Opens a page on a made-up origin whose <head> is the snippet for `entries`; the version folder
 * is served from dist/, with `tamper(path, body)` able to change a file on the way.
 */
async function open(entries, { tamper = (_path, body) => body, withoutImportMap = false, csp, lang = 'fi', attributes = '', delay = () => 0, preload } = {}) {
  const integrity = await read('integrity.json');
  const languages = await read('modules/languages.json');
  let snippet = splitEmbed({ base: BASE, integrity, imports: await read('modules/imports.json'), languages, entries, preload });
  if (withoutImportMap) snippet = snippet.replace(/<script type="importmap">[\s\S]*?<\/script>\n/, '');
  const tags = entries.map((entry) => `ero-${entry.replace('.js', '')}`);
  const html = `<!doctype html><html lang="${lang}"><head><title>t</title>${snippet}</head><body>${tags.map((t) => `<${t}${attributes}></${t}>`).join('')}</body></html>`;
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  const warnings = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') {
      const policy = csp?.(snippet);
      return route.fulfill({ contentType: 'text/html', headers: policy ? { 'Content-Security-Policy': policy } : {}, body: html });
    }
    requests.push(path);
    if (path === '/feed.json') {
      return route.fulfill({ contentType: 'application/json', body: await readFile(new URL('test/fixtures/contacts.json', root)) });
    }
    const file = path.replace(`/eroauttaminen/${version}/`, '');
    await new Promise((done) => setTimeout(done, delay(file)));
    const body = await readFile(new URL(file, folder)).catch(() => null);
    if (!body) return route.fulfill({ status: 404 });
    return route.fulfill({ contentType: 'text/javascript', headers: { 'Access-Control-Allow-Origin': '*' }, body: tamper(file, body) });
  });
  await page.goto(`${ORIGIN}/`);
  return { page, requests, errors, warnings, tags, close: () => context.close() };
}

/** The text of a contact list's shadow root once it says what is wrong: it has no feed. */
const contactListText = (page) =>
  page.waitForFunction(() => {
    const text = document.querySelector('ero-contact-list')?.shadowRoot?.textContent ?? '';
    return /datakälla|Tietolähdettä|data source/.test(text) && text;
  }).then((handle) => handle.jsonValue());

const defined = (page, tags) => page.evaluate((names) => names.map((name) => Boolean(customElements.get(name))), tags);

describe('the code-split build with its embed snippet', () => {
  it('defines three components, loading each shared chunk and Lit once', async () => {
    const visit = await open(['service-finder.js', 'contact-list.js', 'quick-exit.js']);
    try {
      await visit.page.waitForFunction(() => customElements.get('ero-service-finder') && customElements.get('ero-contact-list') && customElements.get('ero-quick-exit'));
      const chunks = visit.requests.filter((path) => path.includes('/chunks/'));
      assert.equal(chunks.length, 2, chunks.join('\n'));
      assert.equal(new Set(chunks).size, 2);
      assert.equal(await visit.page.evaluate(() => globalThis.litElementVersions?.length), 1, 'Lit is loaded once');
      await visit.page.waitForFunction(() => document.querySelector('ero-quick-exit').shadowRoot?.textContent.includes('Poistu'));
    } finally {
      await visit.close();
    }
  });

  it("runs under a strict Content-Security-Policy that allows the import map by the hash the snippet names, with Trusted Types, loading a page's Swedish strings", async () => {
    const violations = [];
    const csp = (snippet) => `default-src 'self'; script-src 'self' '${/'(sha256-[^']+)'/.exec(snippet)[1]}'; require-trusted-types-for 'script'`;
    const visit = await open(['quick-exit.js', 'contact-list.js'], { csp, lang: 'sv' });
    visit.page.on('console', (message) => /Content Security Policy|Trusted Type/.test(message.text()) && violations.push(message.text()));
    try {
      await visit.page.waitForFunction(() => customElements.get('ero-quick-exit'));
      assert.match(await contactListText(visit.page), /Ingen datakälla har angetts/);
      assert.deepEqual(violations, []);
      assert.deepEqual(visit.errors.filter((text) => !/has no src attribute/.test(text)), []);
    } finally {
      await visit.close();
    }
  });

  for (const withoutImportMap of [false, true]) {
    it(`refuses a tampered shared chunk ${withoutImportMap ? 'by modulepreload alone' : 'with the import map'}`, async () => {
      const tamper = (file, body) => (file.includes('/core-') ? Buffer.concat([body, Buffer.from('\nwindow.tampered = true;')]) : body);
      const visit = await open(['quick-exit.js'], { tamper, withoutImportMap });
      try {
        await visit.page.waitForFunction(() => document.readyState === 'complete');
        await visit.page.waitForTimeout(200);
        assert.deepEqual(await defined(visit.page, visit.tags), [false]);
        assert.equal(await visit.page.evaluate(() => window.tampered), undefined, 'the tampered code ran');
        assert.ok(visit.errors.some((text) => /integrity/i.test(text)), visit.errors.join('\n'));
      } finally {
        await visit.close();
      }
    });
  }

  it('loads the Swedish strings only on a Swedish page, once, and checks their integrity', async () => {
    const languages = await read('modules/languages.json');
    const finnish = await open(['contact-list.js']);
    try {
      assert.match(await contactListText(finnish.page), /Tietolähdettä ei ole määritelty/);
      assert.deepEqual(finnish.requests.filter((path) => Object.values(languages).some((file) => path.endsWith(file))), []);
    } finally {
      await finnish.close();
    }
    const swedish = await open(['contact-list.js', 'service-finder.js'], { lang: 'sv' });
    try {
      assert.match(await contactListText(swedish.page), /Ingen datakälla har angetts/);
      assert.deepEqual(swedish.requests.filter((path) => path.endsWith(languages.sv)).length, 1);
      assert.ok(!swedish.requests.some((path) => path.endsWith(languages.en)), 'English was loaded too');
      assert.deepEqual(swedish.errors.filter((text) => !/has no src attribute/.test(text)), []);
    } finally {
      await swedish.close();
    }
    const tamper = (file, body) => (file.endsWith(languages.sv) ? Buffer.concat([body, Buffer.from('\nwindow.tampered = true;')]) : body);
    const tampered = await open(['contact-list.js'], { lang: 'sv', tamper });
    try {
      // The import map refuses the changed chunk: the element stays in Finnish and says why.
      assert.match(await contactListText(tampered.page), /Tietolähdettä ei ole määritelty/);
      assert.equal(await tampered.page.evaluate(() => window.tampered), undefined, 'the tampered code ran');
      assert.ok(tampered.warnings.some((text) => /sv texts of .* could not be loaded/.test(text)), tampered.warnings.join('\n'));
    } finally {
      await tampered.close();
    }
  });

  for (const preload of [undefined, ['sv']]) {
    it(`requests the feed while the Swedish strings are on their way${preload ? ', which the snippet preloads with the entry' : ''}`, async () => {
      const languages = await read('modules/languages.json');
      const visit = await open(['contact-list.js'], { lang: 'sv', attributes: ' src="/feed.json" cache="none"', delay: (file) => (file.endsWith(languages.sv) ? 400 : 0), preload });
      try {
        await visit.page.waitForFunction(() => document.querySelector('ero-contact-list')?.shadowRoot?.textContent.includes('Spara kontakten'));
        const timing = await visit.page.evaluate(() => performance.getEntriesByType('resource').map(({ name, startTime, responseEnd }) => ({ name, startTime, responseEnd })));
        const feed = timing.find((entry) => entry.name.endsWith('/feed.json'));
        const strings = timing.find((entry) => entry.name.endsWith(languages.sv));
        const entry = timing.find((entry) => entry.name.endsWith('/modules/contact-list.js'));
        assert.ok(feed && strings && entry, JSON.stringify(timing, null, 2));
        assert.equal(timing.filter((entry) => entry.name.endsWith(languages.sv)).length, 1, 'the strings were fetched twice');
        // The strings take 400 ms to arrive; the feed was asked for before they did.
        assert.ok(feed.startTime < strings.responseEnd, JSON.stringify({ feed, strings }));
        // Preloaded, they are asked for with the entry; otherwise only once it has run.
        assert.equal(strings.startTime < entry.responseEnd, Boolean(preload), JSON.stringify({ strings, entry }));
      } finally {
        await visit.close();
      }
    });
  }

  it('says which languages can be preloaded when asked for another', async () => {
    const options = { base: BASE, integrity: await read('integrity.json'), imports: await read('modules/imports.json'), languages: await read('modules/languages.json'), entries: ['contact-list.js'] };
    assert.throws(() => splitEmbed({ ...options, preload: ['fi'] }), /no strings chunk for the language: fi \(there are sv, en; Finnish is in every entry\)/);
  });
});
