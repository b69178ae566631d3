/**
 * Privacy, proven: the only requests are to the configured feed URLs, they carry no cookies and
 * no referrer, nothing sets a cookie, and the only storage is under the kit's namespaced key.
 */
import { expect } from '@open-wc/testing';
import { STORAGE_PREFIX } from '../../src/feed/store.js';
import { feedUrl, lastRequestHeaders, newVisit } from '../helpers/feed-server.js';
import { kitElements, loadPage } from '../helpers/frames.js';
import { mount, settled } from '../helpers/mount.js';
import '../../src/index.js';

describe('privacy', () => {
  beforeEach(() => {
    newVisit();
    localStorage.clear();
    sessionStorage.clear();
  });

  it('a page of every component requests nothing but its feed, all from its own origin', async () => {
    const frame = await loadPage('/test/fixtures/pages/clean.html');
    const entries = frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const notModules = entries.filter((e) => !/\.(ts|js|mjs|css)(\?|$)/.test(new URL(e.name).pathname));
    expect(notModules.map((e) => new URL(e.name).pathname)).to.deep.equal(['/demo/feeds/sample.json']);
    expect(entries.every((e) => new URL(e.name).origin === location.origin)).to.equal(true);
    expect(kitElements(frame).length).to.be.greaterThan(1);
    frame.remove();
  });

  it('sends no cookies and no referrer with the feed request', async () => {
    document.cookie = 'session=secret; path=/';
    try {
      const src = feedUrl({ file: 'test/fixtures/contacts.json' });
      await settled(await mount('ero-contact-list', { src }));
      const headers = await lastRequestHeaders(src);
      expect(headers.cookie).to.equal(undefined);
      expect(headers.referer).to.equal(undefined);
    } finally {
      document.cookie = 'session=; path=/; max-age=0';
    }
  });

  it('sets no cookie, and stores only under its own key, nowhere else', async () => {
    const frame = await loadPage('/test/fixtures/pages/clean.html');
    const page = frame.contentWindow!;
    expect(page.document.cookie).to.equal('');
    const keys = [...Object.keys(page.localStorage), ...Object.keys(page.sessionStorage)];
    expect(keys.length).to.be.greaterThan(0);
    expect(keys.every((k) => k.startsWith(STORAGE_PREFIX))).to.equal(true);
    expect(await page.indexedDB.databases()).to.deep.equal([]);
    expect(await page.caches.keys()).to.deep.equal([]);
    frame.remove();
  });
});
