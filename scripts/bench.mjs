// `npm run bench`: time to first render of the finder and the calendar, keystroke → updated
// results in the finder's search box, and the language switch, in headless Chromium on
// generated feeds of N services and N events, against a plain innerHTML floor on the same page
// (scripts/bench/). Prints median (min–max) of every metric and ours ÷ floor, with the goal
// (≤ 1.5× at 5,000 items), and writes everything to bench-results.json. Runs alternate which
// side renders first on the page; ours ÷ floor is balanced over the two orders (bench-stats.mjs),
// so an even --runs is best.
//
//   node scripts/bench.mjs [--runs 5] [--sizes 100,1000,5000] [--out bench-results.json] [--no-build]
//   node scripts/bench.mjs --profile [--runs 5] [--sizes 5000]
//
// --profile measures nothing against the floor: it records a CPU profile of each widget's first
// render (an unminified bundle of src/, so the names are the source's) and prints the functions
// that took the most time of their own, summed over the runs, to show where the time goes.
//
// Each run is a fresh browser context (empty cache and storage) and a fresh page. Timings are
// wall-clock on a shared machine: run it on a quiet one before you quote the figures.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { formatSummary, goalVerdicts, overFloor, parseSizes } from './bench-stats.mjs';
import { generateFeed } from './generate-feed.mjs';
import { table } from './size-budget.mjs';

const root = new URL('..', import.meta.url);
const GOAL = { size: 5000, max: 1.5 };
const SEED = 1;
/** One letter a person would type first: it narrows the list at every size. */
const KEY = 'p';
const METRICS = [
  ['finderFirstRender', 'finder: first render'],
  ['keystroke', 'finder: keystroke → results'],
  ['finderLanguage', 'finder: language switch'],
  ['calendarFirstRender', 'calendar: first render'],
  ['calendarLanguage', 'calendar: language switch'],
];

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    sizes: { type: 'string', default: '100,1000,5000' },
    out: { type: 'string', default: 'bench-results.json' },
    'no-build': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new RangeError('--runs takes a whole number ≥ 1');
const sizes = parseSizes(values.sizes);

async function newestIn(dir) {
  let newest = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, (await stat(`${entry.parentPath ?? entry.path}/${entry.name}`)).mtimeMs);
  }
  return newest;
}

