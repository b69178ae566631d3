// One small page API over the engines that scripts drive from Debian's packages: Chromium through
// playwright-core, Firefox ESR through Puppeteer over WebDriver BiDi. (WebKitGTK is driven only by
// the test runner, through WebKitWebDriver, which reports no console messages.)
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/** The engines named in `variable` (comma-separated), else `fallback`. */
export function enginesFrom(variable, fallback) {
  const names = (process.env[variable] ?? fallback).split(',').map((e) => e.trim()).filter(Boolean);
  const unknown = names.filter((e) => e !== 'chromium' && e !== 'firefox');
  if (unknown.length) throw new Error(`${variable}: unknown engine ${unknown.join(', ')} (use chromium, firefox)`);
  return names;
}

/**
 * Starts an engine; resolves to { name, newPage(), close() }. A page has goto, evaluate,
 * addScript, waitFor(fn, timeout), onConsole(cb(type, text)), onPageError(cb(message)), close.
 */
export async function launch(name) {
  if (name === 'chromium') {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    // Playwright: waitForFunction(fn, arg, options).
    return engine(name, browser, (page, fn, timeout) => page.waitForFunction(fn, null, { timeout }));
  }
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true });
  // Puppeteer: waitForFunction(fn, options).
  return engine(name, browser, (page, fn, timeout) => page.waitForFunction(fn, { timeout }));
}

/** The same page API over a Playwright or a Puppeteer browser, which differ only in waitForFunction. */
function engine(name, browser, waitFor) {
  return {
    name,
    close: () => browser.close(),
    async newPage() {
      const page = await browser.newPage();
      return {
        goto: (url) => page.goto(url),
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        addScript: (content) => page.addScriptTag({ content }),
        waitFor: (fn, timeout) => waitFor(page, fn, timeout),
        onConsole: (cb) => page.on('console', (m) => cb(m.type(), m.text())),
        onPageError: (cb) => page.on('pageerror', (e) => cb(e.message)),
        close: () => page.close(),
      };
    },
  };
}
