/**
 * The `eroauttaminen-widgets` command line: argument parsing, help, reading and writing files,
 * and exit codes (0 fine, 1 problems found, 2 could not run: bad usage or unreadable input).
 * `run` has no process-wide side effects, so tests can call it directly.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { COLLECTIONS } from '../feed/schema.js';
import type { Area, Feed, Publisher } from '../feed/types.js';
import { FeedError } from '../feed/parse.js';
import { FeedBuilder, helsinkiTimestamp } from './feed-builder.js';
import { HELP } from './help.js';
import { importCsv } from './import-csv.js';
import { importHsds } from './import-hsds.js';
import { importPtv } from './import-ptv.js';
import type { MappingOptions } from './mapping.js';
import { mergeFeeds } from './merge.js';
import { migrateFeed, TARGET_VERSION } from './migrate.js';
import { countBySeverity, formatProblem, plural, type Problem } from './report.js';
import { validateFeeds } from './validate.js';
import { findMunicipality, findRegion, toChannel, toServiceType, toTargetGroup } from './vocabulary.js';
import { VERSION } from '../version.js';

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<string>;
  /** The time the command runs at; tests fix it. */
  readonly now?: () => Date;
}

export const EXIT = { ok: 0, problems: 1, cannotRun: 2 } as const;

/** Bad usage or unreadable input: the command stops with exit code 2. */
class CannotRun extends Error {}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

async function readText(file: string, io: Io): Promise<string> {
  if (file === '-') return io.readStdin();
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    throw new CannotRun(`cannot read ${file}: ${reason}`);
  }
}

async function readJson(file: string, io: Io): Promise<unknown> {
  const text = await readText(file, io);
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new CannotRun(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** The JSON files named: files as given, directories searched (recursively) for *.json. */
async function jsonFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let isDirectory = false;
    try {
      isDirectory = path !== '-' && (await stat(path)).isDirectory();
    } catch {
      throw new CannotRun(`cannot read ${path}: no such file or directory`);
    }
    if (!isDirectory) {
      files.push(path);
      continue;
    }
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    const found = entries
      .filter((e) => e.isFile() && e.name.endsWith('.json'))
      .map((e) => join(e.parentPath, e.name))
      .sort();
    if (!found.length) throw new CannotRun(`${path} has no .json files`);
    files.push(...found);
  }
  return files;
}

/** Every JSON file named or found in the directories named, parsed. */
async function readDocuments(paths: readonly string[], io: Io): Promise<{ source: string; data: unknown }[]> {
  const documents = [];
  for (const file of await jsonFiles(paths)) documents.push({ source: file, data: await readJson(file, io) });
  return documents;
}

