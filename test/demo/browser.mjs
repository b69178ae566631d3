// Helpers for the demo checks: the demo server (scripts/serve.mjs, with its strict CSP) on a
// free port, Debian's Chromium through playwright-core, and a page that records what a visitor
// must never get: console errors, uncaught errors, CSP violations, failed requests (an error
// status, or one the browser reports as failed) and requests to any other host.
import { access, readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { startDemoServer } from '../../scripts/serve.mjs';

const root = new URL('../../', import.meta.url);
export const axeSource = await readFile(new URL('node_modules/axe-core/axe.min.js', root), 'utf8');

/** axe-core's rules as the story sweep runs them: WCAG 2.1 A/AA and best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Each demo page and the kit elements it holds. */
export const PAGES = {
  '/demo/': ['ero-service-finder', 'ero-event-calendar', 'ero-project-list', 'ero-project-card', 'ero-contact-list', 'ero-quick-exit'],
  '/demo/mikkeli/': ['ero-service-finder'],
  '/demo/mikkeli/tapahtumat.html': ['ero-event-calendar'],
  '/demo/mikkeli/yhteystiedot.html': ['ero-contact-list'],
  '/demo/mikkeli/vakivalta.html': ['ero-quick-exit', 'ero-service-finder', 'ero-contact-list'],
  '/demo/viola/': ['ero-quick-exit', 'ero-project-list'],
  '/demo/viola/ryhmat.html': ['ero-quick-exit', 'ero-event-calendar'],
  '/demo/viola/turvassa.html': ['ero-quick-exit', 'ero-project-card'],
  '/demo/viola/yhteystiedot.html': ['ero-quick-exit', 'ero-contact-list'],
  '/demo/configurator.html': ['ero-service-finder'],
};

export async function startDemo() {
  try {
    await access(new URL('dist/eroauttaminen.js', root));
  } catch {
    throw new Error('dist/eroauttaminen.js is missing: the demo checks run on the built bundle (npm run test:demo builds it).');
  }
  const server = await startDemoServer(0);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const base = `http://localhost:${server.address().port}`;
  return {
    base,
    browser,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/**
 * Opens `path` in a fresh browser context (no stored feeds, no permissions unless given) and
 * waits until every kit element has rendered its feed. `problems` collects everything a visitor
 * must not meet. `clock` (a Date) or `time` (ISO 8601) fixes the page's Date (timers keep running).
 */
export async function openPage(demo, path, { width = 1280, height = 900, permissions = [], init, clock, time } = {}) {
  const context = await demo.browser.newContext({ viewport: { width, height } });
  if (permissions.length) await context.grantPermissions(permissions, { origin: demo.base });
  const page = await context.newPage();
  // A fixed wall clock (ISO 8601) for what depends on the time, such as "open now"; timers still run.
  if (time) await page.clock.setFixedTime(new Date(time));
  const problems = [];
  const origin = new URL(demo.base).origin;
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) problems.push(`request to another host: ${url.href}`);
  });
  page.on('response', (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`));
  page.on('requestfailed', (request) => problems.push(`request failed (${request.failure()?.errorText}): ${request.url()}`));
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
    });
  });
  if (init) await page.addInitScript(init);
  if (clock) await page.clock.setFixedTime(clock);
  await page.goto(`${demo.base}${path}`);
  await settled(page);
  return {
    page,
    problems,
    async violations() {
      return page.evaluate(() => window.cspViolations);
    },
    async close() {
      await context.close();
    },
  };
}

/** Waits until every ero- element has rendered and none is loading. */
export async function settled(page) {
  await page.waitForFunction(
    () => {
      const kit = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ero-'));
      return kit.every((el) => el.shadowRoot && el.shadowRoot.children.length > 0 && !el.shadowRoot.querySelector('.state.loading'));
    },
    null,
    { timeout: 15000 },
  );
  // Let layout and the components' own announcements settle.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** axe-core's WCAG 2.1 A/AA rules and best practices on the whole page, as the story test runs them. */
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }, AXE_TAGS);
}

/** The element names, and those whose shadow root shows an error state. */
export async function kitState(page) {
  return page.evaluate(() => {
    const kit = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ero-'));
    return {
      tags: kit.map((el) => el.localName),
      errors: kit.filter((el) => el.shadowRoot.querySelector('.state.error')).map((el) => el.localName),
    };
  });
}
