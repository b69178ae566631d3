/**
 * A PTV service channel, with what the service's link to it adds (its own hours, description
 * and contact details), as one feed service channel: every phone with its label and charge,
 * every e-mail and web page, the address, regular and exceptional hours, languages, instructions.
 */
import type { Area, ChannelType, LocalizedText, ServiceChannel } from '../feed/types.js';
import type { At, Draft } from './feed-builder.js';
import { REGIONS, isMunicipalityCode, isRegionCode } from '../feed/vocabulary/areas.js';
import { PtvFields, at, isObject, joinTexts, list, str, type Json } from './ptv-fields.js';
import { padCode } from './vocabulary.js';
import { peek } from './ledger.js';

export interface Found {
  readonly record: Json;
  readonly at: At;
}

const TYPES: Record<string, ChannelType> = {
  ServiceLocation: 'on-site',
  Phone: 'phone',
  EChannel: 'e-service',
  WebPage: 'web',
  PrintableForm: 'e-service',
};

const REQUIRES_AUTHENTICATION = { fi: 'Vaatii tunnistautumisen.', sv: 'Kräver identifiering.', en: 'Requires identification.' };
const requiresSignatures = (count: number) => ({ fi: `Vaatii allekirjoituksen (${count}).`, sv: `Kräver underskrift (${count}).`, en: `Requires signature (${count}).` });

/** An e-service whose names or addresses say chat or video: a guess, so it is reported. */
function remoteKind(record: Json): 'chat' | 'video' | undefined {
  const raw = peek(record);
  const text = [...list(raw.serviceChannelNames).map((n) => str(n.value)), ...list(raw.webPages).map((w) => str(w.url)), ...list(raw.webPage).map((w) => str(w.value))]
    .join(' ')
    .toLowerCase();
  if (/chat|chatt/.test(text)) return 'chat';
  if (/video|etävastaanotto|etäyhteys|videosamtal/.test(text)) return 'video';
  return undefined;
}

/** The area of a PTV service or channel: Nationwide, region and municipality codes; unknown codes are reported. */
export function ptvArea(fields: PtvFields, record: Json, where: At, id: string): Area | undefined {
  const type = str(record.areaType);
  if (type === 'Nationwide' || type === 'WholeCountry') return { wholeCountry: true };
  if (type === 'NationwideExceptAlandIslands' || type === 'WholeCountryExceptAlandIslands') {
    return { regions: REGIONS.map((r) => r.code).filter((code) => code !== '21') };
  }
  const municipalities = new Set<string>();
  const regions = new Set<string>();
  const addMunicipality = (m: Json, here: At): void => {
    const code = padCode(String(m.code ?? ''), 3);
    if (!isMunicipalityCode(code)) {
      const name = str(list(peek(m).name)[0]?.value);
      fields.builder.leaveOut(here, `municipality ${JSON.stringify(peek(m).code)}${name ? ` (${name})` : ''} is not a Finnish code; left out`, 'check the area in PTV', id);
      return;
    }
    municipalities.add(code);
    list(m.name).forEach((n) => n.value);
  };
  list(record.areas).forEach((area, i) => {
    const here = at(where, `.areas[${i}]`);
    if (area.type === 'Region' || area.type === 'Province' || area.type === 'HospitalRegions' || area.type === 'BusinessRegions') {
      const code = padCode(String(area.code ?? ''), 2);
      if (area.type !== 'HospitalRegions' && area.type !== 'BusinessRegions' && isRegionCode(code)) {
        regions.add(code);
        list(area.name).forEach((n) => n.value);
        // The region's municipalities are listed for convenience; the region code carries them.
        list(area.municipalities).forEach((m) => [m.code, ...list(m.name).map((n) => n.value)]);
        return;
      }
    }
    list(area.municipalities).forEach((m, j) => addMunicipality(m, at(here, `.municipalities[${j}]`)));
  });
  list(record.municipalities).forEach((m, j) => addMunicipality(m, at(where, `.municipalities[${j}]`)));
  if (!municipalities.size && !regions.size) return undefined;
  return { ...(regions.size && { regions: [...regions] }), ...(municipalities.size && { municipalities: [...municipalities] }) };
}

