/**
 * What the finder derives once per feed and keeps: the search index (prepared in idle time) and
 * the list of languages services are given in, memoised on the feed's identity; the results of
 * the current filters (with a near query when they find nothing).
 */
import type { FeedData } from '../../feed/feed-data.js';
import type { Lang } from '../../i18n/lang.js';
import { whenIdle } from '../../internal/idle.js';
import { rankServices, ServiceIndex, serviceLanguages, type FilterOptions, type FinderFilters } from './filter.js';
import { helsinkiWallClock, MINUTE } from './opening-hours.js';
import type { RankedServices } from './ranked.js';
import { suggestQuery } from './suggest.js';
import { urgency, type SortOrder } from './urgency.js';

const FIRST_LANGUAGES = ['fi', 'sv', 'en'];

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

/** The language menu's list until the menus are filled (one list, so that the form's guard holds). */
export const NO_LANGUAGES: readonly string[] = [];

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

/** The services the filters select, in the order shown, and what they were computed from. */
export interface FinderResults {
  readonly data: FeedData;
  /** The filters and language. */
  readonly key: string;
  /** The minute, when "open now" depends on it. */
  readonly time: number;
  /** The services in relevance order. */
  readonly ranked: RankedServices;
  readonly sort: SortOrder;
  /** The minute of the urgent order (0 in relevance order). */
  readonly sortedAt: number;
  /** The services as shown. */
  readonly services: RankedServices;
  /** A near query that finds services, when this one finds none. */
  readonly suggestion?: string;
}

/**
 * The results for the filters, or `previous` itself when nothing they depend on has changed. A
 * new minute keeps the relevance ranking and only reorders (urgent) or refilters (open now).
 */
export function finderResults(
  previous: FinderResults | undefined,
  data: FeedData,
  filters: FinderFilters,
  options: FilterOptions & { readonly sort: SortOrder },
): FinderResults {
  const key = JSON.stringify([filters, options.lang]);
  const minute = Math.floor(options.now / MINUTE);
  const time = filters.openNow ? minute : 0;
  const { sort } = options;
  const sortedAt = sort === 'urgent' ? minute : 0;
  const same = previous && previous.data === data && previous.key === key && previous.time === time ? previous : undefined;
  if (same && same.sort === sort && same.sortedAt === sortedAt) return same;
  const index = serviceIndex(data);
  const ranked = same ? same.ranked : rankServices(index, filters, options);
  const suggestion = same ? same.suggestion : ranked.length ? undefined : suggestQuery(index, filters, options);
  const clock = sort === 'urgent' ? helsinkiWallClock(options.now) : undefined;
  const services = clock ? ranked.grouped((service) => urgency(service, clock, filters.channels)) : ranked;
  return { data, key, time, ranked, sort, sortedAt, services, suggestion };
}

/** The finder's current results, worked out again in an update only when what they depend on has changed. */
export class CurrentResults {
  found?: FinderResults;

  /** True when the filters or the language changed, so that the first page shows again; a new minute or feed keeps what is shown. */
  update(data: FeedData | undefined, filters: FinderFilters, options: FilterOptions & { readonly sort: SortOrder }): boolean {
    if (!data) return false;
    const previous = this.found;
    this.found = finderResults(previous, data, filters, options);
    if (this.found === previous) return false;
    prepareSearch(serviceIndex(data), options.lang);
    return this.found.key !== previous?.key;
  }

  /** How many services the filters select. */
  get count(): number {
    return this.found?.services.length ?? 0;
  }
}
