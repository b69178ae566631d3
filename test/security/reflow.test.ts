/**
 * WCAG 1.4.10: every component reflows in a 320 px viewport without horizontal scrolling, all of
 * them together on one page (a 320 px iframe); each component's own tests check the same in a
 * 320 px window.
 */
import { expect } from '@open-wc/testing';
import { kitElements, loadPage } from '../helpers/frames.js';

describe('reflow at 320 px', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('shows every component in a 320 px viewport without horizontal scrolling', async () => {
    frame = await loadPage('/test/fixtures/pages/clean.html', 320);
    const doc = frame.contentDocument!;
    doc.body.style.width = 'auto';
    await new Promise((done) => requestAnimationFrame(done));
    expect(frame.contentWindow!.innerWidth).to.equal(320);
    const elements = kitElements(frame);
    expect(elements.map((el) => el.localName)).to.include.members(['ero-service-finder', 'ero-event-calendar', 'ero-contact-list']);
    for (const el of elements) {
      expect(el.getBoundingClientRect().right, el.localName).to.be.at.most(320);
      for (const inner of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
        const { right, width } = inner.getBoundingClientRect();
        if (width > 0) expect(right, `${el.localName} ${inner.localName}.${inner.className}`).to.be.at.most(321);
      }
    }
    expect(doc.documentElement.scrollWidth).to.be.at.most(320);
  });
});
