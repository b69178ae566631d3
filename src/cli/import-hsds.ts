/**
 * Open Referral HSDS 3.0/3.1 JSON (service, organization and service_at_location records, full
 * or paged lists) into our feed. HSDS text is in one language; schedules become opening hours
 * in Europe/Helsinki; free-text service areas are matched to municipality and region names.
 */
import type { Address, Area, Channel, Contact, LocalizedText, OpeningHours, Organization, Service } from '../feed/types.js';
import { FeedBuilder, cleanPhone, plainText, type At, type Draft } from './feed-builder.js';
import { chooseTargetGroups, chooseTypes, fallbackArea, matches, type MappingOptions } from './mapping.js';
import { areaFromText, findMunicipality } from './vocabulary.js';

type Json = Record<string, unknown>;
type Day = OpeningHours['days'][number];

export interface HsdsDocument {
  readonly source: string;
  readonly data: unknown;
}

export interface HsdsOptions extends MappingOptions {
  /** The language of the HSDS text; default fi. */
  readonly lang?: 'fi' | 'sv' | 'en';
}

interface Found {
  readonly record: Json;
  readonly at: At;
  organizationId?: string;
}

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

const DAYS: Record<string, Day> = { MO: 'mo', TU: 'tu', WE: 'we', TH: 'th', FR: 'fr', SA: 'sa', SU: 'su' };
const ALL_DAYS = Object.values(DAYS);

function isService(o: Json): boolean {
  return 'status' in o || 'organization' in o || 'organization_id' in o || 'service_at_locations' in o;
}
function isOrganization(o: Json): boolean {
  return !isService(o) && ['website', 'services', 'legal_status', 'year_incorporated', 'tax_status', 'parent_organization_id'].some((k) => k in o);
}

/** Records of every HSDS document, found by their shape; the same record in several files is read once. */
class Records {
  readonly services = new Map<string, Found>();
  readonly organizations = new Map<string, Found>();

  constructor(private readonly builder: FeedBuilder) {}

  read(source: string, value: unknown, path = '$'): void {
    if (Array.isArray(value)) {
      value.forEach((v, i) => this.read(source, v, `${path}[${i}]`));
      return;
    }
    if (!isObject(value)) return;
    if (Array.isArray(value.contents)) {
      this.read(source, value.contents, `${path}.contents`);
    } else if (isObject(value.service) && isObject(value.location) && !('name' in value)) {
      // service_at_location: its service, with this location added.
      const service = { ...value.service, service_at_locations: [{ ...value, service: undefined }] };
      this.addService(source, service, `${path}.service`);
    } else if (isService(value)) {
      this.addService(source, value, path);
    } else if (isOrganization(value)) {
      this.addOrganization(source, value, path);
    } else {
      this.builder.warn({ source, where: path }, 'is not an HSDS service, organization or service_at_location record; skipped');
    }
  }

  private addService(source: string, record: Json, path: string, organizationId?: string): void {
    const id = str(record.id);
    if (!id) {
      this.builder.error({ source, where: `${path}.id` }, 'the HSDS service has no id; skipped', 'every HSDS record needs an id');
      return;
    }
    if (isObject(record.organization)) this.addOrganization(source, record.organization, `${path}.organization`, false);
    const known = this.services.get(id);
    const orgId = organizationId ?? str(record.organization_id) ?? (isObject(record.organization) ? str(record.organization.id) : undefined);
    if (!known) {
      this.services.set(id, { record: { ...record }, at: { source, where: path }, organizationId: orgId });
      return;
    }
    // The same service from another file: fill in what the first copy lacks, add its locations.
    for (const [key, value] of Object.entries(record)) if (known.record[key] === undefined) known.record[key] = value;
    const locations = list(known.record.service_at_locations);
    for (const sal of list(record.service_at_locations)) if (!locations.some((l) => l.id === sal.id)) locations.push(sal);
    known.record.service_at_locations = locations;
    known.organizationId ??= orgId;
  }

  private addOrganization(source: string, record: Json, path: string, withServices = true): void {
    const id = str(record.id);
    if (!id) return;
    const known = this.organizations.get(id);
    if (known) {
      for (const [key, value] of Object.entries(record)) if (known.record[key] === undefined) known.record[key] = value;
    } else {
      this.organizations.set(id, { record: { ...record }, at: { source, where: path } });
    }
    if (withServices) list(record.services).forEach((s, i) => this.addService(source, s, `${path}.services[${i}]`, id));
  }
}

class HsdsMapper {
  private guessedLanguageNoted = false;

  constructor(
    private readonly builder: FeedBuilder,
    private readonly options: HsdsOptions,
  ) {}

