/**
 * src, feed, cache and timeout changed after mount, in any order, as React and Vue change them:
 * the element then shows what a fresh element with the final settings shows.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/contact-list/define.js';
import type { Feed } from '../../src/feed/types.js';
import { ContactListHarness } from '../helpers/contact-list-harness.js';
import { feedUrl, newVisit } from '../helpers/feed-server.js';
import { mount, settled, shownState } from '../helpers/mount.js';

const CONTACTS = 'test/fixtures/contacts.json';
const SECOND = 'test/fixtures/contacts-second-source.json';

async function list(src: string, attributes: Record<string, string> = {}) {
  const mounted = await mount('ero-contact-list', { src, ...attributes });
  return { ...mounted, ui: new ContactListHarness(mounted.el) };
}

/** Waits until `check` holds, for what arrives from the network. */
async function until(check: () => boolean, what: string, timeout = 4000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('settings changed after mount', () => {
  beforeEach(() => {
    newVisit();
    localStorage.clear();
    sessionStorage.clear();
  });

  it('switches to a URL that another widget has already loaded, and equals a fresh element on it', async () => {
    const first = feedUrl({ file: CONTACTS });
    const second = feedUrl({ file: SECOND });
    const other = await list(second);
    await settled(other);
    const m = await list(first);
    await settled(m);
    expect(m.ui.names()).to.have.length(4);

    m.el.setAttribute('src', second);
    await m.el.updateComplete;
    expect(m.ui.names()).to.deep.equal(other.ui.names());
    expect(m.ui.names()).to.not.deep.equal(['Päivi Malinen', 'Emmi Heikkinen', 'Heli Isotalus', 'Liisa Esimerkki']);
    await until(() => m.loads.length === 2, 'the load event of the new source');
    expect(m.loads[1].detail.sources.map((s) => s.url)).to.deep.equal([new URL(second, location.href).href]);
  });

  it('goes back to src when the feed property is removed, and to the feed when it is set again', async () => {
    const url = feedUrl({ file: CONTACTS });
    const m = await list(url);
    await settled(m);
    const feed = (await (await fetch(`/${SECOND}`)).json()) as Feed;
    m.el.feed = feed;
    await m.el.updateComplete;
    const fromFeed = ['Satu Auvinen', 'Päivi Malinen (toinen lähde)'];
    expect(m.ui.names()).to.deep.equal(fromFeed);
    m.el.feed = undefined;
    await m.el.updateComplete;
    expect(m.ui.names()).to.have.length(4);
    m.el.feed = feed;
    await m.el.updateComplete;
    expect(m.ui.names()).to.deep.equal(fromFeed);
  });

  it('sends the load event after the element has rendered the feed', async () => {
    const url = feedUrl({ file: CONTACTS });
    const el = document.createElement('ero-contact-list');
    const seen: number[] = [];
    el.addEventListener('ero-feed-load', () => seen.push(new ContactListHarness(el).names().length));
    el.setAttribute('src', url);
    document.body.append(el);
    try {
      await until(() => seen.length > 0, 'the load event');
      expect(seen).to.deep.equal([4]);
    } finally {
      el.remove();
    }
  });

  it('wipes the stored copy when cache changes to "none" after mount', async () => {
    const url = feedUrl({ file: CONTACTS });
    const m = await list(url);
    await settled(m);
    expect(Object.keys(localStorage)).to.have.length(1);
    m.el.setAttribute('cache', 'none');
    await m.el.updateComplete;
    expect(Object.keys(localStorage)).to.deep.equal([]);
    expect(m.ui.names()).to.have.length(4);
  });

  it('lets the strictest cache win when two widgets read one URL', async () => {
    const url = feedUrl({ file: CONTACTS, delay: 100 });
    const loose = await list(url);
    const strict = await list(url, { cache: 'none' });
    await Promise.all([settled(loose), settled(strict)]);
    expect(Object.keys(localStorage)).to.deep.equal([]);
    expect(Object.keys(sessionStorage)).to.deep.equal([]);
  });

  it('moves the copy to sessionStorage when a widget asks for cache="session"', async () => {
    const url = feedUrl({ file: CONTACTS });
    const loose = await list(url);
    await settled(loose);
    const session = await list(url, { cache: 'session' });
    await session.el.updateComplete;
    expect(Object.keys(localStorage)).to.deep.equal([]);
    expect(Object.keys(sessionStorage)).to.have.length(1);
  });

  it('waits the default time, with a warning, for a timeout that is not a number of milliseconds above 0', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      for (const timeout of ['x', '0', '-5']) {
        const m = await list(feedUrl({ file: CONTACTS, delay: 200 }), { timeout });
        await settled(m);
        expect(m.errors, `timeout="${timeout}"`).to.deep.equal([]);
        expect(m.ui.names(), `timeout="${timeout}"`).to.have.length(4);
      }
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => /timeout="(x|0|-5)" is not a number of milliseconds above 0; the default 10000 ms is used/.test(w)), warnings.join('\n')).to.have.length(3);
  });

  it('keeps nothing, with a warning, for an unknown cache value, and the default for an empty one', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const unknown = await list(feedUrl({ file: CONTACTS }), { cache: 'nnone' });
      await settled(unknown);
      expect(unknown.ui.names()).to.have.length(4);
      expect(Object.keys(localStorage)).to.deep.equal([]);
      expect(Object.keys(sessionStorage)).to.deep.equal([]);
      const empty = await list(feedUrl({ file: CONTACTS }), { cache: '' });
      await settled(empty);
      expect(Object.keys(localStorage)).to.have.length(1);
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('cache="nnone" is not local, session or none; nothing is stored'))).to.have.length(1);
  });

  it('takes the default back when a framework sets a setting to undefined or null', async () => {
    const url = feedUrl({ file: CONTACTS });
    const m = await list(url, { region: '10' });
    await settled(m);
    const few = m.ui.names().length;
    (m.el as unknown as { region: unknown }).region = undefined;
    await m.el.updateComplete;
    const fresh = await list(url);
    await settled(fresh);
    expect(m.ui.names()).to.deep.equal(fresh.ui.names());
    expect(m.ui.names().length).to.be.greaterThan(few);
    (m.el as unknown as { src: unknown }).src = null;
    await m.el.updateComplete;
    expect(shownState(m.el)).to.equal('error');
  });

  it('gives up at a timeout lowered after mount', async () => {
    const m = await list(feedUrl({ file: CONTACTS, delay: 3000 }));
    expect(shownState(m.el)).to.equal('loading');
    const error = console.error;
    console.error = () => {};
    try {
      m.el.setAttribute('timeout', '100');
      await settled(m);
    } finally {
      console.error = error;
    }
    expect(m.errors[0].detail.kind).to.equal('timeout');
    expect(shownState(m.el)).to.equal('error');
  });

  it('times out for its own timeout while a more patient widget still waits, then both show the feed', async () => {
    const url = feedUrl({ file: CONTACTS, delay: 600 });
    const error = console.error;
    console.error = () => {};
    try {
      const patient = await list(url, { timeout: '5000' });
      const hasty = await list(url, { timeout: '100' });
      await settled(hasty);
      expect(hasty.errors[0].detail.kind).to.equal('timeout');
      expect(shownState(hasty.el)).to.equal('error');
      expect(shownState(patient.el)).to.equal('loading');
      await settled(patient);
      expect(patient.ui.names()).to.have.length(4);
      await until(() => hasty.ui.names().length === 4, 'the late feed in the hasty widget');
    } finally {
      console.error = error;
    }
  });
});
