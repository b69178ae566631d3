/**
 * Suomi.fi Palvelutietovaranto (PTV) open API JSON (v11, and the older v8–v10 shapes) into our
 * feed: services with every service channel linked to them as a feed channel, and their
 * organisations. Pages ({ itemList }), arrays and single records are read alike.
 */
import type { LocalizedKeywords, Organization, Service } from '../feed/types.js';
import { FeedBuilder, type At, type Draft } from './feed-builder.js';
import { peek } from './ledger.js';
import { chooseTargetGroups, chooseTypes, fallbackArea, type MappingOptions } from './mapping.js';
import { ptvArea, ptvChannel, type Found } from './ptv-channel.js';
import { ptvOrganization } from './ptv-organization.js';
import { LANGS, PtvFields, at, isObject, list, str, type Json, type Lang } from './ptv-fields.js';
import { choose, type Classification } from './selection.js';

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

const GONE = new Set(['Deleted', 'Archived', 'Withdrawn']);
const CLASSIFICATIONS = { serviceClasses: 'service class', ontologyTerms: 'ontology term', lifeEvents: undefined, targetGroups: undefined, industrialClasses: undefined } as const;

class PtvMapper {
  readonly services = new Map<string, Found>();
  readonly channels = new Map<string, Found>();
  readonly organizations = new Map<string, Found>();
  /** Names that services give their organisations ({id, name} references). */
  readonly organizationNames = new Map<string, string>();
  readonly chosen: ChosenService[] = [];
  private readonly linkedChannels = new Set<string>();
  private readonly fields: PtvFields;

  constructor(
    private readonly builder: FeedBuilder,
    private readonly options: PtvOptions,
  ) {
    this.fields = new PtvFields(builder);
  }

  read(source: string, value: unknown, path = '$'): void {
    if (Array.isArray(value)) {
      value.forEach((v, i) => this.read(source, v, `${path}[${i}]`));
      return;
    }
    if (!isObject(value)) return;
    const here = { source, where: path };
    if (Array.isArray(value.itemList)) {
      // Paging is how the API hands out the records; it carries no data of its own.
      for (const key of ['pageNumber', 'pageSize', 'pageCount']) void value[key];
      this.read(source, value.itemList, `${path}.itemList`);
    } else if (GONE.has(str(value.publishingStatus) ?? '')) {
      this.builder.leaveOut(here, `is ${String(value.publishingStatus).toLowerCase()} in PTV; skipped`, undefined, str(peek(value).id));
    } else if (str(value.serviceChannelType)) this.keep(this.channels, value, here);
    else if (Array.isArray(value.serviceNames)) this.keep(this.services, value, here);
    else if (Array.isArray(value.organizationNames)) this.keep(this.organizations, value, here);
    else if (str(peek(value).id) && Object.keys(value).length <= 2) {
      this.builder.leaveOut(here, 'lists only the id of a record; skipped', 'give the full records (/api/v11/Service/<id>, /api/v11/ServiceChannel/<id>), or use --api');
    } else this.builder.leaveOut(here, 'is not a PTV service, service channel or organisation; skipped');
  }

  private keep(map: Map<string, Found>, record: Json, where: At): void {
    const id = str(record.id);
    if (!id) {
      this.builder.error(where, 'the PTV record has no id; skipped');
      this.builder.markLeftOut(where);
    } else if (map.has(id)) this.builder.leaveOut(where, `repeats the record ${id} of ${map.get(id)!.at.source} ${map.get(id)!.at.where}; the first one was used`, undefined, id);
    else map.set(id, { record, at: where });
  }

  /** Links between a service and its channels, from either side: [channel, links]. */
  private links(service: Found): [Found, Found[]][] {
    const id = str(service.record.id);
    const byChannel = new Map<string, Found[]>();
    list(service.record.serviceChannels).forEach((link, i) => {
      const channelId = isObject(link.serviceChannel) ? str(link.serviceChannel.id) : str(link.serviceChannelId);
      if (!channelId) return;
      if (isObject(link.serviceChannel)) void link.serviceChannel.name;
      byChannel.set(channelId, [...(byChannel.get(channelId) ?? []), { record: link, at: at(service.at, `.serviceChannels[${i}]`) }]);
    });
    for (const { channelId, index } of this.backLinks().get(id ?? '') ?? []) {
      const channel = this.channels.get(channelId)!;
      const tracked = list(channel.record.services)[index];
      if (isObject(tracked.service)) void [tracked.service.id, tracked.service.name];
      byChannel.set(channelId, [...(byChannel.get(channelId) ?? []), { record: tracked, at: at(channel.at, `.services[${index}]`) }]);
    }
    const out: [Found, Found[]][] = [];
    for (const [channelId, links] of byChannel) {
      const channel = this.channels.get(channelId);
      if (channel) {
        out.push([channel, links]);
        this.linkedChannels.add(channelId);
      } else {
        this.builder.leaveOut(links[0].at, `the service channel ${channelId} is not in the input, so its contacts and hours are missing`, 'give the channels too (/api/v11/ServiceChannel/<id>), or use --api', id);
      }
    }
    return out;
  }

