/**
 * Which services the finder shows and in what order: the filter state, pinned and chosen
 * filters combined, and ranking by relevance. Pure logic: no DOM, fast enough for typing
 * over thousands of services.
 */
import { servesMunicipality, servesRegion } from '../../feed/area.js';
import type { Channel, Organization, Service, ServiceType, TargetGroup } from '../../feed/types.js';
import { channelKinds } from '../../feed/service-channels.js';
import { municipalityByCode } from '../../feed/vocabulary/areas.js';
import { localize, type Lang } from '../../i18n/lang.js';
import { vocabularyMessages } from '../../i18n/messages/vocabulary.js';
import { hasLocalOffice, isServiceOpenOn, isShown } from './channels.js';
import { helsinkiWallClock, type WallClock } from './opening-hours.js';
import { NameOrder, RankedServices } from './ranked.js';
import { queryTerms, searchScore, searchText, type SearchDocument, type SearchText } from './search.js';

/** What a person (or the page) has narrowed the services down to. Empty or missing means "any". */
export interface FinderFilters {
  readonly query?: string;
  /** A municipality code (kunta, "491"); services for its region or the whole country count too. */
  readonly municipality?: string;
  /** A region code (maakunta, "10"): services that reach anyone in it. */
  readonly region?: string;
  readonly targetGroups?: readonly TargetGroup[];
  readonly types?: readonly ServiceType[];
  readonly channels?: readonly Channel[];
  /** Language codes ("fi", "sv", "se"); a service that lists no languages counts as Finnish. */
  readonly languages?: readonly string[];
  readonly openNow?: boolean;
  readonly free?: boolean;
}

export type FilterKey = keyof FinderFilters;
type ListKey = 'targetGroups' | 'types' | 'channels' | 'languages';
export const LIST_KEYS: readonly ListKey[] = ['targetGroups', 'types', 'channels', 'languages'];

export {
  channelTerms as CHANNELS,
  serviceTypeTerms as SERVICE_TYPES,
  targetGroupTerms as TARGET_GROUPS,
} from '../../feed/vocabulary/terms.js';
/** Channels through which a family can use a service wherever it lives. */
export const REMOTE_CHANNELS: readonly Channel[] = ['phone', 'video', 'chat', 'web'];

export function isRemote(service: Service): boolean {
  return channelKinds(service).some((channel) => REMOTE_CHANNELS.includes(channel));
}

/** The primary language subtag, lower case: "sv-FI" → "sv". */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split('-')[0];
}

/** The languages a service is given in: its own list, or else those of its channels; Finnish when none is named. */
export function serviceLanguages(service: Service): string[] {
  if (service.languages?.length) return service.languages.map(primaryLanguage);
  const ofChannels = new Set((service.serviceChannels ?? []).flatMap((channel) => channel.languages ?? []).map(primaryLanguage));
  return ofChannels.size ? [...ofChannels] : ['fi'];
}

/** The same filters without empty values, so that equal choices look equal. */
export function compactFilters(filters: FinderFilters): FinderFilters {
  const entries = Object.entries(filters).filter(([, value]) =>
    Array.isArray(value) ? value.length > 0 : value !== undefined && value !== '' && value !== false,
  );
  return Object.fromEntries(entries) as FinderFilters;
}

/** True when no filter narrows anything down. */
export function isEmptyFilters(filters: FinderFilters): boolean {
  return activeFilters(filters).length === 0;
}

/**
 * The filters in effect: a pinned value (set by the page) wins over what the person chose for
 * the same thing. Inside a pinned region a person may still choose one of its municipalities.
 */
export function mergeFilters(pinned: FinderFilters, chosen: FinderFilters): FinderFilters {
  const merged: Record<string, unknown> = { ...chosen };
  for (const key of LIST_KEYS) if (pinned[key]?.length) merged[key] = pinned[key];
  if (pinned.openNow) merged.openNow = true;
  if (pinned.free) merged.free = true;
  if (pinned.municipality) {
    merged.municipality = pinned.municipality;
    delete merged.region;
  } else if (pinned.region) {
    const inRegion = chosen.municipality && municipalityByCode.get(chosen.municipality)?.region === pinned.region;
    if (inRegion) delete merged.region;
    else {
      merged.region = pinned.region;
      delete merged.municipality;
    }
  }
  return merged as FinderFilters;
}

