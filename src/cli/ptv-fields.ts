/**
 * PTV values that services, channels and organisations share, in every API shape from v8 to
 * v11: texts by language and type, service hours (regular and exceptional), addresses in
 * ETRS-TM35FIN, phone numbers with their labels and charges, e-mails and web pages.
 */
import type { Address, EmailAddress, ExceptionalHours, LocalizedText, OpeningHours, PhoneNumber, WebAddress } from '../feed/types.js';
import { etrsTm35finToWgs84, isInFinlandTm35 } from './etrs-tm35fin.js';
import { cleanPhone, plainText, type At, type Draft, type FeedBuilder } from './feed-builder.js';
import { isMunicipalityCode } from '../feed/vocabulary/areas.js';
import { padCode } from './vocabulary.js';
import { peek } from './ledger.js';

export type Json = Record<string, unknown>;
export type Lang = 'fi' | 'sv' | 'en';
type Day = OpeningHours['days'][number];

export const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];
export const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
export const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);
export const at = (base: At, field: string): At => ({ source: base.source, where: `${base.where}${field}` });

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAY_CODES: Day[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const EXCEPTIONAL = new Set(['Exceptional', 'Exception', 'Special']);
const BY_APPOINTMENT: LocalizedText = { fi: 'Ajanvarauksella', sv: 'Med tidsbokning', en: 'By appointment' };

/** "TESTIKUNTA" → "Testikunta", "MÄNTTÄ-VILPPULA" → "Mänttä-Vilppula"; mixed case stays. */
function titleCase(text: string): string {
  if (text !== text.toUpperCase()) return text;
  return text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

/** Joins texts by language, leaving out a text another already contains (a summary inside its description). */
export function joinTexts(...texts: (LocalizedText | undefined)[]): LocalizedText | undefined {
  const out: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) {
    const parts: string[] = [];
    for (const text of texts) {
      const value = text?.[lang];
      if (!value || parts.some((p) => p.includes(value))) continue;
      for (let i = parts.length - 1; i >= 0; i--) if (value.includes(parts[i])) parts.splice(i, 1);
      parts.push(value);
    }
    if (parts.length) out[lang] = parts.join('\n\n');
  }
  return out.fi ? (out as LocalizedText) : undefined;
}

export class PtvFields {
  constructor(readonly builder: FeedBuilder) {}

  /**
   * Localised PTV texts ([{language, value, type}], or a plain string in older shapes) of the
   * given types, joined; Swedish or English stands in for missing Finnish, with a warning.
   */
  text(items: unknown, where: At, id: string | undefined, ...types: string[]): LocalizedText | undefined {
    if (typeof items === 'string') return plainText(items) ? { fi: plainText(items)! } : undefined;
    const byLang: Partial<Record<Lang, string[]>> = {};
    for (const type of types.length ? types : [undefined]) {
      for (const item of list(items)) {
        const lang = item.language as Lang;
        if (!LANGS.includes(lang) || (type !== undefined && item.type !== type)) continue;
        const value = plainText(item.value);
        if (value) (byLang[lang] ??= []).push(value);
      }
    }
    const result: Partial<Record<Lang, string>> = {};
    for (const lang of LANGS) if (byLang[lang]?.length) result[lang] = joinTexts(...byLang[lang]!.map((v) => ({ fi: v })))!.fi;
    if (!result.fi) {
      const other = result.sv ?? result.en;
      if (!other) return undefined;
      this.builder.warn(where, `has no Finnish ${types[0]?.toLowerCase() ?? 'text'}; the ${result.sv ? 'Swedish' : 'English'} text is also used as "fi"`, 'add the Finnish text in PTV', id);
      result.fi = other;
    }
    return result as LocalizedText;
  }

  /** The name and alternative name, swapped when PTV says to show the alternative name (displayNameType). */
  names(items: unknown, display: unknown, where: At, id: string): { name?: LocalizedText; alternate?: LocalizedText } {
    const name = this.text(items, where, id, 'Name');
    const alternate = this.text(items, where, id, 'AlternativeName', 'AlternateName');
    const shown = list(display).find((d) => d.language === 'fi');
    return shown?.type === 'AlternativeName' && alternate ? { name: alternate, alternate: name } : { name, alternate };
  }

  /** Regular hours, exceptional hours and the notes of a list of PTV service hours. */
  hours(entries: unknown, where: At, id: string): { hours: Draft<OpeningHours>[]; exceptional: Draft<ExceptionalHours>[]; note?: LocalizedText } {
    const hours: Draft<OpeningHours>[] = [];
    const exceptional: Draft<ExceptionalHours>[] = [];
    const notes: LocalizedText[] = [];
    list(entries).forEach((entry, index) => {
      const here = at(where, `[${index}]`);
      const note = this.text(entry.additionalInformation, here, id);
      if (entry.isReservation === true) notes.push(BY_APPOINTMENT);
      const from = str(entry.validFrom)?.slice(0, 10);
      const to = str(entry.validTo)?.slice(0, 10);
      if (EXCEPTIONAL.has(str(entry.serviceHourType) ?? '')) {
        if (!from) {
          this.builder.leaveOut(here, 'exceptional hours without a start date cannot be placed on the calendar; left out', 'give the date in PTV', id);
          return;
        }
        const exception: Draft<ExceptionalHours> = { from, ...(to && to !== from && { through: to }) };
        const opening = list(entry.openingHour)[0];
        if (entry.isClosed === true || !opening) exception.closed = true;
        else {
          // On one date the weekday is that date's; over a longer period, the days are not carried.
          if (!exception.through && !str(peek(opening).dayTo)) void opening.dayFrom;
          exception.opens = time(opening.from);
          exception.closes = closing(opening.to);
        }
        if (note) exception.note = note;
        exceptional.push(exception);
        return;
      }
      if (note) notes.push(note);
      const validity: Draft<OpeningHours> = {};
      if (entry.validForNow !== true && from) validity.validFrom = from;
      if (to) validity.validThrough = to;
      if (entry.isClosed === true) return;
      if (entry.isAlwaysOpen === true) {
        hours.push({ days: [...DAY_CODES], opens: '00:00', closes: '24:00', ...validity });
        return;
      }
      list(entry.openingHour).forEach((opening, i) => {
        const first = WEEKDAYS.indexOf(str(opening.dayFrom) ?? '');
        // Over midnight, dayTo is the next day: a closing time before the opening time says so.
        const to = WEEKDAYS.indexOf(str(opening.dayTo) ?? '');
        const last = str(entry.serviceHourType) === 'OverMidnight' ? first : to;
        const opens = time(opening.from);
        const closes = closing(opening.to);
        if (first < 0 || !opens || !closes) {
          this.builder.leaveOut(at(here, `.openingHour[${i}]`), `the opening time ${JSON.stringify(opening)} could not be read; left out`, undefined, id);
          return;
        }
        const days: Day[] = [];
        for (let d = first; ; d = (d + 1) % 7) {
          days.push(DAY_CODES[d]);
          if (last < 0 || d === last) break;
        }
        hours.push({ days, opens, closes, ...validity });
      });
    });
    return { hours, exceptional, note: joinTexts(...notes) };
  }

  /** The visiting address of a channel (v11 streetAddress, or the flat address of older shapes). */
  address(addresses: unknown, where: At, id: string): Draft<Address> | undefined {
    const all = list(addresses);
    const index = Math.max(0, all.findIndex((a) => a.type === 'Location' || a.type === 'Visiting'));
    const found = all[index];
    if (!found || (found.type !== 'Location' && found.type !== 'Visiting' && all.length > 1)) return undefined;
    const here = at(where, `[${index}]`);
    void found.subType;
    const street = isObject(found.streetAddress) ? found.streetAddress : found;
    const address: Draft<Address> = {};
    const number = str(street.streetNumber);
    // v7–v8 put the street names in a list called streetAddress, on the address itself.
    const names = street.street ?? (Array.isArray(found.streetAddress) ? found.streetAddress : undefined);
    const streetItems = typeof names === 'string' ? [{ language: 'fi', value: names }] : list(names);
    const streetText = this.text(streetItems.map((s) => ({ ...s, value: number ? `${str(s.value)} ${number}` : s.value })), here, id);
    if (streetText) address.street = streetText;
    if (str(street.postalCode)) address.postalCode = str(street.postalCode);
    const offices = typeof street.postOffice === 'string' ? [{ language: 'fi', value: street.postOffice }] : list(street.postOffice);
    const office = this.text(offices.map((p) => ({ ...p, value: titleCase(str(p.value) ?? '') })), here, id);
    if (office) address.locality = office;
    const municipality = isObject(street.municipality) ? padCode(String(street.municipality.code ?? ''), 3) : '';
    if (isMunicipalityCode(municipality)) {
      address.municipality = municipality;
      // The code names the municipality, so its names are carried by it.
      if (isObject(street.municipality)) list(street.municipality.name).forEach((n) => n.value);
    }
    const note = this.text(street.additionalInformation ?? street.additionalInformations, here, id);
    if (note) address.note = note;
    if (str(found.country) && str(found.country) !== 'FI') address.country = str(found.country);
    const northing = Number(street.latitude);
    const easting = Number(street.longitude);
    const state = str(street.coordinateState);
    if (street.latitude != null && Number.isFinite(northing) && Number.isFinite(easting) && (!state || /^ok$/i.test(state) || /entered/i.test(state))) {
      if (isInFinlandTm35(northing, easting)) {
        const { latitude, longitude } = etrsTm35finToWgs84(northing, easting);
        address.latitude = Math.round(latitude * 1e6) / 1e6;
        address.longitude = Math.round(longitude * 1e6) / 1e6;
      } else {
        this.builder.leaveOut(at(here, '.streetAddress.latitude'), `the coordinates N ${northing}, E ${easting} are not ETRS-TM35FIN coordinates in Finland; left out`, undefined, id);
      }
    }
    return Object.keys(address).length ? address : undefined;
  }

  /** PTV phone numbers, one entry per number with its labels, charge and languages. */
  phones(items: Json[], where: At, id: string): Draft<PhoneNumber>[] {
    const phones = new Map<string, { phone: Draft<PhoneNumber>; labels: Json[]; notes: Json[] }>();
    items.forEach((n, index) => {
      const raw = str(n.number);
      if (!raw) return;
      const prefix = n.isFinnishServiceNumber === true ? '' : (str(n.prefixNumber) ?? '');
      const number = cleanPhone(prefix && !raw.startsWith('+') ? `${prefix} ${raw.replace(/^0/, '')}` : raw);
      if (!number) {
        this.builder.leaveOut(at(where, `[${index}].number`), `the phone number ${JSON.stringify(raw)} is not a number the feed can use; left out`, undefined, id);
        return;
      }
      let entry = phones.get(number);
      const kind = ({ Sms: 'sms', Fax: 'fax' } as const)[str(n.type) as 'Sms' | 'Fax'];
      const charge = ({ FreeOfCharge: 'free', Free: 'free', Chargeable: 'charged', Charged: 'charged', Other: 'local-rate' } as const)[str(n.serviceChargeType) as 'Free'];
      if (!entry) {
        entry = { phone: { number, ...(kind && { kind }), ...(charge && { charge }) }, labels: [], notes: [] };
        phones.set(number, entry);
      } else if (entry.phone.kind !== kind || entry.phone.charge !== charge) {
        this.builder.leaveOut(at(where, `[${index}]`), `the number ${number} is listed again with another type or charge; the first is kept`, undefined, id);
      }
      const language = str(n.language);
      if (language) (entry.phone.languages ??= []).includes(language) || entry.phone.languages.push(language);
      if (str(n.additionalInformation)) entry.labels.push({ language: language ?? 'fi', value: n.additionalInformation });
      if (str(n.chargeDescription)) entry.notes.push({ language: language ?? 'fi', value: n.chargeDescription });
    });
    return [...phones.values()].map(({ phone, labels, notes }) => {
      const label = this.text(labels, where, id);
      const chargeNote = this.text(notes, where, id);
      return { ...phone, ...(label && { label }), ...(chargeNote && { chargeNote }) };
    });
  }

  /** E-mail addresses ([{value, language}]), each once with its languages. */
  emails(items: Json[]): Draft<EmailAddress>[] {
    const emails = new Map<string, Draft<EmailAddress>>();
    for (const e of items) {
      const address = str(e.value) ?? str(e.email);
      if (!address) continue;
      const entry = emails.get(address) ?? { address };
      emails.set(address, entry);
      const language = str(e.language);
      if (language && !entry.languages?.includes(language)) (entry.languages ??= []).push(language);
    }
    return [...emails.values()];
  }

  /** Web pages: [{url, value (the label), language}] or, in e-service shapes, [{value (the url), language}]. */
  webAddresses(items: Json[], where: At, id: string): Draft<WebAddress>[] {
    const pages = new Map<string, { page: Draft<WebAddress>; labels: Json[] }>();
    for (const w of items) {
      const url = str(w.url) ?? str(w.value);
      if (!url) continue;
      const entry = pages.get(url) ?? { page: { url }, labels: [] };
      pages.set(url, entry);
      const language = str(w.language);
      if (language && !entry.page.language) entry.page.language = language;
      if (str(w.url) && str(w.value) && str(w.value) !== url) entry.labels.push({ language: language ?? 'fi', value: w.value });
    }
    return [...pages.values()].map(({ page, labels }) => {
      // A page's label is its name in its own language, so it also stands for the Finnish one.
      const own = labels.find((l) => l.language === 'fi') ?? labels[0];
      const label = own ? this.text([{ language: 'fi', value: own.value }, ...labels.filter((l) => l !== own)], where, id) : undefined;
      return label ? { ...page, label } : page;
    });
  }
}

function time(value: unknown): string | undefined {
  const match = /^(\d{2}):(\d{2})/.exec(str(value) ?? '');
  return match ? `${match[1]}:${match[2]}` : undefined;
}

/** A closing time; midnight closes the day ("24:00"). */
function closing(value: unknown): string | undefined {
  const t = time(value);
  return t === '00:00' ? '24:00' : t;
}
