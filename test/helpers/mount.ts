/**
 * Puts a kit element on the page with a listener already in place, so a test never misses the
 * first feed event, and waits for the feed to settle.
 */
import { fixture } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { FeedErrorDetail, FeedLoadDetail } from '../../src/events.js';

export interface Mounted<T extends LitElement> {
  el: T;
  loads: CustomEvent<FeedLoadDetail>[];
  errors: CustomEvent<FeedErrorDetail>[];
}

export async function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  setup: (el: HTMLElementTagNameMap[K]) => void = () => {},
): Promise<Mounted<HTMLElementTagNameMap[K] & LitElement>> {
  const el = document.createElement(tag) as HTMLElementTagNameMap[K] & LitElement;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const loads: CustomEvent<FeedLoadDetail>[] = [];
  const errors: CustomEvent<FeedErrorDetail>[] = [];
  const target = el as HTMLElement;
  target.addEventListener('ero-feed-load', (e) => loads.push(e));
  target.addEventListener('ero-feed-error', (e) => errors.push(e));
  setup(el);
  await fixture(el);
  return { el, loads, errors };
}

/** Resolves once the element has fired ero-feed-load or ero-feed-error `count` times in all. */
export async function settled(mounted: Mounted<LitElement>, count = 1, timeout = 5000): Promise<void> {
  const start = Date.now();
  while (mounted.loads.length + mounted.errors.length < count) {
    if (Date.now() - start > timeout) throw new Error(`no feed event within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
  await mounted.el.updateComplete;
}

/** Resolves once the page's pending idle work has run, such as the components' JSON-LD. */
export const afterIdle = (): Promise<void> => idle(window);

/**
 * Resolves once `win`'s pending idle work has run. WebKit has no requestIdleCallback; the kit's
 * whenIdle() falls back to a 50 ms timer there, so a later timer runs after it. Headless
 * Chromium sometimes gives a test page no idle period for many seconds; the kit's idle work
 * (JSON-LD) then runs at its 2-second timeout, and this waits for one a little longer.
 */
export function idle(win: Window): Promise<void> {
  return new Promise((done) => {
    if ('requestIdleCallback' in win) win.requestIdleCallback(() => done(), { timeout: 3000 });
    else (win as Window).setTimeout(() => done(), 100);
  });
}

/** The text a screen reader hears from the page's one polite live region, which every widget on the page shares. */
export function liveRegion(el?: Element): string {
  const doc = el?.ownerDocument ?? document;
  return doc.querySelector('body > [role="status"][aria-live="polite"]')?.textContent?.trim() ?? '';
}

/** Which feed state box the element shows: loading, error, empty, or ready when none. */
export function shownState(el: Element): 'loading' | 'error' | 'empty' | 'ready' {
  const root = el.shadowRoot!;
  if (root.querySelector('.state.loading')) return 'loading';
  if (root.querySelector('.state.error')) return 'error';
  if (root.querySelector('.state.empty')) return 'empty';
  return 'ready';
}

/** The visible text of the element's shadow root, whitespace collapsed. */
export function visibleText(el: Element, selector = ':host > *'): string {
  const root = el.shadowRoot!;
  const nodes = selector === ':host > *' ? [...root.children] : [...root.querySelectorAll(selector)];
  return nodes
    .filter((n) => !n.classList.contains('visually-hidden'))
    .map((n) => (n as HTMLElement).innerText)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
