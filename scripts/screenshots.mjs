// Takes the README's screenshots from the demo (docs/images/*.png) in Debian's Chromium.
// Run `npm run screenshots`: it builds the bundle first, then serves the demo as `npm run demo`
// does (same server, same CSP) on a free port.
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { startDemoServer } from './serve.mjs';

const out = new URL('../docs/images/', import.meta.url);
const shots = [
  { file: 'mikkeli.png', path: '/demo/mikkeli/', width: 1200, height: 900 },
  { file: 'viola.png', path: '/demo/viola/', width: 1200, height: 1000 },
  {
    file: 'configurator.png',
    path: '/demo/configurator.html',
    width: 1280,
    height: 1000,
    async prepare(page) {
      await page.check('#component-ero-project-list');
      await page.check('#organization-viola');
      await page.fill('#color-primary', '#5b2a86');
      await page.fill('#color-link', '#5b2a86');
      await page.selectOption('#radius', '1em');
      await page.evaluate(() => document.querySelector('#settings-heading').scrollIntoView());
      await page.waitForFunction(() => getComputedStyle(document.querySelector('ero-project-list')).getPropertyValue('--ero-radius').trim() === '1em');
    },
  },
  {
    // The quick exit stays at the top while a visitor on a phone scrolls to the services.
    file: 'mobile-quick-exit.png',
    path: '/demo/mikkeli/vakivalta.html',
    width: 360,
    height: 740,
    prepare: (page) => page.evaluate(() => document.querySelector('ero-service-finder').scrollIntoView()),
  },
];

const server = await startDemoServer(0);
const base = `http://localhost:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
await mkdir(out, { recursive: true });
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
    await page.goto(`${base}${shot.path}`);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('ero-'))
        .every((el) => el.shadowRoot?.children.length && !el.shadowRoot.querySelector('.state.loading')),
    );
    await shot.prepare?.(page);
    // Hide the caret and let fonts, layout and the colour changes settle.
    await page.evaluate(() => document.activeElement?.blur());
    await page.waitForTimeout(500);
    await page.screenshot({ path: new URL(shot.file, out).pathname });
    console.log(`docs/images/${shot.file}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
