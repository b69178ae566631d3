// The demo pages as `npm run demo` serves them: the built bundle, the demo server's strict CSP.
// Each page must render every component with no console error, CSP violation, failed request or
// request to another host; pass axe; reflow at 320 px (with the text at 24 and 32 px too); and
// say that example items are invented.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LARGE_TEXT, sidewaysAtFont } from '../../scripts/story-checks.mjs';
import { axeViolations, kitState, openPage, PAGES, settled, startDemo } from './browser.mjs';


let demo;
before(async () => {
  demo = await startDemo();
});
after(async () => {
  await demo?.close();
});

describe('demo pages under the demo server', () => {
  for (const [path, tags] of Object.entries(PAGES)) {
    it(`${path} renders its components cleanly, passes axe and reflows at 320 px, with large text too`, async () => {
      const visit = await openPage(demo, path);
      try {
        const state = await kitState(visit.page);
        assert.deepEqual([...new Set(state.tags)].sort(), [...tags].sort());
        assert.deepEqual(state.errors, [], 'no component shows an error');
        const text = await visit.page.evaluate(() => document.body.innerText);
        assert.match(text, /”Esimerkkitieto”, ovat keksittyjä/, 'the page says that example items are invented');
        assert.deepEqual(await axeViolations(visit.page), []);
        await visit.page.setViewportSize({ width: 320, height: 640 });
        await visit.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const overflow = await visit.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.equal(overflow, 0, 'no horizontal scrolling at 320 px');
        // The browser's text at "Very large" (24 px) and at 32 px (WCAG 1.4.4 with 1.4.10).
        for (const size of LARGE_TEXT) {
          assert.equal(await visit.page.evaluate(sidewaysAtFont, size), 0, `no horizontal scrolling at 320 px with a ${size} font`);
        }
        assert.deepEqual(await visit.violations(), []);
        assert.deepEqual(visit.problems, []);
      } finally {
        await visit.close();
      }
    });
  }

  it('every link between the demo pages leads somewhere', async () => {
    const links = new Set();
    for (const path of Object.keys(PAGES)) {
      const visit = await openPage(demo, path);
      const hrefs = await visit.page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.href));
      for (const href of hrefs) if (href.startsWith(demo.base)) links.add(href.split('#')[0]);
      await visit.close();
    }
    assert.ok(links.size > 10);
    for (const link of links) {
      const response = await fetch(link);
      assert.equal(response.status, 200, link);
    }
  });

  it('the language switch turns the components to Swedish and keeps the choice in the links', async () => {
    const visit = await openPage(demo, '/demo/mikkeli/');
    try {
      await visit.page.getByRole('button', { name: 'Svenska' }).click();
      await visit.page.waitForFunction(() => document.querySelector('ero-service-finder').shadowRoot.textContent.includes('Sök'));
      assert.equal(await visit.page.getByRole('button', { name: 'Svenska' }).getAttribute('aria-pressed'), 'true');
      assert.match(visit.page.url(), /\?lang=sv$/);
      const href = await visit.page.getByRole('link', { name: 'Ryhmät ja tapahtumat' }).getAttribute('href');
      assert.match(href, /tapahtumat\.html\?lang=sv$/);
      assert.deepEqual(visit.problems, []);
    } finally {
      await visit.close();
    }
  });

  for (const path of Object.keys(PAGES).filter((p) => PAGES[p].includes('ero-quick-exit') && p !== '/demo/')) {
    it(`${path}: the quick exit is the first Tab stop`, async () => {
      const visit = await openPage(demo, path);
      try {
        await visit.page.keyboard.press('Tab');
        const focused = await visit.page.evaluate(() => {
          const host = document.activeElement;
          return `${host?.localName} > ${host?.shadowRoot?.activeElement?.textContent?.trim()}`;
        });
        assert.equal(focused, 'ero-quick-exit > Poistu sivulta nopeasti');
      } finally {
        await visit.close();
      }
    });
  }

  it('the violence page lists the crisis lines open now first under "Apua heti", above a closed office', async () => {
    // Monday 10.00, when the invented supervised meetings in Mikkeli are closed, and Wednesday
    // 17.00, when they are open on site: the lines that answer around the clock come first both times.
    for (const time of ['2027-01-04T10:00:00+02:00', '2027-01-06T17:00:00+02:00']) {
      const visit = await openPage(demo, '/demo/mikkeli/vakivalta.html', { time });
      try {
        const results = await visit.page.evaluate(() => {
          const root = document.querySelector('ero-service-finder').shadowRoot;
          const text = (el) => el.textContent.replace(/\s+/g, ' ').trim();
          return [...root.querySelectorAll('[part~="service"]')].map((card) => {
            // "Avoinna nyt", or "Puhelin: avoinna nyt" for hours that are all a phone line's.
            const status = card.querySelector('[part~="status"]');
            const open = status !== null && /avoinna nyt/i.test(text(status));
            return `${text(card.querySelector('[part~="service-name"]'))}: ${open ? 'open' : 'closed'}`;
          });
        });
        const meetings = time.includes('T17') ? 'open' : 'closed';
        assert.deepEqual(results, ['MIELI Kriisipuhelin: open', 'Nollalinja: open', `Valvotut ja tuetut tapaamiset, Mikkeli: ${meetings}`]);
        assert.deepEqual(visit.problems, []);
      } finally {
        await visit.close();
      }
    }
  });

  it('the violence page leaves no copy of the feed on the device', async () => {
    const visit = await openPage(demo, '/demo/mikkeli/vakivalta.html');
    try {
      const stored = await visit.page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]);
      assert.deepEqual(stored, []);
    } finally {
      await visit.close();
    }
  });

  it('a repeat visit revalidates the feed: the server answers 304, and nothing is logged as failed', async () => {
    const visit = await openPage(demo, '/demo/mikkeli/yhteystiedot.html');
    const statuses = [];
    visit.page.on('response', (response) => response.url().endsWith('/feeds/sample.json') && statuses.push(response.status()));
    try {
      await visit.page.reload();
      await settled(visit.page);
      await visit.page.waitForTimeout(500);
      assert.deepEqual(statuses, [304]);
      assert.deepEqual(visit.problems, []);
    } finally {
      await visit.close();
    }
  });

  describe('a year ahead (1 July 2027): the calendars still show events', () => {
    for (const path of ['/demo/', '/demo/mikkeli/tapahtumat.html', '/demo/viola/ryhmat.html']) {
      it(path, async () => {
        const visit = await openPage(demo, path, { clock: new Date('2027-07-01T09:00:00+03:00') });
        try {
          const shown = await visit.page.evaluate(() => {
            const root = document.querySelector('ero-event-calendar').shadowRoot;
            return { cards: root.querySelectorAll('.agenda > li').length, empty: root.querySelector('.state.empty')?.textContent ?? '' };
          });
          assert.equal(shown.empty, '');
          assert.ok(shown.cards > 0, 'upcoming events are listed');
          assert.deepEqual(visit.problems, []);
        } finally {
          await visit.close();
        }
      });
    }
  });
});
