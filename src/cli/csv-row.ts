/**
 * The spreadsheet layout of docs/csv-layout.md: its columns, kinds of rows and the cell values
 * (lists, yes/no, opening hours, local date-times), read one row at a time.
 */
import type { Address, Area, LocalizedText, OpeningHours } from '../feed/types.js';
import type { Draft } from './feed-builder.js';
import { columnLetter } from './csv.js';
import { findMunicipality, findRegion, toChannel } from './vocabulary.js';

export type Kind = 'organization' | 'service' | 'event' | 'channel';
type Day = OpeningHours['days'][number];

export const LANGS = ['fi', 'sv', 'en'] as const;
const localizedColumns = (base: string): string[] => LANGS.map((l) => `${base}_${l}`);

/** Every column the layout knows, in the order docs/csv-layout.md lists them. */
export const COLUMNS = [
  'kind', 'id', 'service', 'channel_type', ...localizedColumns('name'), ...localizedColumns('description'), 'organization',
  'types', 'target_groups', 'channels', 'municipalities', 'regions', 'whole_country', 'languages',
  'phone', 'email', 'url', 'chat_url', 'video_url', 'hours', ...localizedColumns('hours_note'), 'free', ...localizedColumns('fees'),
  ...localizedColumns('place'), 'street', 'postal_code', 'locality', ...localizedColumns('keywords'),
  'event_kind', 'attendance', 'start', 'end', 'time_zone', 'rrule', 'exdates', 'project', 'online_url',
  'registration_url', 'registration_email', 'registration_phone', 'registration_deadline', 'capacity',
  'organization_kind', 'example', ...localizedColumns('phone_label'), ...localizedColumns('instructions'), ...localizedColumns('accessibility'),
] as const;
export type Column = (typeof COLUMNS)[number];

export const ALIASES: Record<string, Column> = { type: 'kind', organizer: 'organization', target_group: 'target_groups', municipality: 'municipalities', region: 'regions' };
export const KINDS: Record<string, Kind> = {
  channel: 'channel', kanava: 'channel', kanal: 'channel',
  service: 'service', palvelu: 'service', tjänst: 'service',
  event: 'event', tapahtuma: 'event', evenemang: 'event',
  organization: 'organization', organisation: 'organization', organisaatio: 'organization',
};
export const REQUIRED: Record<Kind, Column[]> = {
  organization: ['name_fi'],
  service: ['name_fi', 'organization', 'types', 'target_groups'],
  channel: ['service', 'channel_type'],
  event: ['name_fi', 'organization', 'target_groups', 'attendance', 'start', 'end'],
};
export const AREA_COLUMNS: Column[] = ['municipalities', 'regions', 'whole_country'];

