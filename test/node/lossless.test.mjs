// "Nothing vanishes unless a warning names it": each importer runs, as a publisher runs it, on
// public records (PTV v11, HSDS 3.0 and 3.1) and on multi-channel records written in the real
// PTV shape; every value of the input must arrive in the feed or lie where a warning says
// something was left out. The exit code follows the README: 1 when anything was.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { buildCli } from '../../scripts/build-cli.mjs';
import { unaccounted } from './lossless-check.mjs';
import { loadSrc } from './load-src.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
let dir;
let cliPath;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ero-lossless-'));
  cliPath = await buildCli(join(dir, 'cli.js'));
});
after(() => rm(dir, { recursive: true, force: true }));

function cli(args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [cliPath, ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }));
  });
}

/** The input files as the CLI names them (the path given, joined with each file's name). */
async function jsonInputs(path) {
  const files = path.endsWith('.json') ? [path] : (await readdir(join(root, path))).filter((f) => f.endsWith('.json')).sort().map((f) => join(path, f));
  return Promise.all(files.map(async (file) => ({ source: file, data: JSON.parse(await readFile(join(root, file), 'utf8')) })));
}

async function importAndCheck(format, path, fields, extra = []) {
  const out = join(dir, `${format}-${path.replace(/\W+/g, '-')}.json`);
  const { code, stderr } = await cli(['import', format, path, '--report', 'json', '-o', out, '--updated', '2026-11-23T10:00:00+02:00', ...extra]);
  const report = JSON.parse(stderr);
  const feed = JSON.parse(await readFile(out, 'utf8'));
  return { code, report, feed, missing: unaccounted(await jsonInputs(path), feed, report.problems, fields) };
}

/**
 * Fields whose values the feed holds in another form. Names of areas are carried by their codes
 * (the widgets show the name of a code), and so are the municipalities a region lists.
 */
const PTV_FIELDS = {
  pageNumber: 'vocabulary', pageSize: 'vocabulary', pageCount: 'vocabulary',
  language: 'vocabulary', type: 'vocabulary', serviceChannelType: 'vocabulary', serviceHourType: 'vocabulary', dayFrom: 'vocabulary', dayTo: 'vocabulary',
  areaType: 'vocabulary', roleType: 'vocabulary', publishingStatus: 'vocabulary', serviceChargeType: 'vocabulary', coordinateState: 'vocabulary',
  subType: 'vocabulary', organizationType: 'vocabulary', prefixNumber: 'vocabulary', signatureQuantity: 'vocabulary',
  carriedByCode: [/\.areas\[\d+\]\.name\[\d+\]\.value$/, /\.municipalit(y|ies\[\d+\])\.name\[\d+\]\.value$/, /\.areas\[\d+\]\.municipalities\[\d+\]\.code$/],
  from: 'time', to: 'time', validFrom: 'date', validTo: 'date', code: 'code', number: 'phone', latitude: 'coordinate', longitude: 'coordinate',
};

describe('every PTV value arrives in the feed or is named in a warning', () => {
  for (const path of ['test/fixtures/ptv/jyvaskyla', 'test/fixtures/ptv/etela-savo', 'test/fixtures/ptv/v8', '../shared/fixtures/ptv-v11']) {
    it(path, async () => {
      const { code, missing, feed } = await importAndCheck('ptv', path, PTV_FIELDS, ['--channel', 'web', '--organization-name', 'Testikunta', '--municipality', '091']);
      assert.deepEqual(missing, []);
      assert.ok(feed.services.length > 0);
      assert.equal(code, 1, 'something was left out or guessed, so the exit code is 1');
    });
  }
});

/** Free-text service areas that name Finnish places become municipality and region codes. */
const HSDS_FIELDS = {
  carriedByCode: [/\.service_areas\[\d+\]\.(name|description)$/],
  total_items: 'vocabulary', total_pages: 'vocabulary', page_number: 'vocabulary', size: 'vocabulary', first_page: 'vocabulary', last_page: 'vocabulary', empty: 'vocabulary',
  status: 'vocabulary', location_type: 'vocabulary', address_type: 'vocabulary', type: 'vocabulary', freq: 'vocabulary', byday: 'vocabulary', code: 'vocabulary',
  opens_at: 'time', closes_at: 'time', valid_from: 'date', valid_to: 'date', dtstart: 'date', until: 'date', number: 'phone',
};

describe('every HSDS value arrives in the feed or is named in a warning', () => {
  for (const path of ['../shared/fixtures/hsds-3.1', '../shared/fixtures/hsds-3.0', 'test/fixtures/hsds/fi-3.1']) {
    it(path, async () => {
      const { code, missing, feed } = await importAndCheck('hsds', path, HSDS_FIELDS, ['--municipality', 'Mikkeli']);
      assert.deepEqual(missing, []);
      assert.ok(feed.services.length > 0);
      assert.equal(code, 1);
    });
  }

  it('refuses a tabular HSDS package with exit 2', async () => {
    const { code, stderr } = await cli(['import', 'hsds', 'services.csv']);
    assert.equal(code, 2);
    assert.match(stderr, /services\.csv is tabular/);
  });
});

/** Columns whose words become the feed's codes, or whose dates and times are rewritten. */
const CSV_TRANSFORMED = new Set(['kind', 'types', 'target_groups', 'channels', 'channel_type', 'municipalities', 'regions', 'whole_country', 'free', 'example', 'hours', 'start', 'end', 'exdates', 'registration_deadline', 'event_kind', 'attendance', 'organization', 'service', 'organization_kind']);

describe('every spreadsheet cell arrives in the feed or is named in a warning', () => {
  for (const path of ['docs/examples/services.csv', 'test/fixtures/csv/channels.csv']) {
    it(path, async () => {
      const { parseCsv, columnLetter } = await loadSrc('src/cli/csv.ts');
      const out = join(dir, `csv-${path.replace(/\W+/g, '-')}.json`);
      const { code, stderr } = await cli(['import', 'csv', path, '--report', 'json', '-o', out, '--publisher', 'Testi', '--updated', '2026-11-23T10:00:00+02:00']);
      const report = JSON.parse(stderr);
      const feed = JSON.parse(await readFile(out, 'utf8'));
      const { rows } = parseCsv((await readFile(join(root, path), 'utf8')).replace(/^\uFEFF/, ''));
      const header = rows[0].map((h) => h.trim().toLowerCase());
      const rowPath = (where) => where.replace(/ \(.*$/, '').replace(/^row (\d+)(?:, column ([A-Z]+))?$/, (_, r, c) => (c ? `$.r${r}.${c}` : `$.r${r}`));
      const data = {};
      rows.slice(1).forEach((cells, r) => cells.forEach((value, c) => {
        if (CSV_TRANSFORMED.has(header[c]) || !value.trim()) return;
        // List cells ("fi, sv", keywords) arrive as lists: each part on its own.
        const parts = /^(languages|keywords_\w+|email|phone)$/.test(header[c]) ? value.split(/[;,]/) : [value];
        ((data[`r${r + 2}`] ??= {})[columnLetter(c)] = parts.map((p) => p.trim()).filter(Boolean));
      }));
      const missing = unaccounted([{ source: path, data }], feed, report.problems.map((p) => ({ ...p, where: rowPath(p.where) })), {});
      assert.deepEqual(missing, []);
      assert.equal(code, report.warnings || report.errors ? 1 : 0);
    });
  }
});
