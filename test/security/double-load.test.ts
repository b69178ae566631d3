/**
 * Loading the kit twice, or two versions of it, on one page throws nothing and the elements
 * keep working. The second copy is served under /__copy/<version>/ (test/server/kit-plugins.mjs),
 * so the browser really evaluates every module of the kit again.
 */
import { expect } from '@open-wc/testing';
import { ContactListHarness } from '../helpers/contact-list-harness.js';
import { feedUrl, requestCount } from '../helpers/feed-server.js';
import { afterIdle, mount, settled } from '../helpers/mount.js';

const TAGS = ['ero-contact-list', 'ero-quick-exit', 'ero-project-card', 'ero-project-list', 'ero-event-calendar', 'ero-service-finder'];

/** Imports a module of the kit's second copy, which reports `version`. */
function copyOf<T>(version: string, path: string): Promise<T> {
  return import(/* @vite-ignore */ `/__copy/${version}/${path}`) as Promise<T>;
}
type Kit = typeof import('../../src/index.js');
type Store = typeof import('../../src/feed/store.js');

describe('loading the kit twice', () => {
  const errors: unknown[] = [];
  const warnings: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error);
  let warn: typeof console.warn;

  before(() => {
    window.addEventListener('error', onError);
    warn = console.warn;
    console.warn = (message: string) => warnings.push(String(message));
  });
  after(() => {
    window.removeEventListener('error', onError);
    console.warn = warn;
  });

  it('defines every element once, from the first copy', async () => {
    const first = await import('../../src/index.js');
    await copyOf<Kit>(first.VERSION, 'src/index.ts');
    expect(errors).to.deep.equal([]);
    expect(customElements.get('ero-contact-list')).to.equal(first.ContactList);
    expect(warnings.filter((w) => w.includes('already defined'))).to.deep.equal([]);
  });

  it('a different version only warns, once per tag, and throws nothing', async () => {
    const second = await copyOf<Kit>('9.9.9', 'src/index.ts');
    expect(second.VERSION).to.equal('9.9.9');
    expect(errors).to.deep.equal([]);
    for (const tag of TAGS) {
      expect(warnings.filter((w) => w.includes(`<${tag}> is already defined`)), tag).to.have.length(1);
    }
  });

  it('keeps the elements working, and both copies share one request per feed URL', async () => {
    const first = await import('../../src/index.js');
    const src = feedUrl({ file: 'test/fixtures/contacts.json' });
    const mounted = await mount('ero-contact-list', { src });
    await settled(mounted);
    await afterIdle();
    expect(mounted.el).to.be.instanceOf(first.ContactList);
    expect(new ContactListHarness(mounted.el).names()).to.have.length(4);
    const jsonLd = mounted.el.querySelectorAll(':scope > script[type="application/ld+json"]');
    expect(jsonLd, 'one JSON-LD script').to.have.length(1);
    expect(JSON.parse(jsonLd[0].textContent!)['@graph']).to.have.length(4);
    const copy = await copyOf<Store>('9.9.9', 'src/feed/store.ts');
    const source = copy.feedStore.source(src, { timeout: 1000, cache: 'none' });
    expect(source.state.parsed?.feed.contacts).to.have.length(4);
    expect(await requestCount(src)).to.equal(1);
  });
});