  /** HSDS text as our LocalizedText. Finnish is required, so other languages are copied into fi. */
  text(value: unknown): LocalizedText | undefined {
    const text = plainText(value);
    if (!text) return undefined;
    const lang = this.options.lang ?? 'fi';
    if (lang === 'fi') return { fi: text };
    if (!this.guessedLanguageNoted) {
      this.guessedLanguageNoted = true;
      this.builder.warn(
        { source: '(all files)', where: '' },
        `the feed format requires Finnish text, so the ${lang} text is also used as "fi"`,
        'add Finnish names and descriptions to the feed before publishing it',
      );
    }
    return { fi: text, [lang]: text };
  }

  organization(found: Found): Draft<Organization> {
    const r = found.record;
    const org: Draft<Organization> = { id: str(r.id)!, name: this.text(r.name) };
    const alternate = this.text(r.alternate_name);
    if (alternate) org.alternateName = alternate;
    const description = this.text(r.description);
    if (description) org.description = description;
    const url = str(r.website) ?? str(r.url);
    if (url) org.url = url;
    if (str(r.email)) org.email = str(r.email);
    const phone = this.firstPhone(list(r.phones), found.at, str(r.id));
    if (phone) org.phone = phone;
    return org;
  }

  contacts(records: Json[], organization: string | undefined, at: At): Contact[] {
    const out: Contact[] = [];
    for (const c of records) {
      const id = str(c.id);
      const name = plainText(c.name);
      if (!id || !name) continue;
      const contact: Contact = { id, name };
      const title = this.text([str(c.title), str(c.department)].filter(Boolean).join(', '));
      if (title) contact.title = title;
      if (organization) contact.organization = organization;
      const phone = this.firstPhone(list(c.phones), at, id);
      if (phone) contact.phone = phone;
      if (str(c.email)) contact.email = str(c.email);
      out.push(contact);
    }
    return out;
  }

  firstPhone(phones: Json[], at: At, id?: string): string | undefined {
    for (const phone of phones) {
      if (phone.type === 'fax') continue;
      const number = cleanPhone(phone.number);
      if (!number) {
        this.builder.warn(at, `the phone number ${JSON.stringify(phone.number)} is not a number the feed can use; left out`, 'write it with digits, spaces and an optional leading +', id);
        continue;
      }
      if (phone.extension !== undefined && phone.extension !== null && phone.extension !== '') {
        this.builder.warn(at, `the extension ${phone.extension} of ${number} was left out (the feed has no extensions)`, undefined, id);
      }
      return number;
    }
    return undefined;
  }

  /** One HSDS schedule as opening hours; undefined (with a warning) when it cannot be expressed. */
  hours(schedule: Json, at: At, id: string): Draft<OpeningHours> | undefined {
    const where = { source: at.source, where: `${at.where}.schedules` };
    const opens = this.time(schedule.opens_at, where, id);
    const closes = this.time(schedule.closes_at, where, id);
    if (!opens || !closes) return undefined;
    const freq = str(schedule.freq)?.toUpperCase() ?? 'WEEKLY';
    let days: Day[];
    if (freq === 'DAILY') {
      days = [...ALL_DAYS];
    } else if (freq === 'WEEKLY') {
      const names = (str(schedule.byday) ?? '').toUpperCase().split(',').map((d) => d.trim()).filter(Boolean);
      if (names.some((d) => !DAYS[d])) {
        this.builder.warn(where, `the schedule repeats on ${schedule.byday}, which weekly opening hours cannot express; left out`, 'describe it in the service description', id);
        return undefined;
      }
      if (names.length) {
        days = names.map((d) => DAYS[d]);
      } else {
        // An RRULE without BYDAY repeats on the weekday of its start.
        const start = /^\d{4}-\d{2}-\d{2}/.exec(str(schedule.dtstart) ?? '')?.[0];
        if (!start) {
          this.builder.warn(where, 'the weekly schedule names no days (byday) and no start date; read as every day', 'add byday to the schedule', id);
        }
        days = start ? [ALL_DAYS[(new Date(`${start}T12:00:00Z`).getUTCDay() + 6) % 7]] : [...ALL_DAYS];
      }
    } else {
      this.builder.warn(where, `a ${freq} schedule cannot be shown as weekly opening hours; left out`, 'describe it in the service description', id);
      return undefined;
    }
    const ignored = ['byweekno', 'bymonthday', 'byyearday', 'count'].filter((k) => schedule[k] !== undefined && schedule[k] !== null && schedule[k] !== '');
    if (ignored.length) {
      this.builder.warn(where, `${ignored.join(', ')} of the schedule cannot be expressed as opening hours and were ignored; the hours apply every week`, undefined, id);
    }
    if (typeof schedule.timezone === 'number') {
      this.builder.warn(where, `the schedule's time zone is the numeric UTC offset ${schedule.timezone}; its times are read as Europe/Helsinki wall-clock time`, 'numeric offsets are wrong for half of the year across daylight saving time; check the hours', id);
    } else if (str(schedule.timezone) && schedule.timezone !== 'Europe/Helsinki') {
      this.builder.warn(where, `the schedule's time zone ${schedule.timezone} is replaced by Europe/Helsinki, in which feed hours are given`, undefined, id);
    }
    const result: Draft<OpeningHours> = { days, opens, closes };
    const from = str(schedule.valid_from)?.slice(0, 10) ?? str(schedule.dtstart)?.slice(0, 10);
    const through = str(schedule.valid_to)?.slice(0, 10) ?? str(schedule.until)?.slice(0, 10);
    if (from) result.validFrom = from;
    if (through) result.validThrough = through;
    return result;
  }