const DAY_WORDS: Record<string, Day> = {
  ma: 'mo', ti: 'tu', ke: 'we', to: 'th', pe: 'fr', la: 'sa', su: 'su',
  mo: 'mo', tu: 'tu', we: 'we', th: 'th', fr: 'fr', sa: 'sa',
  må: 'mo', on: 'we', lö: 'sa', sö: 'su',
  mon: 'mo', tue: 'tu', wed: 'we', thu: 'th', fri: 'fr', sat: 'sa', sun: 'su',
  mån: 'mo', tis: 'tu', ons: 'we', tor: 'th', tors: 'th', fre: 'fr', lör: 'sa', sön: 'su',
};
const DAY_ORDER: Day[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const YES = new Set(['yes', 'y', 'true', '1', 'x', 'kyllä', 'k', 'ja', 'on']);
const NO = new Set(['no', 'n', 'false', '0', 'ei', 'e', 'nej', 'off']);

/** A cell-level problem that leaves the row out. */
export class CellError extends Error {
  constructor(
    readonly column: Column,
    message: string,
    readonly fix: string,
  ) {
    super(message);
  }
}

export const splitList = (value: string): string[] => value.split(/[;,|\n]/).map((v) => v.trim()).filter(Boolean);

function parseTime(text: string): string | undefined {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(text.trim());
  if (!match) return undefined;
  const [hh, mm = '00'] = [Number(match[1]), match[2]];
  if (hh > 24 || Number(mm) > 59 || (hh === 24 && mm !== '00')) return undefined;
  return `${String(hh).padStart(2, '0')}:${mm}`;
}

/** "mo-fr 9-15; sa 10-14" or "phone: ma-pe 9.00-12.00" → opening hours. Throws a message on bad text. */
export function parseHours(text: string): Draft<OpeningHours>[] {
  const hours: Draft<OpeningHours>[] = [];
  for (const segment of text.split(/[;\n]/).map((s) => s.trim()).filter(Boolean)) {
    const match = /^(?:([\p{L}-]+)\s*:\s*)?(.+?)\s+(?:klo\s+|kl\.?\s+)?(\d{1,2}(?:[:.]\d{2})?)\s*[-–]\s*(\d{1,2}(?:[:.]\d{2})?)$/iu.exec(segment);
    if (!match) throw new Error(`"${segment}" is not "days hh:mm-hh:mm"`);
    const [, channelWord, dayText, opensText, closesText] = match;
    const days: Day[] = [];
    for (const part of dayText.toLowerCase().split(/\s*,\s*|\s+/).filter(Boolean)) {
      const [from, to] = part.split(/[-–]/);
      const start = DAY_WORDS[from];
      const end = to === undefined ? start : DAY_WORDS[to];
      if (!start || !end) throw new Error(`"${part}" is not a day or a range of days`);
      for (let i = DAY_ORDER.indexOf(start); ; i = (i + 1) % 7) {
        if (!days.includes(DAY_ORDER[i])) days.push(DAY_ORDER[i]);
        if (DAY_ORDER[i] === end) break;
      }
    }
    const opens = parseTime(opensText);
    const closes = parseTime(closesText);
    if (!opens || opens === '24:00' || !closes) throw new Error(`"${opensText}-${closesText}" is not a time range such as 9-15 or 09:00-15:30`);
    const entry: Draft<OpeningHours> = { days, opens, closes };
    if (channelWord) {
      const channel = toChannel(channelWord);
      if (!channel) throw new Error(`"${channelWord}" is not a channel (on-site, phone, video, chat, web)`);
      entry.channel = channel;
    }
    hours.push(entry);
  }
  return hours;
}

/** "2026-10-06 18:00", "2026-10-06T18:00" or "6.10.2026 klo 18.00" → "2026-10-06T18:00"; a bare time takes `day`. */
export function parseLocalDateTime(text: string, day?: string): string | undefined {
  const value = text.trim().replace(/\s+klo\s+|\s+kl\.?\s+/i, ' ');
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2})[:.](\d{2}))?$/.exec(value);
  let parts: string[] | undefined;
  if (match) parts = [match[1], match[2], match[3], match[4] ?? '', match[5] ?? ''];
  match = match ? null : /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2})[:.](\d{2}))?$/.exec(value);
  if (match) parts = [match[3], match[2], match[1], match[4] ?? '', match[5] ?? ''];
  if (!parts) {
    const time = day ? parseTime(value) : undefined;
    return time && time !== '24:00' ? `${day}T${time}` : undefined;
  }
  const [y, m, d, hh, mm] = parts;
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  if (!hh) return undefined;
  if (Number(hh) > 23) return undefined;
  return `${date}T${hh.padStart(2, '0')}:${mm}`;
}

export class Row {
  constructor(
    readonly number: number,
    private readonly cells: readonly string[],
    private readonly index: ReadonlyMap<Column, number>,
  ) {}

  has(column: Column): boolean {
    return this.get(column) !== undefined;
  }

  /** Columns whose cells were read: the others, if filled in, are not carried. */
  readonly used = new Set<Column>();

  /** Filled-in cells of columns nobody read, with their column index. */
  unused(): { column: Column; index: number; value: string }[] {
    return [...this.index].filter(([column, i]) => !this.used.has(column) && this.cells[i]?.trim()).map(([column, index]) => ({ column, index, value: this.cells[index].trim() }));
  }

  get(column: Column): string | undefined {
    this.used.add(column);
    const i = this.index.get(column);
    const value = i === undefined ? undefined : this.cells[i]?.trim();
    return value ? value : undefined;
  }

  text(base: 'name' | 'description' | 'hours_note' | 'fees' | 'place' | 'phone_label' | 'instructions' | 'accessibility'): LocalizedText | undefined {
    const texts = Object.fromEntries(LANGS.map((l) => [l, this.get(`${base}_${l}` as Column)]).filter(([, v]) => v));
    return Object.keys(texts).length ? (texts as unknown as LocalizedText) : undefined;
  }

  list<T>(column: Column, read: (value: string) => T | undefined, what: string, allowed: string): T[] | undefined {
    const value = this.get(column);
    if (value === undefined) return undefined;
    return splitList(value).map((part) => {
      const result = read(part);
      if (result === undefined) throw new CellError(column, `"${part}" is not ${what}`, allowed);
      return result;
    });
  }

  yesNo(column: Column): boolean | undefined {
    const value = this.get(column)?.toLowerCase();
    if (value === undefined) return undefined;
    if (YES.has(value)) return true;
    if (NO.has(value)) return false;
    throw new CellError(column, `"${value}" is not yes or no`, 'write yes or no (kyllä/ei, ja/nej), or leave the cell empty');
  }
}


