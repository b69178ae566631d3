/** Every component renders under a strict Content-Security-Policy with Trusted Types, with no violation. */
import { expect } from '@open-wc/testing';
import { kitElements, loadPage } from '../helpers/frames.js';

describe('strict Content-Security-Policy', () => {
  it('renders every component with no CSP violation', async () => {
    const frame = await loadPage('/test/fixtures/pages/strict-csp.html');
    const page = frame.contentWindow as Window & { violations: string[] };
    const response = await fetch('/test/fixtures/pages/strict-csp.html');
    expect(response.headers.get('Content-Security-Policy')).to.contain("require-trusted-types-for 'script'");
    const elements = kitElements(frame);
    expect(elements.map((el) => el.localName)).to.include.members(['ero-contact-list', 'ero-quick-exit', 'ero-event-calendar', 'ero-service-finder']);
    for (const el of elements) {
      expect(el.shadowRoot!.textContent!.trim(), `${el.localName} shows content`).not.to.equal('');
      expect(el.shadowRoot!.querySelector('.state.error'), `${el.localName} has no error`).to.equal(null);
    }
    expect(page.violations).to.deep.equal([]);
    frame.remove();
  });

  it('would notice a violation: an inline style attribute is reported on that page', async () => {
    const frame = await loadPage('/test/fixtures/pages/strict-csp.html');
    const page = frame.contentWindow as Window & { violations: string[] };
    const probe = frame.contentDocument!.createElement('div');
    probe.setAttribute('style', 'color: red');
    frame.contentDocument!.body.append(probe);
    await new Promise((r) => setTimeout(r, 50));
    expect(page.violations.some((v) => v.startsWith('style-src'))).to.equal(true);
    frame.remove();
  });

  it('needs the kit\'s Trusted Types policy for JSON-LD: a data block\'s text set as a plain text node is reported', async () => {
    const frame = await loadPage('/test/fixtures/pages/strict-csp.html');
    const page = frame.contentWindow as Window & { violations: string[] };
    const script = frame.contentDocument!.createElement('script');
    script.type = 'application/ld+json';
    script.append('{"@context":"https://schema.org"}');
    frame.contentDocument!.body.append(script);
    await new Promise((r) => setTimeout(r, 50));
    expect(page.violations.some((v) => v.startsWith('require-trusted-types-for'))).to.equal(true);
    frame.remove();
  });
});
