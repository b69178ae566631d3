// Which source modules each per-component bundle pulls in: a small component must not carry the
// feed machinery (store, parser, schema) it does not use.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from 'esbuild';

async function inputsOf(entry) {
  const { metafile } = await build({
    entryPoints: [new URL(`../../${entry}`, import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['production'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.keys(metafile.inputs);
}

test('<ero-quick-exit> clears stored feeds without loading the feed store, parser or schema', async () => {
  const inputs = await inputsOf('src/components/quick-exit/define.ts');
  assert.ok(inputs.includes('src/feed/stored-feeds.ts'));
  for (const heavy of ['src/feed/store.ts', 'src/feed/parse.ts', 'src/feed/schema-rules.ts', 'src/feed/schema-validator.ts', 'src/feed/vocabulary/areas.ts']) {
    assert.ok(!inputs.includes(heavy), `quick-exit bundles ${heavy}`);
  }
});

test('only <ero-service-finder> carries the labels of service types and channels', async () => {
  assert.ok((await inputsOf('src/components/service-finder/define.ts')).includes('src/i18n/messages/vocabulary.ts'));
  for (const entry of ['contact-list/define.ts', 'project-list/define.ts', 'event-calendar/define.ts', 'quick-exit/define.ts']) {
    const inputs = await inputsOf(`src/components/${entry}`);
    assert.ok(!inputs.includes('src/i18n/messages/vocabulary.ts'), `${entry} bundles the vocabulary labels`);
  }
});

test('<ero-contact-list>, which filters by region but shows no area names, leaves the 309 names out', async () => {
  const { rollup } = await import('rollup');
  const { entries, plugins } = await import('../../rollup.config.mjs');
  const bundle = await rollup({ input: entries['components/contact-list'], plugins: plugins(), onwarn() {} });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  assert.ok(output[0].code.includes('padStart(3,"0")'), 'the region of each municipality is in');
  for (const name of ['Alajärvi', 'Helsingfors', 'Uusimaa']) assert.ok(!output[0].code.includes(name), `the bundle holds ${name}`);
});
