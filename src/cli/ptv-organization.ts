/** A PTV organisation record as a feed organisation: names, kind, description, area, home pages in every language. */
import type { Organization, WebAddress } from '../feed/types.js';
import type { Draft } from './feed-builder.js';
import { peek } from './ledger.js';
import { ptvArea, type Found } from './ptv-channel.js';
import { at, list, str, type PtvFields } from './ptv-fields.js';

const ORGANIZATION_KINDS: Record<string, Organization['kind']> = {
  Municipality: 'municipality', State: 'state', Company: 'company', Organization: 'association',
  Region: 'wellbeing-county', SotePublic: 'wellbeing-county', SotePrivate: 'company', RegionalOrganization: 'other',
};

export function ptvOrganization(fields: PtvFields, found: Found, id: string): Draft<Organization> {
  const r = found.record;
  const where = found.at;
  const names = at(where, '.organizationNames');
  const { name, alternate } = fields.names(r.organizationNames, r.displayNameType, names, id);
  const org = { id, name } as Draft<Organization>;
  if (alternate) org.alternateName = alternate;
  const area = ptvArea(fields, r, where, id);
  if (area) org.area = area;
  const kind = ORGANIZATION_KINDS[str(r.organizationType) ?? ''];
  if (kind) org.kind = kind;
  const description = fields.text(r.organizationDescriptions, at(where, '.organizationDescriptions'), id, 'Summary', 'Description');
  if (description) org.description = description;
  const pages = fields.webAddresses(list(r.webPages), at(where, '.webPages'), id);
  const home = pages.find((p) => p.language === 'fi') ?? pages[0];
  if (home) org.url = home.url;
  const others = pages.filter((p) => p !== home || p.label);
  if (others.length) org.urls = others as WebAddress[];
  // An organisation has one e-mail address and one phone number (without a label).
  const email = fields.emails(list(r.emails).slice(0, 1))[0];
  if (email) org.email = email.address;
  const phone = list(peek(r).phoneNumbers).findIndex((p) => str(p.number));
  const number = phone < 0 ? undefined : fields.phones([list(r.phoneNumbers)[phone]], at(where, `.phoneNumbers`), id)[0];
  if (number) org.phone = number.number;
  if (number?.label) fields.builder.leaveOut(at(where, `.phoneNumbers[${phone}].additionalInformation`), `the label "${number.label.fi}" of the phone number is not carried; an organisation's phone has none`, undefined, id);
  return org;
}