  private backLinkIndex?: Map<string, { channelId: string; index: number }[]>;

  /** The links that channels give to services ({ service: { id } }), by service id, found once. */
  private backLinks(): Map<string, { channelId: string; index: number }[]> {
    if (this.backLinkIndex) return this.backLinkIndex;
    const index = new Map<string, { channelId: string; index: number }[]>();
    for (const [channelId, channel] of this.channels) {
      list(peek(channel.record).services).forEach((link, i) => {
        const serviceId = isObject(link.service) ? str(link.service.id) : undefined;
        if (serviceId) index.set(serviceId, [...(index.get(serviceId) ?? []), { channelId, index: i }]);
      });
    }
    return (this.backLinkIndex = index);
  }

  unlinkedChannels(): Found[] {
    return [...this.channels].filter(([id]) => !this.linkedChannels.has(id)).map(([, c]) => c);
  }

  private organizationId(service: Found, channels: Found[]): string | undefined {
    const r = service.record;
    const reference = (item: unknown): string | undefined => {
      if (!isObject(item)) return undefined;
      const id = str(item.id);
      if (id && str(item.name)) this.organizationNames.set(id, str(item.name)!);
      return id;
    };
    const organizations = list(r.organizations);
    const responsible = organizations.find((o) => o.roleType === 'Responsible');
    return (
      reference(r.mainOrganization) ??
      reference(responsible?.organization) ??
      str(responsible?.organizationId) ??
      channels.map((c) => str(c.record.organizationId)).find(Boolean)
    );
  }

  /** Names of the classes, terms, target groups and life events, by language: search words. */
  private classWords(r: Json, keywords: LocalizedKeywords): void {
    for (const key of Object.keys(CLASSIFICATIONS)) {
      for (const c of list(r[key])) {
        for (const n of list(c.name)) {
          const lang = n.language as Lang;
          if (LANGS.includes(lang) && str(n.value) && !keywords[lang]?.includes(str(n.value)!)) (keywords[lang] ??= []).push(str(n.value)!);
        }
      }
    }
  }

  private choose(r: Json, id: string): boolean {
    if (!this.options.selection) return true;
    const raw = peek(r);
    const values = (items: unknown): string[] => list(items).map((i) => str(i.value)).filter((v): v is string => !!v);
    const texts = [...values(raw.serviceNames), ...values(raw.serviceDescriptions), ...values(raw.keywords)];
    const classes: Classification[] = [];
    for (const [key, kind] of Object.entries(CLASSIFICATIONS)) {
      if (kind) for (const c of list(raw[key])) classes.push({ kind, code: str(c.code), uri: str(c.uri), names: values(c.name) });
    }
    const chosen = choose(this.options.selection, texts, classes);
    if (!chosen) return false;
    this.chosen.push({ id, name: values(raw.serviceNames)[0] ?? id, reason: chosen.reason });
    return true;
  }

