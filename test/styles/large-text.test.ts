/**
 * WCAG 1.4.4 and 1.4.10: every component reflows at 320 px when the browser's text size is
 * "Very large" (24 px) or larger (32 px), and under a theme rule that sets every font size.
 */
import { expect, fixture } from '@open-wc/testing';
import { setViewport } from '../helpers/commands.js';
import type { LitElement } from 'lit';
import '../../src/components/contact-list/define.js';
import '../../src/components/event-calendar/define.js';
import '../../src/components/project-card/define.js';
import '../../src/components/project-list/define.js';
import '../../src/components/quick-exit/define.js';
import '../../src/components/service-finder/define.js';
import { LONG_TEXT_FEED } from '../../stories/support/long-text.js';
import { feedUrl } from '../helpers/feed-server.js';
import { mount, settled } from '../helpers/mount.js';

const components: [keyof HTMLElementTagNameMap, Record<string, string>][] = [
  [
    'ero-service-finder',
    { src: feedUrl({ file: 'test/fixtures/services.json', key: 'large-finder' }), now: '2026-01-05T10:00:00+02:00' },
  ],
  // The sample feed: the demo's services, with phone lines whose notes hold long words ("Nollalinjalle").
  ['ero-service-finder', { src: feedUrl({ file: 'demo/feeds/sample.json', key: 'large-sample' }), now: '2026-01-05T10:00:00+02:00' }],
  ['ero-contact-list', { src: feedUrl({ file: 'test/fixtures/contacts.json', key: 'large-contacts' }) }],
  ['ero-project-list', { src: feedUrl({ file: 'test/fixtures/projects.json', key: 'large-list' }), today: '2025-06-01' }],
  [
    'ero-project-card',
    { src: feedUrl({ file: 'test/fixtures/projects.json', key: 'large-card' }), project: 'matkalla', today: '2025-06-01' },
  ],
  ['ero-event-calendar', { src: feedUrl({ file: 'test/fixtures/events.json', key: 'large-events' }), now: '2026-10-01T12:00' }],
  ['ero-event-calendar', { src: feedUrl({ file: 'test/fixtures/events.json', key: 'large-events' }), now: '2026-10-01T12:00', view: 'month', month: '2026-10' }],
];

/** The long-text stories' feed: names of 120 characters with long compounds, in Finnish and in Swedish of German length. */
const longText: [keyof HTMLElementTagNameMap, Record<string, string>][] = [
  ['ero-service-finder', { now: '2026-01-05T10:00:00+02:00' }],
  ['ero-contact-list', {}],
  ['ero-project-list', { today: '2026-06-01' }],
  ['ero-project-card', { project: 'pitka-hanke', today: '2026-06-01' }],
  ['ero-event-calendar', { now: '2026-10-01T12:00' }],
  ['ero-event-calendar', { now: '2026-10-01T12:00', view: 'month', month: '2026-10' }],
];

const settings: { name: string; apply: () => () => void }[] = [
  { name: 'a 24 px default font ("Very large")', apply: () => rootFont('24px') },
  { name: 'a 32 px default font', apply: () => rootFont('32px') },
  {
    name: 'a theme rule * { font-size: 20px }',
    apply: () => {
      const style = document.createElement('style');
      style.textContent = '* { font-size: 20px }';
      document.head.append(style);
      return () => style.remove();
    },
  },
];

function rootFont(size: string): () => void {
  document.documentElement.style.fontSize = size;
  return () => document.documentElement.style.removeProperty('font-size');
}

/** Every rendered box in the element's shadow trees, nested components included. */
function boxes(root: ShadowRoot): Element[] {
  const all: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    all.push(el);
    if (el.shadowRoot) all.push(...boxes(el.shadowRoot));
  }
  return all.filter((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  });
}

/** What sticks out: past the screen's right edge, out of its form, or clipped in its own box. */
function overflows(host: Element): string[] {
  const found: string[] = [];
  for (const el of boxes(host.shadowRoot!)) {
    const r = el.getBoundingClientRect();
    const name = `<${el.localName}${el.className ? ` class="${String(el.className)}"` : ''}> "${el.textContent?.trim().slice(0, 30)}"`;
    if (r.right > 320.5 || r.left < -0.5) found.push(`${name} spans ${r.left}–${r.right} px`);
    const form = el.closest('form');
    if (form && form !== el && r.right > form.getBoundingClientRect().right + 0.5) found.push(`${name} leaves the form`);
    // Only a label with a box of its own can cut its text off; an inline one wraps. (Firefox gives an
    // inline element a scrollWidth but no clientWidth.)
    const boxed = getComputedStyle(el).display !== 'inline';
    if (el.localName === 'label' && boxed && el.scrollWidth > el.clientWidth + 1) found.push(`${name} is cut off`);
  }
  return found;
}

describe('large text at 320 px', () => {
  // A site's content column: a phone screen less 1rem of padding on each side, which grows with the text.
  before(async () => {
    await setViewport({ width: 320, height: 640 });
    document.body.style.padding = '0 1rem';
  });
  after(async () => {
    document.body.style.removeProperty('padding');
    await setViewport({ width: 800, height: 600 });
  });

  for (const setting of settings) {
    describe(`with ${setting.name}`, () => {
      let undo: () => void = () => {};
      beforeEach(() => (undo = setting.apply()));
      afterEach(() => undo());

      for (const [tag, attributes] of components) {
        it(`<${tag}> reflows without horizontal scrolling`, async () => {
          const mounted = await mount(tag, attributes);
          await settled(mounted);
          expect(overflows(mounted.el)).to.deep.equal([]);
          expect(document.documentElement.scrollWidth).to.be.at.most(320);
        });
      }

      for (const lang of ['fi', 'sv']) {
        for (const [tag, attributes] of longText) {
          it(`<${tag}${attributes.view ? ` view="${attributes.view}"` : ''}> reflows with the long-text feed in ${lang}`, async () => {
            const mounted = await mount(tag, { ...attributes, lang }, (el) => Object.assign(el, { feed: LONG_TEXT_FEED }));
            await settled(mounted);
            expect(overflows(mounted.el)).to.deep.equal([]);
            expect(document.documentElement.scrollWidth).to.be.at.most(320);
          });
        }
      }

      it('<ero-quick-exit> reflows without horizontal scrolling', async () => {
        const el = await fixture<LitElement>('<ero-quick-exit></ero-quick-exit>');
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        expect(overflows(el)).to.deep.equal([]);
      });
    });
  }
});