/** One thing a person can remove to widen the results, e.g. `{ key: 'channels', value: 'phone' }`. */
export interface ActiveFilter {
  readonly key: FilterKey;
  readonly value: string;
}

/** Every active filter value, in the order the form shows them. */
export function activeFilters(filters: FinderFilters): ActiveFilter[] {
  const active: ActiveFilter[] = [];
  if (filters.query?.trim()) active.push({ key: 'query', value: filters.query.trim() });
  if (filters.municipality) active.push({ key: 'municipality', value: filters.municipality });
  if (filters.region) active.push({ key: 'region', value: filters.region });
  for (const key of ['types', 'languages', 'targetGroups', 'channels'] as const) {
    for (const value of filters[key] ?? []) active.push({ key, value });
  }
  if (filters.openNow) active.push({ key: 'openNow', value: 'true' });
  if (filters.free) active.push({ key: 'free', value: 'true' });
  return active;
}

/** The person's choices that still narrow the results: a choice for a filter the page pins does not. */
export function removableFilters(chosen: FinderFilters, pinned: FinderFilters): ActiveFilter[] {
  const key = (f: ActiveFilter) => `${f.key}|${f.value}`;
  const effective = new Set(activeFilters(mergeFilters(pinned, chosen)).map(key));
  const fixed = new Set(activeFilters(pinned).map(key));
  return activeFilters(chosen).filter((f) => effective.has(key(f)) && !fixed.has(key(f)));
}

/** The filters without one value. */
export function withoutFilter(filters: FinderFilters, { key, value }: ActiveFilter): FinderFilters {
  const next: Record<string, unknown> = { ...filters };
  if ((LIST_KEYS as readonly string[]).includes(key)) {
    const rest = (filters[key as ListKey] ?? []).filter((v) => v !== value);
    if (rest.length) next[key] = rest;
    else delete next[key];
  } else delete next[key];
  return next as FinderFilters;
}

/**
 * The services with their search text prepared once per language, so that each keystroke only
 * compares strings. Build one per feed and keep it.
 */
export class ServiceIndex {
  private readonly documents = new Map<Lang, SearchDocument[]>();
  private readonly nameOrders = new Map<Lang, NameOrder>();
  /** Texts prepared so far: services share organisations, descriptions and keywords. Dropped when done. */
  private readonly texts = new Map<string, SearchText>();

  constructor(
    readonly services: readonly Service[],
    private readonly organization: (id: string) => Organization | undefined = () => undefined,
  ) {}

  documentsIn(lang: Lang): SearchDocument[] {
    this.prepare(lang, () => true);
    return this.documents.get(lang)!;
  }

  /**
   * Prepares the documents in `lang` a hundred services at a time while `hasTime()` holds, so
   * that indexing in idle time never holds up a frame or a key press for long. True when done.
   */
  prepare(lang: Lang, hasTime: () => boolean): boolean {
    let docs = this.documents.get(lang);
    if (!docs) this.documents.set(lang, (docs = []));
    const { services } = this;
    while (docs.length < services.length && hasTime()) {
      const end = Math.min(docs.length + 100, services.length);
      while (docs.length < end) docs.push(this.document(services[docs.length], lang));
    }
    if (docs.length < services.length) return false;
    this.texts.clear();
    return true;
  }

  /** searchText(), once for each distinct text. */
  private searchText(...parts: (string | undefined)[]): SearchText {
    const key = parts.filter(Boolean).join('\u0001');
    let text = this.texts.get(key);
    if (!text) this.texts.set(key, (text = searchText(key.replaceAll('\u0001', ' '))));
    return text;
  }