  private time(value: unknown, at: At, id: string): string | undefined {
    const match = typeof value === 'string' ? /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim()) : null;
    if (!match) {
      if (value !== undefined && value !== null) this.builder.warn(at, `${JSON.stringify(value)} is not a time of day; the schedule was left out`, undefined, id);
      return undefined;
    }
    if (match[3]) {
      this.builder.warn(at, `the time ${value} carries a UTC offset, which was dropped; it is read as Europe/Helsinki wall-clock time`, 'check the hours', id);
    }
    return `${match[1].padStart(2, '0')}:${match[2]}`;
  }

  address(location: Json, at: At, id: string): Address | undefined {
    const address: Address = {};
    const name = this.text(location.name);
    if (name) address.name = name;
    const addresses = list(location.addresses);
    const postal = addresses.find((a) => a.address_type === 'physical') ?? addresses[0];
    if (postal) {
      const street = this.text(str(postal.address_1));
      if (street) address.street = street;
      if (str(postal.postal_code)) address.postalCode = str(postal.postal_code);
      const city = str(postal.city);
      if (city) {
        address.locality = this.text(city);
        const municipality = findMunicipality(city);
        if (municipality) address.municipality = municipality.code;
      }
    }
    const { latitude, longitude } = location;
    if (typeof latitude === 'number' && typeof longitude === 'number' && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
      address.latitude = latitude;
      address.longitude = longitude;
    } else if (latitude !== undefined || longitude !== undefined) {
      this.builder.warn(at, `the location's coordinates ${JSON.stringify(latitude)}, ${JSON.stringify(longitude)} are not a latitude and longitude; left out`, 'give WGS84 degrees, e.g. 61.6886, 27.2723', id);
    }
    return Object.keys(address).length ? address : undefined;
  }

  area(record: Json, locations: Json[], at: At, id: string): Area | undefined {
    const texts = list(record.service_areas).flatMap((a) => [str(a.name), str(a.description)]).filter((t): t is string => !!t);
    const fromText = areaFromText(texts.join('\n'));
    if (fromText.area) return fromText.area;
    const cities = locations
      .flatMap((l) => list(isObject(l.location) ? l.location.addresses : undefined))
      .map((a) => findMunicipality(str(a.city) ?? ''))
      .filter((m) => m !== undefined);
    if (cities.length) {
      const codes = [...new Set(cities.map((m) => m.code))];
      this.builder.warn(at, `the service area was taken from the location's city: ${cities.map((m) => m.name.fi).join(', ')}`, 'check it, or name the municipalities in service_areas', id);
      return { municipalities: codes };
    }
    const reason = texts.length
      ? `no Finnish municipality or region is named in the service area ${JSON.stringify(texts[0].length > 60 ? `${texts[0].slice(0, 57)}...` : texts[0])}`
      : 'the service has no service_areas';
    return fallbackArea(this.options, this.builder, { source: at.source, where: `${at.where}.service_areas` }, reason, id);
  }

  service(found: Found): { service: Draft<Service>; contacts: Json[] } {
    const r = found.record;
    const at = found.at;
    const id = str(r.id)!;
    const locations = list(r.service_at_locations);
    const schedules = [...list(r.schedules), ...locations.flatMap((l) => list(l.schedules))];
    const uniqueSchedules = schedules.filter((s, i) => !s.id || schedules.findIndex((o) => o.id === s.id) === i);
    const phones = [...list(r.phones), ...locations.flatMap((l) => list(l.phones))];
    const terms = list(r.attributes).map((a) => (isObject(a.taxonomy_term) ? str(a.taxonomy_term.name) : undefined));
    const words = [r.name, r.alternate_name, r.description, r.eligibility_description, ...terms].filter((t) => typeof t === 'string').join('\n');

    const service = { id, name: this.text(r.name) } as Draft<Service>;
    const alternate = this.text(r.alternate_name);
    if (alternate) service.alternateName = alternate;
    if (found.organizationId) service.organization = found.organizationId;
    const description = this.text(r.description);
    if (description) service.description = description;
    service.types = chooseTypes(words, this.options, this.builder, at, id);
    service.targetGroups = chooseTargetGroups(words, this.options, this.builder, at, id);
    service.channels = this.channels(r, locations, phones, uniqueSchedules, at, id);
    const area = this.area(r, locations, at, id);
    if (area) service.area = area;
    const languages = list(r.languages).map((l) => str(l.code)?.toLowerCase()).filter((c): c is string => !!c);
    if (languages.length) service.languages = [...new Set(languages)];
    const hours = uniqueSchedules.map((s) => this.hours(s, at, id)).filter((h) => h !== undefined);
    if (hours.length) service.hours = hours;
    const notes = [...new Set(uniqueSchedules.flatMap((s) => [plainText(s.description), plainText(s.notes)]).filter((t) => t !== undefined))];
    const hoursNote = this.text(notes.join('\n'));
    if (hoursNote) service.hoursNote = hoursNote;
    const costs = list(r.cost_options).map((c) => c.amount).filter((a) => typeof a === 'number');
    if (costs.length) service.free = costs.every((a) => a === 0);
    const fees = this.text(r.fees_description);
    if (fees) service.fees = fees;
    const phone = this.firstPhone(phones, at, id);
    if (phone) service.phone = phone;
    if (str(r.email)) service.email = str(r.email);
    if (str(r.url)) service.url = str(r.url);
    const location = locations.map((l) => l.location).find((l) => isObject(l) && l.location_type !== 'virtual');
    if (isObject(location)) {
      const address = this.address(location, at, id);
      if (address) service.address = address;
    }
    const links = list(r.additional_urls)
      .map((u) => ({ url: str(u.url), title: this.text(str(u.label) ?? str(u.url)) }))
      .filter((l): l is { url: string; title: LocalizedText } => !!l.url && !!l.title);
    if (links.length) service.links = links;
    const contacts = [...list(r.contacts), ...locations.flatMap((l) => list(l.contacts))];
    return { service, contacts };
  }

  private channels(r: Json, locations: Json[], phones: Json[], schedules: Json[], at: At, id: string): Channel[] {
    const channels = new Set<Channel>();
    const places = locations.map((l) => l.location).filter(isObject);
    if (places.some((l) => l.location_type !== 'virtual')) channels.add('on-site');
    if (phones.some((p) => p.type !== 'fax')) channels.add('phone');
    if (str(r.url) || places.some((l) => l.location_type === 'virtual')) channels.add('web');
    const attending = schedules.map((s) => str(s.attending_type)).filter(Boolean).join(' ');
    if (/\bvideo|etäyhtey|videoyhtey|videosamtal/i.test(attending)) {
      channels.add('video');
      this.builder.warn(at, `added the channel "video" because a schedule says ${JSON.stringify(attending)}`, 'check it', id);
    }
    if (!channels.size && this.options.channels?.length) return [...this.options.channels];
    return [...channels];
  }
}

