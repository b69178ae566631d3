// The demo pages in every engine (DEMO_ENGINES, default chromium,firefox,webkit; Chromium also
// runs the fuller checks of the other files here), side by side: each page renders its components
// with no console error, uncaught error, CSP violation or failed resource; passes axe; reflows at
// 320 px, also with the text at 24 and 32 px; and works by keyboard: the quick exit is the first Tab stop where a page has one, and
// every Tab stop inside a component shows its focus.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LARGE_TEXT, sidewaysAtFont } from '../../scripts/story-checks.mjs';
import { enginesFrom, launch } from '../../scripts/engines.mjs';
import { startDemoServer } from '../../scripts/serve.mjs';
import { AXE_TAGS, axeSource, PAGES } from './browser.mjs';

const ENGINES = enginesFrom('DEMO_ENGINES', process.env.ENGINES ?? 'chromium,firefox,webkit');
/** Tab stops per page inside components (at most 60 presses, and not past the page's end). */
const TAB_STOPS_IN_KIT = 8;

let server;
let base;
before(async () => {
  server = await startDemoServer(0, { probe: true });
  base = `http://localhost:${server.address().port}`;
});
after(() => new Promise((done) => server.close(done)));

/** Every kit element has rendered, and none is loading. */
function settled() {
  const kit = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ero-'));
  return kit.length > 0 && kit.every((el) => el.shadowRoot && el.shadowRoot.children.length > 0 && !el.shadowRoot.querySelector('.state.loading'));
}

function kitState() {
  const kit = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ero-'));
  return {
    tags: [...new Set(kit.map((el) => el.localName))].sort(),
    errors: kit.filter((el) => el.shadowRoot.querySelector('.state.error')).map((el) => el.localName),
  };
}

/** The focused element, through shadow roots: its host, its text, and whether its focus shows. */
function focusStop() {
  let host = null;
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) {
    host = active;
    active = active.shadowRoot.activeElement;
  }
  if (!active || active === document.body) return null;
  const style = getComputedStyle(active);
  const shows = active.matches(':focus-visible') && (style.outlineStyle !== 'none' || style.boxShadow !== 'none');
  return { host: host?.localName ?? null, text: (active.textContent || active.getAttribute('aria-label') || active.localName).replace(/\s+/g, ' ').trim().slice(0, 40), shows };
}

const nextFrames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));

describe('demo pages in each engine', { concurrency: true }, () => {
  for (const engine of ENGINES) {
    describe(engine, { concurrency: 1 }, () => {
      let browser;
      before(async () => {
        browser = await launch(engine);
      });
      after(() => browser?.close());

      for (const [path, tags] of Object.entries(PAGES)) {
        it(`${path}: renders cleanly, passes axe, works by keyboard and reflows at 320 px, with large text too`, async () => {
          const page = await browser.newPage({ width: 1280, height: 900 });
          const problems = [];
          page.onConsole((type, text) => type === 'error' && problems.push(`console: ${text}`));
          page.onPageError((message) => problems.push(`uncaught: ${message}`));
          try {
            await page.goto(`${base}${path}`);
            await page.waitFor(settled, 15000);
            await page.evaluate(nextFrames);
            const state = await page.evaluate(kitState);
            assert.deepEqual(state.tags, [...tags].sort());
            assert.deepEqual(state.errors, [], 'no component shows an error');

            await page.addScript(axeSource);
            const violations = await page.evaluate(async (values) => {
              const result = await window.axe.run(document, { runOnly: { type: 'tag', values } });
              return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
            }, AXE_TAGS);
            assert.deepEqual(violations, [], 'axe');

            const stops = [];
            for (let i = 0, inKit = 0; i < 60 && inKit < TAB_STOPS_IN_KIT; i++) {
              await page.press('Tab');
              const stop = await page.evaluate(focusStop);
              // Past the page's last control, focus goes to the browser's own toolbar.
              if (!stop) break;
              stops.push(stop);
              if (stop.host) inKit++;
            }
            if (tags.includes('ero-quick-exit') && path !== '/demo/') {
              assert.deepEqual(stops[0], { host: 'ero-quick-exit', text: 'Poistu sivulta nopeasti', shows: true }, 'the quick exit is the first Tab stop');
            }
            const inKit = stops.filter((stop) => stop?.host);
            assert.ok(inKit.length > 0, `Tab reaches a component: ${JSON.stringify(stops)}`);
            assert.deepEqual(inKit.filter((stop) => !stop.shows), [], 'every Tab stop in a component shows its focus');

            await page.setViewport(320, 640);
            await page.evaluate(nextFrames);
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            assert.equal(overflow, 0, 'no horizontal scrolling at 320 px');
            // The browser's text at "Very large" (24 px) and at 32 px (WCAG 1.4.4 with 1.4.10).
            for (const size of LARGE_TEXT) {
              assert.equal(await page.evaluate(sidewaysAtFont, size), 0, `no horizontal scrolling at 320 px with a ${size} font`);
            }
            await page.evaluate(() => 0);
            assert.deepEqual(problems, []);
          } finally {
            await page.close();
          }
        });
      }
    });
  }
});
