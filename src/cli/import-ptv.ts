/**
 * Suomi.fi Palvelutietovaranto (PTV) open API v11 JSON into our feed: services with the service
 * channels linked to them (locations, phone services, e-services, web pages) and, when given,
 * organisations. Texts come by language; municipality codes map directly; addresses in
 * ETRS-TM35FIN are converted to WGS84.
 */
import type { Address, Area, Channel, LocalizedKeywords, LocalizedText, OpeningHours, Organization, Service } from '../feed/types.js';
import { etrsTm35finToWgs84, isInFinlandTm35 } from './etrs-tm35fin.js';
import { FeedBuilder, cleanPhone, plainText, type At, type Draft } from './feed-builder.js';
import { chooseTargetGroups, chooseTypes, fallbackArea, type MappingOptions } from './mapping.js';
import { REGIONS, isMunicipalityCode, isRegionCode } from '../feed/vocabulary/areas.js';
import { padCode } from './vocabulary.js';
import { choose } from './selection.js';

type Json = Record<string, unknown>;
type Day = OpeningHours['days'][number];
type Lang = 'fi' | 'sv' | 'en';

export interface ChosenService {
  readonly id: string;
  readonly name: string;
  readonly reason: string;
}

export interface PtvDocument {
  readonly source: string;
  readonly data: unknown;
}

export interface PtvOptions extends MappingOptions {
  /** A name for the one organisation the input refers to without naming it. */
  readonly organizationName?: string;
}

interface Found {
  readonly record: Json;
  readonly at: At;
}

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);
const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];

