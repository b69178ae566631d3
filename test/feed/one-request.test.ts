/**
 * Many widgets of different kinds on one page share their feed: nine on one URL and four on a
 * second make exactly one request per URL, and a repeat visit with the network cut renders all
 * of them from the stored copy, saying when it was updated. (The loader test covers the same for
 * three contact lists; this is the page a municipality actually builds.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import type { FeedErrorDetail, FeedLoadDetail } from '../../src/events.js';
import { ContactListHarness } from '../helpers/contact-list-harness.js';
import { EventCalendarHarness } from '../helpers/event-calendar-harness.js';
import { feedUrl, newVisit, requestCount, setNetworkDown } from '../helpers/feed-server.js';
import { settled, shownState, type Mounted } from '../helpers/mount.js';
import { ProjectHarness } from '../helpers/project-harness.js';
import { ServiceFinderHarness } from '../helpers/service-finder-harness.js';

const NOW = '2026-10-01T12:00';
const TODAY = '2026-10-01';

/** Nine widgets of five kinds on one feed, as a municipality's pages put them together. */
function firstGroup(src: string): HTMLElement[] {
  return [
    el('ero-service-finder', { src, municipality: '491' }),
    el('ero-service-finder', { src, channel: 'phone chat' }),
    el('ero-event-calendar', { src, now: NOW }),
    el('ero-event-calendar', { src, now: NOW, view: 'month', month: '2026-10' }),
    el('ero-contact-list', { src, region: '10' }),
    el('ero-contact-list', { src, organization: 'viola' }),
    el('ero-project-list', { src, today: TODAY }),
    el('ero-project-card', { src, project: 'turvassa', today: TODAY }),
    el('ero-project-card', { src, project: 'valo', today: TODAY, layout: 'compact' }),
  ];
}

/** Four more on a second URL of the same page. */
function secondGroup(src: string): HTMLElement[] {
  return [
    el('ero-service-finder', { src }),
    el('ero-event-calendar', { src, now: NOW }),
    el('ero-contact-list', { src }),
    el('ero-project-list', { src, today: TODAY }),
  ];
}

function el(tag: string, attributes: Record<string, string>): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** Puts every widget on the page at once, each with its feed events recorded from the start. */
async function mountPage(widgets: HTMLElement[]): Promise<Mounted<LitElement>[]> {
  const mounted = widgets.map((widget) => {
    const m: Mounted<LitElement> = { el: widget as LitElement, loads: [], errors: [] };
    widget.addEventListener('ero-feed-load', (e) => m.loads.push(e as CustomEvent<FeedLoadDetail>));
    widget.addEventListener('ero-feed-error', (e) => m.errors.push(e as CustomEvent<FeedErrorDetail>));
    return m;
  });
  const page = await fixture<HTMLElement>(html`<main></main>`);
  page.append(...widgets);
  await Promise.all(mounted.map((m) => settled(m)));
  return mounted;
}

/** The items a person sees in the widget: names of services, occurrences, contacts or projects. */
function itemsShown({ el }: Mounted<LitElement>): string[] {
  const tag = el.localName;
  if (tag === 'ero-service-finder') return new ServiceFinderHarness(el as HTMLElementTagNameMap['ero-service-finder']).names();
  if (tag === 'ero-contact-list') return new ContactListHarness(el as HTMLElementTagNameMap['ero-contact-list']).names();
  if (tag === 'ero-event-calendar') {
    const calendar = new EventCalendarHarness(el as HTMLElementTagNameMap['ero-event-calendar']);
    return calendar.table() ? calendar.monthEntries() : calendar.names();
  }
  return new ProjectHarness(el as HTMLElementTagNameMap['ero-project-list']).names();
}

/** The stored-copy and left-out-items notices under the widget. */
function notices({ el }: Mounted<LitElement>): string {
  return el.shadowRoot!.querySelector('[part~="notices"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/**
 * Counts the page's own fetch() calls by URL while `during` runs. The server's count cannot say
 * this when the connection is cut: Chromium then retries the same request on a fresh connection
 * by itself, and each retry reaches the server.
 */
async function fetchesDuring<T>(during: () => Promise<T>): Promise<{ result: T; fetches: Map<string, number> }> {
  const fetches = new Map<string, number>();
  const realFetch = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href).href;
    fetches.set(url, (fetches.get(url) ?? 0) + 1);
    return realFetch.call(window, input, init);
  };
  try {
    return { result: await during(), fetches };
  } finally {
    window.fetch = realFetch;
  }
}

const absolute = (url: string) => new URL(url, location.href).href;

describe('one feed request per URL for a page of widgets', () => {
  beforeEach(() => {
    newVisit();
    localStorage.clear();
    sessionStorage.clear();
  });

  it('makes exactly one request per feed URL for nine widgets on one URL and four on another', async () => {
    const first = feedUrl({ delay: 100 });
    const second = feedUrl({ delay: 100 });
    const { result: page, fetches } = await fetchesDuring(() => mountPage([...firstGroup(first), ...secondGroup(second)]));
    expect(page.map((m) => m.el.localName)).to.have.length(13);
    expect([...fetches]).to.deep.equal([[absolute(first), 1], [absolute(second), 1]]);
    expect(await requestCount(first)).to.equal(1);
    expect(await requestCount(second)).to.equal(1);
    for (const m of page) {
      expect(shownState(m.el), m.el.localName).to.equal('ready');
      expect(itemsShown(m), `${m.el.localName} shows items`).not.to.be.empty;
      expect(m.loads[0].detail.sources[0].fromCache).to.equal(false);
    }
  });

  it('renders every widget from the stored copy on a repeat visit with the network cut, saying when it was updated', async () => {
    const first = feedUrl();
    const second = feedUrl();
    const visit = () => [...firstGroup(first), ...secondGroup(second)];
    const online = await mountPage(visit());
    const shownOnline = online.map(itemsShown);
    expect(shownOnline.every((items) => items.length > 0)).to.equal(true);
    online.forEach((m) => m.el.remove());

    newVisit();
    await setNetworkDown(first, true);
    await setNetworkDown(second, true);
    try {
      const { result: offline, fetches } = await fetchesDuring(() => mountPage(visit()));
      // One attempt per URL on the repeat visit too, and it failed: the stored copy is all there is.
      expect([...fetches]).to.deep.equal([[absolute(first), 1], [absolute(second), 1]]);
      expect(await requestCount(first)).to.be.greaterThan(1);
      expect(offline.map(itemsShown)).to.deep.equal(shownOnline);
      for (const m of offline) {
        expect(shownState(m.el), m.el.localName).to.equal('ready');
        expect(m.errors[0].detail, m.el.localName).to.include({ kind: 'network', stale: true });
        expect(notices(m), m.el.localName).to.match(/Näytetään tallennetut tiedot \(päivitetty \d/);
      }
    } finally {
      await setNetworkDown(first, false);
      await setNetworkDown(second, false);
    }
  });
});
