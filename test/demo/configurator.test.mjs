// The embed configurator as a webmaster uses it: pick a component and its settings (by keyboard
// too), see the preview change, and copy a snippet that is correct for the host site.
// Chromium only: these flows drive the page through Playwright, which has no driver for Firefox ESR
// or WebKitGTK here; the configurator page itself renders, passes axe and reflows in all three
// engines in engines.test.mjs, and its preview's attributes are the component tests' own.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { COMPONENTS, possibleAttributes } from '../../demo/configurator/options.js';
import { axeViolations, openPage, settled, startDemo } from './browser.mjs';

const PATH = '/demo/configurator.html';
const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
const integrity = JSON.parse(await readFile(new URL(`../../dist/${version}/integrity.json`, import.meta.url), 'utf8'));

let demo;
before(async () => {
  demo = await startDemo();
});
after(async () => {
  await demo?.close();
});

/** A small page object for the configurator. */
function configurator(page) {
  return {
    snippet: () => page.inputValue('#snippet'),
    preview: () => page.locator('#preview-frame > *').first(),
    previewTag: () => page.evaluate(() => document.querySelector('#preview-frame > *')?.localName),
    choose: async (tag) => {
      await page.check(`#component-${tag}`);
      await page.waitForFunction((t) => document.querySelector('#preview-frame > *')?.localName === t, tag);
      await settled(page);
    },
    status: () => page.textContent('#copy-status'),
  };
}

