// One small page API over the three engines that scripts drive from Debian's packages: Chromium
// through playwright-core, Firefox ESR through Puppeteer over WebDriver BiDi, WebKitGTK's
// MiniBrowser through WebKitWebDriver (classic WebDriver, under Xvfb). Used by the story sweep
// and the demo checks.
//
// Classic WebDriver reports no console messages or page errors, so the pages that a test server
// serves carry a probe (engine-probe.mjs), whose records the WebKit page reads after every step.
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { webdriverViewport, webkitDriver, withinTime } from './webkit-driver.mjs';

const ENGINES = ['chromium', 'firefox', 'webkit'];
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/** The engines named in `variable` (comma-separated), else `fallback`. */
export function enginesFrom(variable, fallback) {
  const names = (process.env[variable] ?? fallback).split(',').map((e) => e.trim()).filter(Boolean);
  const unknown = names.filter((e) => !ENGINES.includes(e));
  if (unknown.length) throw new Error(`${variable}: unknown engine ${unknown.join(', ')} (use ${ENGINES.join(', ')})`);
  return names;
}

export { PROBE_PATH, PROBE_SCRIPT, withProbe } from './engine-probe.mjs';

/**
 * Starts an engine; resolves to { name, newPage({ width, height }), close() }. A page has goto,
 * evaluate(fn, arg), addScript(source), waitFor(fn, timeout), setViewport(width, height),
 * press(key: 'Tab', 'Shift+Tab', 'Enter', 'Space'), onConsole(cb(type, text)),
 * onPageError(cb(message)) and close.
 */
export async function launch(name) {
  if (name === 'chromium') return chromiumEngine();
  if (name === 'firefox') return firefoxEngine();
  if (name === 'webkit') return webkitEngine();
  throw new Error(`unknown engine ${name}`);
}

async function chromiumEngine() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return {
    name: 'chromium',
    close: () => browser.close(),
    async newPage({ width = 1280, height = 720 } = {}) {
      // A page of its own context: no storage shared with the pages before it.
      const page = await browser.newPage({ viewport: { width, height } });
      return {
        goto: (url) => page.goto(url),
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        // Evaluated as the driver's own script, which a strict CSP allows and a script tag not.
        addScript: (content) => page.evaluate(content),
        waitFor: (fn, timeout) => page.waitForFunction(fn, null, { timeout }),
        setViewport: (w, h) => page.setViewportSize({ width: w, height: h }),
        press: (key) => page.keyboard.press(key === 'Space' ? ' ' : key),
        onConsole: (cb) => page.on('console', (m) => cb(m.type(), m.text())),
        onPageError: (cb) => page.on('pageerror', (e) => cb(e.message)),
        close: () => page.context().close(),
      };
    },
  };
}

async function firefoxEngine() {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true });
  return {
    name: 'firefox',
    close: () => browser.close(),
    async newPage({ width = 1280, height = 720 } = {}) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      // A new window may not have the focus: keys would go nowhere and focus would not show.
      await page.bringToFront();
      await page.setViewport({ width, height });
      return {
        goto: (url) => page.goto(url),
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        addScript: (content) => page.evaluate(content),
        waitFor: (fn, timeout) => page.waitForFunction(fn, { timeout }),
        setViewport: (w, h) => page.setViewport({ width: w, height: h }),
        async press(key) {
          // Puppeteer's Firefox keyboard knows the space bar only by its character.
          const keys = key === 'Space' ? [' '] : key.split('+');
          for (const k of keys.slice(0, -1)) await page.keyboard.down(k);
          await page.keyboard.press(keys.at(-1));
          for (const k of keys.slice(0, -1).reverse()) await page.keyboard.up(k);
        },
        onConsole: (cb) => page.on('console', (m) => cb(m.type(), m.text())),
        onPageError: (cb) => page.on('pageerror', (e) => cb(e.message)),
        close: () => context.close(),
      };
    },
  };
}

/** W3C WebDriver key values. */
const KEYS = { Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Space: '\uE00D', Escape: '\uE00C' };

/** WebKitWebDriver with a MiniBrowser session. */
async function webkitSession() {
  const { port, binary, stop } = await webkitDriver();
  const driver = await remote({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary, args: ['--automation'] },
      'wdio:enforceWebDriverClassic': true,
    },
  });
  return { driver, stop };
}

async function webkitEngine() {
  let { driver, stop } = await webkitSession();
  /**
   * Goes to about:blank. WebKitWebDriver now and then never answers such a navigation (as in the
   * test runner, web-test-runner.config.mjs): after 30 s the driver and the browser are restarted
   * with a warning, so one stuck page does not stop the whole sweep.
   */
  const leave = async () => {
    const { problem } = await withinTime(driver.url('about:blank'));
    if (!problem) return;
    console.warn(`WebKitGTK: leaving a page ${problem}; the driver and the browser are restarted.`);
    stop();
    ({ driver, stop } = await webkitSession());
  };
  let open = false;
  const setViewport = (width, height) => webdriverViewport(driver, { width, height });
  return {
    name: 'webkit',
    async close() {
      await driver.deleteSession();
      stop();
    },
    async newPage({ width = 1280, height = 720 } = {}) {
      // One window, one page at a time: the page before it left no storage behind (see close).
      if (open) throw new Error('WebKit: one page at a time');
      open = true;
      const consoleListeners = [];
      const errorListeners = [];
      /** Hands what the probe recorded since the last call to the listeners. */
      const drain = async () => {
        const seen = await driver.execute(() => (window.__engineProbe ?? []).splice(0)).catch(() => []);
        for (const [type, text] of seen) {
          if (type === 'pageerror') errorListeners.forEach((cb) => cb(text));
          else consoleListeners.forEach((cb) => cb(type, text));
        }
      };
      const step = async (run) => {
        try {
          return await run();
        } finally {
          await drain();
        }
      };
      await leave();
      await setViewport(width, height);
      return {
        goto: (url) => step(() => driver.url(url)),
        evaluate: (fn, arg) => step(() => driver.execute(fn, arg)),
        // Runs the source as the body of a function; axe and the like set their own globals.
        addScript: (content) => step(() => driver.execute(content)),
        waitFor: (fn, timeout) =>
          step(() => driver.waitUntil(() => driver.execute(fn), { timeout, interval: 50, timeoutMsg: `waitFor: not true within ${timeout} ms` })),
        setViewport: (w, h) => step(() => setViewport(w, h)),
        press: (key) =>
          step(async () => {
            const keys = key === 'Space' ? [KEYS.Space] : key.split('+').map((k) => KEYS[k] ?? k);
            const actions = [...keys.map((value) => ({ type: 'keyDown', value })), ...[...keys].reverse().map((value) => ({ type: 'keyUp', value }))];
            await driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
            await driver.releaseActions();
          }),
        onConsole: (cb) => consoleListeners.push(cb),
        onPageError: (cb) => errorListeners.push(cb),
        async close() {
          await drain();
          await driver.execute(() => {
            if (!/^https?:$/.test(location.protocol)) return;
            localStorage.clear();
            sessionStorage.clear();
          });
          await leave();
          open = false;
        },
      };
    },
  };
}
