/**
 * Open Referral HSDS 3.0/3.1 JSON (service, organization and service_at_location records, full
 * or paged lists) into our feed: each service_at_location with its location becomes a channel
 * with its own phones, hours and address; the service's own phones a phone channel. HSDS text
 * is in one language; free-text service areas are matched to municipality and region names.
 */
import type { Area, Contact, LocalizedText, OpeningHours, Organization, Service, ServiceChannel } from '../feed/types.js';
import { type At, type Draft, type FeedBuilder } from './feed-builder.js';
import { HsdsFields, at } from './hsds-fields.js';
import { HsdsRecords, isObject, list, refusal, str, type HsdsOrganization, type HsdsService, type Json, type Placed } from './hsds-records.js';
import { peek } from './ledger.js';
import { chooseTargetGroups, chooseTypes, fallbackArea, matches, type MappingOptions } from './mapping.js';
import { areaFromText, findMunicipality } from './vocabulary.js';

export interface HsdsDocument {
  readonly source: string;
  readonly data: unknown;
}

export interface HsdsOptions extends MappingOptions {
  /** The language of the HSDS text; default fi. */
  readonly lang?: 'fi' | 'sv' | 'en';
}

const unique = <T>(items: T[]): T[] => items.filter((x, i) => items.findIndex((o) => JSON.stringify(o) === JSON.stringify(x)) === i);

const STATUS: Record<string, Service['status']> = { active: 'active', inactive: 'inactive', defunct: 'inactive', 'temporarily closed': 'temporarily-closed', temporarily_closed: 'temporarily-closed' };

class HsdsMapper {
  readonly fields: HsdsFields;

  constructor(
    private readonly builder: FeedBuilder,
    private readonly options: HsdsOptions,
  ) {
    this.fields = new HsdsFields(builder, options.lang ?? 'fi');
  }

  private join(...values: unknown[]): LocalizedText | undefined {
    return this.fields.text([...new Set(values.map((v) => (typeof v === 'string' ? v.trim() : '')).filter(Boolean))].join('\n\n'));
  }

  organization(found: HsdsOrganization): Draft<Organization> {
    const r = found.record;
    const id = str(r.id)!;
    const org: Draft<Organization> = { id, name: this.fields.text(r.name) };
    const alternate = this.fields.text(r.alternate_name);
    if (alternate) org.alternateName = alternate;
    const description = this.fields.text(r.description);
    if (description) org.description = description;
    const url = str(r.website) ?? str(r.url);
    if (url) org.url = url;
    if (str(r.email)) org.email = str(r.email);
    const phone = this.fields.firstPhone(list(r.phones), at(found.at, '.phones'), id);
    if (phone) org.phone = phone;
    return org;
  }

  contacts(records: Placed[], organization: string | undefined): { contact: Contact; at: At }[] {
    const out: { contact: Contact; at: At }[] = [];
    for (const { record: c, at: where } of records) {
      const id = str(c.id);
      const name = this.fields.text(c.name)?.fi;
      if (!id || !name) continue;
      const contact: Contact = { id, name };
      const title = this.fields.text([str(c.title), str(c.department)].filter(Boolean).join(', '));
      if (title) contact.title = title;
      if (organization) contact.organization = organization;
      const phone = this.fields.firstPhone(list(c.phones), at(where, '.phones'), id);
      if (phone) contact.phone = phone;
      if (str(c.email)) contact.email = str(c.email);
      out.push({ contact, at: where });
    }
    return out;
  }

  /** The hours, exceptional closures and notes of schedules at `where` (a schedules array). */
  private schedules(schedules: Json[], where: At, id: string): { hours: Draft<OpeningHours>[]; note?: LocalizedText } {
    const hours = schedules.map((s, i) => this.fields.hours(s, at(where, `[${i}]`), id)).filter((h) => h !== undefined);
    const notes = schedules.flatMap((s) => [s.description, s.notes, s.attending_type, s.schedule_link]);
    return { hours, note: this.join(...notes) };
  }