/** One feed channel from a PTV channel and the links between it and the service (either side may hold them). */
export function ptvChannel(fields: PtvFields, channel: Found, links: readonly Found[], serviceId: string): { channel: Draft<ServiceChannel>; guessed?: string } {
  const r = channel.record;
  const where = channel.at;
  const id = serviceId;
  const kind = str(r.serviceChannelType) ?? '';
  let type: ChannelType = TYPES[kind] ?? 'web';
  const remote = kind === 'EChannel' ? remoteKind(r) : undefined;
  if (remote) type = remote;
  const out: Draft<ServiceChannel> = { type };
  if (str(r.id)) out.id = str(r.id);
  const { name, alternate } = fields.names(r.serviceChannelNames, r.displayNameType, at(where, '.serviceChannelNames'), id);
  if (name) out.name = name;
  const descriptions = r.serviceChannelDescriptions;
  const linkTexts = links.map((l) => fields.text(l.record.description, at(l.at, '.description'), id, 'Description'));
  const description = joinTexts(
    alternate,
    fields.text(descriptions, at(where, '.serviceChannelDescriptions'), id, 'Summary', 'ShortDescription', 'Description'),
    ...linkTexts,
  );
  if (description) out.description = description;
  // Read either way: without a signature, a quantity of 0 says nothing more.
  const signatures = Number(r.signatureQuantity) || 0;
  const form = fields.text(r.formIdentifier, at(where, '.formIdentifier'), id);
  if (form) out.description = joinTexts(out.description as LocalizedText | undefined, { fi: `Lomake ${form.fi}`, ...(form.sv && { sv: `Blankett ${form.sv}` }), ...(form.en && { en: `Form ${form.en}` }) });
  const instructions = joinTexts(
    fields.text(descriptions, at(where, '.serviceChannelDescriptions'), id, 'UserInstruction', 'ServiceUserInstruction'),
    r.requiresAuthentication === true ? REQUIRES_AUTHENTICATION : undefined,
    r.requiresSignature === true ? requiresSignatures(Math.max(1, signatures)) : undefined,
    ...links.map((l) => fields.text(l.record.description, at(l.at, '.description'), id, 'UserInstruction', 'ChargeTypeAdditionalInfo')),
  );
  if (instructions) out.instructions = instructions;

  const contacts = links.map((l) => (isObject(l.record.contactDetails) ? l.record.contactDetails : {}));
  const phones = fields.phones([...list(r.phoneNumbers), ...list(r.supportPhones), ...contacts.flatMap((c) => list(c.phoneNumbers))], at(where, '.phoneNumbers'), id);
  if (phones.length) out.phones = phones;
  const emails = fields.emails([...list(r.emails), ...list(r.supportEmails), ...contacts.flatMap((c) => list(c.emails))]);
  if (emails.length) out.emails = emails;
  const attachments = [...list(r.attachments)].map((a) => ({ url: a.url, value: a.name, language: a.language }));
  const urls = fields.webAddresses(
    [...list(r.webPages), ...list(r.webPage), ...list(r.channelUrls), ...attachments, ...contacts.flatMap((c) => list(c.webPages))],
    at(where, '.webPages'),
    id,
  );
  if (urls.length) out.urls = urls;
  const address = fields.address(r.addresses, at(where, '.addresses'), id);
  if (address) out.address = address;
  const area = ptvArea(fields, r, where, id);
  if (area) out.area = area;

  const own = fields.hours(r.serviceHours, at(where, '.serviceHours'), id);
  const linked = links.map((l) => fields.hours(l.record.serviceHours, at(l.at, '.serviceHours'), id));
  const unique = <T>(items: T[]): T[] => items.filter((h, i) => items.findIndex((o) => JSON.stringify(o) === JSON.stringify(h)) === i);
  const hours = unique([...own.hours, ...linked.flatMap((h) => h.hours)]);
  if (hours.length) out.hours = hours;
  const exceptional = unique([...own.exceptional, ...linked.flatMap((h) => h.exceptional)]);
  if (exceptional.length) out.exceptionalHours = exceptional;
  const note = joinTexts(own.note, ...linked.map((h) => h.note));
  if (note) out.hoursNote = note;
  const languages = (Array.isArray(r.languages) ? r.languages : []).filter((l): l is string => typeof l === 'string').map((l) => l.toLowerCase());
  if (languages.length) out.languages = [...new Set(languages)];
  const accessibility = fields.text(list(r.accessibilitySentences).flatMap((s) => [...list(s.sentenceGroup), ...list(s.sentences).flatMap((x) => list(x.sentence))]), at(where, '.accessibilitySentences'), id);
  if (accessibility) out.accessibility = accessibility;
  const guessed = remote ? `the e-service "${name?.fi ?? out.id}" looks like a ${remote} by its name or address, so the channel is "${remote}"` : undefined;
  return { channel: out, guessed };
}
