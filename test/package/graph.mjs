// The static import graph of a module of the npm build (dist/lib): the files it reaches (paths
// under dist/lib) and the packages it imports (bare specifiers as written).
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';

const lib = new URL('../../dist/lib/', import.meta.url);
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

export async function importGraph(entry) {
  const seen = new Set();
  const files = [];
  const packages = new Set();
  const visit = async (url) => {
    if (seen.has(url.href)) return;
    seen.add(url.href);
    files.push(url.href.slice(lib.href.length));
    const source = await readFile(url, 'utf8');
    for (const match of source.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2];
      if (specifier.startsWith('.')) await visit(new URL(specifier, url));
      else packages.add(specifier);
    }
  };
  await visit(new URL(entry, lib));
  return { files, packages: [...packages] };
}

/** Bundles an app module's `source` as an app's bundler would (esbuild, honouring `sideEffects`), resolving from `resolveDir`. */
export async function bundleApp(source, resolveDir) {
  const { outputFiles, metafile } = await build({
    stdin: { contents: source, resolveDir, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['production'],
    write: false,
    metafile: true,
    outdir: 'out',
    logLevel: 'silent',
  });
  return { code: outputFiles[0].text, inputs: Object.values(metafile.outputs)[0].inputs };
}
