/**
 * Frameworks set, change and remove attributes and properties at any time and in any order.
 * For every element, random sequences of such changes (drawn from each attribute's useful, odd
 * and wrong values, by attribute or by property, with feed objects given and taken back, and the
 * element taken out of the page and put back, some in one batch and some one update apart, while
 * feeds are still loading) must never throw, and must leave the element showing exactly
 * what a fresh element mounted with the final settings shows: the same shadow DOM, ids aside,
 * and the same form values; and then reflow at 320 px with 24 px text. A failure prints the
 * sequence, which its seed repeats.
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { feedUrl, SAMPLE } from '../helpers/feed-server.js';
import { setViewport } from '../helpers/commands.js';
import { afterIdle, shownState } from '../helpers/mount.js';
import { random } from '../helpers/random.js';

type Value = string | number | boolean | undefined;

/** Where feeds come from: shared keys, so that elements share loads as on a real page; one slow, one missing, one broken. */
const FEEDS = {
  sample: feedUrl({ file: SAMPLE, key: 'any-order-sample' }),
  events: feedUrl({ file: 'test/fixtures/events.json', key: 'any-order-events' }),
  services: feedUrl({ file: 'test/fixtures/services.json', key: 'any-order-services' }),
  contacts: feedUrl({ file: 'test/fixtures/contacts.json', key: 'any-order-contacts' }),
  projects: feedUrl({ file: 'test/fixtures/projects.json', key: 'any-order-projects' }),
  slow: feedUrl({ file: SAMPLE, delay: 400, key: 'any-order-slow' }),
  missing: feedUrl({ status: 404, key: 'any-order-missing' }),
  broken: feedUrl({ file: 'test/fixtures/not-json.json', key: 'any-order-broken' }),
};

const SRC = [FEEDS.sample, FEEDS.events, FEEDS.services, FEEDS.contacts, FEEDS.projects, FEEDS.slow, FEEDS.missing, FEEDS.broken, `${FEEDS.events} ${FEEDS.services}`];
const BOOLEAN = ['', 'true', 'false'];

/** Values worth trying, by attribute name: good ones, edge cases and mistakes. */
const VALUES: Record<string, readonly string[]> = {
  src: SRC,
  cache: ['none', 'session', 'local', 'x'],
  timeout: ['3000', '0', 'x'],
  lang: ['fi', 'sv', 'en', 'de', ''],
  'heading-level': ['2', '4', '7', 'x'],
  'no-json-ld': BOOLEAN,
  organization: ['viola', 'essote', 'nope'],
  region: ['10', '19', '99', 'x'],
  municipality: ['491', '097', '999', 'x'],
  'target-group': ['child', 'parent', 'close-ones', 'professional', 'parent child', 'x'],
  'service-type': ['counselling', 'crisis', 'x'],
  channel: ['phone', 'chat', 'on-site', 'x'],
  language: ['fi', 'sv', 'x'],
  'open-now': BOOLEAN,
  free: BOOLEAN,
  query: ['ero', 'väkivalta', 'vakivalta', 'zzzz', ''],
  'report-url': ['https://example.org/report', 'javascript:alert(1)', ''],
  'page-size': ['1', '3', '0', '-2', 'x'],
  limit: ['2', '0', 'x'],
  sort: ['relevance', 'urgent', 'x'],
  now: ['2026-10-01T12:00', '2026-12-24T20:00', '2027-06-01T09:00', 'x'],
  view: ['list', 'month', 'x'],
  weeks: ['1', '52', '0', 'x', '100000000'],
  month: ['2026-11', '2027-02', '2026-13', 'x'],
  attendance: ['on-site', 'online', 'mixed', 'x'],
  organizer: ['viola', 'lapin-ensi', 'x'],
  'show-past': BOOLEAN,
  'hide-filters': BOOLEAN,
  'subscribe-url': ['https://example.org/calendar.ics', 'webcal://example.org/calendar.ics', 'x'],
  project: ['turvassa', 'kuka-huomaa-mut', 'nope', ''],
  status: ['ongoing', 'ended', 'upcoming', 'x'],
  funder: ['STEA', 'x'],
  layout: ['grid', 'list', 'compact', 'x'],
  today: ['2026-10-01', '2030-01-01', 'x'],
  'exit-url': ['https://yle.fi', 'https://www.google.com/', 'javascript:alert(1)'],
  'advice-url': ['https://example.org/advice', ''],
  'hide-advice': BOOLEAN,
  placement: ['sticky', 'fixed', 'x'],
};