/** Column of a feed field path, for the builder's schema errors ("address.postalCode" → postal_code). */
export function columnOf(kind: Kind, field: string | undefined, row: Row, index: ReadonlyMap<Column, number>): Column | undefined {
  if (!field) return undefined;
  const path = field.replace(/\[\d+\]/g, '');
  const [head, sub] = path.split('.');
  const lang = (LANGS as readonly string[]).includes(sub) ? sub : undefined;
  const table: Record<string, Column> = {
    targetGroups: 'target_groups', chatUrl: 'chat_url', videoUrl: 'video_url', timeZone: 'time_zone', organizer: 'organization',
    kind: kind === 'event' ? 'event_kind' : 'organization_kind',
  };
  if (head === 'name' || head === 'description' || head === 'fees') return `${head}_${lang ?? 'fi'}` as Column;
  if (head === 'hoursNote') return `hours_note_${lang ?? 'fi'}` as Column;
  if (head === 'keywords') return `keywords_${lang ?? 'fi'}` as Column;
  if (head === 'area') {
    const byField: Record<string, Column> = { municipalities: 'municipalities', regions: 'regions', wholeCountry: 'whole_country' };
    return byField[sub] ?? AREA_COLUMNS.find((c) => row.has(c)) ?? AREA_COLUMNS.find((c) => index.has(c));
  }
  if (head === 'address' || head === 'location') {
    const byField: Record<string, Column> = { street: 'street', postalCode: 'postal_code', locality: 'locality', name: `place_${path.split('.')[2] ?? 'fi'}` as Column };
    return byField[sub] ?? 'street';
  }
  if (head === 'online') return 'online_url';
  if (head === 'registration') return sub === 'capacity' ? 'capacity' : (`registration_${sub}` as Column);
  return table[head] ?? ((COLUMNS as readonly string[]).includes(head) ? (head as Column) : undefined);
}

/**
 * What is wrong with a row's number of cells, if anything: more filled cells than the header
 * has columns (the row cannot be read), or fewer (the missing ones are read as empty).
 */
export function cellCount(cells: readonly string[], width: number, separator: string): { tooMany: boolean; column: number; cause: string } | undefined {
  const quote = cells.findIndex((cell) => cell.includes('"'));
  const quoted = `the quote in column ${columnLetter(quote)} probably splits or joins cells (a quote inside a value must be doubled and the value quoted)`;
  const extra = cells.findIndex((cell, i) => i >= width && cell.trim() !== '');
  if (extra >= 0) {
    const unquoted = `a value probably contains the separator "${separator === '\t' ? 'tab' : separator}" without quotes`;
    return { tooMany: true, column: extra, cause: quote >= 0 ? quoted : unquoted };
  }
  if (cells.length < width) return { tooMany: false, column: cells.length, cause: quote >= 0 ? quoted : 'cells at the end are missing' };
  return undefined;
}

export function rowArea(row: Row): Area | undefined {
  const municipalities = row.list('municipalities', (v) => findMunicipality(v)?.code, 'a Finnish municipality', 'write municipality names or 3-digit codes, e.g. "Mikkeli; Juva" or "491; 178"');
  const regions = row.list('regions', (v) => findRegion(v)?.code, 'a Finnish region (maakunta)', 'write region names or 2-digit codes, e.g. "Etelä-Savo" or "10"');
  const wholeCountry = row.yesNo('whole_country');
  if (!municipalities && !regions && wholeCountry === undefined) return undefined;
  const area: Area = {};
  if (wholeCountry !== undefined) area.wholeCountry = wholeCountry;
  if (regions) area.regions = [...new Set(regions)];
  if (municipalities) area.municipalities = [...new Set(municipalities)];
  return area;
}

export function rowAddress(row: Row): Address | undefined {
  const address: Address = {};
  const place = row.text('place');
  if (place) address.name = place;
  if (row.get('street')) address.street = { fi: row.get('street')! };
  if (row.get('postal_code')) address.postalCode = row.get('postal_code');
  const locality = row.get('locality');
  if (locality) {
    address.locality = { fi: locality };
    const municipality = findMunicipality(locality);
    if (municipality) address.municipality = municipality.code;
  }
  return Object.keys(address).length ? address : undefined;
}

/** The row's opening hours, if any; a cell that cannot be read leaves the row out. */
export function rowHours(row: Row): Draft<OpeningHours>[] | undefined {
  const hours = row.get('hours');
  if (!hours) return undefined;
  try {
    return parseHours(hours);
  } catch (error) {
    throw new CellError('hours', (error as Error).message, 'write days and times like "mo-fr 9-15; sa 10-14" or "ma-pe 9.00-15.30"; on a service row, put "phone:" in front of hours of one channel');
  }
}
