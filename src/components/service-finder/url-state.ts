/**
 * The finder's filters in the page address (query string or hash), so that a result list can be
 * shared, survives a reload and follows the back button. Pure: reads and writes URL strings and
 * leaves every parameter that is not the finder's own as it was.
 */
import type { Channel, ServiceType, TargetGroup } from '../../feed/types.js';
import { isMunicipalityCode, isRegionCode } from '../../feed/vocabulary/areas.js';
import { CHANNELS, primaryLanguage, SERVICE_TYPES, TARGET_GROUPS, type FinderFilters } from './filter.js';

export type UrlStateMode = 'query' | 'hash';

export function toUrlStateMode(value: string | null | undefined): UrlStateMode | undefined {
  const mode = value?.trim().toLowerCase();
  return mode === 'query' || mode === 'hash' ? mode : undefined;
}

/** The parameter names, after the prefix (default "ero-"): ?ero-q=sovittelu&ero-municipality=491. */
export const URL_PARAMS = {
  query: 'q',
  municipality: 'municipality',
  region: 'region',
  targetGroups: 'group',
  types: 'type',
  channels: 'channel',
  languages: 'language',
  openNow: 'open',
  free: 'free',
} as const satisfies Record<keyof FinderFilters, string>;

export const DEFAULT_URL_PREFIX = 'ero-';
const MAX_QUERY = 200;

function stateOf(url: URL, mode: UrlStateMode): string {
  return (mode === 'query' ? url.search : url.hash).slice(1);
}

function segmentKey(segment: string, prefix: string): string | undefined {
  try {
    const key = decodeURIComponent(segment.split('=')[0].replace(/\+/g, ' '));
    return key.startsWith(prefix) ? key.slice(prefix.length) : undefined;
  } catch {
    return undefined;
  }
}

const OWN_NAMES = new Set<string>(Object.values(URL_PARAMS));
const isOwn = (segment: string, prefix: string) => OWN_NAMES.has(segmentKey(segment, prefix) ?? '');

/** True when the address carries any of the finder's parameters. */
export function hasUrlState(href: string, mode: UrlStateMode, prefix = DEFAULT_URL_PREFIX): boolean {
  return stateOf(new URL(href), mode)
    .split('&')
    .some((segment) => isOwn(segment, prefix));
}

function list<T extends string>(value: string | null, allowed: readonly T[]): T[] | undefined {
  const values = (value ?? '').split(',').filter((v): v is T => allowed.includes(v as T));
  return values.length ? [...new Set(values)] : undefined;
}

const isFlag = (value: string | null) => value === '1' || value === 'true';

/** The filters in the address; values the finder does not know are ignored. */
export function readUrlState(href: string, mode: UrlStateMode, prefix = DEFAULT_URL_PREFIX): FinderFilters {
  const params = new URLSearchParams(stateOf(new URL(href), mode));
  const get = (key: keyof FinderFilters) => params.get(prefix + URL_PARAMS[key]);
  const municipality = get('municipality') ?? '';
  const region = get('region') ?? '';
  const languages = (get('languages') ?? '')
    .split(',')
    .map(primaryLanguage)
    .filter((l) => /^[a-z]{2,3}$/.test(l));
  const filters: FinderFilters = {
    query: get('query')?.slice(0, MAX_QUERY) || undefined,
    municipality: isMunicipalityCode(municipality) ? municipality : undefined,
    region: isRegionCode(region) && !isMunicipalityCode(municipality) ? region : undefined,
    targetGroups: list<TargetGroup>(get('targetGroups'), TARGET_GROUPS),
    types: list<ServiceType>(get('types'), SERVICE_TYPES),
    channels: list<Channel>(get('channels'), CHANNELS),
    languages: languages.length ? [...new Set(languages)] : undefined,
    openNow: isFlag(get('openNow')) || undefined,
    free: isFlag(get('free')) || undefined,
  };
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as FinderFilters;
}

/** "key=value" pairs of the filters, readable: spaces as "+", lists joined by plain commas. */
function serialize(filters: FinderFilters, prefix: string): string[] {
  const pairs: [string, string][] = [];
  const add = (key: keyof FinderFilters, value: string | undefined) => {
    if (value) pairs.push([prefix + URL_PARAMS[key], value]);
  };
  add('query', filters.query?.trim().slice(0, MAX_QUERY));
  add('municipality', filters.municipality);
  add('region', filters.municipality ? undefined : filters.region);
  add('targetGroups', filters.targetGroups?.join(','));
  add('types', filters.types?.join(','));
  add('channels', filters.channels?.join(','));
  add('languages', filters.languages?.join(','));
  add('openNow', filters.openNow ? '1' : undefined);
  add('free', filters.free ? '1' : undefined);
  return pairs.map((pair) => new URLSearchParams([pair]).toString().replace(/%2C/g, ','));
}

/** The address with the finder's parameters set to `filters`; every other part is kept as it was. */
export function writeUrlState(href: string, filters: FinderFilters, mode: UrlStateMode, prefix = DEFAULT_URL_PREFIX): string {
  const url = new URL(href);
  const kept = stateOf(url, mode)
    .split('&')
    .filter((segment) => segment && !isOwn(segment, prefix));
  const state = [...kept, ...serialize(filters, prefix)].join('&');
  if (mode === 'query') url.search = state;
  else url.hash = state;
  return url.href;
}
