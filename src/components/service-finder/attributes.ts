/**
 * The finder's filters as the page pins them by attributes and as a person chooses them in the
 * form: reading the values, leaving out unknown ones and naming those in a console warning.
 * Pure logic: no Lit.
 */
import type { Channel, ServiceType, TargetGroup } from '../../feed/types.js';
import { isMunicipalityCode, isRegionCode } from '../../feed/vocabulary/areas.js';
import { safeUrl } from '../../internal/safe-url.js';
import { knownTokens, tokens, warnUnknownTokens, type Known } from '../../internal/token-list.js';
import { CHANNELS, compactFilters, primaryLanguage, SERVICE_TYPES, TARGET_GROUPS, type FinderFilters } from './filter.js';
import { SORT_ORDERS, type SortOrder } from './urgency.js';

/** The attributes that pin filters, as the element's properties hold them. */
export interface PinningAttributes {
  readonly municipality: string;
  readonly region: string;
  readonly targetGroup: string;
  readonly serviceType: string;
  readonly channel: string;
  readonly language: string;
  readonly openNow: boolean;
  readonly free: boolean;
}

type TextAttribute = 'municipality' | 'region' | 'targetGroup' | 'serviceType' | 'channel';

const pinned = new WeakMap<PinningAttributes, { readonly key: string; readonly filters: FinderFilters }>();

/** The filters the page pins; invalid values are left out. The same object until an attribute changes. */
export function pinnedFilters(attrs: PinningAttributes): FinderFilters {
  // Read several times in each update (each keystroke): worked out again only when an attribute changes.
  const { municipality, region, targetGroup, serviceType, channel, language, openNow, free } = attrs;
  const key = [municipality, region, targetGroup, serviceType, channel, language, openNow, free].join('\n');
  const last = pinned.get(attrs);
  if (last?.key === key) return last.filters;
  const filters = readPinned(attrs);
  pinned.set(attrs, { key, filters });
  return filters;
}

function readPinned(attrs: PinningAttributes): FinderFilters {
  return compactFilters({
    municipality: isMunicipalityCode(attrs.municipality.trim()) ? attrs.municipality.trim() : undefined,
    region: isRegionCode(attrs.region.trim()) ? attrs.region.trim() : undefined,
    targetGroups: knownTokens(attrs.targetGroup, TARGET_GROUPS),
    types: knownTokens(attrs.serviceType, SERVICE_TYPES),
    channels: knownTokens(attrs.channel, CHANNELS),
    languages: tokens(attrs.language).map(primaryLanguage),
    openNow: attrs.openNow,
    free: attrs.free,
  });
}

const CHECKS: readonly [TextAttribute, string, Known<string>][] = [
  ['municipality', 'municipality', isMunicipalityCode],
  ['region', 'region', isRegionCode],
  ['targetGroup', 'target-group', TARGET_GROUPS],
  ['serviceType', 'service-type', SERVICE_TYPES],
  ['channel', 'channel', CHANNELS],
];

/** `sort="urgent"` → "urgent"; empty or unknown → "relevance". Case and spaces do not matter. */
export function sortOrder(value: string): SortOrder {
  const order = value.trim().toLowerCase();
  return SORT_ORDERS.find((known) => known === order) ?? 'relevance';
}

/** A console warning for each changed attribute with a value the finder ignores. */
export function warnAboutAttributes(
  attrs: PinningAttributes & { readonly reportUrl: string; readonly sort: string },
  changed: (name: string) => boolean,
): void {
  for (const [prop, attribute, known] of CHECKS) {
    if (changed(prop)) warnUnknownTokens('ero-service-finder', attribute, attrs[prop], known);
  }
  if (changed('reportUrl') && attrs.reportUrl && !safeUrl(attrs.reportUrl)) {
    console.warn(`[eroauttaminen] <ero-service-finder> report-url="${attrs.reportUrl}" is not an http(s) or mailto address; not shown.`);
  }
  if (changed('sort') && attrs.sort.trim() && sortOrder(attrs.sort) !== attrs.sort.trim().toLowerCase()) {
    const known = SORT_ORDERS.map((order) => `"${order}"`).join(' or ');
    console.warn(`[eroauttaminen] <ero-service-finder> sort="${attrs.sort}" is not a known order (${known}); sorted by relevance.`);
  }
}

/** What the person has chosen in the form; the search text is kept as it was. */
export function filtersFromForm(form: HTMLFormElement, query: string | undefined): FinderFilters {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '');
  const area = text('area');
  return {
    query,
    municipality: isMunicipalityCode(area) ? area : undefined,
    region: isRegionCode(area) ? area : undefined,
    types: tokens(text('type')) as ServiceType[],
    languages: tokens(text('language')),
    targetGroups: data.getAll('group').map(String) as TargetGroup[],
    channels: data.getAll('channel').map(String) as Channel[],
    openNow: data.has('open'),
    free: data.has('free'),
  };
}

/**
 * The `filters` property as a framework may set it: the fields of FinderFilters that have the
 * right type, and of the lists the known values; the rest is named on the console and left out.
 * The same object when it was right.
 */
export function readFilters(value: unknown): FinderFilters {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    if (value != null) console.warn(`[eroauttaminen] <ero-service-finder> filters: ${JSON.stringify(value)} is not an object of filters; ignored.`);
    return {};
  }
  const given = value as Record<string, unknown>;
  const wrong: string[] = [];
  const text = (key: keyof FinderFilters): string | undefined => {
    const field = given[key];
    if (field === undefined || typeof field === 'string') return field;
    wrong.push(`${key} is not text`);
    return undefined;
  };
  const flag = (key: keyof FinderFilters): boolean | undefined => {
    const field = given[key];
    if (field === undefined || typeof field === 'boolean') return field;
    wrong.push(`${key} is not true or false`);
    return undefined;
  };
  const list = <T extends string>(key: keyof FinderFilters, known?: Known<T>): T[] | undefined => {
    const field = given[key];
    if (field === undefined) return undefined;
    const items = Array.isArray(field) ? field.filter((item): item is string => typeof item === 'string') : [];
    const kept = known ? knownTokens(items.join(' '), known) : (items as T[]);
    if (!Array.isArray(field) || kept.length !== field.length) wrong.push(`${key} is not a list of known values`);
    return kept;
  };
  const read: FinderFilters = {
    query: text('query'),
    municipality: text('municipality'),
    region: text('region'),
    targetGroups: list('targetGroups', TARGET_GROUPS),
    types: list('types', SERVICE_TYPES),
    channels: list('channels', CHANNELS),
    languages: list('languages'),
    openNow: flag('openNow'),
    free: flag('free'),
  };
  if (!wrong.length) return value as FinderFilters;
  console.warn(`[eroauttaminen] <ero-service-finder> filters: ${wrong.join('; ')}; left out.`);
  return compactFilters(read);
}
