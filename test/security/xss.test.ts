/**
 * Cross-site scripting: every text and URL field of every component, the finder's search from
 * the address and the quick exit's URLs, fed a corpus of payloads. Nothing may run, no element
 * may carry a handler or a script URL, and text shows as the very characters the feed sent.
 */
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import type { LitElement } from 'lit';
import type { EventCalendar } from '../../src/components/event-calendar/event-calendar.js';
import type { Feed } from '../../src/feed/types.js';
import { EventCalendarHarness } from '../helpers/event-calendar-harness.js';
import { ServiceFinderHarness } from '../helpers/service-finder-harness.js';
import { feedUrl, newVisit, setNetworkDown } from '../helpers/feed-server.js';
import { afterIdle, mount, settled } from '../helpers/mount.js';
import {
  collapse,
  deepText,
  EMAIL_PAYLOAD,
  FLAG,
  LINE_PAYLOADS,
  LINKABLE_URL_PAYLOADS,
  ran,
  runnable,
  TEXT_PAYLOADS,
  unfold,
  URL_PAYLOADS,
  withText,
  withUrls,
} from '../helpers/xss-corpus.js';
import '../../src/index.js';

type FeedTag = 'ero-contact-list' | 'ero-service-finder' | 'ero-event-calendar' | 'ero-project-card' | 'ero-project-list';

/** Each feed component with attributes that show every item of the sample feed it can, and where its item names are. */
const COMPONENTS: [FeedTag, Record<string, string>, string][] = [
  ['ero-contact-list', {}, '[part~="contact-name"]'],
  ['ero-service-finder', { now: '2026-11-23T10:00:00+02:00', 'page-size': '100' }, '[part~="service-name"]'],
  ['ero-event-calendar', { now: '2026-10-01T12:00', 'page-size': '100' }, '[part~="occurrence-name"]'],
  ['ero-project-card', { project: 'lape-etela-savo', today: '2025-06-01' }, '[part~="title"]'],
  ['ero-project-list', { layout: 'full', today: '2025-06-01' }, '[part~="title"]'],
];

let sample: Feed;

async function show(tag: FeedTag, attributes: Record<string, string>, feed: Feed): Promise<LitElement> {
  const mounted = await mount(tag, attributes, (el) => (el.feed = feed));
  await settled(mounted);
  // Let a payload that slipped through get its chance: images error and SVGs load asynchronously.
  await new Promise((r) => setTimeout(r, 30));
  return mounted.el;
}

const names = (el: Element, selector: string): string[] =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((n) => collapse(n.textContent ?? ''));

/** Every link of the element's shadow DOM, as the browser resolved it. */
const links = (el: Element): string[] => [...el.shadowRoot!.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href);

