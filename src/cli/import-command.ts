/**
 * `import hsds|ptv|csv|ics`: reads the input, converts it, reports every value it did not carry
 * (from the read ledger) and writes the feed. Exit 0 when nothing was left out or changed,
 * 1 when anything was (each named in a warning), 2 when it could not run.
 */
import type { ParseArgsConfig } from 'node:util';
import type { Publisher } from '../feed/types.js';
import { FeedBuilder } from './feed-builder.js';
import { importCsv } from './import-csv.js';
import { importHsds } from './import-hsds.js';
import { importIcs } from './import-ics.js';
import { readIcsInputs } from './ics-input.js';
import { importPtv, type ChosenService } from './import-ptv.js';
import { CannotRun, EXIT, help, parse, readBytes, readDocuments, writeFeed, type Io, type SourceDocument, type Values } from './io.js';
import { ReadLedger } from './ledger.js';
import type { MappingOptions } from './mapping.js';
import { MAPPING_OPTIONS, OUTPUT_OPTIONS, mappingOptions, publisherOption, reportOption, updatedOption } from './options.js';
import { readPtvApi } from './ptv-api.js';
import { countBySeverity, describeCounts, plural, printProblems, problemsJson } from './report.js';

interface Converted {
  readonly inputs: string;
  readonly fallbackPublisher?: Publisher;
  readonly chosen?: readonly ChosenService[];
}

interface Format {
  readonly options: ParseArgsConfig['options'];
  convert(positionals: readonly string[], values: Values, io: Io, builder: FeedBuilder, mapping: MappingOptions, ledger: ReadLedger): Promise<Converted>;
}

const PTV_PUBLISHER: Publisher = {
  name: { fi: 'Suomi.fi-palvelutietovaranto', sv: 'Suomi.fi-servicedatalagret', en: 'Finnish Service Catalogue' },
  url: 'https://palvelutietovaranto.suomi.fi/',
};

async function tracked(positionals: readonly string[], io: Io, ledger: ReadLedger): Promise<SourceDocument[]> {
  if (!positionals.length) throw new CannotRun('give a file or directory to import');
  return (await readDocuments(positionals, io)).map(({ source, data }) => ({ source, data: ledger.track(source, data) }));
}

const FORMATS: Record<string, Format> = {
  hsds: {
    options: { ...MAPPING_OPTIONS, lang: { type: 'string' } },
    async convert(positionals, values, io, builder, mapping, ledger) {
      const lang = values.lang ?? 'fi';
      if (lang !== 'fi' && lang !== 'sv' && lang !== 'en') throw new CannotRun('--lang must be fi, sv or en');
      const table = positionals.find((p) => /\.(csv|tsv|xlsx?)$/i.test(p));
      if (table) throw new CannotRun(`${table} is tabular; import hsds reads the JSON form of HSDS 3.0/3.1 (for a spreadsheet in our layout, use import csv)`);
      const documents = await tracked(positionals, io, ledger);
      const refusal = importHsds(documents, builder, { ...mapping, lang });
      if (refusal) throw new CannotRun(refusal);
      return { inputs: positionals.join(', ') };
    },
  },
  ptv: {
    options: {
      ...MAPPING_OPTIONS,
      'organization-name': { type: 'string' },
      'service-class': { type: 'string' },
      'ontology-term': { type: 'string' },
      'dry-run': { type: 'boolean' },
      api: { type: 'string' },
      organization: { type: 'string' },
    },
    async convert(positionals, values, io, builder, mapping, ledger) {
      let documents: SourceDocument[];
      if (typeof values.api === 'string') {
        if (typeof values.organization !== 'string') throw new CannotRun('--api needs --organization <PTV organisation id>');
        const pages = await readPtvApi(values.api, values.organization, io);
        documents = pages.map(({ source, data }) => ({ source, data: ledger.track(source, data) }));
      } else {
        if (typeof values.organization === 'string') throw new CannotRun('--organization goes with --api <url>');
        documents = await tracked(positionals, io, ledger);
      }
      const organizationName = typeof values['organization-name'] === 'string' ? values['organization-name'] : undefined;
      const chosen = importPtv(documents, builder, { ...mapping, organizationName });
      return { inputs: documents.map((d) => d.source).join(', ') || String(values.api), fallbackPublisher: PTV_PUBLISHER, chosen };
    },
  },
  ics: {
    options: {
      'target-group': { type: 'string' },
      municipality: { type: 'string' },
      region: { type: 'string' },
      'whole-country': { type: 'boolean' },
      organizer: { type: 'string' },
      lang: { type: 'string' },
    },
    async convert(positionals, values, io, builder, mapping) {
      const lang = values.lang ?? 'fi';
      if (lang !== 'fi' && lang !== 'sv' && lang !== 'en') throw new CannotRun('--lang must be fi, sv or en');
      if (!positionals.length) throw new CannotRun('give an .ics file, a directory of them or a calendar\'s address');
      const documents = await readIcsInputs(positionals, io, builder);
      const organizer = typeof values.organizer === 'string' ? values.organizer : undefined;
      importIcs(documents, builder, { lang, organizer, publisher: publisherOption(values), mapping });
      return { inputs: positionals.join(', ') };
    },
  },
  csv: {
    options: {},
    async convert(positionals, _values, io, builder) {
      if (positionals.length !== 1) throw new CannotRun('import csv takes one file');
      importCsv(await readBytes(positionals[0], io), positionals[0], builder);
      return { inputs: positionals[0] };
    },
  },
};

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

