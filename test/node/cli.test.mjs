// The command line end to end: dist/cli.js is built into a temporary directory by the same
// script as `npm run build` and run with Node, as a publisher would run it.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { buildCli } from '../../scripts/build-cli.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (path) => join(root, 'test/fixtures', path);
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
let dir;
let cliPath;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ero-cli-'));
  cliPath = await buildCli(join(dir, 'cli.js'));
});
after(() => rm(dir, { recursive: true, force: true }));

/** Runs the CLI; resolves with its exit code and output (never rejects on a non-zero exit). */
function cli(args, input) {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [cliPath, ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
    child.stdin.end(input ?? '');
  });
}

async function writeJson(name, value) {
  const path = join(dir, name);
  await writeFile(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

describe('eroauttaminen-widgets (dist/cli.js)', () => {
  it('starts with the shebang so that npx can run it', async () => {
    assert.match(await readFile(cliPath, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  for (const args of [['--help'], ['validate', '--help'], ['import', '--help'], ['import', 'hsds', '--help'], ['import', 'ptv', '--help'], ['import', 'csv', '--help'], ['import', 'ics', '--help'], ['export', '--help'], ['export', 'ics', '--help'], ['merge', '--help']]) {
    it(`prints help for ${args.join(' ')} and exits 0`, async () => {
      const { code, stdout } = await cli(args);
      assert.equal(code, 0);
      const command = args.slice(0, -1).join(' ');
      assert.match(stdout, new RegExp(`^Usage: eroauttaminen-widgets ${command}`));
    });
  }

  it('prints the package version', async () => {
    assert.deepEqual(await cli(['--version']), { code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('exits 2 with a hint on an unknown command or option', async () => {
    const command = await cli(['publish']);
    assert.equal(command.code, 2);
    assert.match(command.stderr, /"publish" is not a command\nRun "eroauttaminen-widgets --help"/);
    const option = await cli(['validate', '--strict', 'x.json']);
    assert.equal(option.code, 2);
    assert.match(option.stderr, /Unknown option '--strict'[\s\S]*eroauttaminen-widgets validate --help/);
    const value = await cli(['import', 'hsds', fixture('hsds'), '--type', 'fax']);
    assert.equal(value.code, 2);
    assert.match(value.stderr, /--type: "fax" is not one of/);
  });
});

describe('validate', () => {
  it('exits 0 for a valid feed and says what it holds', async () => {
    const { code, stdout } = await cli(['validate', fixture('cli/feed-essote.json')]);
    assert.equal(code, 0);
    assert.match(stdout, /feed-essote\.json: valid \(1 organization, 1 service, 1 project, 1 contact, 1 event\)/);
  });

  it('accepts the bundled sample feed without a warning', async () => {
    const { code, stdout } = await cli(['validate', 'demo/feeds/sample.json']);
    assert.equal(code, 0);
    assert.match(stdout, /^demo\/feeds\/sample\.json: valid \(\d+ organizations, \d+ services, \d+ projects, \d+ contacts, \d+ events\)\n$/);
  });

  it('exits 1 for an invalid feed and prints each error with its path, id and fix', async () => {
    const feed = JSON.parse(await readFile(fixture('cli/feed-essote.json'), 'utf8'));
    feed.services[0].area.municipalities = ['999'];
    const { code, stdout } = await cli(['validate', await writeJson('bad.json', feed)]);
    assert.equal(code, 1);
    assert.match(stdout, /bad\.json: error: \$\.services\[0\]\.area\.municipalities\[0\] \(id "essote-perheneuvola"\): "999" is not a Finnish municipality code\.\n {2}Fix: use the 3-digit code from Statistics Finland, e\.g\. "491" for Mikkeli/);
    assert.match(stdout, /bad\.json: invalid, 1 error/);
  });

  it('exits 2 for a file that is missing or not JSON', async () => {
    const missing = await cli(['validate', join(dir, 'nope.json')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read .*nope\.json: no such file/);
    const notJson = await cli(['validate', await writeJson('not.json', '{"version": "1.0",')]);
    assert.equal(notJson.code, 2);
    assert.match(notJson.stderr, /not\.json:1:19: not valid JSON/);
  });

  it('checks references across several files and reads standard input', async () => {
    const alone = await cli(['validate', fixture('cli/feed-viola.json')]);
    assert.equal(alone.code, 1);
    assert.match(alone.stdout, /\$\.events\[0\]\.organizer \(id "viola-info"\): refers to "essote-alue"/);
    const piped = await cli(['validate', '-'], await readFile(fixture('cli/feed-essote.json'), 'utf8'));
    assert.equal(piped.code, 0);
  });

  it('prints JSON with --json', async () => {
    const { code, stdout } = await cli(['validate', '--json', fixture('cli/feed-viola.json')]);
    assert.equal(code, 1);
    const result = JSON.parse(stdout);
    assert.equal(result.valid, false);
    assert.equal(result.errors, 1);
    assert.equal(result.problems[0].where, '$.events[0].organizer');
  });
});

describe('import', () => {
  it('imports the HSDS examples into a file that validate accepts', async () => {
    const out = join(dir, 'hsds.json');
    const examples = ['service_full', 'service_list', 'organization_full', 'organization_list', 'service_at_location_full'].map((f) => fixture(`hsds/${f}.json`));
    const imported = await cli(['import', 'hsds', ...examples, '--municipality', 'Mikkeli', '--publisher', 'Testi ry', '-o', out]);
    assert.equal(imported.code, 1, 'values were changed or left out, each with a warning');
    assert.equal(imported.stdout, '');
    assert.match(imported.stderr, /warning: .*numeric UTC offset 3/);
    assert.match(imported.stderr, /Imported 1 organization, 1 service, 1 contact from .* to .*hsds\.json: 0 errors/);
    const text = await readFile(out, 'utf8');
    assert.match(text, /^\{\n {2}"version": "1\.1",\n/);
    assert.equal(JSON.parse(text).publisher.name.fi, 'Testi ry');
    assert.equal((await cli(['validate', out])).code, 0);
  });

  it('exits 1 but still writes the good items when items are left out', async () => {
    const { code, stdout, stderr } = await cli(['import', 'hsds', fixture('hsds/fi-3.1'), fixture('hsds/service_full.json')]);
    assert.equal(code, 1);
    assert.match(stderr, /area: is required; the service was left out/);
    assert.equal(JSON.parse(stdout).services.length, 2);
  });

  it('imports PTV services and channels into a feed that validate accepts', async () => {
    const out = join(dir, 'ptv.json');
    const { code, stderr } = await cli(['import', 'ptv', fixture('ptv/etela-savo'), '--channel', 'on-site', '-o', out]);
    assert.equal(code, 1, stderr);
    const feed = JSON.parse(await readFile(out, 'utf8'));
    assert.equal(feed.services.length, 4);
    assert.equal((await cli(['validate', out])).code, 0);
  });

  it('imports the example spreadsheet to standard output, says its encoding and exits 0 as nothing was left out', async () => {
    const { code, stdout, stderr } = await cli(['import', 'csv', join(root, 'docs/examples/services.csv'), '--publisher', 'Viola ry', '--updated', '2026-11-23T10:00:00+02:00']);
    assert.equal(code, 0, stderr);
    assert.match(stderr, /services\.csv was read as UTF-8 with BOM/);
    const feed = JSON.parse(stdout);
    assert.equal(feed.updated, '2026-11-23T10:00:00+02:00');
    assert.equal(feed.services.length, 3);
  });

  it('exits 1 with the row and column of a bad cell', async () => {
    const csv = await writeJson('bad.csv', 'kind;id;name_fi;organization;types;target_groups;channels;municipalities\nservice;x;Palvelu;Essote;counselling;parent;fax;Mikkeli\n');
    const { code, stderr } = await cli(['import', 'csv', csv, '--publisher', 'Essote']);
    assert.equal(code, 1);
    assert.match(stderr, /bad\.csv: error: row 2, column G \(channels\) \(id "x"\): "fax" is not a channel; the row was left out\.\n {2}Fix: /);
    assert.match(stderr, /Imported no items/, 'the organisation named by the row that was left out is not added');
  });

  it('exits 2 and writes nothing when the input cannot be read', async () => {
    const out = join(dir, 'never.json');
    const { code } = await cli(['import', 'ptv', join(dir, 'missing.json'), '-o', out]);
    assert.equal(code, 2);
    await assert.rejects(readFile(out));
  });
});

describe('import: reporting', () => {
  it('writes the problems as one JSON document with --report json', async () => {
    const { code, stderr } = await cli(['import', 'hsds', fixture('hsds/fi-3.1'), '--report', 'json', '-o', join(dir, 'r.json')]);
    assert.equal(code, 1);
    const report = JSON.parse(stderr);
    assert.equal(report.exitCode, 1);
    assert.equal(report.problems.length, report.errors + report.warnings);
    assert.ok(report.problems.every((p) => p.source && typeof p.where === 'string' && p.message));
  });

  it('ends quietly when the reader closes the pipe early (validate … | head -1)', async () => {
    const service = (i) => ({ id: `s${i}`, name: { fi: 'x' }, organization: 'o', types: ['counselling'], targetGroups: ['parent'], channels: ['phone'], area: { municipalities: ['999'] } });
    const big = await writeJson('big.json', { version: '1.0', publisher: { name: { fi: 'x' } }, updated: '2026-11-20T12:00:00+02:00', services: Array.from({ length: 3000 }, (_, i) => service(i)) });
    const command = `"${process.execPath}" "${cliPath}" validate "${big}" | head -1`;
    const { stdout, stderr } = await new Promise((resolve) => execFile('sh', ['-c', command], { cwd: root }, (error, out, err) => resolve({ stdout: out, stderr: err })));
    assert.match(stdout, /^.*big\.json: error: /);
    assert.equal(stderr, '');
  });
});

describe('merge', () => {
  it('merges feeds, reports the conflict and exits 0, or 1 with --strict', async () => {
    const out = join(dir, 'merged.json');
    const files = [fixture('cli/feed-essote.json'), fixture('cli/feed-viola.json')];
    const merged = await cli(['merge', ...files, '-o', out]);
    assert.equal(merged.code, 0);
    assert.match(merged.stderr, /feed-viola\.json: warning: \$\.organizations\[0\] \(id "essote"\): conflict: .*feed-essote\.json/);
    assert.match(merged.stderr, /Merged 2 feeds \(2 organizations, 2 services, 1 project, 1 contact, 2 events\) .*: 1 conflict/);
    assert.equal(JSON.parse(await readFile(out, 'utf8')).organizations[0].name.fi, 'Essote');
    const strict = await cli(['merge', ...files, '--strict']);
    assert.equal(strict.code, 1);
    assert.match(strict.stderr, /error: .*conflict/);
  });

  it('exits 2 with fewer than two files', async () => {
    assert.equal((await cli(['merge', fixture('cli/feed-essote.json')])).code, 2);
  });
});
