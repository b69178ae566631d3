/**
 * HSDS values that services, locations, organisations and contacts share: text in the one
 * language of the HSDS data, phone numbers with their descriptions, schedules as opening hours
 * in Europe/Helsinki, and addresses.
 */
import type { Address, LocalizedText, OpeningHours, PhoneNumber } from '../feed/types.js';
import { cleanPhone, plainText, type At, type Draft, type FeedBuilder } from './feed-builder.js';
import { list, str, type Json } from './hsds-records.js';
import { findMunicipality } from './vocabulary.js';

type Day = OpeningHours['days'][number];

const DAYS: Record<string, Day> = { MO: 'mo', TU: 'tu', WE: 'we', TH: 'th', FR: 'fr', SA: 'sa', SU: 'su' };
const ALL_DAYS = Object.values(DAYS);
const KINDS: Record<string, PhoneNumber['kind']> = { voice: 'voice', cell: 'mobile', mobile: 'mobile', text: 'sms', sms: 'sms', fax: 'fax', textphone: 'textphone', tty: 'textphone' };
export const at = (base: At, field: string): At => ({ source: base.source, where: `${base.where}${field}` });

export class HsdsFields {
  private guessedLanguageNoted = false;

  constructor(
    readonly builder: FeedBuilder,
    private readonly lang: 'fi' | 'sv' | 'en',
  ) {}