/** Converts HSDS documents (already parsed JSON, one per file) into feed items in `builder`. */
export function importHsds(documents: readonly HsdsDocument[], builder: FeedBuilder, options: HsdsOptions = {}): string | undefined {
  const records = new Records(builder);
  for (const { source, data } of documents) records.read(source, data);
  const mapper = new HsdsMapper(builder, options);

  const kept = [...records.services.values()].filter((s) =>
    matches(options, ...['name', 'alternate_name', 'description'].map((k) => str(s.record[k]))),
  );
  const usedOrganizations = new Set(kept.map((s) => s.organizationId));
  const addContacts = (records: Json[], organization: string | undefined, at: At): void => {
    const fresh = records.filter((c, i) => !builder.has('contacts', String(c.id)) && records.findIndex((o) => o.id === c.id) === i);
    for (const contact of mapper.contacts(fresh, organization, at)) builder.add('contacts', contact, () => at);
  };
  for (const found of records.organizations.values()) {
    if (options.selection && !usedOrganizations.has(str(found.record.id))) continue;
    const at = found.at;
    builder.add('organizations', mapper.organization(found), () => at);
    addContacts(list(found.record.contacts), str(found.record.id), at);
  }
  for (const found of kept) {
    const at = found.at;
    const { service, contacts } = mapper.service(found);
    builder.add('services', service, () => at);
    addContacts(contacts, found.organizationId, at);
  }
  return undefined;
}