/** Every value of the input that nobody read and no warning names, as a warning of its own. */
function reportUnread(ledger: ReadLedger, builder: FeedBuilder): void {
  for (const { at, value } of ledger.unread(builder.leftOut())) {
    const text = JSON.stringify(value);
    builder.leaveOut(at, `the value ${text.length > 60 ? `${text.slice(0, 57)}..."` : text} is not carried into the feed`, 'the feed has no field for it; check whether it matters to the people who read the feed');
  }
}

export async function importCommand(args: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '-h' || name === '--help') return help('import', io);
  const format = Object.hasOwn(FORMATS, name) ? FORMATS[name] : undefined;
  if (!format) throw new CannotRun(`"${name}" is not an import format; use hsds, ptv, csv or ics`);
  const { values, positionals } = parse(rest, { ...OUTPUT_OPTIONS, ...format.options });
  if (values.help) return help(`import ${name}` as 'import hsds' | 'import ptv' | 'import csv' | 'import ics', io);
  const reportAs = reportOption(values);
  const mapping = mappingOptions(values);
  const publisherGiven = publisherOption(values);
  const updated = updatedOption(values, io);
  const builder = new FeedBuilder(io.now?.());
  const ledger = new ReadLedger();
  const { inputs, fallbackPublisher, chosen } = await format.convert(positionals, values, io, builder, mapping, ledger);
  if (values['dry-run']) {
    for (const c of chosen ?? []) io.stdout(`${c.id}\t${c.name}\t${c.reason}\n`);
    io.stderr(`${plural(chosen?.length ?? 0, 'service')} would be imported from ${inputs}; nothing was written (--dry-run).\n`);
    return EXIT.ok;
  }
  const publisher = choosePublisher(publisherGiven, builder, fallbackPublisher, inputs);
  const feed = builder.build(publisher, updated);
  builder.checkReferences(feed);
  reportUnread(ledger, builder);
  const destination = await writeFeed(feed, values, io);
  const { errors, warnings } = countBySeverity(builder.problems);
  const code = errors || warnings ? EXIT.problems : EXIT.ok;
  if (reportAs === 'json') {
    io.stderr(problemsJson(builder.problems, { exitCode: code, input: inputs, output: destination, items: describeCounts(feed), notes: builder.notes }));
  } else {
    printProblems(builder.problems, io.stderr);
    for (const note of builder.notes) io.stderr(`${note}.\n`);
    io.stderr(`Imported ${describeCounts(feed)} from ${inputs} to ${destination}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.\n`);
  }
  return code;
}