/** Builds dist/eroauttaminen.js unless it is newer than every file under src/. */
async function ensureBuild() {
  const bundle = new URL('dist/eroauttaminen.js', root);
  const built = await stat(bundle).then((s) => s.mtimeMs, () => 0);
  if (values['no-build'] && built) return;
  if (built > (await newestIn(new URL('src/', root).pathname))) return;
  console.error('Building dist/eroauttaminen.js …');
  const result = spawnSync('npx', ['rollup', '-c', '--silent'], { cwd: root.pathname, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the build failed');
}

/** Municipality and region names and the shared UI vocabulary from src/, for the floor. */
async function vocabulary() {
  const { outputFiles } = await build({
    stdin: {
      contents: `export { MUNICIPALITIES, REGIONS } from './src/feed/vocabulary/areas.ts'; export { commonWithVocabularyByLang as commonMessages } from './src/i18n/messages/all.ts';`,
      resolveDir: root.pathname,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const { MUNICIPALITIES, REGIONS, commonMessages } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
  return {
    municipalities: Object.fromEntries(MUNICIPALITIES.map((m) => [m.code, m])),
    regions: Object.fromEntries(REGIONS.map((r) => [r.code, r.name])),
    common: commonMessages,
    list: MUNICIPALITIES,
  };
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json' };

/** An unminified bundle of src/ (Lit's production build), for readable profiles. */
async function readableBundle() {
  const { outputFiles } = await build({
    entryPoints: [new URL('src/index.ts', root).pathname],
    bundle: true,
    format: 'esm',
    target: 'es2021',
    conditions: ['production'],
    tsconfig: new URL('tsconfig.json', root).pathname,
    write: false,
    logLevel: 'silent',
  });
  return outputFiles[0].contents;
}

/** Serves the bench page, dist/ (or `bundle` in its place) and the feeds from memory on a free port. */
async function serve(feeds, vocab, bundle) {
  const files = {
    '/bench/': new URL('scripts/bench/index.html', root),
    '/bench/harness.js': new URL('scripts/bench/harness.js', root),
    '/bench/floor.js': new URL('scripts/bench/floor.js', root),
    '/bench/floor.css': new URL('scripts/bench/floor.css', root),
    '/dist/eroauttaminen.js': new URL('dist/eroauttaminen.js', root),
  };
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://localhost').pathname;
    const feed = /^\/feed\/(\d+)\.json$/.exec(path);
    let body;
    if (feed && feeds.has(Number(feed[1]))) body = feeds.get(Number(feed[1]));
    else if (path === '/bench/vocabulary.json') body = vocab;
    else if (bundle && path === '/dist/eroauttaminen.js') body = bundle;
    else if (files[path]) body = await readFile(files[path]);
    if (body === undefined) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? TYPES['.html'], 'Cache-Control': 'no-store' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** One run: a fresh context and page; ours and the floor take turns going first. */
async function oneRun(browser, base, size, run) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  try {
    await page.goto(`${base}/bench/`);
    await page.evaluate((n) => window.bench.setup(n), size);
    const order = run % 2 ? ['floor', 'ours'] : ['ours', 'floor'];
    const result = {};
    const record = (metric, kind, value) => ((result[metric] ??= {})[kind] = value);
    for (const kind of order) {
      record('finderFirstRender', kind, await page.evaluate((k) => window.bench.firstRender('finder', k), kind));
      await page.evaluate(() => window.bench.idle());
      await page.evaluate(() => window.bench.armKeystroke());
      await page.keyboard.press(KEY);
      record('keystroke', kind, await page.evaluate(() => window.bench.keystrokeResult()));
      await page.evaluate(() => window.bench.idle());
      record('finderLanguage', kind, await page.evaluate(() => window.bench.switchLanguage()));
      await page.evaluate(() => window.bench.clear());
    }
    for (const kind of order) {
      record('calendarFirstRender', kind, await page.evaluate((k) => window.bench.firstRender('calendar', k), kind));
      await page.evaluate(() => window.bench.idle());
      record('calendarLanguage', kind, await page.evaluate(() => window.bench.switchLanguage()));
      await page.evaluate(() => window.bench.clear());
    }
    if (pageErrors.length) throw pageErrors[0];
    return result;
  } finally {
    await context.close();
  }
}

/** Self time per function over each widget's profiled first renders, largest first. */
async function profile(browser, base) {
  const self = { finder: new Map(), calendar: new Map() };
  const total = { finder: 0, calendar: 0 };
  for (const size of sizes) {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await page.goto(`${base}/bench/`);
      await page.evaluate((n) => window.bench.setup(n), size);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      for (const widget of ['finder', 'calendar']) {
        await cdp.send('Profiler.start');
        await page.evaluate((w) => window.bench.firstRender(w, 'ours'), widget);
        const { profile: cpu } = await cdp.send('Profiler.stop');
        await page.evaluate(() => window.bench.clear());
        const byId = new Map(cpu.nodes.map((node) => [node.id, node]));
        cpu.samples.forEach((id, i) => {
          const { functionName, url, lineNumber } = byId.get(id).callFrame;
          const name = `${functionName || '(anonymous)'} ${url ? `${url.split('/').pop()}:${lineNumber + 1}` : ''}`.trim();
          const ms = (cpu.timeDeltas[i + 1] ?? 0) / 1000;
          self[widget].set(name, (self[widget].get(name) ?? 0) + ms);
          total[widget] += ms;
        });
      }
      await context.close();
    }
  }
  const runsTotal = runs * sizes.length;
  for (const widget of ['finder', 'calendar']) {
    console.log(`\n${widget}: first render, ${(total[widget] / runsTotal).toFixed(1)} ms sampled per run; self time per run:`);
    const top = [...self[widget]].sort((a, b) => b[1] - a[1]).slice(0, 30);
    console.log(table(['ms', 'function'], top.map(([name, ms]) => [(ms / runsTotal).toFixed(1), name])));
  }
}

async function main() {
  if (!values.profile) await ensureBuild();
  const vocab = await vocabulary();
  const feeds = new Map(sizes.map((n) => [n, JSON.stringify(generateFeed({ count: n, events: n, seed: SEED, municipalities: vocab.list }))]));
  delete vocab.list;
  const server = await serve(feeds, JSON.stringify(vocab), values.profile ? await readableBundle() : undefined);
  const base = `http://127.0.0.1:${server.address().port}`;
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}: run \`npm run setup\` (installs Debian's) or set CHROMIUM_PATH.`);
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run', '--js-flags=--expose-gc'] });
  if (values.profile) {
    try {
      await profile(browser, base);
    } finally {
      await browser.close();
      server.close();
    }
    return;
  }
  const chromiumVersion = browser.version();
  const started = Date.now();
  const results = {};
  const samples = {};
  try {
    for (const size of sizes) {
      for (let run = 0; run < runs; run++) {
        const result = await oneRun(browser, base, size, run);
        for (const [metric, kinds] of Object.entries(result)) {
          for (const [kind, { ms, items, count }] of Object.entries(kinds)) {
            ((results[size] ??= {})[metric] ??= { ours: [], floor: [] })[kind].push(ms);
            ((samples[size] ??= {})[metric] ??= {})[kind] = { items, count };
          }
        }
        console.error(`  ${size} items, run ${run + 1}/${runs} done`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }

  const rows = [];
  for (const size of sizes) {
    for (const [metric, label] of METRICS) {
      const { ours, floor } = results[size][metric];
      rows.push([size.toLocaleString('en'), label, formatSummary(ours), formatSummary(floor), `${overFloor(ours, floor).toFixed(2)}×`]);
    }
  }
  const machine = {
    cpu: cpus()[0]?.model.trim(),
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    loadAverage: loadavg().map((n) => Number(n.toFixed(2))),
    node: process.version,
    chromium: chromiumVersion,
  };
  console.log(`\nHeadless Chromium ${machine.chromium}, ${machine.cpu} × ${machine.cores}, load ${machine.loadAverage.join(' ')}; ${runs} runs per size, each in a fresh context.`);
  console.log('Milliseconds: median (min–max). Each size is N services and N events; both sides show 20 items.\n');
  console.log(table(['items', 'metric', 'ours', 'floor', 'ours ÷ floor'], rows));

  const verdicts = goalVerdicts(results, GOAL);
  if (verdicts.length) {
    console.log(`\nGoal: ours ÷ floor ≤ ${GOAL.max}× at ${GOAL.size.toLocaleString('en')} items`);
    for (const { metric, ratio, met } of verdicts) {
      console.log(`  ${METRICS.find(([m]) => m === metric)[1].padEnd(28)} ${ratio.toFixed(2)}×  ${met ? 'met' : 'NOT met'}`);
    }
  } else console.log(`\nGoal (≤ ${GOAL.max}× at ${GOAL.size} items) not measured: add ${GOAL.size} to --sizes.`);

  const report = { date: new Date().toISOString(), seconds: Math.round((Date.now() - started) / 1000), runs, sizes, key: KEY, machine, goal: GOAL, results, shown: samples, verdicts };
  await writeFile(new URL(values.out, `file://${process.cwd()}/`), `${JSON.stringify(report, null, 2)}\n`);
  console.error(`\nWrote ${values.out} (${report.seconds} s of measuring).`);
}

await main();
