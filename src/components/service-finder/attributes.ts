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