  /** A service_at_location and its location as one channel. */
  private channel(placed: Placed, id: string): Draft<ServiceChannel> {
    const sal = placed.record;
    const location = isObject(sal.location) ? sal.location : {};
    const where = placed.at;
    const virtual = peek(location).location_type === 'virtual';
    void location.location_type;
    const channel: Draft<ServiceChannel> = { type: virtual ? 'web' : 'on-site' };
    if (str(sal.id)) channel.id = str(sal.id);
    const name = this.fields.text(location.name);
    if (name) channel.name = name;
    const description = this.join(location.alternate_name, sal.description, location.description, location.transportation);
    if (description) channel.description = description;
    const phones = unique([
      ...this.fields.phones(list(sal.phones), at(where, '.phones'), id),
      ...this.fields.phones(list(location.phones), at(where, '.location.phones'), id),
    ]);
    if (phones.length) channel.phones = phones;
    const emails = [str(sal.email), str(location.email)].filter((e): e is string => !!e);
    if (emails.length) channel.emails = [...new Set(emails)].map((address) => ({ address }));
    const urls = [str(sal.url), str(location.url), ...list(location.accessibility).map((a) => str(a.url))].filter((u): u is string => !!u);
    if (urls.length) channel.urls = [...new Set(urls)].map((url) => ({ url }));
    if (!virtual) {
      const address = this.fields.address(location, at(where, '.location'), id);
      if (address) channel.address = address;
    }
    const own = this.schedules(list(sal.schedules), at(where, '.schedules'), id);
    const place = this.schedules(list(location.schedules), at(where, '.location.schedules'), id);
    const hours = unique([...own.hours, ...place.hours]);
    if (hours.length) channel.hours = hours;
    const note = this.join(own.note?.fi, place.note?.fi);
    if (note) channel.hoursNote = note;
    const languages = list(location.languages).map((l) => str(l.code)?.toLowerCase()).filter((c): c is string => !!c);
    if (languages.length) channel.languages = [...new Set(languages)];
    const accessibility = this.join(...list(location.accessibility).flatMap((a) => [a.description, a.details]));
    if (accessibility) channel.accessibility = accessibility;
    return channel;
  }

  private area(r: Json, locations: Placed[], where: At, id: string): Area | undefined {
    const texts = list(r.service_areas).flatMap((a) => [str(a.name), str(a.description)]).filter((t): t is string => !!t);
    const fromText = areaFromText(texts.join('\n'));
    if (fromText.area) return fromText.area;
    const cities = locations
      .flatMap((l) => list(isObject(peek(l.record).location) ? (peek(l.record).location as Json).addresses : undefined))
      .map((a) => findMunicipality(str(a.city) ?? ''))
      .filter((m) => m !== undefined);
    if (cities.length) {
      this.builder.warn(where, `the service area was taken from the location's city: ${cities.map((m) => m.name.fi).join(', ')}`, 'check it, or name the municipalities in service_areas', id);
      return { municipalities: [...new Set(cities.map((m) => m.code))] };
    }
    const reason = texts.length
      ? `no Finnish municipality or region is named in the service area ${JSON.stringify(texts[0].length > 60 ? `${texts[0].slice(0, 57)}...` : texts[0])}`
      : 'the service has no service_areas';
    const area = fallbackArea(this.options, this.builder, at(where, '.service_areas'), reason, id);
    if (texts.length) this.builder.leaveOut(at(where, '.service_areas'), 'the service area text is not carried; the area is given by codes', undefined, id);
    return area;
  }

