// The one-file bundle on another origin than the page (a CDN or a shared host), embedded as the
// README and the configurator write it: `crossorigin="anonymous"` with `integrity` makes the
// request a CORS one, so the bundle's host must send Access-Control-Allow-Origin.
// Chromium only: the check needs Playwright, which has no driver for Firefox ESR or WebKitGTK
// here; the bundle loading under the demo server's strict CSP is checked in all three engines by
// engines.test.mjs.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';

const root = new URL('../../', import.meta.url);
const { version } = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
const folder = new URL(`dist/${version}/`, root);

/** A real server on its own port (another origin): Playwright's route.fulfill skips the CORS check. */
function serve(handler) {
  const server = createServer(handler);
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

let browser;
let site;
let cdn;
let bundleHeaders = {};
before(async () => {
  site = await serve(async (_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(await page()));
  cdn = await serve(async (_req, res) =>
    res.writeHead(200, { 'Content-Type': 'text/javascript', ...bundleHeaders }).end(await readFile(new URL('eroauttaminen.js', folder))),
  );
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
});
after(async () => {
  await browser?.close();
  site?.close();
  cdn?.close();
});

const origin = (server) => `http://127.0.0.1:${server.address().port}`;

/** A page with the quick exit and the snippet for the one-file bundle on the other server. */
async function page() {
  const { 'eroauttaminen.js': integrity } = JSON.parse(await readFile(new URL('integrity.json', folder), 'utf8'));
  return `<!doctype html><html lang="fi"><head><title>t</title>
<script type="module" src="${origin(cdn)}/eroauttaminen/${version}/eroauttaminen.js" integrity="${integrity}" crossorigin="anonymous"></script>
</head><body><ero-quick-exit></ero-quick-exit></body></html>`;
}

/** Opens the page, its bundle sent with `headers`. */
async function open(headers) {
  bundleHeaders = headers;
  const context = await browser.newContext();
  const tab = await context.newPage();
  const errors = [];
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await tab.goto(`${origin(site)}/`);
  await tab.waitForFunction(() => document.readyState === 'complete');
  await tab.waitForTimeout(200);
  return { page: tab, errors, close: () => context.close() };
}

describe('the bundle on another origin', () => {
  it('runs when its host sends Access-Control-Allow-Origin', async () => {
    const visit = await open({ 'Access-Control-Allow-Origin': '*' });
    try {
      assert.equal(await visit.page.evaluate(() => Boolean(customElements.get('ero-quick-exit'))), true);
      assert.deepEqual(visit.errors, []);
    } finally {
      await visit.close();
    }
  });

  it('is refused with a CORS error without that header', async () => {
    const visit = await open({});
    try {
      assert.equal(await visit.page.evaluate(() => Boolean(customElements.get('ero-quick-exit'))), false);
      assert.ok(visit.errors.some((text) => /CORS|Access-Control-Allow-Origin/.test(text)), visit.errors.join('\n'));
    } finally {
      await visit.close();
    }
  });
});
