// Prints the raw, gzip -9 and brotli (quality 11) bytes of every built hosting file in dist/
// (the one-file kit, the self-contained components, the split build's modules and, for each of its
// entries, what a page with it downloads), and of the peers bundled the same way (same rollup
// plugins, production conditions, terser): Lit alone as the floor, add-to-calendar-button, and
// FullCalendar core + list + daygrid. Exits non-zero when an entry of the kit breaks its brotli
// budget (scripts/size-budget.mjs) or grows more than 1 KB over scripts/size-record.json.
// `npm run size` builds first. Flags, on an existing build:
//   --check   only the record check, no peers: what CI runs after its own build (`npm run size:check`)
//   --record  write the measured sizes to scripts/size-record.json (commit it when a growth is meant)
// Peer bundles go to a temp dir, never into dist/.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { plugins } from '../rollup.config.mjs';
import {
  BUDGETS,
  budgetFor,
  describeGrowth,
  describeOverrun,
  kb,
  measure,
  overBudget,
  overRecord,
  pageRows,
  ratio,
  recordName,
  recordOf,
  table,
} from './size-budget.mjs';

const root = new URL('..', import.meta.url);
const dist = new URL('dist/', root);
const recordFile = new URL('scripts/size-record.json', root);
const flags = new Set(process.argv.slice(2));

/** Each peer as the smallest entry a site would write to use it; what it exports stays in the bundle. */
const PEERS = {
  'Lit alone (floor)': `
    import { LitElement, css, html } from 'lit';
    class LitFloor extends LitElement {
      static styles = css\`:host { display: block; }\`;
      static properties = { name: {} };
      render() { return html\`<p>Hei \${this.name}</p>\`; }
    }
    customElements.define('lit-floor', LitFloor);`,
  'add-to-calendar-button 2.15': `export * from 'add-to-calendar-button';`,
  'FullCalendar 6 core+list+daygrid': `
    export { Calendar } from '@fullcalendar/core';
    export { default as listPlugin } from '@fullcalendar/list';
    export { default as dayGridPlugin } from '@fullcalendar/daygrid';`,
};

async function bundlePeer(dir, name, source) {
  const file = join(dir, `${name.replace(/\W+/g, '-')}.mjs`);
  await writeFile(file, source);
  const bundle = await rollup({
    input: file,
    // The entry sits outside the repository; modules are looked up in its node_modules.
    plugins: plugins({ modulePaths: [new URL('node_modules', root).pathname] }),
    onwarn(warning, warn) {
      if (!['THIS_IS_UNDEFINED', 'CIRCULAR_DEPENDENCY'].includes(warning.code)) warn(warning);
    },
  });
  const out = join(dir, 'out', `${name.replace(/\W+/g, '-')}.js`);
  await bundle.write({ file: out, format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return measure(await readFile(out));
}

async function measureBuild() {
  const under = async (dir) =>
    (await readdir(new URL(dir, dist), { recursive: true })).filter((f) => f.endsWith('.js')).map((f) => `${dir}${f}`).sort();
  const files = ['eroauttaminen.js', ...(await under('components/')), ...(await under('modules/'))];
  const rows = [];
  for (const entry of files) rows.push({ entry, ...measure(await readFile(new URL(entry, dist))) });
  const imports = JSON.parse(await readFile(new URL('modules/imports.json', dist), 'utf8'));
  return { rows, pages: pageRows(rows, imports) };
}

async function measurePeers() {
  const dir = await mkdtemp(join(tmpdir(), 'ero-size-'));
  const peers = [];
  try {
    for (const [name, source] of Object.entries(PEERS)) peers.push({ entry: name, ...(await bundlePeer(dir, name, source)) });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return peers;
}

async function main() {
  const { rows, pages } = await measureBuild();
  const all = [...rows, ...pages];
  if (flags.has('--record')) {
    await writeFile(recordFile, `${JSON.stringify(recordOf(all), null, 2)}\n`);
    console.log(`Recorded ${all.length} sizes in scripts/size-record.json.`);
    return;
  }
  const record = JSON.parse(await readFile(recordFile, 'utf8'));
  const recorded = (entry) => (record[recordName(entry)] === undefined ? '' : kb(record[recordName(entry)]));
  const budgetCell = (entry) => (budgetFor(entry) ? kb(budgetFor(entry)) : '');
  const fits = (r) => (budgetFor(r.entry) ? (r.brotli <= budgetFor(r.entry) ? 'yes' : 'NO') : '');
  console.log('Hosted files and split-build pages (1 KB = 1024 bytes; budgets and the record are brotli)\n');
  console.log(
    table(
      ['entry', 'raw', 'gzip -9', 'brotli', 'recorded', 'budget', 'fits'],
      all.map((r) => [r.entry, r.raw === undefined ? '' : kb(r.raw), r.gzip === undefined ? '' : kb(r.gzip), kb(r.brotli), recorded(r.entry), budgetCell(r.entry), fits(r)]),
    ),
  );

  if (!flags.has('--check')) {
    const peers = await measurePeers();
    const kit = rows[0];
    const calendar = rows.find((r) => r.entry === 'components/event-calendar.js');
    const floor = peers[0];
    const times = (a, b) => `${ratio(a, b).toFixed(2)}×`;
    console.log('\nPeers, bundled the same way (rollup + node-resolve "production" + esbuild + terser); ratios are brotli\n');
    console.log(
      table(
        ['peer', 'raw', 'gzip -9', 'brotli', 'our kit ÷ peer', 'our calendar ÷ peer'],
        peers.map((r) => [r.entry, kb(r.raw), kb(r.gzip), kb(r.brotli), times(kit.brotli, r.brotli), times(calendar.brotli, r.brotli)]),
      ),
    );
    console.log(`\nOur kit without the Lit floor: about ${kb(kit.brotli - floor.brotli)} brotli of our own code.`);
    const over = overBudget(all);
    if (over.length) {
      console.error(`\nSize budget broken (kit ≤ ${kb(BUDGETS.kit)}, each component ≤ ${kb(BUDGETS.component)} brotli):`);
      for (const overrun of over) console.error(`  ${describeOverrun(overrun)}`);
      process.exitCode = 1;
    } else console.log('\nEvery entry is within its budget.');
  }

  const grown = overRecord(all, record);
  if (grown.length) {
    console.error('\nGrown over the size record (scripts/size-record.json):');
    for (const growth of grown) console.error(`  ${describeGrowth(growth)}`);
    console.error('If the growth is meant, run `node scripts/size.mjs --record` and commit the record.');
    process.exitCode = 1;
  } else console.log(`\nNo entry has grown more than 1 KB over its recorded size.`);
}

await main();
