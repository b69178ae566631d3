// The npm build as an app's bundler sees it (esbuild, which honours `sideEffects`): a class
// imported from ./elements.js brings only its own modules and defines nothing, while a define
// module registers its tag.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundleApp } from './graph.mjs';

const root = new URL('../../', import.meta.url).pathname;

/** Bundles `source` as an app module would; returns the code and the kit modules that put bytes in it. */
async function bundle(source) {
  const { code, inputs } = await bundleApp(source, root);
  const used = Object.entries(inputs)
    .filter(([file, { bytesInOutput }]) => file.includes('dist/lib/') && bytesInOutput > 0)
    .map(([file]) => file.replace(/.*dist\/lib\//, ''));
  return { code, used };
}

describe('tree-shaking the npm build', () => {
  it('keeps only the quick exit when an app imports its class, and defines no tag', async () => {
    const { code, used } = await bundle("import { QuickExit } from 'eroauttaminen-widgets/elements.js'; console.log(QuickExit);");
    assert.ok(used.includes('components/quick-exit/quick-exit.js'));
    assert.deepEqual(used.filter((file) => /service-finder|event-calendar|project-|contact-list|feed\/(store|parse|schema)[.-]/.test(file)), []);
    assert.doesNotMatch(code, /customElements\.define/);
  });

  it('keeps the feed model alone, with no Lit, for an app that imports parseFeed', async () => {
    const { code, used } = await bundle("import { parseFeed } from 'eroauttaminen-widgets/feed'; console.log(parseFeed({}));");
    assert.ok(used.includes('feed/parse.js'));
    assert.deepEqual(used.filter((file) => !file.startsWith('feed/')), []);
    assert.doesNotMatch(code, /lit-html|LitElement|customElements/);
  });

  it('registers the tag when an app imports the define module for its side effect', async () => {
    const { code } = await bundle("import 'eroauttaminen-widgets/quick-exit.js';");
    assert.match(code, /customElements\.define/);
    assert.match(code, /ero-quick-exit/);
  });
});