describe('XSS corpus', () => {
  let warn: typeof console.warn;

  before(async () => {
    sample = (await (await fetch('/demo/feeds/sample.json')).json()) as Feed;
    // Feeds full of bad URLs make the kit report every left-out item; that is expected here.
    warn = console.warn;
    console.warn = () => {};
  });
  after(() => {
    console.warn = warn;
  });
  afterEach(() => {
    expect(ran(), 'a payload ran').to.equal(false);
    delete (window as unknown as Record<string, unknown>)[FLAG];
  });

  describe('in every text field', () => {
    for (const [tag, attributes, nameSelector] of COMPONENTS) {
      for (const payload of TEXT_PAYLOADS) {
        it(`<${tag}> shows ${JSON.stringify(payload)} as text and runs nothing`, async () => {
          const el = await show(tag, attributes, withText(sample, payload));
          const shown = names(el, nameSelector);
          expect(shown.length, 'items shown').to.be.greaterThan(0);
          for (const name of shown) expect(name).to.contain(collapse(payload));
          expect(runnable(el)).to.deep.equal([]);
          expect(deepText(el)).to.contain(collapse(payload));
        });
      }
    }
  });

  describe('in every URL and e-mail field', () => {
    for (const [tag, attributes] of COMPONENTS) {
      for (const payload of URL_PAYLOADS) {
        it(`<${tag}> links no script URL from ${JSON.stringify(payload)}`, async () => {
          const el = await show(tag, attributes, withUrls(sample, payload));
          expect(runnable(el)).to.deep.equal([]);
          for (const href of links(el)) expect(new URL(href).protocol).to.be.oneOf(['http:', 'https:', 'mailto:', 'tel:']);
        });
      }
    }

    for (const payload of LINKABLE_URL_PAYLOADS) {
      it(`keeps an http(s) address with quotes and tags, ${JSON.stringify(payload)}, as one link to that address`, async () => {
        const el = await show('ero-project-card', { project: 'lape-etela-savo', today: '2025-06-01' }, withUrls(sample, payload));
        expect(links(el)).to.include(new URL(payload).href);
        expect(runnable(el)).to.deep.equal([]);
      });
    }

    it('writes a schema-valid but hostile e-mail address only as a mailto: link, shown as text', async () => {
      const el = await show('ero-contact-list', {}, withUrls(sample, 'https://ok.example/'));
      const mail = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^="mailto:"]')];
      expect(mail.length).to.be.greaterThan(0);
      for (const a of mail) {
        expect(a.textContent!.trim()).to.equal(EMAIL_PAYLOAD);
        expect(new URL(a.href).protocol).to.equal('mailto:');
      }
      expect(runnable(el)).to.deep.equal([]);
    });
  });

  describe('in the page\'s own attributes', () => {
    for (const payload of [...URL_PAYLOADS, ...TEXT_PAYLOADS]) {
      it(`<ero-service-finder report-url=${JSON.stringify(payload)}> offers no script link`, async () => {
        const el = await show('ero-service-finder', { 'report-url': payload, query: 'zzzz-no-such-service' }, sample);
        expect(runnable(el)).to.deep.equal([]);
        for (const href of links(el)) expect(new URL(href).protocol).to.be.oneOf(['http:', 'https:', 'mailto:', 'tel:']);
      });

      it(`<ero-quick-exit exit-url advice-url=${JSON.stringify(payload)}> still leaves for an http(s) page`, async () => {
        const mounted = await mount('ero-quick-exit', { 'exit-url': payload, 'advice-url': payload });
        const el = mounted.el;
        await el.updateComplete;
        const exit = el.shadowRoot!.querySelector<HTMLAnchorElement>('a.exit')!;
        expect(new URL(exit.href).protocol).to.be.oneOf(['http:', 'https:']);
        for (const href of links(el)) expect(new URL(href).protocol).to.be.oneOf(['http:', 'https:']);
        expect(runnable(el)).to.deep.equal([]);
      });
    }
  });

  describe('in the search text', () => {
    let address: string;
    beforeEach(() => (address = location.href));
    afterEach(() => history.replaceState(history.state, '', address));

    for (const payload of TEXT_PAYLOADS) {
      it(`reads ${JSON.stringify(payload)} from the address as search text only`, async () => {
        history.replaceState(history.state, '', `#ero-q=${encodeURIComponent(payload)}`);
        const el = await show('ero-service-finder', { 'url-state': 'hash' }, sample);
        expect(new ServiceFinderHarness(el as never).searchInput().value).to.equal(payload);
        expect(deepText(el)).to.contain(collapse(payload));
        expect(runnable(el)).to.deep.equal([]);
      });

      it(`takes ${JSON.stringify(payload)} typed into the search field as text, and writes it to the address encoded`, async () => {
        const el = await show('ero-service-finder', { 'url-state': 'query' }, sample);
        await new ServiceFinderHarness(el as never).search(payload);
        expect(new URL(location.href).searchParams.get('ero-q')).to.equal(payload.trim());
        expect(deepText(el)).to.contain(collapse(payload));
        expect(runnable(el)).to.deep.equal([]);
      });
    }

    it('shows a hostile funder filter of <ero-project-list> nowhere as markup', async () => {
      for (const payload of TEXT_PAYLOADS) {
        const el = await show('ero-project-list', { funder: payload, today: '2025-06-01' }, sample);
        expect(runnable(el)).to.deep.equal([]);
        el.remove();
      }
    });
  });

  describe('in exported .vcf and .ics files', () => {
    /** How many lines of each property (BEGIN:VEVENT counted apart) a file has, after unfolding. */
    function properties(text: string): Record<string, number> {
      const counts: Record<string, number> = {};
      for (const line of unfold(text)) {
        const name = /^(BEGIN:\w+|END:\w+|[A-Z][A-Z0-9-]*)(?=[;:]|$)/.exec(line)?.[0] ?? `not a property: ${line}`;
        counts[name] = (counts[name] ?? 0) + 1;
      }
      return counts;
    }

    /** No CR or LF in the file but the CRLF that ends each line. */
    const strayBreaks = (text: string): number => (text.replace(/\r\n/g, '').match(/[\r\n]/g) ?? []).length;

    async function vcard(feed: Feed): Promise<string> {
      const el = await show('ero-contact-list', {}, feed);
      const [file] = await new EventCalendarHarness(el as unknown as EventCalendar).downloads(() =>
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="contact"] button')!.click(),
      );
      return file.text;
    }

    async function calendar(feed: Feed): Promise<string> {
      const el = await show('ero-event-calendar', { now: '2026-10-01T12:00' }, feed);
      const ui = new EventCalendarHarness(el as EventCalendar);
      const [file] = await ui.downloads(() => ui.downloadAllButton()!.click());
      return file.text;
    }

    for (const payload of LINE_PAYLOADS) {
      it(`a vCard keeps ${JSON.stringify(payload)} inside its own property`, async () => {
        const clean = await vcard(sample);
        const text = await vcard(withText(sample, payload));
        expect(strayBreaks(text)).to.equal(0);
        expect(properties(text)).to.deep.equal(properties(clean));
        const card = new ICAL.Component(ICAL.parse(text));
        expect(card.getFirstPropertyValue('fn')).to.equal(payload.replace(/\r\n?/g, '\n'));
        expect(card.getFirstPropertyValue('title')).to.equal(payload.replace(/\r\n?/g, '\n'));
      });

      it(`an .ics file keeps ${JSON.stringify(payload)} inside its own property`, async () => {
        const clean = await calendar(sample);
        const text = await calendar(withText(sample, payload));
        expect(strayBreaks(text)).to.equal(0);
        expect(properties(text)).to.deep.equal(properties(clean));
        const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
        expect(events.length).to.equal(properties(clean)['BEGIN:VEVENT']);
        for (const event of events) expect(event.getFirstPropertyValue('summary')).to.equal(payload.replace(/\r\n?/g, '\n'));
      });
    }
  });

  describe('in a hostile feed from the server', () => {
    const FIXTURE = 'test/fixtures/xss.json';
    const ATTRIBUTES: [FeedTag, Record<string, string>][] = [
      ['ero-contact-list', {}],
      ['ero-service-finder', { now: '2026-11-23T10:00:00+02:00' }],
      ['ero-event-calendar', { now: '2026-10-01T12:00' }],
      ['ero-project-card', { project: 'evil-project', today: '2026-01-01' }],
      ['ero-project-list', { layout: 'full', today: '2026-01-01' }],
    ];
    let fixture: Feed;
    before(async () => {
      fixture = (await (await fetch(`/${FIXTURE}`)).json()) as Feed;
    });

    for (const [tag, attributes] of ATTRIBUTES) {
      it(`<${tag}> shows it as text, fetched and then from the stored copy with the network down`, async () => {
        const src = feedUrl({ file: FIXTURE });
        const names = [fixture.contacts![0].name, fixture.services![0].name.fi, fixture.events![0].name.fi, fixture.projects![0].name.fi];
        for (const visit of ['fetched', 'stored']) {
          if (visit === 'stored') {
            newVisit();
            await setNetworkDown(src, true);
          }
          const mounted = await mount(tag, { ...attributes, src, cache: 'local' });
          await settled(mounted);
          await new Promise((r) => setTimeout(r, 30));
          await afterIdle();
          const el = mounted.el;
          expect(runnable(el), visit).to.deep.equal([]);
          expect(names.some((name) => deepText(el).includes(collapse(name))), `${visit}: a name shows as text`).to.equal(true);
          const jsonLd = el.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]')!;
          expect(jsonLd.text, visit).not.to.match(/</);
          el.remove();
        }
        await setNetworkDown(src, false);
        localStorage.clear();
      });
    }
  });
});
