/**
 * The shared feed loader, seen through <ero-contact-list> on the test runner's own server:
 * status codes, revalidation, timeouts, bad documents, several sources and the stored copy.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/contact-list/define.js';
import { STORAGE_PREFIX } from '../../src/feed/store.js';
import { ContactListHarness } from '../helpers/contact-list-harness.js';
import { feedUrl, newVisit, requestCount, setNetworkDown } from '../helpers/feed-server.js';
import { liveRegion, mount, settled, shownState } from '../helpers/mount.js';

const CONTACTS = 'test/fixtures/contacts.json';
const PARTLY_BAD = 'test/fixtures/contacts-partly-bad.json';

async function list(src: string, attributes: Record<string, string> = {}) {
  const mounted = await mount('ero-contact-list', { src, ...attributes });
  return { ...mounted, ui: new ContactListHarness(mounted.el) };
}

describe('feed loader', () => {
  beforeEach(() => {
    newVisit();
    localStorage.clear();
    sessionStorage.clear();
  });

  it('shows a polite loading state, then the contacts of a 200 response', async () => {
    const m = await list(feedUrl({ file: CONTACTS, delay: 300 }));
    expect(shownState(m.el)).to.equal('loading');
    // The loading box is there to read; the page's live region keeps quiet as widgets load.
    expect(liveRegion(m.el)).to.equal('');
    await settled(m);
    expect(m.ui.names()).to.deep.equal(['Päivi Malinen', 'Emmi Heikkinen', 'Heli Isotalus', 'Liisa Esimerkki']);
    // Loaded with the page: the list is there to read, and nothing more is announced.
    expect(liveRegion(m.el)).to.equal('');
    expect(m.loads[0].detail.sources[0].fromCache).to.equal(false);
  });

  it('shows a localized error with a retry button on 404, and keeps the page\'s fallback content', async () => {
    const m = await mount('ero-contact-list', { src: feedUrl({ status: 404 }) }, (el) => {
      el.innerHTML = '<a href="/yhteystiedot">Kaikki yhteystiedot</a>';
    });
    await settled(m);
    expect(shownState(m.el)).to.equal('error');
    expect(m.el.shadowRoot!.textContent).to.contain('Tietoja ei voitu näyttää');
    expect(m.errors[0].detail).to.include({ kind: 'http', status: 404, stale: false });
    const slot = m.el.shadowRoot!.querySelector<HTMLSlotElement>('.state.error slot')!;
    expect(slot.assignedElements()[0].textContent).to.equal('Kaikki yhteystiedot');
  });

  it('recovers through the retry button after a 500', async () => {
    const m = await list(feedUrl({ file: CONTACTS, status: 500, times: 1 }));
    await settled(m);
    expect(m.errors[0].detail.status).to.equal(500);
    m.ui.retryButton()!.click();
    await settled(m, 2);
    expect(m.ui.names()).to.have.length(4);
  });

  it('gives up after the timeout and says so', async () => {
    const m = await list(feedUrl({ delay: 3000 }), { timeout: '150' });
    await settled(m);
    expect(m.errors[0].detail.kind).to.equal('timeout');
    expect(shownState(m.el)).to.equal('error');
    expect(m.ui.retryButton()).to.exist;
  });

  it('treats invalid JSON as an error, not a crash', async () => {
    const m = await list(feedUrl({ file: 'test/fixtures/not-json.json' }));
    await settled(m);
    expect(m.errors[0].detail.kind).to.equal('parse');
    expect(shownState(m.el)).to.equal('error');
  });

  it('refuses a feed of an unknown major version with its own message', async () => {
    const m = await list(feedUrl({ file: 'test/fixtures/version-2.json' }));
    await settled(m);
    expect(m.errors[0].detail.kind).to.equal('version');
    expect(m.el.shadowRoot!.textContent).to.contain('uudempaa muotoa');
  });

  it('shows the good items of a partly bad feed and counts the ones left out', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const m = await list(feedUrl({ file: PARTLY_BAD }));
      await settled(m);
      expect(m.ui.names()).to.deep.equal(['Päivi Malinen', 'Heli Isotalus', 'Liisa Esimerkki', 'Uusi Kenttä']);
      expect(m.ui.notices()).to.contain('3 kohdetta jätettiin pois');
      expect(warnings.some((w) => w.includes('$.contacts[1].phone') && w.includes('"emmi-heikkinen"'))).to.equal(true);
      expect(warnings.some((w) => w.includes('$.contacts[4].name') && w.includes('is required'))).to.equal(true);
      expect(m.loads[0].detail.issues.filter((i) => i.dropped)).to.have.length(3);
    } finally {
      console.warn = warn;
    }
  });

  it('reads a feed object given to several widgets once: the same items, issues and warnings for each', async () => {
    const feed = await (await fetch(PARTLY_BAD)).json();
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const widgets = await Promise.all([
        mount('ero-contact-list', {}, (el) => (el.feed = feed)),
        mount('ero-contact-list', {}, (el) => (el.feed = feed)),
      ]);
      await Promise.all(widgets.map((w) => settled(w)));
      const [first, second] = widgets.map((w) => ({ names: new ContactListHarness(w.el).names(), issues: w.loads[0].detail.issues }));
      expect(first.names).to.deep.equal(['Päivi Malinen', 'Heli Isotalus', 'Liisa Esimerkki', 'Uusi Kenttä']);
      expect(second).to.deep.equal(first);
      expect(first.issues.filter((i) => i.dropped)).to.have.length(3);
      expect(new ContactListHarness(widgets[1].el).notices()).to.contain('3 kohdetta jätettiin pois');
      expect(warnings.filter((w) => w.includes('$.contacts[1].phone'))).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('merges several sources listed in src by id', async () => {
    const src = `${feedUrl({ file: CONTACTS })} ${feedUrl({ file: 'test/fixtures/contacts-second-source.json' })}`;
    const m = await list(src);
    await settled(m);
    expect(m.ui.names()).to.deep.equal([
      'Päivi Malinen',
      'Emmi Heikkinen',
      'Heli Isotalus',
      'Liisa Esimerkki',
      'Satu Auvinen',
    ]);
    expect(m.ui.card('Satu Auvinen').textContent).to.contain('Essote');
    expect(m.loads[0].detail.sources).to.have.length(2);
  });

  it('makes one request per URL however many widgets read it', async () => {
    const url = feedUrl({ file: CONTACTS });
    const widgets = await Promise.all([list(url), list(url), list(url, { organization: 'viola' })]);
    await Promise.all(widgets.map((w) => settled(w)));
    expect(await requestCount(url)).to.equal(1);
    expect(widgets[2].ui.names()).to.deep.equal(['Emmi Heikkinen', 'Heli Isotalus']);
  });

  it('stores the feed under the namespaced key only', async () => {
    const m = await list(feedUrl({ file: CONTACTS }));
    await settled(m);
    const keys = Object.keys(localStorage);
    expect(keys).to.have.length(1);
    expect(keys[0].startsWith(STORAGE_PREFIX)).to.equal(true);
  });

  it('keeps nothing between visits with cache="none"', async () => {
    const m = await list(feedUrl({ file: CONTACTS }), { cache: 'none' });
    await settled(m);
    expect(Object.keys(localStorage)).to.deep.equal([]);
    expect(Object.keys(sessionStorage)).to.deep.equal([]);
  });

  it('revalidates a repeat visit with the ETag and uses the stored copy on 304', async () => {
    const url = feedUrl({ file: CONTACTS, etag: 'v1' });
    const first = await list(url);
    await settled(first);
    newVisit();
    const repeat = await list(url);
    // Rendered from storage before the network answers.
    expect(repeat.ui.names()).to.have.length(4);
    await settled(repeat);
    expect(await requestCount(url)).to.equal(2);
    expect(repeat.loads[0].detail.sources[0].fromCache).to.equal(false);
    expect(repeat.ui.notices()).to.equal('');
    expect(repeat.ui.names()).to.have.length(4);
  });

  it('renders from the stored copy when the network is down, with "updated …" shown', async () => {
    const url = feedUrl({ file: CONTACTS });
    const first = await list(url);
    await settled(first);
    newVisit();
    await setNetworkDown(url, true);
    try {
      const offline = await list(url);
      await settled(offline);
      expect(offline.ui.names()).to.have.length(4);
      expect(offline.errors[0].detail).to.include({ kind: 'network', stale: true });
      expect(offline.ui.notices()).to.match(/Yhteys ei juuri nyt toimi\. Näytetään tallennetut tiedot \(päivitetty \d/);
    } finally {
      await setNetworkDown(url, false);
    }
  });

  it('says the element has no feed when src is missing', async () => {
    const error = console.error;
    console.error = () => {};
    try {
      const m = await list('');
      expect(shownState(m.el)).to.equal('error');
      expect(m.el.shadowRoot!.textContent).to.contain('Tietolähdettä ei ole määritelty.');
    } finally {
      console.error = error;
    }
  });
});