/** Attributes that share state with the page itself (the address bar) are left to their own tests. */
const SKIPPED = new Set(['url-state', 'url-prefix']);

interface Attribute {
  readonly name: string;
  readonly field?: string;
  readonly type: string;
}

interface Manifest {
  modules: { declarations?: { tagName?: string; attributes?: { name: string; fieldName?: string; type?: { text: string } }[] }[] }[];
}

const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;

function attributesOf(tag: string): Attribute[] {
  const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  return (declaration?.attributes ?? [])
    .filter((a) => !SKIPPED.has(a.name))
    .map((a) => ({ name: a.name, field: a.fieldName, type: a.type?.text ?? 'string' }));
}


type Change =
  | { readonly kind: 'attribute'; readonly name: string; readonly value: string }
  | { readonly kind: 'remove'; readonly name: string }
  | { readonly kind: 'property'; readonly name: string; readonly field: string; readonly value: Value | object }
  /** Taken out of the page and put back, as a framework that reorders a list does. */
  | { readonly kind: 'move'; readonly name: '' };

/** Feed objects for the `feed` property, each the same object every time (a new object is a new feed). */
const FEED_OBJECTS: Record<string, object> = {
  sample: (await (await fetch(`/${SAMPLE}`)).json()) as object,
  events: (await (await fetch('/test/fixtures/events.json')).json()) as object,
};

/** A property value of the attribute's type, as a framework would pass it. */
function propertyValue(attribute: Attribute, text: string): Value {
  if (attribute.type === 'boolean') return text !== 'false';
  if (attribute.type.startsWith('number') && /^-?\d+$/.test(text)) return Number(text);
  return text;
}

function drawChange(attributes: readonly Attribute[], pick: (n: number) => number, feeds: boolean): Change {
  const roll = pick(20);
  if (roll === 0) return { kind: 'move', name: '' };
  if (feeds && roll === 1) {
    const objects = [...Object.values(FEED_OBJECTS), undefined, null];
    return { kind: 'property', name: 'feed', field: 'feed', value: objects[pick(objects.length)] as object | undefined };
  }
  const attribute = attributes[pick(attributes.length)];
  const values = VALUES[attribute.name];
  if (!values) throw new Error(`no values to try for the attribute ${attribute.name}: add them to VALUES`);
  const value = values[pick(values.length)];
  const way = pick(5);
  if (way === 0) return { kind: 'remove', name: attribute.name };
  if (way === 1 && attribute.field) return { kind: 'property', name: attribute.name, field: attribute.field, value: undefined };
  if (way === 2 && attribute.field) return { kind: 'property', name: attribute.name, field: attribute.field, value: propertyValue(attribute, value) };
  return { kind: 'attribute', name: attribute.name, value };
}

function apply(el: Element, change: Change): void {
  if (change.kind === 'move') {
    const parent = el.parentNode;
    el.remove();
    parent?.append(el);
  } else if (change.kind === 'attribute') el.setAttribute(change.name, change.value);
  else if (change.kind === 'remove') el.removeAttribute(change.name);
  else (el as unknown as Record<string, unknown>)[change.field] = change.value;
}

/**
 * The settings left after `changes`, as the changes that a fresh element gets: per attribute,
 * the last change that took effect, by attribute or by property. A property set to undefined is
 * the default, and so is a removed attribute; removing an attribute that is not there changes
 * nothing (a property set before stays), as in the DOM and in Lit.
 */
function finalSettings(changes: readonly Change[]): Change[] {
  const last = new Map<string, Change>();
  const present = new Set<string>();
  for (const change of changes) {
    if (change.kind === 'move') continue;
    if (change.kind === 'attribute') present.add(change.name);
    else if (change.kind === 'remove' && !present.delete(change.name)) continue;
    last.set(change.name, change);
  }
  return [...last.values()].filter((c) => c.kind === 'attribute' || (c.kind === 'property' && c.value != null));
}

