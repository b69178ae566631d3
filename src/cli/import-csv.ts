/**
 * A spreadsheet (CSV) into our feed: one row per organisation, service or event, one column per
 * field and language, as docs/csv-layout.md describes. Every problem names its spreadsheet row
 * and column ("row 7, column F (channels)"); a row with an error is left out.
 */
import { decodeText } from './encoding.js';
import type { Address, Area, Channel, FeedEvent, LocalizedKeywords, LocalizedText, OpeningHours, Service, TargetGroup } from '../feed/types.js';
import { CsvSyntaxError, columnLetter, parseCsv } from './csv.js';
import { FeedBuilder, slugId, type At, type Draft } from './feed-builder.js';
import { findMunicipality, findRegion, toChannel, toServiceType, toTargetGroup } from './vocabulary.js';

type Json = Record<string, unknown>;
type Kind = 'organization' | 'service' | 'event';
type Day = OpeningHours['days'][number];

const LANGS = ['fi', 'sv', 'en'] as const;
const localizedColumns = (base: string): string[] => LANGS.map((l) => `${base}_${l}`);

/** Every column the layout knows, in the order docs/csv-layout.md lists them. */
export const COLUMNS = [
  'kind', 'id', ...localizedColumns('name'), ...localizedColumns('description'), 'organization',
  'types', 'target_groups', 'channels', 'municipalities', 'regions', 'whole_country', 'languages',
  'phone', 'email', 'url', 'chat_url', 'video_url', 'hours', ...localizedColumns('hours_note'), 'free', ...localizedColumns('fees'),
  ...localizedColumns('place'), 'street', 'postal_code', 'locality', ...localizedColumns('keywords'),
  'event_kind', 'attendance', 'start', 'end', 'time_zone', 'rrule', 'exdates', 'project', 'online_url',
  'registration_url', 'registration_email', 'registration_phone', 'registration_deadline', 'capacity',
  'organization_kind', 'example',
] as const;
type Column = (typeof COLUMNS)[number];

const ALIASES: Record<string, Column> = { type: 'kind', organizer: 'organization', target_group: 'target_groups', municipality: 'municipalities', region: 'regions' };
const KINDS: Record<string, Kind> = {
  service: 'service', palvelu: 'service', tjänst: 'service',
  event: 'event', tapahtuma: 'event', evenemang: 'event',
  organization: 'organization', organisation: 'organization', organisaatio: 'organization',
};
const REQUIRED: Record<Kind, Column[]> = {
  organization: ['name_fi'],
  service: ['name_fi', 'organization', 'types', 'target_groups', 'channels'],
  event: ['name_fi', 'organization', 'target_groups', 'attendance', 'start', 'end'],
};
const AREA_COLUMNS: Column[] = ['municipalities', 'regions', 'whole_country'];

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
class CellError extends Error {
  constructor(
    readonly column: Column,
    message: string,
    readonly fix: string,
  ) {
    super(message);
  }
}

const splitList = (value: string): string[] => value.split(/[;,|\n]/).map((v) => v.trim()).filter(Boolean);

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

class Row {
  constructor(
    readonly number: number,
    private readonly cells: readonly string[],
    private readonly index: ReadonlyMap<Column, number>,
  ) {}

  has(column: Column): boolean {
    return this.get(column) !== undefined;
  }

  get(column: Column): string | undefined {
    const i = this.index.get(column);
    const value = i === undefined ? undefined : this.cells[i]?.trim();
    return value ? value : undefined;
  }

