/** Where the quick exit sits: in view while the page scrolls, and covering nothing on a phone. */
import { expect } from '@open-wc/testing';
import { setViewport } from '../helpers/commands.js';
import '../../src/components/quick-exit/define.js';
import type { QuickExit } from '../../src/components/quick-exit/quick-exit.js';

const frame = () => new Promise((done) => requestAnimationFrame(() => done(undefined)));

/** A page of a theme's own markup around the element: the quick exit in it, ready and painted. */
async function themed(markup: string, rootStyle = ''): Promise<{ el: QuickExit; root: HTMLElement; remove: () => void }> {
  const root = document.createElement('div');
  root.style.cssText = rootStyle;
  root.innerHTML = markup;
  document.body.append(root);
  const el = root.querySelector<QuickExit>('ero-quick-exit')!;
  await el.updateComplete;
  await frame();
  return { el, root, remove: () => root.remove() };
}

/** A page with the element first, as a CMS block wraps it, then the site's header and a long text. */
async function page(attributes = ''): Promise<{ el: QuickExit; header: HTMLElement; remove: () => void }> {
  const { el, root, remove } = await themed(`
    <div class="wp-block-html"><ero-quick-exit ${attributes}></ero-quick-exit></div>
    <header>
      <a href="/" style="float: right">Kunta</a>
      <nav><a href="/palvelut">Palvelut</a> <a href="/yhteystiedot">Yhteystiedot</a></nav>
      <h1>Apua väkivaltaan</h1>
    </header>
    <p style="height: 3000px">Pitkä teksti.</p>`);
  return { el, header: root.querySelector('header')!, remove };
}

const exitButton = (el: QuickExit) => el.shadowRoot!.querySelector<HTMLElement>('[part~="button"]')!;

async function scrollBy(y: number): Promise<void> {
  window.scrollTo(0, y);
  await frame();
  await frame();
}

/** Whether the exit button is on screen and is what a tap in its middle reaches. */
function reachable(el: QuickExit): boolean {
  const box = exitButton(el).getBoundingClientRect();
  if (box.top < 0 || box.bottom > window.innerHeight || box.height === 0) return false;
  const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return hit === exitButton(el) || exitButton(el).contains(hit);
}

