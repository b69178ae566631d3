/**
 * Feeds break in ways nobody lists: a field of the wrong type, a missing one, an empty list, a
 * date that does not exist, a 5,000-character name, an item copied twice. Each case breaks the
 * sample feed at one to four random places and gives it to every feed element. None may throw or
 * stay loading; each shows the items that the parser keeps (the others are left out with a
 * console message that names the JSONPath); and no console message is written carelessly
 * ("undefined", "[object Object]"). A failure prints the breakages, which the seed repeats.
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { parseFeed } from '../../src/feed/parse.js';
import type { Feed } from '../../src/feed/types.js';
import { SAMPLE } from '../helpers/feed-server.js';
import { shownState } from '../helpers/mount.js';
import { random } from '../helpers/random.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const sample = (await (await fetch(`/${SAMPLE}`)).json()) as { [key: string]: Json };

/** Each feed element, set to show as much of the sample feed as it can. */
const ELEMENTS: [string, Record<string, string>][] = [
  ['ero-service-finder', { now: '2026-11-23T10:00', 'page-size': '0' }],
  ['ero-event-calendar', { now: '2026-10-01T12:00', 'page-size': '0', 'show-past': '' }],
  ['ero-contact-list', {}],
  ['ero-project-list', { 'page-size': '0', today: '2025-06-01' }],
  ['ero-project-card', { project: 'lape-etela-savo', today: '2025-06-01' }],
];


/** Every place in the document: its parent and key, with a path to print. */
function places(node: Json, path = '$', found: { parent: Json[] | { [key: string]: Json }; key: string | number; path: string }[] = []) {
  if (Array.isArray(node)) node.forEach((child, i) => (found.push({ parent: node, key: i, path: `${path}[${i}]` }), places(child, `${path}[${i}]`, found)));
  else if (node && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      found.push({ parent: node, key, path: `${path}.${key}` });
      places(child, `${path}.${key}`, found);
    }
  }
  return found;
}

const REPLACEMENTS: [string, (old: Json) => Json][] = [
  ['null', () => null],
  ['42', () => 42],
  ['-1', () => -1],
  ['true', () => true],
  ['"text"', () => 'text'],
  ['""', () => ''],
  ['[]', () => []],
  ['{}', () => ({})],
  ['a 5,000-character text', () => 'Eroauttaminen '.repeat(360)],
  ['30 February', () => '2026-02-30'],
  ['the year 9999', () => '9999-12-31T23:59'],
  ['a script URL', () => 'javascript:alert(1)'],
  ['its own text in a list', (old) => [old]],
  ['the text of a number', (old) => (typeof old === 'number' ? String(old) : old)],
];

/** Breaks `feed` at 1–4 places; returns what it did. */
function breakFeed(feed: { [key: string]: Json }, pick: (n: number) => number): string[] {
  const done: string[] = [];
  for (let n = 1 + pick(4); n > 0; n--) {
    const all = places(feed).filter((p) => !/^\$\.(version|publisher|updated)\b/.test(p.path));
    const place = all[pick(all.length)];
    const container = place.parent as Record<string | number, Json>;
    const kind = pick(REPLACEMENTS.length + 2);
    if (kind === REPLACEMENTS.length) {
      if (Array.isArray(place.parent)) place.parent.splice(place.key as number, 1);
      else delete container[place.key];
      done.push(`${place.path} removed`);
    } else if (kind === REPLACEMENTS.length + 1 && Array.isArray(place.parent)) {
      place.parent.push(structuredClone(place.parent[place.key as number]));
      done.push(`${place.path} copied to the end of its list`);
    } else {
      const [label, make] = REPLACEMENTS[kind % REPLACEMENTS.length];
      container[place.key] = make(container[place.key]);
      done.push(`${place.path} = ${label}`);
    }
  }
  return done;
}

/** Waits until the element shows something other than "loading" and the same thing twice. */
async function quiet(el: LitElement): Promise<void> {
  let before = '';
  for (let i = 0; i < 100; i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 20));
    const now = el.shadowRoot?.innerHTML ?? '';
    if (now === before && shownState(el) !== 'loading') return;
    before = now;
  }
  throw new Error(`${el.localName} did not settle`);
}

const CASES = 20;
const COLLECTIONS = ['organizations', 'services', 'projects', 'contacts', 'events'];

describe('randomly broken feeds', () => {
  const thrown: unknown[] = [];
  const onError = (event: ErrorEvent): void => void thrown.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent): void => void thrown.push(event.reason);
  let warn: typeof console.warn;
  let error: typeof console.error;
  const messages: string[] = [];

  beforeEach(() => {
    thrown.length = 0;
    messages.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    [warn, error] = [console.warn, console.error];
    console.warn = console.error = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  });

  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    [console.warn, console.error] = [warn, error];
  });

  const cases: [string, (feed: { [key: string]: Json }) => string[]][] = [
    // Whole items that are not objects: rare among random places, so given once on purpose.
    ['items that are not objects', (feed) => COLLECTIONS.flatMap((name) => {
      const list = feed[name] as Json[];
      list.splice(0, 0, null, 42, 'x', []);
      return [`$.${name}: null, 42, "x" and [] put first`];
    })],
    ...Array.from({ length: CASES }, (_, c): [string, (feed: { [key: string]: Json }) => string[]] => [`case ${7000 + c}`, (feed) => breakFeed(feed, random(7000 + c))]),
  ];
  for (const [name, breakIt] of cases) {
    it(`${name}: every element shows what the parser keeps, and nothing throws`, async () => {
      const feed = structuredClone(sample);
      const breakages = breakIt(feed);
      const what = `${name}: ${breakages.join('; ')}`;
      const kept = parseFeed(structuredClone(feed), 'expected').feed;
      const stage = document.createElement('div');
      document.body.append(stage);
      try {
        const elements = ELEMENTS.map(([tag, attributes]) => {
          const el = document.createElement(tag) as LitElement & { feed?: unknown };
          for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
          el.feed = feed as unknown as Feed;
          stage.append(el);
          return el;
        });
        await Promise.all(elements.map((el) => quiet(el)));
        expect(thrown.map(String), what).to.deep.equal([]);
        const [finder, calendar, contacts, projects] = elements.map((el) => el.shadowRoot!);
        const count = (root: ShadowRoot, selector: string): number => root.querySelectorAll(selector).length;
        // The finder lists the active services; the list of projects and contacts shows every kept one.
        const active = (kept.services ?? []).filter((s) => (s.status ?? 'active') === 'active').length;
        expect(count(finder, '[part~="service"]'), `${what}: services`).to.equal(active);
        expect(count(contacts, '[part~="contact"]'), `${what}: contacts`).to.equal((kept.contacts ?? []).length);
        expect(count(projects, '[part~="project"]'), `${what}: projects`).to.equal((kept.projects ?? []).length);
        expect(count(calendar, '[part~="occurrence"]') > 0 || !(kept.events ?? []).length, `${what}: occurrences`).to.equal(true);
        // Links lead only to web pages, e-mail and phone numbers, whatever the feed says.
        const links = elements.flatMap((el) => [...el.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!));
        expect(links.filter((href) => !/^(https?:|mailto:|tel:)/i.test(href)), what).to.deep.equal([]);
        expect(links.length, what).to.be.greaterThan(20);
        const careless = messages.filter((m) => /\bundefined\b|\[object Object\]|\bNaN\b/.test(m));
        expect(careless, what).to.deep.equal([]);
      } finally {
        stage.remove();
      }
    });
  }
});