/** The first line where two snapshots differ, with a little context, for a readable failure. */
function firstDifference(a: string, b: string): string {
  const left = a.split('\n');
  const right = b.split('\n');
  const at = left.findIndex((line, i) => line !== right[i]);
  const line = at < 0 ? left.length : at;
  return `line ${line}:\n  changed: ${(left[line] ?? '(end)').trim().slice(0, 300)}\n  fresh:   ${(right[line] ?? '(end)').trim().slice(0, 300)}`;
}

const describeValue = (value: unknown): string => {
  const feed = Object.entries(FEED_OBJECTS).find(([, object]) => object === value);
  return feed ? `<${feed[0]} feed>` : JSON.stringify(value);
};

const describeChange = (c: Change): string =>
  c.kind === 'move'
    ? 'moved'
    : c.kind === 'attribute'
      ? `${c.name}="${c.value}"`
      : c.kind === 'remove'
        ? `−${c.name}`
        : `.${c.field}=${describeValue(c.value)}`;

const ID_REFERENCES = ['id', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'headers', 'list'];

/** The element's shadow DOM as markup, without Lit's comment markers, with ids numbered in order and form state written out. */
function snapshot(el: Element): string {
  const root = el.shadowRoot!;
  const copy = document.createElement('div');
  for (const node of root.childNodes) copy.append(node.cloneNode(true));
  const live = [...root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select, textarea')];
  const copied = [...copy.querySelectorAll<HTMLElement>('input, select, textarea')];
  live.forEach((field, i) => {
    copied[i].setAttribute('data-value', field.value);
    if (field instanceof HTMLInputElement) copied[i].setAttribute('data-checked', String(field.checked));
  });
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: ChildNode[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode as ChildNode);
  comments.forEach((c) => c.remove());
  const ids = new Map<string, string>();
  copy.querySelectorAll('[id]').forEach((e) => ids.set(e.id, `id${ids.size}`));
  for (const e of copy.querySelectorAll('*')) {
    for (const name of ID_REFERENCES) {
      const value = e.getAttribute(name);
      if (value !== null) e.setAttribute(name, value.split(/\s+/).map((t) => ids.get(t) ?? t).join(' '));
    }
    const href = e.getAttribute('href');
    if (href?.startsWith('#') && ids.has(href.slice(1))) e.setAttribute('href', `#${ids.get(href.slice(1))}`);
  }
  return copy.innerHTML;
}

/** The first box of the element (or inside it) that reaches past `width`, described; '' when none. */
function overflow(el: Element, width: number): string {
  for (const box of [el, ...el.shadowRoot!.querySelectorAll('*')]) {
    const { right, width: own } = box.getBoundingClientRect();
    if (own > 0 && right > width + 1) return `${box.localName}.${box.className} ends at ${Math.round(right)} px`;
  }
  return '';
}

/** Waits until the element has loaded what it will and shows the same thing twice, 60 ms apart. */
async function quiet(el: LitElement, timeout = 8000): Promise<void> {
  const start = Date.now();
  let before = '';
  for (;;) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 60));
    await el.updateComplete;
    const now = el.shadowRoot ? snapshot(el) : '';
    if (now === before && !(el.shadowRoot && shownState(el) === 'loading')) return;
    if (Date.now() - start > timeout) throw new Error(`${el.localName} did not settle within ${timeout} ms`);
    before = now;
  }
}

const TAGS = ['ero-service-finder', 'ero-event-calendar', 'ero-contact-list', 'ero-project-list', 'ero-project-card', 'ero-quick-exit'] as const;
const CASES = 20;

