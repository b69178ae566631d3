/**
 * A spreadsheet (CSV) into our feed: one row per organisation, service, channel or event, one
 * column per field and language, as docs/csv-layout.md describes. Every problem names its
 * spreadsheet row and column ("row 7, column F (channels)"); a row with an error is left out.
 */
import type { Channel, LocalizedKeywords, Service, ServiceChannel } from '../feed/types.js';
import { csvChannel, channelColumn } from './csv-channel.js';
import { csvEvent, csvTargetGroups } from './csv-event.js';
import { ALIASES, AREA_COLUMNS, COLUMNS, CellError, KINDS, LANGS, REQUIRED, Row, cellCount, columnOf, rowAddress, rowArea, rowHours, splitList, type Column, type Kind } from './csv-row.js';
import { CsvSyntaxError, columnLetter, parseCsv } from './csv.js';
import { decodeText } from './encoding.js';
import { FeedBuilder, slugId, type At, type Draft } from './feed-builder.js';
import { toChannel, toServiceType } from './vocabulary.js';

export { parseHours, parseLocalDateTime } from './csv-row.js';

type Json = Record<string, unknown>;

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

  common(row: Row, kind: Kind): Json {
    const item: Json = { id: this.id(row, kind) };
    const name = row.text('name');
    if (name) item.name = name;
    const description = row.text('description');
    if (description) item.description = description;
    for (const column of ['url', 'email', 'phone'] as const) if (row.get(column)) item[column] = row.get(column);
    const area = rowArea(row);
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

  service(row: Row): Json {
    const item = this.common(row, 'service');
    const service = item as unknown as Draft<Service>;
    const organization = this.resolveOrganization(row);
    if (organization) service.organization = organization;
    const types = row.list('types', toServiceType, 'a service type', 'use counselling, peer-support, mediation, child-custody-officer, family-work, crisis, shelter, chat, supervised-meetings, therapy, legal-aid or information, separated by commas');
    if (types) service.types = types;
    const targetGroups = csvTargetGroups(row);
    if (targetGroups) service.targetGroups = targetGroups;
    const channels = row.list<Channel>('channels', toChannel, 'a channel', 'use on-site, phone, video, chat or web, separated by commas');
    if (channels) service.channels = channels;
    const languages = row.list('languages', (v) => v.toLowerCase(), 'a language', '');
    if (languages) service.languages = languages;
    const hours = rowHours(row);
    if (hours) service.hours = hours;
    const instructions = row.text('instructions');
    if (instructions) service.instructions = instructions;
    const note = row.text('hours_note');
    if (note) service.hoursNote = note;
    const free = row.yesNo('free');
    if (free !== undefined) service.free = free;
    const fees = row.text('fees');
    if (fees) service.fees = fees;
    if (row.get('chat_url')) service.chatUrl = row.get('chat_url');
    if (row.get('video_url')) service.videoUrl = row.get('video_url');
    const address = rowAddress(row);
    if (address) service.address = address;
    const keywords: LocalizedKeywords = {};
    for (const lang of LANGS) {
      const words = row.get(`keywords_${lang}`);
      if (words) keywords[lang] = splitList(words);
    }
    if (Object.keys(keywords).length) service.keywords = keywords;
    return item;
  }

  /** Channel rows by the service id their "service" cell names. */
  private readonly channelRows = new Map<string, { channel: Draft<ServiceChannel>; row: Row }[]>();

  /** A channel row, kept until its service row is imported. */
  channelRow(row: Row): void {
    try {
      const channel = csvChannel(row, rowAddress(row));
      const service = row.get('service')!;
      this.channelRows.set(service, [...(this.channelRows.get(service) ?? []), { channel, row }]);
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      this.builder.error(this.at(row.number, error.column), `${error.message}; the row was left out`, error.fix, row.get('id'));
      this.builder.markLeftOut(this.at(row.number));
    }
  }

  row(kind: Kind, row: Row): void {
    let item: Json;
    this.pendingOrganization = undefined;
    const channels = kind === 'service' ? (this.channelRows.get(row.get('id') ?? '') ?? []) : [];
    try {
      item = kind === 'organization' ? this.organization(row) : kind === 'service' ? this.service(row) : csvEvent(row, this.common(row, 'event'), this.resolveOrganization(row), rowAddress(row));
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      this.builder.error(this.at(row.number, error.column), `${error.message}; the row was left out`, error.fix, row.get('id'));
      this.builder.markLeftOut(this.at(row.number));
      return;
    }
    if (channels.length) {
      (item as Draft<Service>).serviceChannels = channels.map((c) => c.channel);
      this.channelRows.delete(row.get('id')!);
    }
    // A problem in a channel names the channel's row and column.
    const locate = (field?: string): At => {
      const channel = /^serviceChannels\[(\d+)\]\.?(.*)$/.exec(field ?? '');
      if (!channel) return this.at(row.number, columnOf(kind, field, row, this.index));
      return this.at(channels[Number(channel[1])].row.number, channelColumn(channel[2]));
    };
    const collection = kind === 'organization' ? 'organizations' : kind === 'service' ? 'services' : 'events';
    if (this.builder.add(collection, item, locate, { strict: true })) this.addPendingOrganization();
  }

  /** Channel rows whose service no row gives. */
  reportOrphanChannels(): void {
    for (const [service, rows] of this.channelRows) {
      for (const { row } of rows) {
        this.builder.error(this.at(row.number, 'service'), `no service row has the id "${service}"; the channel row was left out`, 'write the id of a service row of this file in the service column');
        this.builder.markLeftOut(this.at(row.number));
      }
    }
  }

  private separator = ',';

  run(text: string): void {
    let rows: readonly (readonly string[])[];
    try {
      const table = parseCsv(text);
      rows = table.rows;
      this.separator = table.delimiter;
      this.builder.notes.push(`${this.source} is separated by ${({ ',': 'commas', ';': 'semicolons', '\t': 'tabs' } as const)[table.delimiter]}`);
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
    if (!body.length) {
      this.builder.warn({ source: this.source, where: 'row 2' }, 'the file has only the header row, so the feed has no items', 'add a row for each organisation, service, channel or event');
      return;
    }
    const kinds = new Set(body.map((r) => this.kindOf(r.cells)).filter((k) => k !== undefined));
    if (!this.hasColumnsFor(kinds, rows[0].length)) return;
    // Organisations first, so that rows above them can name them; channels before their services.
    const rank = (cells: readonly string[]): number => ({ organization: 0, channel: 1 } as Record<string, number>)[this.kindOf(cells) ?? ''] ?? 2;
    const ordered = [...body].sort((a, b) => rank(a.cells) - rank(b.cells));
    const width = rows[0].length;
    for (const { cells, number } of ordered) {
      const count = cellCount(cells, width, this.separator);
      if (count) {
        const where = { source: this.source, where: `row ${number}, column ${columnLetter(count.column)}` };
        const message = `the row has ${cells.length} cells but the header ${width}: ${count.cause}`;
        if (count.tooMany) {
          this.builder.error(where, `${message}; the row was left out`, 'put values with the separator in double quotes, or separate list values with ","');
          this.builder.markLeftOut(this.at(number));
          continue;
        }
        this.builder.warn(where, `${message}; the missing cells were read as empty`, 'check the row in a spreadsheet program');
      }
      const kind = this.kindOf(cells);
      if (!kind) {
        const value = cells[this.index.get('kind')!]?.trim() ?? '';
        this.builder.error(this.at(number, 'kind'), `${value ? `"${value}"` : 'an empty cell'} is not a kind of row; the row was left out`, 'write service, channel, event or organization');
        this.builder.markLeftOut(this.at(number));
        continue;
      }
      const row = new Row(number, cells, this.index);
      row.used.add('kind');
      if (kind === 'channel') this.channelRow(row);
      else this.row(kind, row);
      for (const cell of row.unused()) {
        this.builder.leaveOut(this.at(number, cell.column), `a ${kind} row has no use for "${cell.value}"; ignored`, `leave the cell empty on ${kind} rows (see docs/csv-layout.md)`, row.get('id'));
      }
    }
    this.reportOrphanChannels();
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
