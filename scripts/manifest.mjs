// The custom-elements manifest, built straight from the sources with the same files and plugin
// as `npm run analyze`, so tests and generated docs need no build first.
import { readFile, readdir } from 'node:fs/promises';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';

const root = new URL('../', import.meta.url);

/** The components and the feed element base, without their styles. */
export async function manifest() {
  const files = (await readdir(new URL('src/components/', root), { recursive: true }))
    .map((file) => `src/components/${file}`)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.styles.ts'))
    .sort();
  files.push('src/internal/feed-element.ts');
  const modules = await Promise.all(
    files.map(async (file) => ts.createSourceFile(file, await readFile(new URL(file, root), 'utf8'), ts.ScriptTarget.ES2015, true)),
  );
  return create({ modules, plugins: litPlugin() });
}

/** Every declared custom element, in tag order. */
export async function elements() {
  return (await manifest()).modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}