  service(found: Found): Draft<Service> | undefined {
    const r = found.record;
    const where = found.at;
    const id = str(r.id)!;
    if (!this.choose(r, id)) return undefined;
    const raw = peek(r);
    const words = [...list(raw.serviceNames), ...list(raw.serviceDescriptions), ...list(raw.keywords)].map((i) => str(i.value) ?? '').join('\n');
    const linked = this.links(found);
    const names = at(where, '.serviceNames');
    const texts = at(where, '.serviceDescriptions');
    const { name, alternate } = this.fields.names(r.serviceNames, r.displayNameType, names, id);
    const service = { id, name } as Draft<Service>;
    if (alternate) service.alternateName = alternate;
    const organization = this.organizationId(found, linked.map(([c]) => c));
    if (organization) service.organization = organization;
    // A channel of the service's own organisation: its organisationId is carried by the service's.
    for (const [channel] of linked) if (peek(channel.record).organizationId === organization) void channel.record.organizationId;
    const d = r.serviceDescriptions;
    const set = <K extends keyof Service>(key: K, value: Draft<Service>[K] | undefined): void => {
      if (value !== undefined) service[key] = value;
    };
    set('description', this.fields.text(d, texts, id, 'Summary', 'ShortDescription', 'Description', 'BackgroundDescription', 'GDServiceTypeAdditionalInfo'));
    set('instructions', this.fields.text(d, texts, id, 'UserInstruction', 'ServiceUserInstruction'));
    set('fees', this.fields.text(d, texts, id, 'ChargeTypeAdditionalInfo'));
    set('howToApply', this.fields.text(d, texts, id, 'DeadLineAdditionalInfo', 'ProcessingTimeAdditionalInfo', 'ValidityTimeAdditionalInfo'));
    set('eligibility', this.fields.text(r.requirements, at(where, '.requirements'), id));
    service.types = chooseTypes(words, this.options, this.builder, where, id);
    service.targetGroups = chooseTargetGroups(words, this.options, this.builder, where, id);

    const channels: Draft<Service>['serviceChannels'] = [];
    for (const [channel, links] of linked) {
      const { channel: mapped, guessed } = ptvChannel(this.fields, channel, links, id);
      if (guessed) this.builder.warn(channel.at, guessed, 'check it', id);
      channels.push(mapped);
    }
    if (channels.length) service.serviceChannels = channels;
    else if (this.options.channels?.length) service.channels = [...this.options.channels];
    set('area', ptvArea(this.fields, r, where, id) ?? fallbackArea(this.options, this.builder, where, 'the service has no area with a Finnish municipality or region code', id));
    const languages = (Array.isArray(r.languages) ? r.languages : []).filter((l): l is string => typeof l === 'string');
    if (languages.length) service.languages = [...new Set(languages.map((l) => l.toLowerCase()))];
    const charge = str(r.serviceChargeType);
    if (charge === 'FreeOfCharge' || charge === 'Free') service.free = true;
    if (charge === 'Chargeable' || charge === 'Charged') service.free = false;
    const keywords: LocalizedKeywords = {};
    for (const k of list(r.keywords)) {
      const lang = k.language as Lang;
      if (LANGS.includes(lang) && str(k.value)) (keywords[lang] ??= []).push(str(k.value)!);
    }
    this.classWords(r, keywords);
    if (Object.keys(keywords).length) service.keywords = keywords;
    return service;
  }

  organization(id: string): Draft<Organization> | undefined {
    const found = this.organizations.get(id);
    if (!found) {
      const name = this.organizationNames.get(id);
      return name ? { id, name: { fi: name } } : undefined;
    }
    return ptvOrganization(this.fields, found, id);
  }
}

/** Converts PTV documents (parsed JSON: pages, arrays or single records) into feed items; returns the services chosen and why. */
export function importPtv(documents: readonly PtvDocument[], builder: FeedBuilder, options: PtvOptions = {}): ChosenService[] {
  const mapper = new PtvMapper(builder, options);
  for (const { source, data } of documents) mapper.read(source, data);
  if (!mapper.services.size) {
    builder.error({ source: documents.map((d) => d.source).join(', '), where: '$' }, 'the input has no PTV services', 'give the JSON of /api/v11/Service (and of /api/v11/ServiceChannel for addresses, phones and hours)');
  }
  const organizationIds = new Set<string>();
  const firstUse = new Map<string, At>();
  for (const found of mapper.services.values()) {
    const service = mapper.service(found);
    if (!service) {
      builder.leaveOut(found.at, 'the service was not chosen by --match, --service-class or --ontology-term; skipped', undefined, str(peek(found.record).id));
      continue;
    }
    if (builder.add('services', service, () => found.at) && service.organization) {
      organizationIds.add(service.organization);
      if (!firstUse.has(service.organization)) firstUse.set(service.organization, found.at);
    }
  }
  const organizations = new Map([...organizationIds].map((id) => [id, mapper.organization(id)]));
  const nameless = [...organizations].filter(([, org]) => !org).map(([id]) => id);
  for (const [id, found] of organizations) {
    const used = firstUse.get(id)!;
    const org = found ?? (options.organizationName && nameless.length === 1 ? { id, name: { fi: options.organizationName } } : undefined);
    if (org) {
      builder.add('organizations', org, () => mapper.organizations.get(id)?.at ?? used);
      continue;
    }
    const fix = nameless.length === 1
      ? 'add its PTV record (/api/v11/Organization/<id>) as another input file, or name it with --organization-name'
      : 'add the PTV records of the organisations (/api/v11/Organization/<id>) as more input files';
    builder.error(used, `the organisation ${id} has no name in the input, so services refer to an organisation the feed lacks`, fix);
  }
  for (const [id, found] of mapper.organizations) {
    if (!organizations.has(id)) builder.leaveOut(found.at, 'no imported service belongs to this organisation; skipped', undefined, id);
  }
  for (const channel of mapper.unlinkedChannels()) {
    builder.leaveOut(channel.at, 'the service channel is linked to no imported service; left out', undefined, str(peek(channel.record).id));
  }
  return mapper.chosen;
}
