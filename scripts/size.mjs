// Prints the raw, gzip -9 and brotli (quality 11) bytes of every built entry in dist/, and of
// the peers bundled the same way (same rollup plugins, production conditions, terser): Lit alone
// as the floor, add-to-calendar-button, and FullCalendar core + list + daygrid. Exits non-zero
// when an entry of the kit breaks its brotli budget (scripts/size-budget.mjs).
// Run through `npm run size`, which builds first. Peer bundles go to a temp dir, never into dist/.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { plugins } from '../rollup.config.mjs';
import { BUDGETS, budgetFor, describeOverrun, kb, measure, overBudget, ratio, table } from './size-budget.mjs';

const root = new URL('..', import.meta.url);
const dist = new URL('dist/', root);

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

async function main() {
  const entries = ['eroauttaminen.js', ...(await readdir(new URL('components/', dist))).filter((f) => f.endsWith('.js')).map((f) => `components/${f}`)];
  const ours = [];
  for (const entry of entries) ours.push({ entry, ...measure(await readFile(new URL(entry, dist))) });

  const dir = await mkdtemp(join(tmpdir(), 'ero-size-'));
  const peers = [];
  try {
    for (const [name, source] of Object.entries(PEERS)) peers.push({ entry: name, ...(await bundlePeer(dir, name, source)) });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  const kit = ours[0];
  const calendar = ours.find((r) => r.entry === 'components/event-calendar.js');
  const floor = peers[0];
  const times = (a, b) => `${ratio(a, b).toFixed(2)}×`;
  const budgetCell = (entry) => (budgetFor(entry) ? kb(budgetFor(entry)) : '');
  console.log('Our entries (1 KB = 1024 bytes; budgets are brotli)\n');
  console.log(
    table(
      ['entry', 'raw', 'gzip -9', 'brotli', 'budget', 'fits', '÷ Lit floor'],
      ours.map((r) => [r.entry, kb(r.raw), kb(r.gzip), kb(r.brotli), budgetCell(r.entry), r.brotli <= budgetFor(r.entry) ? 'yes' : 'NO', times(r.brotli, floor.brotli)]),
    ),
  );
  console.log('\nPeers, bundled the same way (rollup + node-resolve "production" + esbuild + terser); ratios are brotli\n');
  console.log(
    table(
      ['peer', 'raw', 'gzip -9', 'brotli', 'our kit ÷ peer', 'our calendar ÷ peer'],
      peers.map((r) => [r.entry, kb(r.raw), kb(r.gzip), kb(r.brotli), times(kit.brotli, r.brotli), times(calendar.brotli, r.brotli)]),
    ),
  );
  console.log(`\nOur kit without the Lit floor: about ${kb(kit.brotli - floor.brotli)} brotli of our own code.`);

  const over = overBudget(ours);
  if (over.length) {
    console.error(`\nSize budget broken (kit ≤ ${kb(BUDGETS.kit)}, each component ≤ ${kb(BUDGETS.component)} brotli):`);
    for (const overrun of over) console.error(`  ${describeOverrun(overrun)}`);
    process.exitCode = 1;
  } else console.log('\nEvery entry is within its budget.');
}

await main();
