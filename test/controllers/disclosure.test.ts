/**
 * One disclosure pattern in every element with cards: a button with aria-expanded, the details
 * rendered once open, and a cancelable select event that lets the page take the opening over.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/event-calendar/define.js';
import '../../src/components/project-card/define.js';
import '../../src/components/project-list/define.js';
import '../../src/components/service-finder/define.js';
import { sendKeys } from '../helpers/commands.js';
import { feedUrl, newVisit, SAMPLE } from '../helpers/feed-server.js';
import { mount, settled } from '../helpers/mount.js';

const sample = feedUrl({ file: SAMPLE, key: 'disclosure-sample' });

const cases = [
  { tag: 'ero-service-finder', event: 'ero-service-select', attributes: { now: '2026-01-05T10:00' } },
  { tag: 'ero-event-calendar', event: 'ero-event-select', attributes: { now: '2026-10-01T12:00' } },
  { tag: 'ero-project-list', event: 'ero-project-select', attributes: {} },
  { tag: 'ero-project-card', event: 'ero-project-select', attributes: { project: 'matkalla-riittavaan-vanhemmuuteen', layout: 'compact' } },
] as const;

async function first(tag: (typeof cases)[number]['tag'], attributes: Record<string, string>) {
  const mounted = await mount(tag, { src: sample, ...attributes });
  await settled(mounted);
  const el = mounted.el;
  const button = () => el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="details-button"]')!;
  const card = () => button().closest('[part~="card"]')!;
  const panel = () => card().querySelector<HTMLElement>('[part~="details-panel"]');
  return { el, button, panel };
}

describe('disclosure', () => {
  before(() => {
    newVisit();
    localStorage.clear();
  });

  for (const { tag, event, attributes } of cases) {
    describe(`<${tag}>`, () => {
      it('renders the details only once the button opens them, and says so with aria-expanded', async () => {
        const { el, button, panel } = await first(tag, attributes);
        expect(button().getAttribute('aria-expanded')).to.equal('false');
        expect(panel()).to.equal(null);
        button().click();
        await el.updateComplete;
        expect(button().getAttribute('aria-expanded')).to.equal('true');
        expect(panel()).not.to.equal(null);
        expect(button().getAttribute('aria-controls')).to.equal(panel()!.id);
        expect(el.shadowRoot!.getElementById(panel()!.id)).to.equal(panel());
        button().click();
        await el.updateComplete;
        expect(button().getAttribute('aria-expanded')).to.equal('false');
        expect(panel()).to.equal(null);
        await expect(el).to.be.accessible();
      });

      it(`sends a cancelable ${event} on opening, not on closing`, async () => {
        const { el, button } = await first(tag, attributes);
        const seen: Event[] = [];
        el.addEventListener(event, (e: Event) => seen.push(e));
        button().click();
        await el.updateComplete;
        button().click();
        await el.updateComplete;
        expect(seen).to.have.length(1);
        expect(seen[0].cancelable).to.equal(true);
        expect(seen[0].bubbles && seen[0].composed).to.equal(true);
      });

      it(`keeps the details closed when the page cancels ${event}`, async () => {
        const { el, button, panel } = await first(tag, attributes);
        el.addEventListener(event, (e: Event) => e.preventDefault());
        button().click();
        await el.updateComplete;
        expect(button().getAttribute('aria-expanded')).to.equal('false');
        expect(panel()).to.equal(null);
      });

      it('opens with the keyboard and keeps focus on the button', async () => {
        const { el, button, panel } = await first(tag, attributes);
        button().focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(panel()).not.to.equal(null);
        expect(el.shadowRoot!.activeElement).to.equal(button());
      });
    });
  }
});