describe('embed configurator', () => {
  it('starts with a snippet for the host site: versioned script with integrity and crossorigin, then the element', async () => {
    const visit = await openPage(demo, PATH);
    try {
      const snippet = await configurator(visit.page).snippet();
      assert.equal(
        snippet,
        [
          `<script type="module" src="/eroauttaminen/${version}/eroauttaminen.js"`,
          `        integrity="${integrity['eroauttaminen.js']}" crossorigin="anonymous"></script>`,
          '<ero-service-finder src="/eroauttaminen/feed.json">',
          '  <a href="/eropalvelut">Eropalvelut</a>',
          '</ero-service-finder>',
          '',
        ].join('\n'),
      );
      assert.deepEqual(visit.problems, []);
    } finally {
      await visit.close();
    }
  });

  it('pins a municipality from the full list in the preview and the snippet', async () => {
    const visit = await openPage(demo, PATH);
    const ui = configurator(visit.page);
    try {
      assert.equal(await visit.page.locator('#municipality option').count(), 310, 'all 309 municipalities and "no filter"');
      await visit.page.selectOption('#municipality', { label: 'Mikkeli' });
      await visit.page.check('#channel-phone');
      assert.equal(await ui.preview().getAttribute('municipality'), '491');
      assert.equal(await ui.preview().getAttribute('src'), 'feeds/sample.json', 'the preview reads the sample feed');
      await visit.page.waitForFunction(() => document.querySelector('ero-service-finder').shadowRoot.textContent.includes('Mikkeli'));
      assert.match(await ui.snippet(), /<ero-service-finder src="\/eroauttaminen\/feed.json" municipality="491" channel="phone">/);
    } finally {
      await visit.close();
    }
  });

  it('offers the sample feed\'s organisations and writes the calendar\'s organizer attribute', async () => {
    const visit = await openPage(demo, PATH);
    const ui = configurator(visit.page);
    try {
      await ui.choose('ero-event-calendar');
      await visit.page.check('#organization-viola');
      await visit.page.fill('#organization-other', 'essote');
      assert.equal(await ui.preview().getAttribute('organizer'), 'viola essote');
      assert.match(await ui.snippet(), /<ero-event-calendar src="\/eroauttaminen\/feed.json" organizer="viola essote">/);
      assert.equal(await visit.page.isVisible('#service-type-choices'), false, 'controls of other components are hidden');
    } finally {
      await visit.close();
    }
  });

  for (const { tag } of COMPONENTS) {
    it(`${tag}: previews, passes axe, and every attribute it can write is one the element observes`, async () => {
      const visit = await openPage(demo, PATH);
      try {
        await configurator(visit.page).choose(tag);
        const observed = await visit.page.evaluate((t) => customElements.get(t).observedAttributes, tag);
        for (const name of possibleAttributes(tag)) assert.ok(observed.includes(name), `${tag} observes ${name}`);
        assert.deepEqual(await axeViolations(visit.page), []);
        assert.deepEqual(await visit.violations(), []);
        assert.deepEqual(visit.problems, []);
      } finally {
        await visit.close();
      }
    });
  }

  it('sets the preview colours through the CSSOM, with no CSP violation, and links them as a stylesheet by default', async () => {
    const visit = await openPage(demo, PATH);
    const ui = configurator(visit.page);
    try {
      await visit.page.fill('#color-primary', '#5b2a86');
      await visit.page.selectOption('#radius', '0');
      const primary = await ui.preview().evaluate((el) => getComputedStyle(el).getPropertyValue('--ero-color-primary').trim());
      assert.equal(primary, '#5b2a86');
      const snippet = await ui.snippet();
      assert.match(snippet, /<\/script>\n<link rel="stylesheet" href="\/eroauttaminen\/teema.css">\n<ero-service-finder src=/);
      assert.doesNotMatch(snippet, /<style|style=/, 'no inline style: a strict CSP (style-src \'self\') allows the default');
      await visit.page.waitForFunction(() => document.querySelector('#stylesheet').value.includes('--ero-radius'));
      assert.equal(await visit.page.isVisible('#stylesheet'), true);
      assert.equal(
        await visit.page.inputValue('#stylesheet'),
        '/* Colours and font of <ero-service-finder> (eroauttaminen-widgets) */\nero-service-finder {\n  --ero-color-primary: #5b2a86;\n  --ero-radius: 0;\n}\n',
      );
      assert.match(await visit.page.textContent('#csp-note'), /osoitteeseen \/eroauttaminen\/teema\.css.*style-src 'self'/);
      assert.deepEqual(await visit.violations(), []);
      assert.deepEqual(visit.problems, []);
    } finally {
      await visit.close();
    }
  });

  it('writes the colours as a <style> block or a style attribute on request, saying what each needs from the CSP', async () => {
    const visit = await openPage(demo, PATH);
    const ui = configurator(visit.page);
    try {
      await visit.page.fill('#color-primary', '#5b2a86');
      await visit.page.selectOption('#radius', '0');
      await visit.page.check('#style-block');
      const snippet = await ui.snippet();
      assert.match(snippet, /<style>\n {2}ero-service-finder \{\n {4}--ero-color-primary: #5b2a86;\n {4}--ero-radius: 0;\n {2}\}\n<\/style>/);
      const block = /<style>([\s\S]*)<\/style>/.exec(snippet)[1];
      const hash = createHash('sha256').update(block).digest('base64');
      await visit.page.waitForFunction(() => document.querySelector('#csp-note').textContent.includes('sha256-'));
      assert.match(await visit.page.textContent('#csp-note'), new RegExp(`style-src-kohtaan 'sha256-${hash.replace(/[+/]/g, '\\$&')}'.*'unsafe-inline'`));
      assert.equal(await visit.page.isVisible('#stylesheet'), false, 'no stylesheet to save');
      await visit.page.check('#style-attribute');
      assert.match(await ui.snippet(), /<ero-service-finder\s+style="--ero-color-primary: #5b2a86; --ero-radius: 0"\s+src=/);
      await visit.page.waitForFunction(() => document.querySelector('#csp-note').textContent.includes('style-attribuutti'));
      assert.match(await visit.page.textContent('#csp-note'), /'unsafe-inline'/);
      assert.deepEqual(visit.problems, []);
    } finally {
      await visit.close();
    }
  });

  it('writes the fallback link to the chosen exit URL and in the chosen language, and keeps one the webmaster wrote', async () => {
    const visit = await openPage(demo, PATH);
    const { page } = visit;
    const ui = configurator(page);
    try {
      await page.check('#lang-sv');
      assert.match(await ui.snippet(), /<ero-service-finder src="\/eroauttaminen\/feed.json" lang="sv">\n {2}<a href="\/eropalvelut">Tjänster vid skilsmässa<\/a>/);
      await ui.choose('ero-quick-exit');
      await page.fill('#exit-url', 'https://www.yle.fi/');
      assert.match(await ui.snippet(), /<ero-quick-exit exit-url="https:\/\/www.yle.fi\/" lang="sv">\n {2}<a href="https:\/\/www.yle.fi\/">Lämna sidan<\/a>/);
      await page.check('#lang-en');
      assert.match(await ui.snippet(), /<a href="https:\/\/www.yle.fi\/">Leave this page<\/a>/);
      await page.fill('#fallback-text', 'Sää');
      await page.check('#lang-fi');
      assert.match(await ui.snippet(), /<a href="https:\/\/www.yle.fi\/">Sää<\/a>/, 'a text the webmaster wrote stays');
      assert.deepEqual(visit.problems, []);
    } finally {
      await visit.close();
    }
  });

  it('keeps the preview in view on a wide screen while settings further down change', async () => {
    const visit = await openPage(demo, PATH, { width: 1280, height: 800 });
    const { page } = visit;
    try {
      await page.locator('#fallback-text').scrollIntoViewIfNeeded();
      await page.check('#lang-sv');
      await page.waitForFunction(() => document.querySelector('#preview-frame > *')?.getAttribute('lang') === 'sv');
      const scrolled = await page.evaluate(() => window.scrollY);
      assert.ok(scrolled > 800, `the settings scrolled (${scrolled} px)`);
      const box = await page.locator('#preview-frame').boundingBox();
      assert.ok(box.y >= 0 && box.y < 200, `the preview starts near the top of the window (${Math.round(box.y)} px)`);
      assert.ok(box.y + box.height <= 800, 'and ends inside it');
    } finally {
      await visit.close();
    }
  });

  it('warns when a colour is too light to read on white', async () => {
    const visit = await openPage(demo, PATH);
    try {
      assert.match(await visit.page.textContent('#color-link-contrast'), /riittää/);
      await visit.page.fill('#color-link', '#aaaaaa');
      await visit.page.dispatchEvent('#color-link', 'change');
      assert.match(await visit.page.textContent('#color-link-contrast'), /vain 2,3:1.*4,5:1/);
    } finally {
      await visit.close();
    }
  });

  it('works by keyboard alone: arrows choose the component, Tab reaches Copy, Enter copies and says so', async () => {
    const visit = await openPage(demo, PATH, { permissions: ['clipboard-read', 'clipboard-write'] });
    const { page } = visit;
    const ui = configurator(page);
    try {
      const focused = () => page.evaluate(() => document.activeElement?.id);
      for (let i = 0; i < 5 && (await focused()) !== 'component-ero-service-finder'; i++) await page.keyboard.press('Tab');
      assert.equal(await focused(), 'component-ero-service-finder');
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction(() => document.querySelector('#preview-frame > *')?.localName === 'ero-event-calendar');
      for (let i = 0; i < 120 && (await focused()) !== 'copy'; i++) await page.keyboard.press('Tab');
      assert.equal(await focused(), 'copy', 'Copy is reachable with Tab');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('#copy-status').textContent !== '');
      assert.match(await ui.status(), /Koodi kopioitu leikepöydälle/);
      assert.equal(await page.getAttribute('#copy-status', 'role'), 'status', 'the confirmation is announced politely');
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await ui.snippet());
      assert.match(await ui.snippet(), /<ero-event-calendar /);
    } finally {
      await visit.close();
    }
  });

  it('selects the code for Ctrl+C when the clipboard cannot be written', async () => {
    const visit = await openPage(demo, PATH, {
      init: () => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }),
    });
    const { page } = visit;
    try {
      await page.click('#copy');
      assert.match(await configurator(page).status(), /Ctrl\+C/);
      const selection = await page.evaluate(() => {
        const field = document.querySelector('#snippet');
        return { focused: document.activeElement === field, start: field.selectionStart, end: field.selectionEnd, length: field.value.length };
      });
      assert.deepEqual(selection, { focused: true, start: 0, end: selection.length, length: selection.length });
      assert.ok(selection.length > 100);
    } finally {
      await visit.close();
    }
  });

  it('the quick exit in the preview announces where it would go instead of leaving the configurator', async () => {
    const visit = await openPage(demo, PATH);
    const { page } = visit;
    try {
      await configurator(page).choose('ero-quick-exit');
      await page.fill('#exit-url', 'https://www.yle.fi/');
      await page.locator('ero-quick-exit').getByRole('link', { name: /Poistu sivulta/ }).click();
      assert.match(await page.textContent('#preview-status'), /veisi osoitteeseen https:\/\/www\.yle\.fi\//);
      assert.equal(new URL(page.url()).pathname, PATH);
      assert.match(await configurator(page).snippet(), /<ero-quick-exit exit-url="https:\/\/www.yle.fi\/">/);
      assert.deepEqual(visit.problems, []);
    } finally {
      await visit.close();
    }
  });
});
