// An app as a framework user builds it, from what `npm pack` ships (the tarball unpacked into the
// app's node_modules; its dependency lit comes from the repository's node_modules, as a hoisted
// install would give it):
// - every TypeScript snippet of docs/frameworks.md compiles under `strict` with the React 19 and
//   Vue 3 typings, and test/package/snippets/misuse.tsx proves the typings refuse mistakes;
// - an app that imports several entries and Lit itself, and a Vue 3 app, bundle one copy of Lit.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { bundleApp } from './graph.mjs';

const run = promisify(execFile);

const root = new URL('../../', import.meta.url);
const here = new URL('./', import.meta.url);

/** The fenced blocks of a Markdown text whose language is one of `languages`. */
export function codeBlocks(markdown, languages) {
  return [...markdown.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)]
    .filter(([, language]) => languages.includes(language))
    .map(([, language, code]) => ({ language, code }));
}

/** A snippet as a file tsc can compile: a Vue block's <script setup>, with the compiler macros it uses imported. */
function toSource({ language, code }) {
  if (language !== 'vue') return { extension: language, source: code };
  const script = /<script setup lang="ts">\n([\s\S]*?)<\/script>/.exec(code);
  assert.ok(script, 'the Vue snippet has a <script setup lang="ts">');
  return { extension: 'ts', source: `import { defineProps } from 'vue';\n${script[1]}` };
}

describe('an app built on the npm pack output', () => {
  let dir;
  before(async () => {
    // Inside the repository, so that the package's own dependency (lit) resolves from its node_modules.
    dir = await mkdtemp(new URL('tmp-', here).pathname);
    const packed = JSON.parse((await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: root.pathname })).stdout);
    const installed = `${dir}/node_modules/eroauttaminen-widgets`;
    await mkdir(installed, { recursive: true });
    await run('tar', ['-xzf', `${dir}/${packed[0].filename}`, '-C', installed, '--strip-components=1']);
    // A package of its own: inside the repository's, the name would resolve to the repository itself.
    await writeFile(`${dir}/package.json`, JSON.stringify({ name: 'app', private: true, type: 'module' }));
  });
  after(() => dir && rm(dir, { recursive: true, force: true }));

  it('compiles the React 19, React 18, Vue, Angular and JSON-feed snippets, and refuses the misuses', async () => {
    const blocks = codeBlocks(await readFile(new URL('docs/frameworks.md', root), 'utf8'), ['ts', 'tsx', 'vue']);
    assert.ok(blocks.length >= 5, `only ${blocks.length} snippets found`);
    const files = [];
    for (const [index, block] of blocks.entries()) {
      const { extension, source } = toSource(block);
      files.push(`snippet-${index}.${extension}`);
      await writeFile(`${dir}/${files.at(-1)}`, source);
    }
    await cp(new URL('snippets/', here), dir, { recursive: true });
    await cp(new URL('demo/feeds/sample.json', root), `${dir}/feed.json`);
    const tsconfig = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        jsx: 'react-jsx',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        experimentalDecorators: true,
        resolveJsonModule: true,
        skipLibCheck: false,
        types: [],
      },
      include: ['*.ts', '*.tsx'],
    };
    await writeFile(`${dir}/tsconfig.json`, JSON.stringify(tsconfig));
    const tsc = new URL('node_modules/typescript/bin/tsc', root).pathname;
    const compiled = await run(process.execPath, [tsc, '-p', dir], { cwd: dir }).catch((error) => error);
    assert.equal(compiled.code ?? 0, 0, `${compiled.stdout}${compiled.stderr}`);
    const { stdout } = await run(process.execPath, [tsc, '-p', dir, '--listFilesOnly'], { cwd: dir });
    assert.match(stdout, /node_modules\/eroauttaminen-widgets\/dist\/lib\/index\.d\.ts/, 'the snippets were not checked against the packed package');
  });

  /** The Lit modules an app's bundle holds: each once, from one place. */
  async function litIn(contents) {
    const inputs = Object.keys((await bundleApp(contents, dir)).inputs);
    assert.ok(inputs.some((file) => file.includes('node_modules/eroauttaminen-widgets/dist/')), 'the app was not built from the packed package');
    return inputs.filter((file) => /(^|\/)(lit-html|lit-element|@lit\/reactive-element)\/[^/]*\.js$/.test(file));
  }

  it('bundles one copy of Lit for an app that imports several entries and Lit itself', async () => {
    const lit = await litIn(`
      import 'eroauttaminen-widgets/service-finder.js';
      import 'eroauttaminen-widgets/event-calendar.js';
      import { ContactList } from 'eroauttaminen-widgets/elements.js';
      import { LitElement, html } from 'lit';
      customElements.define('app-root', class extends LitElement { render() { return html\`<ero-service-finder></ero-service-finder>\`; } });
      console.log(ContactList);
    `);
    const litHtml = lit.filter((file) => file.endsWith('lit-html/lit-html.js'));
    assert.equal(litHtml.length, 1, `lit-html bundled from ${litHtml.join(', ')}`);
    assert.ok(!lit.some((file) => file.includes('eroauttaminen-widgets/')), 'the package carries a copy of Lit inside');
  });

  it('bundles one copy of Lit for a Vue 3 app that shows the elements', async () => {
    const lit = await litIn(`
      import { createApp, h } from 'vue';
      import 'eroauttaminen-widgets';
      createApp({ render: () => [h('ero-service-finder', { src: '/feed.json' }), h('ero-contact-list', { organization: 'viola' })] }).mount('#app');
    `);
    assert.equal(lit.filter((file) => file.endsWith('lit-html/lit-html.js')).length, 1, lit.join(', '));
    assert.equal(lit.filter((file) => file.endsWith('reactive-element/reactive-element.js')).length, 1, lit.join(', '));
  });
});