const CHANNEL_TYPES: Record<string, Channel | undefined> = {
  ServiceLocation: 'on-site',
  Phone: 'phone',
  EChannel: 'web',
  WebPage: 'web',
  PrintableForm: undefined,
};

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAY_CODES: Day[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/** "TESTIKUNTA" → "Testikunta", "MÄNTTÄ-VILPPULA" → "Mänttä-Vilppula"; mixed case stays. */
function titleCase(text: string): string {
  if (text !== text.toUpperCase()) return text;
  return text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

class PtvMapper {
  readonly services = new Map<string, Found>();
  readonly channels = new Map<string, Found>();
  readonly organizations = new Map<string, Found>();
  /** Names that services give their organisations ({id, name} references). */
  readonly organizationNames = new Map<string, string>();
  private readonly linkedChannels = new Set<string>();
  readonly chosen: ChosenService[] = [];

  constructor(
    private readonly builder: FeedBuilder,
    private readonly options: PtvOptions,
  ) {}

  read(source: string, value: unknown, path = '$'): void {
    if (Array.isArray(value)) {
      value.forEach((v, i) => this.read(source, v, `${path}[${i}]`));
      return;
    }
    if (!isObject(value)) return;
    const at = { source, where: path };
    if (Array.isArray(value.itemList)) this.read(source, value.itemList, `${path}.itemList`);
    else if (value.publishingStatus === 'Deleted') this.builder.warn(at, 'is deleted in PTV; skipped', undefined, str(value.id));
    else if (str(value.serviceChannelType)) this.keep(this.channels, value, at);
    else if (Array.isArray(value.serviceNames)) this.keep(this.services, value, at);
    else if (Array.isArray(value.organizationNames)) this.keep(this.organizations, value, at);
    else this.builder.warn(at, 'is not a PTV service, service channel or organisation; skipped');
  }

  private keep(map: Map<string, Found>, record: Json, at: At): void {
    const id = str(record.id);
    if (!id) this.builder.error(at, 'the PTV record has no id; skipped');
    else if (!map.has(id)) map.set(id, { record, at });
  }

  /** Localised PTV texts ([{language, value, type}]) of one type as our LocalizedText. */
  text(items: unknown, at: At, id: string | undefined, ...types: string[]): LocalizedText | undefined {
    const byLang: Partial<Record<Lang, string>> = {};
    for (const type of types.length ? types : [undefined]) {
      for (const item of list(items)) {
        const lang = item.language as Lang;
        if (!LANGS.includes(lang) || (type !== undefined && item.type !== type) || byLang[lang]) continue;
        const value = plainText(item.value);
        if (value) byLang[lang] = value;
      }
    }
    if (!byLang.fi) {
      const other = byLang.sv ?? byLang.en;
      if (!other) return undefined;
      this.builder.warn(at, `has no Finnish ${types[0]?.toLowerCase() ?? 'text'}; the ${byLang.sv ? 'Swedish' : 'English'} text is also used as "fi"`, 'add the Finnish text in PTV', id);
      byLang.fi = other;
    }
    return { fi: byLang.fi, ...(byLang.sv && { sv: byLang.sv }), ...(byLang.en && { en: byLang.en }) };
  }

  /** All text of a record's words for keyword guesses and --match. */
  private words(r: Json): string {
    const values = (items: unknown): string[] => list(items).map((i) => str(i.value)).filter((v): v is string => !!v);
    const names = (items: unknown): string[] => list(items).flatMap((i) => values(i.name));
    return [
      ...values(r.serviceNames),
      ...values(r.serviceDescriptions).slice(0, 6),
      ...values(r.keywords),
      ...names(r.serviceClasses),
      ...names(r.ontologyTerms),
      ...names(r.targetGroups),
      ...names(r.lifeEvents),
    ].join('\n');
  }

  linked(service: Found): Found[] {
    const id = str(service.record.id);
    const ids = new Set(
      list(service.record.serviceChannels).map((c) => (isObject(c.serviceChannel) ? str(c.serviceChannel.id) : undefined)).filter(Boolean),
    );
    for (const [channelId, channel] of this.channels) {
      if (list(channel.record.services).some((s) => isObject(s.service) && s.service.id === id)) ids.add(channelId);
    }
    const found = [...ids].map((c) => this.channels.get(c!)).filter((c) => c !== undefined);
    found.forEach((c) => this.linkedChannels.add(str(c.record.id)!));
    return found;
  }

  unlinkedChannels(): number {
    return [...this.channels.keys()].filter((id) => !this.linkedChannels.has(id)).length;
  }

  organizationId(service: Found, channels: Found[]): string | undefined {
    const r = service.record;
    const reference = (item: unknown): string | undefined => {
      if (!isObject(item)) return undefined;
      const id = str(item.id);
      if (id && str(item.name)) this.organizationNames.set(id, str(item.name)!);
      return id;
    };
    const responsible = list(r.organizations).find((o) => o.roleType === 'Responsible');
    list(r.organizations).forEach((o) => reference(o.organization));
    return (
      reference(r.mainOrganization) ??
      reference(responsible?.organization) ??
      str(responsible?.organizationId) ??
      channels.map((c) => str(c.record.organizationId)).find(Boolean)
    );
  }

  area(record: Json, at: At, id: string): Area | undefined {
    const type = str(record.areaType);
    if (type === 'Nationwide' || type === 'WholeCountry') return { wholeCountry: true };
    if (type === 'NationwideExceptAlandIslands' || type === 'WholeCountryExceptAlandIslands') {
      return { regions: REGIONS.map((r) => r.code).filter((code) => code !== '21') };
    }
    const municipalities = new Set<string>();
    const regions = new Set<string>();
    const unknown: string[] = [];
    const addMunicipality = (m: Json): void => {
      const code = padCode(String(m.code ?? ''), 3);
      if (isMunicipalityCode(code)) municipalities.add(code);
      else unknown.push(`municipality ${JSON.stringify(m.code)}${isObject(m) && list(m.name)[0] ? ` (${str(list(m.name)[0].value)})` : ''}`);
    };
    for (const area of list(record.areas)) {
      if (area.type === 'Region' || area.type === 'Province') {
        const code = padCode(String(area.code ?? ''), 2);
        if (isRegionCode(code)) regions.add(code);
        else unknown.push(`region ${JSON.stringify(area.code)}`);
      } else {
        list(area.municipalities).forEach(addMunicipality);
      }
    }
    list(record.municipalities).forEach(addMunicipality);
    if (unknown.length) {
      this.builder.warn({ source: at.source, where: `${at.where}.areas` }, `${unknown.join(', ')} is not a Finnish code; left out`, 'check the area in PTV', id);
    }
    if (municipalities.size || regions.size) {
      return { ...(regions.size && { regions: [...regions] }), ...(municipalities.size && { municipalities: [...municipalities] }) };
    }
    return fallbackArea(this.options, this.builder, at, 'the service has no area with a Finnish municipality or region code', id);
  }

  private hoursOf(entries: Json[], channel: Channel | undefined, at: At, id: string, notes: Partial<Record<Lang, string[]>>): Draft<OpeningHours>[] {
    const out: Draft<OpeningHours>[] = [];
    for (const entry of entries) {
      const type = str(entry.serviceHourType);
      if (entry.isClosed === true) continue;
      if (type === 'Exceptional' || type === 'Exception' || type === 'Special') {
        this.builder.warn(at, 'exceptional service hours (holidays, closures) cannot be expressed in the feed; left out', 'mention them in the description if they matter', id);
        continue;
      }
      for (const item of list(entry.additionalInformation)) {
        const lang = item.language as Lang;
        const value = plainText(item.value);
        if (LANGS.includes(lang) && value) (notes[lang] ??= []).push(value);
      }
      const validity: Draft<OpeningHours> = {};
      if (entry.validForNow !== true && str(entry.validFrom)) validity.validFrom = str(entry.validFrom)!.slice(0, 10);
      if (str(entry.validTo)) validity.validThrough = str(entry.validTo)!.slice(0, 10);
      const via = channel ? { channel } : {};
      if (entry.isAlwaysOpen === true) {
        out.push({ days: [...DAY_CODES], opens: '00:00', closes: '24:00', ...via, ...validity });
        continue;
      }
      for (const opening of list(entry.openingHour)) {
        const from = WEEKDAYS.indexOf(str(opening.dayFrom) ?? '');
        const to = type === 'OverMidnight' ? from : WEEKDAYS.indexOf(str(opening.dayTo) ?? '');
        const opens = /^(\d{2}):(\d{2})/.exec(str(opening.from) ?? '');
        const closes = /^(\d{2}):(\d{2})/.exec(str(opening.to) ?? '');
        if (from < 0 || !opens || !closes) {
          this.builder.warn(at, `the opening time ${JSON.stringify(opening)} could not be read; left out`, undefined, id);
          continue;
        }
        const days: Day[] = [];
        for (let d = from; ; d = (d + 1) % 7) {
          days.push(DAY_CODES[d]);
          if (to < 0 || d === to) break;
        }
        const closing = `${closes[1]}:${closes[2]}` === '00:00' ? '24:00' : `${closes[1]}:${closes[2]}`;
        out.push({ days, opens: `${opens[1]}:${opens[2]}`, closes: closing, ...via, ...validity });
      }
    }
    return out;
  }

  private phone(channels: Found[], at: At, id: string): string | undefined {
    const numbers = channels.flatMap((c) => [...list(c.record.phoneNumbers), ...list(c.record.supportPhones)]);
    const usable = numbers.filter((n) => n.type === undefined || n.type === 'Phone');
    const ordered = [...usable.filter((n) => n.language === 'fi'), ...usable];
    for (const n of ordered) {
      const raw = str(n.number);
      if (!raw) continue;
      const prefix = n.isFinnishServiceNumber === true ? '' : (str(n.prefixNumber) ?? '');
      const phone = cleanPhone(prefix && !raw.startsWith('+') ? `${prefix} ${raw.replace(/^0/, '')}` : raw);
      if (phone) return phone;
      this.builder.warn(at, `the phone number ${JSON.stringify(raw)} is not a number the feed can use; left out`, undefined, id);
    }
    return undefined;
  }

  private firstValue(items: Json[], key: 'value' | 'url'): string | undefined {
    const fi = items.find((i) => i.language === 'fi' && str(i[key]));
    return str((fi ?? items.find((i) => str(i[key])))?.[key]);
  }

  private address(channels: Found[], at: At, id: string): Address | undefined {
    for (const channel of channels.filter((c) => c.record.serviceChannelType === 'ServiceLocation')) {
      const location = list(channel.record.addresses).find((a) => a.type === 'Location' || a.type === 'Visiting') ?? list(channel.record.addresses)[0];
      const street = isObject(location?.streetAddress) ? location.streetAddress : undefined;
      if (!street) continue;
      const address: Address = {};
      const name = this.text(channel.record.serviceChannelNames, at, id, 'Name');
      if (name) address.name = name;
      const number = str(street.streetNumber);
      const streetText = this.text(list(street.street).map((s) => ({ ...s, value: number ? `${str(s.value)} ${number}` : s.value })), at, id);
      if (streetText) address.street = streetText;
      if (str(street.postalCode)) address.postalCode = str(street.postalCode);
      const office = this.text(list(street.postOffice).map((p) => ({ ...p, value: titleCase(str(p.value) ?? '') })), at, id);
      if (office) address.locality = office;
      const municipality = isObject(street.municipality) ? padCode(String(street.municipality.code ?? ''), 3) : '';
      if (isMunicipalityCode(municipality)) address.municipality = municipality;
      const northing = Number(street.latitude);
      const easting = Number(street.longitude);
      const state = str(street.coordinateState);
      if (Number.isFinite(northing) && Number.isFinite(easting) && (!state || /^ok$/i.test(state) || /entered/i.test(state))) {
        if (isInFinlandTm35(northing, easting)) {
          const { latitude, longitude } = etrsTm35finToWgs84(northing, easting);
          address.latitude = Math.round(latitude * 1e6) / 1e6;
          address.longitude = Math.round(longitude * 1e6) / 1e6;
        } else {
          this.builder.warn(at, `the coordinates N ${northing}, E ${easting} are not ETRS-TM35FIN coordinates in Finland; left out`, undefined, id);
        }
      }
      return address;
    }
    return undefined;
  }

  /** EChannels whose names or addresses say chat or video: a guess, so it is reported. */
  private remoteKind(channel: Found): 'chat' | 'video' | undefined {
    const text = [
      ...list(channel.record.serviceChannelNames).map((n) => str(n.value)),
      ...list(channel.record.webPages).map((w) => str(w.url)),
    ].join(' ').toLowerCase();
    if (/chat|chatt/.test(text)) return 'chat';
    if (/video|etävastaanotto|etäyhteys|videosamtal/.test(text)) return 'video';
    return undefined;
  }

  service(found: Found): Draft<Service> | undefined {
    const r = found.record;
    const at = found.at;
    const id = str(r.id)!;
    const words = this.words(r);
    const chosen = this.options.selection ? choose(this.options.selection, [words], []) : { reason: 'all' };
    if (!chosen) return undefined;
    this.chosen.push({ id, name: str(list(r.serviceNames)[0]?.value) ?? id, reason: chosen.reason });
    const channels = this.linked(found);
    const service = { id, name: this.text(r.serviceNames, at, id, 'Name') } as Draft<Service>;
    const alternate = this.text(r.serviceNames, at, id, 'AlternativeName', 'AlternateName');
    if (alternate) service.alternateName = alternate;
    const organization = this.organizationId(found, channels);
    if (organization) service.organization = organization;
    const description = this.text(r.serviceDescriptions, at, id, 'Description', 'Summary', 'ShortDescription');
    if (description) service.description = description;
    service.types = chooseTypes(words, this.options, this.builder, at, id);
    service.targetGroups = chooseTargetGroups(words, this.options, this.builder, at, id);

    const kinds = new Set<Channel>();
    let chatUrl: string | undefined;
    let videoUrl: string | undefined;
    for (const channel of channels) {
      const type = str(channel.record.serviceChannelType) ?? '';
      let kind = CHANNEL_TYPES[type];
      if (type === 'EChannel') {
        const remote = this.remoteKind(channel);
        if (remote) {
          kind = remote;
          const url = this.firstValue(list(channel.record.webPages), 'url');
          if (remote === 'chat') chatUrl ??= url;
          else videoUrl ??= url;
          this.builder.warn(at, `the e-service "${this.firstValue(list(channel.record.serviceChannelNames), 'value')}" looks like a ${remote} by its name or address, so the channel is "${remote}"`, 'check it', id);
        }
      }
      if (kind) kinds.add(kind);
    }
    service.channels = kinds.size ? [...kinds] : [...(this.options.channels ?? [])];
    const area = this.area(r, at, id);
    if (area) service.area = area;
    const languages = (Array.isArray(r.languages) ? r.languages : []).filter((l): l is string => typeof l === 'string');
    if (languages.length) service.languages = [...new Set(languages.map((l) => l.toLowerCase()))];

    const notes: Partial<Record<Lang, string[]>> = {};
    const connectionHours = list(r.serviceChannels).flatMap((c) => list(c.serviceHours));
    const hours = [
      ...this.hoursOf(connectionHours, undefined, at, id, notes),
      ...channels.flatMap((c) => this.hoursOf(list(c.record.serviceHours), CHANNEL_TYPES[str(c.record.serviceChannelType) ?? ''], at, id, notes)),
    ];
    const unique = hours.filter((h, i) => hours.findIndex((o) => JSON.stringify(o) === JSON.stringify(h)) === i);
    if (unique.length) service.hours = unique;
    const hoursNote = this.text(LANGS.flatMap((language) => (notes[language] ? [{ language, value: [...new Set(notes[language])].join('\n') }] : [])), at, id);
    if (hoursNote) service.hoursNote = hoursNote;

    const charge = str(r.serviceChargeType);
    if (charge === 'FreeOfCharge' || charge === 'Free') service.free = true;
    if (charge === 'Chargeable' || charge === 'Charged') service.free = false;
    const fees = this.text(r.serviceDescriptions, at, id, 'ChargeTypeAdditionalInfo');
    if (fees) service.fees = fees;
    const phone = this.phone(channels, at, id);
    if (phone) service.phone = phone;
    const email = this.firstValue(channels.flatMap((c) => [...list(c.record.emails), ...list(c.record.supportEmails)]), 'value');
    if (email) service.email = email;
    // The web address: web pages and e-services first, then the other channels' pages; never a chat or video link.
    const pages = channels.filter((c) => !(c.record.serviceChannelType === 'EChannel' && this.remoteKind(c)));
    const web = pages.filter((c) => c.record.serviceChannelType === 'WebPage' || c.record.serviceChannelType === 'EChannel');
    const url = this.firstValue([...web, ...pages].flatMap((c) => list(c.record.webPages)), 'url');
    if (url) service.url = url;
    if (chatUrl) service.chatUrl = chatUrl;
    if (videoUrl) service.videoUrl = videoUrl;
    const address = this.address(channels, at, id);
    if (address) service.address = address;
    const keywords: LocalizedKeywords = {};
    for (const k of list(r.keywords)) {
      const lang = k.language as Lang;
      if (LANGS.includes(lang) && str(k.value)) (keywords[lang] ??= []).push(str(k.value)!);
    }
    if (Object.keys(keywords).length) service.keywords = keywords;
    return service;
  }

  organization(id: string, at: At): Draft<Organization> | undefined {
    const found = this.organizations.get(id);
    if (!found) {
      const name = this.organizationNames.get(id);
      return name ? { id, name: { fi: name } } : undefined;
    }
    const r = found.record;
    const org = { id, name: this.text(r.organizationNames, found.at, id, 'Name') } as Draft<Organization>;
    const alternate = this.text(r.organizationNames, found.at, id, 'AlternativeName', 'AlternateName');
    if (alternate) org.alternateName = alternate;
    const kinds: Record<string, Organization['kind']> = {
      Municipality: 'municipality', State: 'state', Company: 'company', Organization: 'association',
      Region: 'wellbeing-county', SotePublic: 'wellbeing-county', SotePrivate: 'company', RegionalOrganization: 'other',
    };
    const kind = kinds[str(r.organizationType) ?? ''];
    if (kind) org.kind = kind;
    const description = this.text(r.organizationDescriptions, found.at, id, 'Description', 'Summary');
    if (description) org.description = description;
    const url = this.firstValue(list(r.webPages), 'url');
    if (url) org.url = url;
    const email = this.firstValue(list(r.emails), 'value');
    if (email) org.email = email;
    const phone = this.phone([found], at, id);
    if (phone) org.phone = phone;
    return org;
  }
}

/** Converts PTV documents (parsed JSON: pages, arrays or single records) into feed items in `builder`. */
export function importPtv(documents: readonly PtvDocument[], builder: FeedBuilder, options: PtvOptions = {}): ChosenService[] {
  const mapper = new PtvMapper(builder, options);
  for (const { source, data } of documents) mapper.read(source, data);
  if (!mapper.services.size) {
    builder.error({ source: documents.map((d) => d.source).join(', '), where: '$' }, 'the input has no PTV services', 'give the JSON of /api/v11/Service (and of /api/v11/ServiceChannel for addresses, phones and hours)');
  }
  const locate = (at: At) => (): At => at;
  const organizationIds = new Set<string>();
  const firstUse = new Map<string, At>();
  for (const found of mapper.services.values()) {
    const service = mapper.service(found);
    if (!service) continue;
    if (builder.add('services', service, locate(found.at)) && service.organization) {
      organizationIds.add(service.organization);
      if (!firstUse.has(service.organization)) firstUse.set(service.organization, found.at);
    }
  }
  const organizations = new Map([...organizationIds].map((id) => [id, mapper.organization(id, firstUse.get(id)!)]));
  const nameless = [...organizations].filter(([, org]) => !org).map(([id]) => id);
  for (const [id, found] of organizations) {
    const at = firstUse.get(id)!;
    const org = found ?? (options.organizationName && nameless.length === 1 ? { id, name: { fi: options.organizationName } } : undefined);
    if (org) {
      builder.add('organizations', org, locate(mapper.organizations.get(id)?.at ?? at));
      continue;
    }
    const fix = nameless.length === 1
      ? 'add its PTV record (/api/v11/Organization/<id>) as another input file, or name it with --organization-name'
      : 'add the PTV records of the organisations (/api/v11/Organization/<id>) as more input files';
    builder.error(at, `the organisation ${id} has no name in the input, so services refer to an organisation the feed lacks`, fix);
  }
  const unlinked = mapper.unlinkedChannels();
  if (unlinked) {
    builder.warn({ source: documents.map((d) => d.source).join(', '), where: '$' }, `${unlinked} service channel(s) are linked to no imported service and were left out`);
  }
  return mapper.chosen;
}