  /** The services' order by name in `lang`. */
  namesIn(lang: Lang): NameOrder {
    let names = this.nameOrders.get(lang);
    if (!names) this.nameOrders.set(lang, (names = new NameOrder(this.services, lang)));
    return names;
  }

  private document(service: Service, lang: Lang): SearchDocument {
    const text = (value: Parameters<typeof localize>[0] | undefined) => (value ? localize(value, lang).text : undefined);
    const organization = this.organization(service.organization);
    const keywords = [...(service.keywords?.[lang] ?? []), ...(lang === 'fi' ? [] : (service.keywords?.fi ?? []))];
    return {
      name: searchText(text(service.name)),
      related: this.searchText(
        text(service.alternateName),
        lang === 'fi' ? undefined : service.name.fi,
        ...keywords,
        ...service.types.map((type) => vocabularyMessages.in(lang).serviceTypes[type]),
        text(service.address?.locality),
      ),
      description: this.searchText(text(service.description)),
      organization: this.searchText(text(organization?.name), text(organization?.alternateName)),
    };
  }
}

/**
 * How near the service is to the chosen area: its own municipality (or an office there) first,
 * then region, then country.
 */
function closeness(service: Service, filters: FinderFilters): number {
  const { area } = service;
  if (filters.municipality) {
    if (area.municipalities?.includes(filters.municipality) || hasLocalOffice(service, filters)) return 2;
    const region = municipalityByCode.get(filters.municipality)?.region;
    return region && area.regions?.includes(region) ? 1 : 0;
  }
  if (filters.region) {
    const local = area.regions?.includes(filters.region) || area.municipalities?.some((m) => municipalityByCode.get(m)?.region === filters.region);
    return local || hasLocalOffice(service, filters) ? 1 : 0;
  }
  return 0;
}

function matches(service: Service, filters: FinderFilters, clock: WallClock | undefined): boolean {
  const { targetGroups, types, channels, languages } = filters;
  if (!isShown(service)) return false;
  if (filters.municipality && !servesMunicipality(service.area, filters.municipality)) return false;
  if (filters.region && !servesRegion(service.area, filters.region)) return false;
  if (targetGroups?.length && !service.targetGroups.some((g) => targetGroups.includes(g))) return false;
  if (types?.length && !service.types.some((t) => types.includes(t))) return false;
  if (channels?.length && !channelKinds(service).some((c) => channels.includes(c))) return false;
  if (languages?.length && !serviceLanguages(service).some((l) => languages.includes(l))) return false;
  if (filters.free && service.free !== true) return false;
  if (clock && !isServiceOpenOn(service, clock, channels)) return false;
  return true;
}

export interface FilterOptions {
  /** The language whose texts are searched and by whose names the results are sorted. */
  readonly lang: Lang;
  /** The instant "open now" refers to (milliseconds since the epoch). */
  readonly now: number;
}

/**
 * The services that pass every filter, best first. Within one kind of filter any chosen value
 * will do (phone or chat); different kinds must all hold (phone or chat, and free). Order:
 * search relevance, then nearness to the chosen area, then name.
 */
export function rankServices(index: ServiceIndex, filters: FinderFilters, options: FilterOptions): RankedServices {
  const { services } = index;
  const terms = queryTerms(filters.query);
  const docs = terms.length ? index.documentsIn(options.lang) : undefined;
  const clock = filters.openNow ? helsinkiWallClock(options.now) : undefined;
  const n = services.length;
  const hits = new Int32Array(n);
  const weights = new Float64Array(n);
  let found = 0;
  for (let i = 0; i < n; i++) {
    const score = docs ? searchScore(docs[i], terms) : 1;
    if (!score || !matches(services[i], filters, clock)) continue;
    hits[found] = i;
    weights[found++] = score * 3 + closeness(services[i], filters);
  }
  return new RankedServices(services, index.namesIn(options.lang), hits.subarray(0, found), weights.subarray(0, found));
}

/** All the services that pass every filter, in the order of `rankServices`. */
export function filterServices(index: ServiceIndex, filters: FinderFilters, options: FilterOptions): readonly Service[] {
  return rankServices(index, filters, options).all();
}
