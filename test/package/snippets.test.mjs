// Every TypeScript snippet of docs/frameworks.md compiles under `strict` against the built
// package, resolved by its own name through package.json's exports, with the React 19 and Vue 3
// typings; test/package/snippets/misuse.tsx proves the typings refuse mistakes.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';

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

describe('docs/frameworks.md snippets under strict TypeScript', () => {
  let dir;
  after(() => dir && rm(dir, { recursive: true, force: true }));

  it('compiles the React 19, React 18, Vue, Angular and JSON-feed snippets, and refuses the misuses', async () => {
    const blocks = codeBlocks(await readFile(new URL('docs/frameworks.md', root), 'utf8'), ['ts', 'tsx', 'vue']);
    assert.ok(blocks.length >= 5, `only ${blocks.length} snippets found`);
    // Inside the repository, so that the package resolves by its own name and Node finds its types.
    dir = await mkdtemp(new URL('tmp-', here).pathname);
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
    const run = await promisify(execFile)(process.execPath, [tsc, '-p', dir], { cwd: dir }).catch((error) => error);
    assert.equal(run.code ?? 0, 0, `${run.stdout}${run.stderr}`);
  });
});
