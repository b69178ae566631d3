/**
 * Values at and beyond the ends of what a setting can mean: times at the ends of what Date holds
 * (and beyond), as attributes and as numbers, page sizes in the billions, months and days of the
 * years 1 and 275760, and timeouts of 1e308 ms. None may throw or leave an element loading or
 * failing; an unusable `now` is named on the console and the real time is used.
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { SAMPLE } from '../helpers/feed-server.js';

type Case = [tag: string, attributes: Record<string, string>, properties: Record<string, unknown>];

const CASES: Case[] = [];
for (const tag of ['ero-service-finder', 'ero-event-calendar']) {
  for (const now of ['9999-12-31T23:59', '+275760-09-13T00:00:00Z', '0001-01-01T00:00', '1900-01-01T00:00', '2026-02-30T10:00']) CASES.push([tag, { now }, {}]);
  for (const now of [1e20, -1e20, Number.NaN, Infinity, 8.64e15, -8.64e15, new Date(Number.NaN)]) CASES.push([tag, {}, { now }]);
  for (const size of ['1e9', '99999999999', '2.5', '-0']) CASES.push([tag, { 'page-size': size }, {}]);
}
for (const month of ['9999-12', '0001-01', '275760-09', '2026-00']) CASES.push(['ero-event-calendar', { month, view: 'month', now: '2026-10-01T12:00' }, {}]);
for (const weeks of ['1e308', '0.5', '-3']) CASES.push(['ero-event-calendar', { weeks, now: '2026-10-01T12:00' }, {}]);
for (const tag of ['ero-project-list', 'ero-project-card']) {
  for (const today of ['9999-12-31', '0001-01-01', '275760-09-13', '2026-02-30']) CASES.push([tag, { today, project: 'lape-etela-savo' }, {}]);
}
for (const timeout of ['1e308', '99999999999']) CASES.push(['ero-contact-list', { timeout }, {}]);

describe('settings at and beyond their ends', () => {
  it(`never throw nor stay loading (${CASES.length} cases), and an unusable now is named`, async () => {
    const thrown: unknown[] = [];
    const onError = (e: ErrorEvent): void => void thrown.push(e.error ?? e.message);
    const onRejection = (e: PromiseRejectionEvent): void => void thrown.push(e.reason);
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const stage = document.createElement('div');
    document.body.append(stage);
    try {
      const elements = CASES.map(([tag, attributes, properties]) => {
        const el = document.createElement(tag) as LitElement;
        for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
        for (const [name, value] of Object.entries(properties)) (el as unknown as Record<string, unknown>)[name] = value;
        el.setAttribute('src', `/${SAMPLE}`);
        stage.append(el);
        return el;
      });
      const loading = (): boolean => elements.some((el) => el.shadowRoot!.querySelector('.state.loading'));
      await Promise.all(elements.map((el) => el.updateComplete));
      for (let i = 0; i < 100 && loading(); i++) await new Promise((r) => setTimeout(r, 50));
      await Promise.all(elements.map((el) => el.updateComplete));
      const describe = (i: number): string => `${CASES[i][0]} ${JSON.stringify(CASES[i][1])} ${String(Object.values(CASES[i][2])[0] ?? '')}`;
      expect(thrown.map(String)).to.deep.equal([]);
      expect(elements.map((el, i) => (el.shadowRoot!.querySelector('.state.loading, .state.error') ? describe(i) : '')).filter(Boolean)).to.deep.equal([]);
      expect(warnings.filter((w) => w.includes('now="+275760-09-13T00:00:00Z" is not a time from the year 1000 to 9989; the real time is used'))).to.have.length(2);
      expect(warnings.filter((w) => w.includes('now="100000000000000000000" is not a time'))).to.have.length(2);
    } finally {
      stage.remove();
      console.warn = warn;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });

  it("takes from the finder's filters property, and from a feed property, only what has the right types", async () => {
    const thrown: unknown[] = [];
    const onError = (e: ErrorEvent): void => void thrown.push(e.error ?? e.message);
    const warn = console.warn;
    const error = console.error;
    const warnings: string[] = [];
    console.warn = console.error = (...args: unknown[]) => void warnings.push(args.join(' '));
    window.addEventListener('error', onError);
    const finder = document.createElement('ero-service-finder') as LitElement & { filters?: unknown };
    const calendar = document.createElement('ero-event-calendar') as LitElement & { feed?: unknown };
    finder.setAttribute('src', `/${SAMPLE}`);
    finder.setAttribute('now', '2026-10-01T12:00');
    calendar.setAttribute('now', '2026-10-01T12:00');
    document.body.append(finder, calendar);
    const count = (): string => finder.shadowRoot!.querySelector('#count')?.textContent ?? '';
    try {
      for (let i = 0; i < 100 && !count(); i++) await new Promise((r) => setTimeout(r, 50));
      const all = count();
      expect(all).to.not.equal('');
      for (const filters of ['x', 42, [], { query: 42 }, { targetGroups: 'parent' }, { channels: [1, null] }, { openNow: 'yes' }, { languages: 'fi' }]) {
        finder.filters = filters;
        await finder.updateComplete;
        expect(count(), JSON.stringify(filters)).to.equal(all);
      }
      finder.filters = { query: 42, channels: ['chat', 'teleport'] };
      await finder.updateComplete;
      expect(count()).to.not.equal(all);
      for (const feed of ['x', 42, [], { version: 1 }, { version: '1.0', events: 'x' }]) {
        calendar.feed = feed;
        await calendar.updateComplete;
        expect(calendar.shadowRoot!.querySelector('.state.error, .state.empty'), JSON.stringify(feed)).to.not.equal(null);
      }
      expect(thrown.map(String)).to.deep.equal([]);
      expect(warnings.some((w) => w.includes('filters: query is not text; channels is not a list of known values; left out'))).to.equal(true);
    } finally {
      finder.remove();
      calendar.remove();
      console.warn = warn;
      console.error = error;
      window.removeEventListener('error', onError);
    }
  });
});