  /** HSDS text as our LocalizedText. Finnish is required, so other languages are copied into fi. */
  text(value: unknown): LocalizedText | undefined {
    const text = plainText(value);
    if (!text) return undefined;
    const lang = this.lang;
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

  /** Every usable phone number with its description as the label, extension, kind and languages. */
  phones(phones: Json[], where: At, id: string): Draft<PhoneNumber>[] {
    const out: Draft<PhoneNumber>[] = [];
    phones.forEach((phone, i) => {
      const number = cleanPhone(phone.number);
      if (!number) {
        if (str(phone.number)) this.builder.leaveOut(at(where, `[${i}].number`), `the phone number ${JSON.stringify(phone.number)} is not a number the feed can use; left out`, 'write it with digits, spaces and an optional leading +', id);
        return;
      }
      const entry: Draft<PhoneNumber> = { number };
      const extension = phone.extension === undefined || phone.extension === null ? '' : String(phone.extension).trim();
      if (/^\d{1,8}$/.test(extension)) entry.extension = extension;
      else if (extension) this.builder.leaveOut(at(where, `[${i}].extension`), `the extension ${JSON.stringify(extension)} is not digits; left out`, undefined, id);
      const kind = KINDS[str(phone.type)?.toLowerCase() ?? ''];
      if (kind && kind !== 'voice') entry.kind = kind;
      const label = this.text(phone.description);
      if (label) entry.label = label;
      const languages = list(phone.languages).map((l) => str(l.code)?.toLowerCase()).filter((c): c is string => !!c);
      if (languages.length) entry.languages = [...new Set(languages)];
      out.push(entry);
    });
    return out;
  }

  /** The first usable number of `phones` (at `where`), for an organisation or contact, which have one phone. */
  firstPhone(phones: Json[], where: At, id?: string): string | undefined {
    for (const [i, phone] of phones.entries()) {
      if (phone.type === 'fax') continue;
      const number = cleanPhone(phone.number);
      if (!number) {
        if (str(phone.number)) this.builder.leaveOut(at(where, `[${i}].number`), `the phone number ${JSON.stringify(phone.number)} is not a number the feed can use; left out`, 'write it with digits, spaces and an optional leading +', id);
        continue;
      }
      if (phone.extension !== undefined && phone.extension !== null && phone.extension !== '') {
        this.builder.leaveOut(at(where, `[${i}].extension`), `the extension ${phone.extension} of ${number} was left out (an organisation's or contact's phone has no extension)`, undefined, id);
      }
      return number;
    }
    return undefined;
  }

  /** One HSDS schedule as opening hours; undefined (with a warning) when it cannot be expressed. */
  hours(schedule: Json, at: At, id: string): Draft<OpeningHours> | undefined {
    const where = at;
    const opens = this.time(schedule.opens_at, { source: where.source, where: `${where.where}.opens_at` }, id);
    const closes = this.time(schedule.closes_at, { source: where.source, where: `${where.where}.closes_at` }, id);
    if (!opens || !closes) return undefined;
    const freq = str(schedule.freq)?.toUpperCase() ?? 'WEEKLY';
    let days: Day[];
    if (freq === 'DAILY') {
      days = [...ALL_DAYS];
    } else if (freq === 'WEEKLY') {
      const names = (str(schedule.byday) ?? '').toUpperCase().split(',').map((d) => d.trim()).filter(Boolean);
      if (names.some((d) => !DAYS[d])) {
        this.builder.leaveOut(where, `the schedule repeats on ${schedule.byday}, which weekly opening hours cannot express; left out`, 'describe it in the service description', id);
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
      this.builder.leaveOut(where, `a ${freq} schedule cannot be shown as weekly opening hours; left out`, 'describe it in the service description', id);
      return undefined;
    }
    const ignored = ['byweekno', 'bymonthday', 'byyearday', 'count'].filter((k) => schedule[k] !== undefined && schedule[k] !== null && schedule[k] !== '');
    for (const key of ignored) {
      this.builder.leaveOut({ source: where.source, where: `${where.where}.${key}` }, `${ignored.join(', ')} of the schedule cannot be expressed as opening hours and were ignored; the hours apply every week`, undefined, id);
    }
    if (typeof schedule.timezone === 'number') {
      this.builder.leaveOut({ source: where.source, where: `${where.where}.timezone` }, `the schedule's time zone is the numeric UTC offset ${schedule.timezone}; its times are read as Europe/Helsinki wall-clock time`, 'numeric offsets are wrong for half of the year across daylight saving time; check the hours', id);
    } else if (str(schedule.timezone) && schedule.timezone !== 'Europe/Helsinki') {
      this.builder.leaveOut({ source: where.source, where: `${where.where}.timezone` }, `the schedule's time zone ${schedule.timezone} is replaced by Europe/Helsinki, in which feed hours are given`, undefined, id);
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
      if (value !== undefined && value !== null) this.builder.leaveOut(at, `${JSON.stringify(value)} is not a time of day; the schedule was left out`, undefined, id);
      return undefined;
    }
    if (match[3]) {
      this.builder.leaveOut(at, `the time ${value} carries a UTC offset, which was dropped; it is read as Europe/Helsinki wall-clock time`, 'check the hours', id);
    }
    return `${match[1].padStart(2, '0')}:${match[2]}`;
  }

  /** A location's address: the physical one (else the first), its second line kept with the street. */
  address(location: Json, where: At, id: string): Draft<Address> | undefined {
    const address: Draft<Address> = {};
    const addresses = list(location.addresses);
    const index = Math.max(0, addresses.findIndex((a) => a.address_type === 'physical'));
    const postal = addresses[index];
    if (postal) {
      const street = this.text([str(postal.address_1), str(postal.address_2)].filter(Boolean).join(', '));
      if (street) address.street = street;
      if (str(postal.postal_code)) address.postalCode = str(postal.postal_code);
      const city = str(postal.city);
      if (city) {
        address.locality = this.text(city);
        const municipality = findMunicipality(city);
        if (municipality) address.municipality = municipality.code;
      }
      const note = this.text([str(postal.attention), str(postal.region), str(postal.state_province)].filter(Boolean).join(', '));
      if (note) address.note = note;
      const country = str(postal.country)?.toUpperCase();
      if (country && country !== 'FI') address.country = country;
    }
    const { latitude, longitude } = location;
    if (typeof latitude === 'number' && typeof longitude === 'number' && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
      address.latitude = latitude;
      address.longitude = longitude;
    } else if (latitude !== undefined || longitude !== undefined) {
      this.builder.leaveOut(at(where, '.longitude'), 'the longitude goes with the latitude; left out', undefined, id);
      this.builder.leaveOut(at(where, '.latitude'), `the location's coordinates ${JSON.stringify(latitude)}, ${JSON.stringify(longitude)} are not a latitude and longitude; left out`, 'give WGS84 degrees, e.g. 61.6886, 27.2723', id);
    }
    return Object.keys(address).length ? address : undefined;
  }
}