describe('settings changed in any order', () => {
  const thrown: unknown[] = [];
  const onError = (event: ErrorEvent): void => void thrown.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent): void => void thrown.push(event.reason);
  const stage = document.createElement('div');

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    document.body.append(stage);
  });

  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    stage.remove();
  });

  beforeEach(() => {
    thrown.length = 0;
  });

  afterEach(() => stage.replaceChildren());

  it("the finder's filters property, set to undefined or null, is no choice", async () => {
    const finder = document.createElement('ero-service-finder') as LitElement & { filters?: unknown };
    finder.setAttribute('src', FEEDS.sample);
    finder.setAttribute('now', '2026-10-01T12:00');
    finder.filters = { query: 'ero' };
    const fresh = document.createElement('ero-service-finder') as LitElement;
    fresh.setAttribute('src', FEEDS.sample);
    fresh.setAttribute('now', '2026-10-01T12:00');
    stage.append(finder, fresh);
    await Promise.all([quiet(finder), quiet(fresh)]);
    expect(snapshot(finder)).to.not.equal(snapshot(fresh));
    for (const none of [undefined, null]) {
      finder.filters = none;
      await quiet(finder);
      expect(snapshot(finder)).to.equal(snapshot(fresh));
      finder.filters = { query: 'ero' };
      await quiet(finder);
    }
    expect(thrown.map(String)).to.deep.equal([]);
  });

  for (const [t, tag] of TAGS.entries()) {
    it(`${tag}: equals a fresh element with the final settings, and never throws`, async () => {
      const attributes = attributesOf(tag);
      expect(attributes.length, `${tag} has attributes in custom-elements.json`).to.be.greaterThan(2);
      const runs = Array.from({ length: CASES }, (_, c) => {
        const seed = 1000 * (t + 1) + c;
        const pick = random(seed);
        const feeds = tag !== 'ero-quick-exit';
        const initial = Array.from({ length: 1 + pick(4) }, () => drawChange(attributes, pick, feeds)).filter((ch) => ch.kind !== 'remove' && ch.kind !== 'move');
        const batches = Array.from({ length: 3 + pick(3) }, () => Array.from({ length: 1 + pick(3) }, () => drawChange(attributes, pick, feeds)));
        return { seed, initial, batches };
      });

      const changed = await Promise.all(
        runs.map(async ({ seed, initial, batches }) => {
          const el = document.createElement(tag) as unknown as LitElement;
          const done: Change[] = [];
          const step = (change: Change): void => {
            done.push(change);
            try {
              apply(el, change);
            } catch (error) {
              throw new Error(`seed ${seed}: ${done.map(describeChange).join(', ')} threw ${String(error)}`);
            }
          };
          initial.forEach(step);
          stage.append(el);
          for (const batch of batches) {
            // Some changes land before the first render or the feed, some after.
            await new Promise((r) => setTimeout(r, [0, 5, 40][seed % 3]));
            batch.forEach(step);
            if (seed % 2) await el.updateComplete;
          }
          return { seed, el, changes: done };
        }),
      );

      const fresh = changed.map(({ changes }) => {
        const el = document.createElement(tag) as unknown as LitElement;
        finalSettings(changes).forEach((change) => apply(el, change));
        stage.append(el);
        return el;
      });

      const all = [...changed.map((c) => c.el), ...fresh];
      await Promise.all(all.map((el) => quiet(el)));
      // Idle work (menus filled, the whole feed checked) runs for both alike.
      await afterIdle();
      await Promise.all(all.map((el) => quiet(el)));

      for (const [i, { seed, el, changes }] of changed.entries()) {
        const message = `seed ${seed}: ${changes.map(describeChange).join(', ')} → fresh with ${finalSettings(changes).map(describeChange).join(', ')}`;
        const [mine, theirs] = [snapshot(el), snapshot(fresh[i])];
        if (mine !== theirs) expect.fail(`${message}\n${firstDifference(mine, theirs)}`);
      }
      expect(thrown.map(String)).to.deep.equal([]);

      // Whatever the settings left (an error with a long address, a month table, a long name),
      // the element reflows on a phone with large text (WCAG 1.4.4 and 1.4.10).
      await setViewport({ width: 320, height: 640 });
      document.documentElement.style.fontSize = '24px';
      try {
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        for (const { seed, el, changes } of changed) {
          expect(overflow(el, 320), `seed ${seed} at 320 px and 24 px text: ${changes.map(describeChange).join(', ')}`).to.equal('');
        }
      } finally {
        document.documentElement.style.fontSize = '';
        await setViewport({ width: 800, height: 600 });
      }
    });
  }
});