  service(found: HsdsService): { service: Draft<Service>; contacts: Placed[] } {
    const r = found.record;
    const where = found.at;
    const id = str(r.id)!;
    const raw = peek(r);
    const terms = list(raw.attributes).map((a) => (isObject(a.taxonomy_term) ? str(a.taxonomy_term.name) : undefined));
    const words = [raw.name, raw.alternate_name, raw.description, raw.eligibility_description, ...terms].filter((t) => typeof t === 'string').join('\n');
    const service = { id, name: this.fields.text(r.name) } as Draft<Service>;
    const set = <K extends keyof Service>(key: K, value: Draft<Service>[K] | undefined): void => {
      if (value !== undefined) service[key] = value;
    };
    set('alternateName', this.fields.text(r.alternate_name));
    set('organization', found.organizationId);
    set('description', this.fields.text(r.description));
    service.types = chooseTypes(words, this.options, this.builder, where, id);
    service.targetGroups = chooseTargetGroups(words, this.options, this.builder, where, id);
    const status = STATUS[str(r.status)?.toLowerCase() ?? ''];
    if (status && status !== 'active') service.status = status;
    else if (str(peek(r).status) && !status) this.builder.leaveOut(at(where, '.status'), `the status ${JSON.stringify(peek(r).status)} is not one the feed knows; the service is shown as active`, undefined, id);
    set('alert', this.fields.text(r.alert));
    const ages = [r.minimum_age, r.maximum_age].map((a) => (typeof a === 'number' ? String(a) : ''));
    set('eligibility', this.join(r.eligibility_description, ages.some(Boolean) ? ages.join('–') : undefined));
    set('howToApply', this.join(r.application_process, ...list(r.required_documents).map((d) => d.document), r.wait_time));
    set('instructions', this.fields.text(r.interpretation_services));

    const channels = found.locations.map((l) => this.channel(l, id));
    const phones = this.fields.phones(list(r.phones), at(where, '.phones'), id);
    if (phones.length) channels.push({ type: 'phone', phones });
    if (channels.length) service.serviceChannels = channels;
    else if (str(peek(r).url)) service.channels = ['web'];
    else if (this.options.channels?.length) service.channels = [...this.options.channels];
    set('area', this.area(r, found.locations, where, id));
    const languages = list(r.languages).map((l) => str(l.code)?.toLowerCase()).filter((c): c is string => !!c);
    if (languages.length) service.languages = [...new Set(languages)];
    const { hours, note } = this.schedules(list(r.schedules), at(where, '.schedules'), id);
    if (hours.length) service.hours = hours;
    set('hoursNote', note);
    const costs = list(r.cost_options).map((c) => c.amount).filter((a) => typeof a === 'number');
    if (costs.length) service.free = costs.every((a) => a === 0);
    set('fees', this.join(r.fees_description, r.fees, ...list(r.cost_options).flatMap((c) => [c.option, c.amount_description])));
    if (str(r.email)) service.email = str(r.email);
    if (str(r.url)) service.url = str(r.url);
    const links = list(r.additional_urls)
      .map((u) => ({ url: str(u.url), title: this.fields.text(str(u.label) ?? str(u.url)) }))
      .filter((l): l is { url: string; title: LocalizedText } => !!l.url && !!l.title);
    if (links.length) service.links = links;
    const contacts = [
      ...list(r.contacts).map((c, i) => ({ record: c, at: at(where, `.contacts[${i}]`) })),
      ...found.locations.flatMap((l) => list(l.record.contacts).map((c, i) => ({ record: c, at: at(l.at, `.contacts[${i}]`) }))),
    ];
    return { service, contacts };
  }
}

/** Converts HSDS documents into feed items in `builder`; returns why the input was refused, if it was. */
export function importHsds(documents: readonly HsdsDocument[], builder: FeedBuilder, options: HsdsOptions = {}): string | undefined {
  for (const { source, data } of documents) {
    const reason = refusal(source, data);
    if (reason) return reason;
  }
  const records = new HsdsRecords(builder);
  for (const { source, data } of documents) records.read(source, data);
  const mapper = new HsdsMapper(builder, options);
  const kept: HsdsService[] = [];
  for (const s of records.services.values()) {
    const raw = peek(s.record);
    if (matches(options, ...['name', 'alternate_name', 'description'].map((k) => str(raw[k])))) kept.push(s);
    else builder.leaveOut(s.at, 'the service was not chosen by --match; skipped', undefined, str(raw.id));
  }
  const usedOrganizations = new Set(kept.map((s) => s.organizationId));
  const addContacts = (placed: Placed[], organization: string | undefined): void => {
    const fresh = placed.filter((c, i) => !builder.has('contacts', String(peek(c.record).id)) && placed.findIndex((o) => peek(o.record).id === peek(c.record).id) === i);
    for (const { contact, at: where } of mapper.contacts(fresh, organization)) builder.add('contacts', contact, () => where);
  };
  for (const found of records.organizations.values()) {
    if (options.selection && !usedOrganizations.has(str(peek(found.record).id))) {
      builder.leaveOut(found.at, 'no chosen service belongs to this organisation; skipped', undefined, str(peek(found.record).id));
      continue;
    }
    builder.add('organizations', mapper.organization(found), () => found.at);
    addContacts(list(found.record.contacts).map((c, i) => ({ record: c, at: at(found.at, `.contacts[${i}]`) })), str(found.record.id));
  }
  for (const found of kept) {
    const { service, contacts } = mapper.service(found);
    builder.add('services', service, () => found.at);
    addContacts(contacts, found.organizationId);
  }
  return undefined;
}