  text(base: 'name' | 'description' | 'hours_note' | 'fees' | 'place'): LocalizedText | undefined {
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

class CsvImporter {
  private readonly index = new Map<Column, number>();
  private readonly organizationRows = new Map<string, string>();
  private pendingOrganization?: { id: string; name: string; row: number };
  constructor(
    private readonly builder: FeedBuilder,
    private readonly source: string,
  ) {}

  at(row: number, column?: Column): At {
    if (column === undefined) return { source: this.source, where: `row ${row}` };
    const i = this.index.get(column);
    const where = i === undefined ? `row ${row} (no "${column}" column)` : `row ${row}, column ${columnLetter(i)} (${column})`;
    return { source: this.source, where, namesField: true };
  }

  /** Reads the header row: which column holds which field. */
  header(cells: readonly string[]): void {
    cells.forEach((cell, i) => {
      const name = cell.trim().toLowerCase().replace(/[\s-]+/g, '_');
      if (!name) return;
      const column = (COLUMNS as readonly string[]).includes(name) ? (name as Column) : ALIASES[name];
      if (!column) {
        this.builder.warn({ source: this.source, where: `row 1, column ${columnLetter(i)}` }, `"${cell}" is not a column of the layout; ignored`, 'see docs/csv-layout.md for the column names');
      } else if (this.index.has(column)) {
        this.builder.error({ source: this.source, where: `row 1, column ${columnLetter(i)}` }, `the column "${column}" appears twice`, 'keep one');
      } else {
        this.index.set(column, i);
      }
    });
  }

  /**
   * Reports columns that the kinds of rows present need but the header lacks, each at the first
   * free column of row 1 (where it could be added); false when any is missing.
   */
  hasColumnsFor(kinds: ReadonlySet<Kind>, width: number): boolean {
    const free = { source: this.source, where: `row 1, column ${columnLetter(width)}` };
    let ok = this.index.has('kind');
    if (!ok) this.builder.error(free, 'the header has no "kind" column', 'add a column "kind" with service, event or organization on each row');
    for (const kind of kinds) {
      for (const column of REQUIRED[kind]) {
        if (this.index.has(column)) continue;
        ok = false;
        this.builder.error(free, `the header has no "${column}" column, which every ${kind} needs`, `add a column named "${column}"`);
      }
    }
    if (kinds.has('service') && !AREA_COLUMNS.some((c) => this.index.has(c))) {
      ok = false;
      this.builder.error(free, 'the header has no area column, which services need', 'add "municipalities", "regions" or "whole_country"');
    }
    return ok;
  }

  kindOf(cells: readonly string[]): Kind | undefined {
    const i = this.index.get('kind');
    return i === undefined ? undefined : KINDS[cells[i]?.trim().toLowerCase() ?? ''];
  }

  /** Column of a feed field path, for the builder's schema errors ("address.postalCode" → postal_code). */
  columnOf(kind: Kind, field: string | undefined, row: Row): Column | undefined {
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
      return byField[sub] ?? AREA_COLUMNS.find((c) => row.has(c)) ?? AREA_COLUMNS.find((c) => this.index.has(c));
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
   * The organisation id the row's `organization` cell means: an organisation row's id or name,
   * else an id made from the name; that organisation is added once the row itself is imported.
   */
  resolveOrganization(row: Row): string | undefined {
    const value = row.get('organization');
    if (value === undefined) return undefined;
    const known = this.organizationRows.get(value) ?? this.organizationRows.get(value.toLowerCase());
    if (known) return known;
    const id = slugId(value);
    this.pendingOrganization = { id, name: value, row: row.number };
    return id;
  }

  private addPendingOrganization(): void {
    const pending = this.pendingOrganization;
    this.pendingOrganization = undefined;
    if (!pending || this.builder.has('organizations', pending.id)) return;
    const at = this.at(pending.row, 'organization');
    this.builder.warn(at, `no organization row is named "${pending.name}", so one was added with the id "${pending.id}"`, 'add an organization row to give it a website, phone and Swedish name');
    this.builder.add('organizations', { id: pending.id, name: { fi: pending.name } }, () => at);
    this.organizationRows.set(pending.name, pending.id);
  }

  id(row: Row, kind: Kind): string {
    const given = row.get('id');
    if (given) return given;
    const made = slugId(row.get('name_fi') ?? '') || `${kind}-${row.number}`;
    this.builder.warn(this.at(row.number, 'id'), `the row has no id, so it is "${made}"`, 'fill in the id so that it stays the same when the name changes');
    return made;
  }

  area(row: Row): Area | undefined {
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

  address(row: Row): Address | undefined {
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

  common(row: Row, kind: Kind): Json {
    const item: Json = { id: this.id(row, kind) };
    const name = row.text('name');
    if (name) item.name = name;
    const description = row.text('description');
    if (description) item.description = description;
    for (const column of ['url', 'email', 'phone'] as const) if (row.get(column)) item[column] = row.get(column);
    const area = this.area(row);
    if (area) item.area = area;
    const example = row.yesNo('example');
    if (example) item.example = true;
    return item;
  }

  organization(row: Row): Json {
    const item = this.common(row, 'organization');
    const kind = row.get('organization_kind');
    if (kind) item.kind = kind;
    for (const lang of LANGS) {
      const name = row.get(`name_${lang}`);
      if (name) this.organizationRows.set(name, item.id as string);
    }
    this.organizationRows.set(item.id as string, item.id as string);
    return item;
  }

  targetGroups(row: Row): TargetGroup[] | undefined {
    return row.list('target_groups', toTargetGroup, 'a target group', 'use child, parent, close-ones or professional (or their Finnish, Swedish or English names), separated by commas');
  }

  service(row: Row): Json {
    const item = this.common(row, 'service');
    const service = item as unknown as Draft<Service>;
    const organization = this.resolveOrganization(row);
    if (organization) service.organization = organization;
    const types = row.list('types', toServiceType, 'a service type', 'use counselling, peer-support, mediation, child-custody-officer, family-work, crisis, shelter, chat, supervised-meetings, therapy, legal-aid or information, separated by commas');
    if (types) service.types = types;
    const targetGroups = this.targetGroups(row);
    if (targetGroups) service.targetGroups = targetGroups;
    const channels = row.list<Channel>('channels', toChannel, 'a channel', 'use on-site, phone, video, chat or web, separated by commas');
    if (channels) service.channels = channels;
    const languages = row.list('languages', (v) => v.toLowerCase(), 'a language', '');
    if (languages) service.languages = languages;
    const hours = row.get('hours');
    if (hours) {
      try {
        service.hours = parseHours(hours);
      } catch (error) {
        throw new CellError('hours', (error as Error).message, 'write days and times like "mo-fr 9-15; sa 10-14" or "ma-pe 9.00-15.30"; put "phone:" in front of hours of one channel');
      }
    }
    const note = row.text('hours_note');
    if (note) service.hoursNote = note;
    const free = row.yesNo('free');
    if (free !== undefined) service.free = free;
    const fees = row.text('fees');
    if (fees) service.fees = fees;
    if (row.get('chat_url')) service.chatUrl = row.get('chat_url');
    if (row.get('video_url')) service.videoUrl = row.get('video_url');
    const address = this.address(row);
    if (address) service.address = address;
    const keywords: LocalizedKeywords = {};
    for (const lang of LANGS) {
      const words = row.get(`keywords_${lang}`);
      if (words) keywords[lang] = splitList(words);
    }
    if (Object.keys(keywords).length) service.keywords = keywords;
    return item;
  }

  event(row: Row): Json {
    const item = this.common(row, 'event');
    const event = item as Draft<FeedEvent>;
    const organizer = this.resolveOrganization(row);
    if (organizer) event.organizer = organizer;
    const targetGroups = this.targetGroups(row);
    if (targetGroups) event.targetGroups = targetGroups;
    const kind = row.get('event_kind');
    if (kind) event.kind = kind as FeedEvent['kind'];
    const attendance = row.get('attendance');
    if (attendance) event.attendance = attendance as FeedEvent['attendance'];
    const dateFix = 'write a date and time such as "2026-10-06 18:00" or "6.10.2026 18.00"';
    const start = row.get('start');
    if (start) {
      const parsed = parseLocalDateTime(start);
      if (!parsed) throw new CellError('start', `"${start}" is not a date and time`, dateFix);
      event.start = parsed;
    }
    const end = row.get('end');
    if (end) {
      const parsed = parseLocalDateTime(end, event.start?.slice(0, 10));
      if (!parsed) throw new CellError('end', `"${end}" is not a date and time`, `${dateFix}, or just the time "19:30" on the start day`);
      event.end = parsed;
    }
    if (row.get('time_zone')) event.timeZone = row.get('time_zone');
    if (row.get('rrule')) event.rrule = row.get('rrule')!.toUpperCase();
    const exdates = row.list('exdates', (v) => parseLocalDateTime(v) ?? (/^\d/.test(v) && event.start ? parseLocalDateTime(`${v} ${event.start.slice(11)}`) : undefined), 'a date and time', `${dateFix}; separate several with ";"`);
    if (exdates) event.exdates = exdates;
    if (row.get('project')) event.project = row.get('project');
    const languages = row.list('languages', (v) => v.toLowerCase(), 'a language', '');
    if (languages) event.languages = languages;
    const free = row.yesNo('free');
    if (free !== undefined) event.free = free;
    const address = this.address(row);
    if (address) event.location = address;
    if (row.get('online_url')) event.online = { url: row.get('online_url') };
    const registration: Json = {};
    for (const field of ['url', 'email', 'phone'] as const) {
      const value = row.get(`registration_${field}`);
      if (value) registration[field] = value;
    }
    const deadline = row.get('registration_deadline');
    if (deadline) {
      const parsed = parseLocalDateTime(deadline) ?? parseLocalDateTime(`${deadline} 23:59`);
      if (!parsed) throw new CellError('registration_deadline', `"${deadline}" is not a date`, dateFix);
      registration.deadline = parsed;
    }
    const capacity = row.get('capacity');
    if (capacity) {
      if (!/^\d+$/.test(capacity)) throw new CellError('capacity', `"${capacity}" is not a whole number`, 'write the number of places, e.g. 12');
      registration.capacity = Number(capacity);
    }
    if (Object.keys(registration).length) event.registration = registration;
    return item;
  }

  row(kind: Kind, row: Row): void {
    let item: Json;
    this.pendingOrganization = undefined;
    try {
      item = kind === 'organization' ? this.organization(row) : kind === 'service' ? this.service(row) : this.event(row);
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      this.builder.error(this.at(row.number, error.column), `${error.message}; the row was left out`, error.fix, row.get('id'));
      return;
    }
    const collection = kind === 'organization' ? 'organizations' : kind === 'service' ? 'services' : 'events';
    if (this.builder.add(collection, item, (field) => this.at(row.number, this.columnOf(kind, field, row)), { strict: true })) {
      this.addPendingOrganization();
    }
  }

  run(text: string): void {
    let rows: readonly (readonly string[])[];
    try {
      rows = parseCsv(text).rows;
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      this.builder.error({ source: this.source, where: `row ${error.row}, column ${columnLetter(error.column)}` }, error.message);
      return;
    }
    if (!rows.length) {
      this.builder.error({ source: this.source, where: 'row 1, column A' }, 'the file is empty', 'the first row names the columns; see docs/csv-layout.md');
      return;
    }
    const body = rows.slice(1).map((cells, i) => ({ cells, number: i + 2 })).filter((r) => r.cells.some((c) => c.trim()));
    this.header(rows[0]);
    const kinds = new Set(body.map((r) => this.kindOf(r.cells)).filter((k) => k !== undefined));
    if (!this.hasColumnsFor(kinds, rows[0].length)) return;
    // Organisations first, so that services and events on earlier rows can name them.
    const ordered = [...body].sort((a, b) => Number(this.kindOf(b.cells) === 'organization') - Number(this.kindOf(a.cells) === 'organization'));
    const width = rows[0].length;
    for (const { cells, number } of ordered) {
      const extra = cells.findIndex((cell, i) => i >= width && cell.trim() !== '');
      if (extra >= 0) {
        this.builder.error(
          { source: this.source, where: `row ${number}, column ${columnLetter(extra)}` },
          `the row has more cells than the header (${width}); a value probably contains the delimiter without quotes; the row was left out`,
          'put values with commas or semicolons in double quotes, or separate list values with ","',
        );
        continue;
      }
      const kind = this.kindOf(cells);
      if (!kind) {
        const value = cells[this.index.get('kind')!]?.trim() ?? '';
        this.builder.error(this.at(number, 'kind'), `${value ? `"${value}"` : 'an empty cell'} is not a kind of row; the row was left out`, 'write service, event or organization');
        continue;
      }
      this.row(kind, new Row(number, cells, this.index));
    }
  }
}

/** Imports one CSV file into `builder`; bytes are decoded in the encoding they were saved in. */
export function importCsv(input: Uint8Array | string, source: string, builder: FeedBuilder): void {
  let text = typeof input === 'string' ? input : undefined;
  if (text === undefined) {
    const decoded = decodeText(input as Uint8Array);
    text = decoded.text;
    builder.notes.push(`${source} was read as ${decoded.encoding}`);
    if (decoded.encoding === 'Windows-1252' || decoded.encoding.startsWith('UTF-16')) {
      builder.warn({ source, where: 'row 1' }, `the file is not UTF-8; it was read as ${decoded.encoding}`, 'check that letters such as ä, ö and å look right; save as "CSV UTF-8" to be sure');
    }
  }
  new CsvImporter(builder, source).run(text);
}
