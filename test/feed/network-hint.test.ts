/**
 * A feed that fails without an answer (blocked by CORS or the page's CSP, or no network) is
 * reported with what usually causes it, not only the browser's "Failed to fetch".
 */
import { expect } from '@open-wc/testing';
import '../../src/components/contact-list/define.js';
import { mount, settled } from '../helpers/mount.js';

describe('a feed that cannot be fetched', () => {
  it('names CORS and connect-src when the feed is on another origin', async () => {
    // Nothing listens on port 9 of this machine: the request fails with no answer.
    const mounted = await mount('ero-contact-list', { src: 'http://127.0.0.1:9/feed.json', cache: 'none' });
    await settled(mounted);
    const { kind, message } = mounted.errors[0].detail;
    expect(kind).to.equal('network');
    expect(message).to.contain('another origin (http://127.0.0.1:9)');
    expect(message).to.contain('Access-Control-Allow-Origin');
    expect(message).to.contain('connect-src');
  });

  it('names connect-src when the feed is on the page\'s own origin and fails', async () => {
    const originalFetch = window.fetch;
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      const mounted = await mount('ero-contact-list', { src: '/no-network/feed.json', cache: 'none' });
      await settled(mounted);
      const { kind, message } = mounted.errors[0].detail;
      expect(kind).to.equal('network');
      expect(message).to.contain('Failed to fetch');
      expect(message).to.contain('connect-src');
      expect(message).not.to.contain('another origin');
    } finally {
      window.fetch = originalFetch;
    }
  });
});