const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('<ero-quick-exit> placement', () => {
  afterEach(async () => {
    window.scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
  });

  it('stays in view after scrolling 600 px inside a wrapper that holds only it', async () => {
    const { el, remove } = await page();
    try {
      await scrollBy(600);
      expect(window.scrollY).to.equal(600);
      expect(reachable(el)).to.equal(true);
      await scrollBy(0);
      expect(reachable(el)).to.equal(true);
      expect(exitButton(el).getBoundingClientRect().top).to.be.above(0);
    } finally {
      remove();
    }
  });

  it('stays in view when the page scrolls in an element of its own, at the top of that element', async () => {
    // An app-like theme: a fixed-height site header, and the content scrolling inside <main>.
    const { el, root, remove } = await themed(`
      <header style="height: 60px"><a href="/">Kunta</a></header>
      <main style="height: 400px; overflow: auto">
        <div class="wp-block-html"><ero-quick-exit></ero-quick-exit></div>
        <h1>Apua väkivaltaan</h1>
        <p style="height: 3000px">Pitkä teksti.</p>
      </main>`);
    try {
      const main = root.querySelector('main')!;
      main.scrollTop = 600;
      await frame();
      await frame();
      expect(reachable(el)).to.equal(true);
      const button = exitButton(el).getBoundingClientRect();
      const bar = el.shadowRoot!.querySelector('[part~="bar"]')!.getBoundingClientRect();
      expect(bar.top).to.be.closeTo(main.getBoundingClientRect().top, 1);
      const link = root.querySelector('header a')!;
      expect(overlaps(button, link.getBoundingClientRect())).to.equal(false);
      main.scrollTop = 0;
      await frame();
      await frame();
      expect(reachable(el)).to.equal(true);
      expect(el.shadowRoot!.querySelector('.bar.pinned')).to.equal(null);
    } finally {
      remove();
    }
  });

  it('stays in view in a site wrapper that hides its overflow, which stops position: sticky', async () => {
    const { el, remove } = await themed(`<div class="wp-block-html"><ero-quick-exit></ero-quick-exit></div><p style="height: 3000px">Pitkä teksti.</p>`, 'overflow-x: hidden');
    try {
      await scrollBy(600);
      expect(reachable(el)).to.equal(true);
      expect(exitButton(el).getBoundingClientRect().top).to.be.at.least(0);
    } finally {
      remove();
    }
  });

  for (const style of ['transform: translateZ(0)', 'will-change: transform', 'filter: opacity(1)', 'contain: paint']) {
    it(`stays in view in a section with ${style}, which holds fixed elements (page builders animate sections so)`, async () => {
      const { el, remove } = await themed(`<p>Kunta</p><section style="${style}"><div class="wp-block-html"><ero-quick-exit></ero-quick-exit></div><p style="height: 3000px">Pitkä teksti.</p></section>`);
      try {
        await scrollBy(600);
        expect(reachable(el)).to.equal(true);
        expect(exitButton(el).getBoundingClientRect().top).to.be.within(0, 20);
        await scrollBy(1200);
        expect(reachable(el)).to.equal(true);
      } finally {
        remove();
      }
    });
  }

  it('with placement="fixed" in a section with a transform, stays in the top corner of the window', async () => {
    const { el, remove } = await themed(`<p>Kunta</p><section style="transform: translateY(0); margin: 0 40px"><div class="wp-block-html"><ero-quick-exit placement="fixed"></ero-quick-exit></div><p style="height: 3000px">Pitkä teksti.</p></section>`);
    try {
      for (const y of [0, 600, 1200]) {
        await scrollBy(y);
        expect(reachable(el), `at ${y} px`).to.equal(true);
        expect(el.getBoundingClientRect().top, `at ${y} px`).to.be.closeTo(0, 1);
        expect(el.getBoundingClientRect().right, `at ${y} px`).to.be.closeTo(document.documentElement.clientWidth, 1);
      }
    } finally {
      remove();
    }
  });

  it('keeps its place in the page while pinned, so the page does not jump', async () => {
    const { header, remove } = await page();
    try {
      const headerTop = header.getBoundingClientRect().top + window.scrollY;
      await scrollBy(600);
      expect(header.getBoundingClientRect().top + window.scrollY).to.equal(headerTop);
    } finally {
      remove();
    }
  });

  it('with placement="fixed" on a phone, is a compact button that covers no heading or link', async () => {
    await setViewport({ width: 360, height: 640 });
    const { el, header, remove } = await page('placement="fixed"');
    try {
      const button = exitButton(el).getBoundingClientRect();
      expect(button.height).to.be.below(64);
      const covered = [...header.querySelectorAll('a, h1')].filter((target) => overlaps(button, target.getBoundingClientRect()));
      expect(covered.map((c) => c.textContent)).to.deep.equal([]);
      const link = header.querySelector('a')!;
      const box = link.getBoundingClientRect();
      expect(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).to.equal(link);
      await expect(el).to.be.accessible();
    } finally {
      remove();
    }
  });

  it('with placement="fixed", is compact when added after the screen narrowed with no quick exit on the page', async () => {
    // A single-page app's next view on a phone that was turned: WebKit would keep the wide
    // screen's rules for the shared style sheet (see src/internal/fresh-media.ts).
    const wide = await page('placement="fixed"');
    wide.remove();
    await setViewport({ width: 360, height: 640 });
    const { el, header, remove } = await page('placement="fixed"');
    try {
      const button = exitButton(el).getBoundingClientRect();
      expect(button.height).to.be.below(64);
      const covered = [...header.querySelectorAll('a, h1')].filter((target) => overlaps(button, target.getBoundingClientRect()));
      expect(covered.map((c) => c.textContent)).to.deep.equal([]);
    } finally {
      remove();
    }
  });

  it('with placement="fixed" on a phone, stays in view while the page scrolls', async () => {
    await setViewport({ width: 360, height: 640 });
    const { el, remove } = await page('placement="fixed"');
    try {
      await scrollBy(600);
      expect(reachable(el)).to.equal(true);
    } finally {
      remove();
    }
  });

  it('with placement="fixed" on a wide screen, stays in the top corner', async () => {
    const { el, remove } = await page('placement="fixed"');
    try {
      await scrollBy(600);
      expect(reachable(el)).to.equal(true);
      expect(el.getBoundingClientRect().right).to.be.closeTo(document.documentElement.clientWidth, 1);
    } finally {
      remove();
    }
  });
});
