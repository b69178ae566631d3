// `import ptv --api URL --organization ID` against a local server that replays recorded PTV
// open API v11 responses (test/fixtures/ptv/api/recorded.json); no outside host is reached.
// The command runs in-process, with the waits it asks for recorded instead of slept.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';

const recorded = JSON.parse(await readFile(new URL('../fixtures/ptv/api/recorded.json', import.meta.url), 'utf8'));
const ORGANIZATION = '6d1a9a1e-3c57-4a43-9c0b-0f6f1e5e4a21';
let dir;
let run;
let server;
let base;
const requests = [];
/** Paths that fail once (with this status) before they answer. */
const failOnce = new Map();

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ero-ptv-api-'));
  const outfile = join(dir, 'cli.mjs');
  await build({ entryPoints: [new URL('../../src/cli/cli.ts', import.meta.url).pathname], outfile, bundle: true, platform: 'node', format: 'esm', logLevel: 'silent' });
  ({ run } = await import(outfile));
  server = createServer((request, response) => {
    requests.push(request.url);
    if (failOnce.has(request.url)) {
      response.writeHead(failOnce.get(request.url)).end();
      failOnce.delete(request.url);
      return;
    }
    const body = recorded[request.url];
    response.writeHead(body ? 200 : 404, { 'content-type': 'application/json' }).end(body ? JSON.stringify(body) : '{}');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}/api/v11/`;
});
after(async () => {
  server.close();
  await rm(dir, { recursive: true, force: true });
});

async function cli(args) {
  const out = { stdout: '', stderr: '', sleeps: [] };
  out.code = await run(args, {
    stdout: (t) => (out.stdout += t),
    stderr: (t) => (out.stderr += t),
    readStdin: async () => '',
    now: () => new Date('2026-11-23T10:00:00+02:00'),
    sleep: async (ms) => void out.sleeps.push(ms),
  });
  return out;
}

describe('import ptv --api', () => {
  it('reads the organisation, every page of its services and each service channel into a feed', async () => {
    requests.length = 0;
    const { code, stdout, stderr } = await cli(['import', 'ptv', '--api', base, '--organization', ORGANIZATION, '--updated', '2026-11-23T10:00:00+02:00']);
    assert.equal(code, 1, stderr);
    const feed = JSON.parse(stdout);
    assert.deepEqual(feed.services.map((s) => s.name.fi), ['Lastenvalvojan palvelut', 'Kriisipuhelin eroissa', 'Ohjattu liikunta']);
    assert.equal(feed.services[0].serviceChannels.length, 6);
    assert.equal(feed.organizations[0].name.fi, 'Jyväskylän kaupunki');
    assert.ok(requests.some((r) => r.endsWith('&page=2')), 'the second page was read');
    assert.equal(requests.filter((r) => r.includes('/ServiceChannel/')).length, 8);
  });

  it('waits between requests and retries a failing request with growing pauses', async () => {
    failOnce.set(`/api/v11/Organization/${ORGANIZATION}`, 503);
    const { code, sleeps } = await cli(['import', 'ptv', '--api', base, '--organization', ORGANIZATION, '--dry-run']);
    assert.equal(code, 0);
    assert.ok(Math.max(...sleeps) > Math.min(...sleeps), `the pause before a retry is longer than the one between requests: ${sleeps}`);
    failOnce.set(`/api/v11/Organization/${ORGANIZATION}`, 503);
    const retried = requests.filter((r) => r === `/api/v11/Organization/${ORGANIZATION}`).length;
    await cli(['import', 'ptv', '--api', base, '--organization', ORGANIZATION, '--dry-run']);
    assert.equal(requests.filter((r) => r === `/api/v11/Organization/${ORGANIZATION}`).length, retried + 2, 'one failure and one retry');
  });

  it('stops with exit 2 and names the address when the API keeps failing', async () => {
    const { code, stderr } = await cli(['import', 'ptv', '--api', base, '--organization', '00000000-0000-4000-8000-000000000000']);
    assert.equal(code, 2);
    assert.match(stderr, /cannot read http:\/\/127\.0\.0\.1:\d+\/api\/v11\/Organization\/00000000-0000-4000-8000-000000000000: HTTP 404/);
  });

  it('lists each chosen service and the word or class that chose it with --dry-run, writing no feed', async () => {
    const { code, stdout } = await cli(['import', 'ptv', '--api', base, '--organization', ORGANIZATION, '--dry-run', '--match', 'ero|sovittelu', '--service-class', 'P4']);
    assert.equal(code, 0);
    assert.equal(stdout, [
      'b7e0c2a4-1f3d-4e5a-8b6c-7d8e9f0a1b21\tLastenvalvojan palvelut\tservice class P4.4 (Perheiden tukeminen)',
      'b7e0c2a4-1f3d-4e5a-8b6c-7d8e9f0a1b22\tKriisipuhelin eroissa\tword "ero"',
      '',
    ].join('\n'));
  });
});
