/**
 * A feed on another origin (127.0.0.1 instead of localhost, same test server) loads when the
 * host sends CORS headers and fails cleanly, with the error state, when it does not. Revalidation
 * must not cost a CORS preflight, which static hosts rarely answer.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/contact-list/define.js';
import { ContactListHarness } from '../helpers/contact-list-harness.js';
import { feedUrl, newVisit } from '../helpers/feed-server.js';
import { mount, settled, shownState } from '../helpers/mount.js';

function otherOrigin(url: string, cors: boolean): string {
  const other = new URL(url, location.href);
  other.hostname = other.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  if (cors) other.searchParams.set('cors', '1');
  return other.href;
}

async function count(key: string): Promise<number> {
  return ((await (await fetch(`/__feed-count?key=${encodeURIComponent(key)}`)).json()) as { count: number }).count;
}

describe('a feed on another origin', () => {
  beforeEach(() => {
    newVisit();
    localStorage.clear();
  });

  it('loads when the feed host allows it with Access-Control-Allow-Origin', async () => {
    const src = otherOrigin(feedUrl({ file: 'test/fixtures/contacts.json', etag: 'v1' }), true);
    const m = await mount('ero-contact-list', { src });
    await settled(m);
    expect(new URL(src).origin).not.to.equal(location.origin);
    expect(new ContactListHarness(m.el).names()).to.have.length(4);
  });

  it('shows the error state, and no contacts, when the host sends no CORS header', async () => {
    const error = console.error;
    console.error = () => {};
    try {
      const m = await mount('ero-contact-list', { src: otherOrigin(feedUrl({ file: 'test/fixtures/contacts.json' }), false) });
      await settled(m);
      expect(shownState(m.el)).to.equal('error');
      expect(m.errors[0].detail.kind).to.equal('network');
    } finally {
      console.error = error;
    }
  });

  it('revalidates a repeat visit without a preflight request', async () => {
    const src = otherOrigin(feedUrl({ file: 'test/fixtures/contacts.json', etag: 'v1' }), true);
    await settled(await mount('ero-contact-list', { src }));
    newVisit();
    await settled(await mount('ero-contact-list', { src }));
    const key = new URL(src).searchParams.get('key')!;
    expect(await count(key)).to.equal(2);
    expect(await count(`preflight:${key}`)).to.equal(0);
  });
});