function parse(args: readonly string[], options: ParseArgsConfig['options']): ReturnType<typeof parseArgs> {
  try {
    return parseArgs({ args: [...args], options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CannotRun((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}

function listOption<T>(value: unknown, read: (v: string) => T | undefined, flag: string, allowed: string): T[] | undefined {
  if (typeof value !== 'string') return undefined;
  return value.split(',').map((part) => {
    const result = read(part.trim());
    if (result === undefined) throw new CannotRun(`--${flag}: "${part.trim()}" is not one of ${allowed}`);
    return result;
  });
}

const OUTPUT_OPTIONS = {
  output: { type: 'string', short: 'o' },
  publisher: { type: 'string' },
  'publisher-url': { type: 'string' },
  updated: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

const MAPPING_OPTIONS = {
  type: { type: 'string' },
  'target-group': { type: 'string' },
  channel: { type: 'string' },
  municipality: { type: 'string' },
  region: { type: 'string' },
  'whole-country': { type: 'boolean' },
  match: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

function mappingOptions(values: Values): MappingOptions {
  const area: Area = {};
  const municipalities = listOption(values.municipality, (v) => findMunicipality(v)?.code, 'municipality', 'the Finnish municipality names or 3-digit codes');
  const regions = listOption(values.region, (v) => findRegion(v)?.code, 'region', 'the Finnish region names or 2-digit codes');
  if (values['whole-country']) area.wholeCountry = true;
  if (regions) area.regions = regions;
  if (municipalities) area.municipalities = municipalities;
  let match: RegExp | undefined;
  if (typeof values.match === 'string') {
    try {
      match = new RegExp(values.match, 'iu');
    } catch (error) {
      throw new CannotRun(`--match: ${(error as Error).message}`);
    }
  }
  return {
    types: listOption(values.type, toServiceType, 'type', 'counselling, peer-support, mediation, child-custody-officer, family-work, crisis, shelter, chat, supervised-meetings, therapy, legal-aid, information'),
    targetGroups: listOption(values['target-group'], toTargetGroup, 'target-group', 'child, parent, close-ones, professional'),
    channels: listOption(values.channel, toChannel, 'channel', 'on-site, phone, video, chat, web'),
    area: Object.keys(area).length ? area : undefined,
    match,
  };
}

function publisherOption(values: Values): Publisher | undefined {
  if (typeof values['publisher-url'] === 'string' && !/^https?:\/\/\S+$/.test(values['publisher-url'])) {
    throw new CannotRun('--publisher-url must be an http(s) address');
  }
  if (typeof values.publisher !== 'string') return undefined;
  const publisher: Publisher = { name: { fi: values.publisher } };
  if (typeof values['publisher-url'] === 'string') publisher.url = values['publisher-url'];
  return publisher;
}

function updatedOption(values: Values, io: Io): string {
  if (typeof values.updated === 'string') {
    if (!DATE_TIME.test(values.updated)) throw new CannotRun('--updated must be a date and time with its offset, e.g. 2026-11-20T12:00:00+02:00');
    return values.updated;
  }
  return helsinkiTimestamp(io.now?.() ?? new Date());
}

const ITEM_WORDS = { organizations: 'organization', services: 'service', projects: 'project', contacts: 'contact', events: 'event' } as const;

function describeCounts(feed: Feed): string {
  const parts = COLLECTIONS.filter((c) => feed[c]?.length).map((c) => plural(feed[c]!.length, ITEM_WORDS[c]));
  return parts.length ? parts.join(', ') : 'no items';
}

async function writeFeed(feed: Feed, values: Values, io: Io): Promise<string> {
  const text = `${JSON.stringify(feed, null, 2)}\n`;
  if (typeof values.output === 'string' && values.output !== '-') {
    await writeFile(values.output, text, 'utf8');
    return values.output;
  }
  io.stdout(text);
  return 'standard output';
}

function report(problems: readonly Problem[], print: (text: string) => void, quiet = false): void {
  for (const problem of problems) if (!quiet || problem.severity === 'error') print(formatProblem(problem));
}

async function validateCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' } });
  if (values.help) return help('validate', io);
  if (!positionals.length) throw new CannotRun('validate needs at least one feed file');
  const sources = [];
  for (const file of positionals) sources.push({ source: file, raw: await readJson(file, io) });
  const { problems, parsed } = validateFeeds(sources, { now: io.now?.() });
  const { errors, warnings } = countBySeverity(problems);
  if (values.json) {
    const shown = values.quiet ? problems.filter((p) => p.severity === 'error') : problems;
    io.stdout(`${JSON.stringify({ valid: errors === 0, errors, warnings, problems: shown }, null, 2)}\n`);
  } else {
    report(problems, (text) => io.stdout(`${text}\n`), Boolean(values.quiet));
    for (const { source, feed } of parsed) {
      const own = countBySeverity(problems.filter((p) => p.source === source));
      const verdict = own.errors ? `invalid, ${plural(own.errors, 'error')}` : 'valid';
      io.stdout(`${source}: ${verdict} (${describeCounts(feed)}${own.warnings ? `; ${plural(own.warnings, 'warning')}` : ''})\n`);
    }
    if (sources.length > 1 || parsed.length < sources.length) io.stdout(`${plural(sources.length, 'file')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`);
  }
  return errors ? EXIT.problems : EXIT.ok;
}

/** The publisher of an imported feed: --publisher, else one taken from the data (with a warning). */
function choosePublisher(given: Publisher | undefined, builder: FeedBuilder, fallback: Publisher | undefined, source: string): Publisher {
  if (given) return given;
  const organizations = builder.list('organizations');
  const first = organizations[0] as { name?: Publisher['name']; url?: string } | undefined;
  const publisher = organizations.length === 1 && first?.name ? { name: first.name, ...(first.url && { url: first.url }) } : (fallback ?? (first?.name ? { name: first.name } : undefined));
  if (!publisher) {
    builder.error({ source, where: '' }, 'the feed needs a publisher and the input names no organisation', 'pass --publisher "Name of your organisation"');
    return { name: { fi: '?' } };
  }
  builder.warn({ source, where: '' }, `the publisher is "${publisher.name.fi}"`, 'name yourself as the publisher with --publisher "…" (and --publisher-url)');
  return publisher;
}

const PTV_PUBLISHER: Publisher = {
  name: { fi: 'Suomi.fi-palvelutietovaranto', sv: 'Suomi.fi-servicedatalagret', en: 'Finnish Service Catalogue' },
  url: 'https://palvelutietovaranto.suomi.fi/',
};

async function importCommand(args: readonly string[], io: Io): Promise<number> {
  const [format, ...rest] = args;
  if (format === undefined || format === '-h' || format === '--help') return help('import', io);
  const extra: ParseArgsConfig['options'] =
    format === 'hsds' ? { ...MAPPING_OPTIONS, lang: { type: 'string' } } : format === 'ptv' ? { ...MAPPING_OPTIONS, 'organization-name': { type: 'string' } } : {};
  if (!['hsds', 'ptv', 'csv'].includes(format)) throw new CannotRun(`"${format}" is not an import format; use hsds, ptv or csv`);
  const { values, positionals } = parse(rest, { ...OUTPUT_OPTIONS, ...extra });
  if (values.help) return help(`import ${format}` as 'import hsds' | 'import ptv' | 'import csv', io);
  if (!positionals.length) throw new CannotRun(`import ${format} needs ${format === 'hsds' ? 'a file or directory' : 'a file'}`);
  const mapping = mappingOptions(values);
  const publisherGiven = publisherOption(values);
  const updated = updatedOption(values, io);
  const builder = new FeedBuilder(io.now?.());
  const inputs = positionals.join(', ');
  let fallbackPublisher: Publisher | undefined;

  if (format === 'hsds') {
    const lang = values.lang ?? 'fi';
    if (lang !== 'fi' && lang !== 'sv' && lang !== 'en') throw new CannotRun('--lang must be fi, sv or en');
    importHsds(await readDocuments(positionals, io), builder, { ...mapping, lang });
  } else if (format === 'ptv') {
    const documents = await readDocuments(positionals, io);
    const organizationName = typeof values['organization-name'] === 'string' ? values['organization-name'] : undefined;
    importPtv(documents, builder, { ...mapping, organizationName });
    fallbackPublisher = PTV_PUBLISHER;
  } else {
    if (positionals.length > 1) throw new CannotRun('import csv takes one file');
    const text = await readText(positionals[0], io);
    importCsv(text, positionals[0], builder);
  }

  const publisher = choosePublisher(publisherGiven, builder, fallbackPublisher, inputs);
  const feed = builder.build(publisher, updated);
  builder.checkReferences(feed);
  report(builder.problems, (text) => io.stderr(`${text}\n`));
  const destination = await writeFeed(feed, values, io);
  const { errors, warnings } = countBySeverity(builder.problems);
  io.stderr(`Imported ${describeCounts(feed)} from ${inputs} to ${destination}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.\n`);
  return errors ? EXIT.problems : EXIT.ok;
}

async function mergeCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    output: { type: 'string', short: 'o' },
    strict: { type: 'boolean' },
    publisher: { type: 'string' },
    'publisher-url': { type: 'string' },
  });
  if (values.help) return help('merge', io);
  if (positionals.length < 2) throw new CannotRun('merge needs two or more feed files');
  const sources = [];
  for (const file of positionals) sources.push({ source: file, raw: await readJson(file, io) });
  const { feed, problems, conflicts } = mergeFeeds(sources, { publisher: publisherOption(values), strict: Boolean(values.strict) });
  report(problems, (text) => io.stderr(`${text}\n`));
  if (!feed) {
    io.stderr('No input could be read as a feed; nothing was written.\n');
    return EXIT.problems;
  }
  const destination = await writeFeed(feed, values, io);
  io.stderr(`Merged ${plural(sources.length, 'feed')} (${describeCounts(feed)}) to ${destination}: ${plural(conflicts, 'conflict')}.\n`);
  const unusable = problems.some((p) => p.severity === 'error' && (p.where === '$' || p.where === '$.version'));
  return unusable || (values.strict && conflicts) ? EXIT.problems : EXIT.ok;
}

async function migrateCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { output: { type: 'string', short: 'o' } });
  if (values.help) return help('migrate', io);
  if (positionals.length !== 1) throw new CannotRun('migrate takes one feed file');
  const [file] = positionals;
  const raw = await readJson(file, io);
  let result: ReturnType<typeof migrateFeed>;
  try {
    result = migrateFeed(raw, file);
  } catch (error) {
    if (error instanceof FeedError) throw new CannotRun(`${file}: ${error.message}`);
    throw error;
  }
  report(result.problems, (text) => io.stderr(`${text}\n`));
  const destination = await writeFeed(result.feed as unknown as Feed, values, io);
  io.stderr(result.changed ? `Migrated ${file} to feed ${TARGET_VERSION} in ${destination}.\n` : `${file} needed no changes; it is in ${destination} as it was.\n`);
  return result.changed || result.problems.length ? EXIT.problems : EXIT.ok;
}

function help(topic: keyof typeof HELP, io: Io): number {
  io.stdout(HELP[topic]);
  return EXIT.ok;
}

/** Runs one command line (without "node" and the script) and returns the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        return help('main', io);
      case '-v':
      case '--version':
        io.stdout(`${VERSION}\n`);
        return EXIT.ok;
      case 'validate':
        return await validateCommand(rest, io);
      case 'import':
        return await importCommand(rest, io);
      case 'merge':
        return await mergeCommand(rest, io);
      case 'migrate':
        return await migrateCommand(rest, io);
      default:
        throw new CannotRun(`"${command}" is not a command`);
    }
  } catch (error) {
    if (!(error instanceof CannotRun)) throw error;
    const known = ['validate', 'import', 'merge', 'migrate'].includes(command ?? '') ? `${command} ` : '';
    io.stderr(`eroauttaminen-widgets: ${error.message}\nRun "eroauttaminen-widgets ${known}--help" for usage.\n`);
    return EXIT.cannotRun;
  }
}
