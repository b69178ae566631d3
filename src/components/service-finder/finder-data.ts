/**
 * What the finder derives once per feed and keeps: the search index (prepared in idle time) and
 * the list of languages services are given in, memoised on the feed's identity; the results of
 * the current filters (with a near query when they find nothing); and the `now` converter.
 */
import type { FeedData } from '../../feed/feed-data.js';
import type { Lang } from '../../i18n/lang.js';
import { whenIdle } from '../../internal/idle.js';
import type { Service } from '../../feed/types.js';
import { filterServices, ServiceIndex, serviceLanguages, type FilterOptions, type FinderFilters } from './filter.js';
import { suggestQuery } from './suggest.js';

const FIRST_LANGUAGES = ['fi', 'sv', 'en'];

/** The values of a space- or comma-separated attribute. */
export const words = (value: string): string[] => value.split(/[\s,]+/).filter(Boolean);

const indexes = new WeakMap<FeedData, ServiceIndex>();
export function serviceIndex(data: FeedData): ServiceIndex {
  let index = indexes.get(data);
  if (!index) {
    index = new ServiceIndex(data.services, (id) => data.organization(id));
    indexes.set(data, index);
  }
  return index;
}

const preparing = new WeakMap<ServiceIndex, Set<Lang>>();
/** Indexes the search text while the page is idle, in slices, so that the first letter typed does not wait for it. */
export function prepareSearch(index: ServiceIndex, lang: Lang): void {
  let langs = preparing.get(index);
  if (!langs) preparing.set(index, (langs = new Set()));
  if (langs.has(lang)) return;
  langs.add(lang);
  const slice = (deadline?: IdleDeadline): void => {
    const end = performance.now() + 10;
    const hasTime = deadline ? () => deadline.timeRemaining() > 1 : () => performance.now() < end;
    if (!index.prepare(lang, hasTime)) whenIdle(slice);
  };
  whenIdle(slice);
}

const languageLists = new WeakMap<FeedData, string[]>();
/** The languages services in the feed are given in: fi, sv, en first, then the rest by code. */
export function feedLanguages(data: FeedData): string[] {
  let list = languageLists.get(data);
  if (!list) {
    const all = new Set(data.services.flatMap(serviceLanguages));
    list = [...FIRST_LANGUAGES.filter((l) => all.has(l)), ...[...all].filter((l) => !FIRST_LANGUAGES.includes(l)).sort()];
    languageLists.set(data, list);
  }
  return list;
}

/** The services the filters select, and what they were computed from. */
export interface FinderResults {
  readonly data: FeedData;
  /** The filters and language. */
  readonly key: string;
  /** The instant, when "open now" depends on it. */
  readonly time: number;
  readonly services: readonly Service[];
  /** A near query that finds services, when this one finds none. */
  readonly suggestion?: string;
}

/** The results for the filters, or `previous` itself when nothing they depend on has changed. */
export function finderResults(previous: FinderResults | undefined, data: FeedData, filters: FinderFilters, options: FilterOptions): FinderResults {
  const key = JSON.stringify([filters, options.lang]);
  // The clock only matters to "open now"; its ticking keeps the results otherwise.
  const time = filters.openNow ? options.now : 0;
  if (previous && previous.data === data && previous.key === key && previous.time === time) return previous;
  const index = serviceIndex(data);
  const services = filterServices(index, filters, options);
  return { data, key, time, services, suggestion: services.length ? undefined : suggestQuery(index, filters, options) };
}

/** `now="2026-01-05T10:00:00+02:00"` → its instant; an unreadable value is the current time. */
export const instantConverter = {
  fromAttribute(value: string | null): number | undefined {
    const time = value ? Date.parse(value) : NaN;
    return Number.isNaN(time) ? undefined : time;
  },
};
