/**
 * What the elements render keeps to the one vocabulary of parts in src/parts.ts: every part
 * token on the page is in the list, and each deprecated name still comes with its replacement.
 */
import { expect, fixture } from '@open-wc/testing';
import '../../src/index.js';
import { DEPRECATED_PARTS, PARTS } from '../../src/parts.js';
import { feedUrl, newVisit, SAMPLE } from '../helpers/feed-server.js';
import { mount, settled } from '../helpers/mount.js';

const sample = feedUrl({ file: SAMPLE, key: 'parts-sample' });
const known = new Set<string>(PARTS);

/** Every element with a part attribute in `root` and the shadow roots inside it. */
function partElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.hasAttribute('part')) found.push(el);
    if (el.shadowRoot) found.push(...partElements(el.shadowRoot));
  }
  return found;
}

/** The part tokens rendered inside `el`, with the element each one is on. */
function renderedParts(el: Element): Map<string, Element> {
  const parts = new Map<string, Element>();
  for (const part of partElements(el.shadowRoot!)) for (const name of part.part) parts.set(name, part);
  return parts;
}

async function mounted(tag: keyof HTMLElementTagNameMap, attributes: Record<string, string>, act?: (root: ShadowRoot) => unknown) {
  const m = await mount(tag, attributes);
  await settled(m);
  if (act) {
    await act(m.el.shadowRoot!);
    await m.el.updateComplete;
  }
  return m.el;
}

const click = (root: ShadowRoot, selector: string) => root.querySelector<HTMLElement>(selector)?.click();

describe('part names', () => {
  before(() => {
    newVisit();
    localStorage.clear();
  });

  const views: [string, () => Promise<Element>][] = [
    ['a finder with open details', () => mounted('ero-service-finder', { src: sample, 'page-size': '3' }, (r) => click(r, '[part~="details-button"]'))],
    ['a finder that finds nothing', () => mounted('ero-service-finder', { src: sample, query: 'lastenvalvja', 'target-group': 'child' })],
    ['a calendar list with open details', () => mounted('ero-event-calendar', { src: sample, now: '2026-10-01T12:00', 'page-size': '2', 'subscribe-url': 'https://example.org/events.ics' }, (r) => click(r, '[part~="details-button"]'))],
    ['a calendar month', () => mounted('ero-event-calendar', { src: sample, now: '2026-10-01T12:00', view: 'month' }, (r) => click(r, '[part~="occurrence-button"]'))],
    ['a project list with an open card', () => mounted('ero-project-list', { src: sample, 'page-size': '2' }, (r) => click(r, '[part~="details-button"]'))],
    ['a project list in full', () => mounted('ero-project-list', { src: sample, layout: 'full', status: 'ended' })],
    ['a contact list', () => mounted('ero-contact-list', { src: sample })],
    ['a contact list that shows none', () => mounted('ero-contact-list', { src: sample, organization: 'nobody' })],
    ['a feed that fails', () => mounted('ero-contact-list', { src: feedUrl({ file: SAMPLE, status: 500 }) })],
    ['a quick exit', async () => fixture('<ero-quick-exit advice-url="https://example.org/"></ero-quick-exit>')],
  ];

  for (const [name, view] of views) {
    it(`renders only listed parts: ${name}`, async () => {
      const parts = renderedParts(await view());
      expect(parts.size).to.be.above(0);
      expect([...parts.keys()].filter((part) => !known.has(part))).to.deep.equal([]);
    });
  }

  it('renders each deprecated name beside its replacement', async () => {
    for (const [, view] of views) {
      for (const [name, el] of renderedParts(await view())) {
        const replacements = DEPRECATED_PARTS[name];
        if (replacements) expect(replacements.some((r) => el.part.contains(r)), `${name} on ${el.outerHTML.slice(0, 80)}`).to.equal(true);
      }
    }
  });

  it('gives cards, their titles and "Show more" the same names in every list', async () => {
    for (const el of [await views[0][1](), await views[2][1](), await views[4][1]()]) {
      const parts = renderedParts(el);
      for (const name of ['card', 'card-title', 'more-button', 'details-button', 'details-panel', 'count']) expect(parts.has(name), `${el.localName} ${name}`).to.equal(true);
    }
  });
});
