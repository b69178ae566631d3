/**
 * The finder's filters as the page pins them by attributes and as a person chooses them in the
 * form: reading the values, leaving out unknown ones and naming those in a console warning.
 * Pure logic: no Lit.
 */
import type { Channel, ServiceType, TargetGroup } from '../../feed/types.js';
import { isMunicipalityCode, isRegionCode } from '../../feed/vocabulary/areas.js';
import { safeUrl } from '../../internal/safe-url.js';
import { words } from './finder-data.js';
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

const valid = <T extends string>(value: string, allowed: readonly T[]) => words(value).filter((v): v is T => allowed.includes(v as T));

/** The filters the page pins; invalid values are left out. */
export function pinnedFilters(attrs: PinningAttributes): FinderFilters {
  return compactFilters({
    municipality: isMunicipalityCode(attrs.municipality.trim()) ? attrs.municipality.trim() : undefined,
    region: isRegionCode(attrs.region.trim()) ? attrs.region.trim() : undefined,
    targetGroups: valid<TargetGroup>(attrs.targetGroup, TARGET_GROUPS),
    types: valid<ServiceType>(attrs.serviceType, SERVICE_TYPES),
    channels: valid<Channel>(attrs.channel, CHANNELS),
    languages: words(attrs.language).map(primaryLanguage),
    openNow: attrs.openNow,
    free: attrs.free,
  });
}

const CHECKS: readonly [TextAttribute, string, (value: string) => boolean][] = [
  ['municipality', 'municipality', isMunicipalityCode],
  ['region', 'region', isRegionCode],
  ['targetGroup', 'target-group', (v) => TARGET_GROUPS.includes(v as TargetGroup)],
  ['serviceType', 'service-type', (v) => SERVICE_TYPES.includes(v as ServiceType)],
  ['channel', 'channel', (v) => CHANNELS.includes(v as Channel)],
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
  for (const [prop, attribute, isValid] of CHECKS) {
    if (!changed(prop)) continue;
    const bad = words(attrs[prop]).filter((v) => !isValid(v));
    if (bad.length) {
      console.warn(`[eroauttaminen] <ero-service-finder> ${attribute}="${attrs[prop]}": ${bad.map((v) => `"${v}"`).join(', ')} is not a known value; ignored.`);
    }
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
    types: words(text('type')) as ServiceType[],
    languages: words(text('language')),
    targetGroups: data.getAll('group').map(String) as TargetGroup[],
    channels: data.getAll('channel').map(String) as Channel[],
    openNow: data.has('open'),
    free: data.has('free'),
  };
}
