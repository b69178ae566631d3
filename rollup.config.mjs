// Builds, for hosting on a site:
// - dist/eroauttaminen.js: every element with Lit inside, one file for one <script type="module">
//   with Subresource Integrity;
// - dist/components/*.js: one self-contained file per component, likewise;
// - dist/modules/: the code-split build. One entry per component plus `eroauttaminen.js` (all of
//   them), sharing two chunks: `core` (Lit and what every component needs) and `feed` (the
//   feed layer and the card code that the feed components share, which <ero-quick-exit> does not
//   load), so a page with several components loads each module once. scripts/version-dist.mjs writes its import map and modulepreload tags.
// The npm build (dist/lib, lit external) is tsc's: `npm run build:lib`.
import { rmSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplates } from './scripts/minify-templates.mjs';


export const components = {
  'contact-list': 'src/components/contact-list/define.ts',
  projects: 'src/components/project-list/define.ts',
  'event-calendar': 'src/components/event-calendar/define.ts',
  'quick-exit': 'src/components/quick-exit/define.ts',
  'service-finder': 'src/components/service-finder/define.ts',
};

export const entries = {
  eroauttaminen: 'src/index.ts',
  ...Object.fromEntries(Object.entries(components).map(([name, input]) => [`components/${name}`, input])),
};


/**
 * The plugins every bundle goes through; scripts/size.mjs bundles the peers with them too
 * (passing `modulePaths`, since its entries live in a temp dir).
 */
export const plugins = (resolveOptions = {}) => [
  // The "production" condition keeps Lit's dev-mode build (and its warnings) out of the bundle.
  nodeResolve({ exportConditions: ['production'], browser: true, ...resolveOptions }),
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }),
  // The static text of html`` and css`` templates, which terser leaves as written.
  minifyTemplates(),
  terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

function onwarn(warning, warn) {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
}

/** Swedish and English UI strings, loaded when a page first shows them: one chunk per language. */
const LANGUAGE_MODULE = /\/src\/i18n\/messages\/(sv|en)\//;

/**
 * Puts each language's UI strings into its own chunk (`sv`, `en`), every module that all component entries reach into `core`, one that two or more reach into
 * `feed`, and leaves the rest in its one entry. Rollup's default would cut a chunk for each set of
 * entries that share modules.
 */
export function sharedChunk(componentInputs) {
  const entryIds = new Set();
  const reach = new Map();
  const entriesReaching = (id, getModuleInfo) => {
    if (reach.has(id)) return reach.get(id);
    const found = new Set();
    reach.set(id, found);
    const info = getModuleInfo(id);
    if (entryIds.has(id)) found.add(id);
    for (const importer of [...info.importers, ...info.dynamicImporters]) {
      for (const entry of entriesReaching(importer, getModuleInfo)) found.add(entry);
    }
    return found;
  };
  return (id, { getModuleInfo }) => {
    const lang = LANGUAGE_MODULE.exec(id)?.[1];
    if (lang) return lang;
    if (!entryIds.size) {
      for (const input of componentInputs) entryIds.add(new URL(input, import.meta.url).pathname);
    }
    const reached = entriesReaching(id, getModuleInfo).size;
    if (reached === entryIds.size) return 'core';
    return reached >= 2 ? 'feed' : undefined;
  };
}

/**
 * Writes `imports.json` beside the split build: for each entry, every chunk it loads before it
 * runs (static imports, transitively), in the order to preload them; and `languages.json`, the
 * chunk of each language's strings, which pages load on demand.
 */
function importList() {
  return {
    name: 'import-list',
    generateBundle(_options, bundle) {
      const closure = (file, seen = new Set()) => {
        for (const dependency of bundle[file].imports) {
          if (!seen.has(dependency)) closure(dependency, seen.add(dependency));
        }
        return seen;
      };
      const list = {};
      for (const [file, chunk] of Object.entries(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry) list[file] = [...closure(file)].sort();
      }
      this.emitFile({ type: 'asset', fileName: 'imports.json', source: `${JSON.stringify(list, null, 2)}\n` });
      // The chunks that no entry preloads: each language's strings, which a page loads when it shows that language.
      const languages = {};
      for (const [file, chunk] of Object.entries(bundle)) {
        if (chunk.type === 'chunk' && !chunk.isEntry && ['sv', 'en'].includes(chunk.name)) languages[chunk.name] = file;
      }
      this.emitFile({ type: 'asset', fileName: 'languages.json', source: `${JSON.stringify(languages, null, 2)}\n` });
    },
  };
}

const oneFile = Object.entries(entries).map(([name, input]) => ({
  input,
  output: { file: `dist/${name}.js`, format: 'es', inlineDynamicImports: true },
  plugins: plugins(),
  onwarn,
}));

const split = {
  input: { eroauttaminen: 'src/index.ts', ...components },
  output: {
    dir: 'dist/modules',
    format: 'es',
    entryFileNames: '[name].js',
    // A shared chunk's name carries its content hash: it may be cached for as long as it lives.
    chunkFileNames: 'chunks/[name]-[hash].js',
    manualChunks: sharedChunk(Object.values(components)),
  },
  plugins: [...plugins(), importList(), clearOldChunks()],
  onwarn,
};

/**
 * The split build's chunk names carry a content hash: clear the old ones when writing, or a
 * stale chunk stays beside the new one (and the size check may measure it).
 */
function clearOldChunks() {
  return { name: 'clear-old-chunks', generateBundle: () => rmSync('dist/modules', { recursive: true, force: true }) };
}

export default [...oneFile, split];
