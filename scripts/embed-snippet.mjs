// The embed snippet of the code-split build (dist/<version>/modules/): an import map with the
// integrity of every module the page's entries load (and of the Swedish and English strings,
// which load on demand), a modulepreload tag with `integrity` for each shared chunk, and one
// script tag with `integrity` per entry. Pure, so a test checks it without a build. An inline import map is a script to a Content-Security-Policy: the snippet names the
// hash to add to `script-src`. As a command, after `npm run build`:
//   node scripts/embed-snippet.mjs https://your-site.example/eroauttaminen/0.1.0/ service-finder quick-exit
// With `--lang sv` (or en) for a page in that language, its strings are preloaded too.
import { createHash } from 'node:crypto';

/**
 * @param {object} options
 * @param {string} options.base        URL of the version folder, ending in "/".
 * @param {Record<string, string>} options.integrity  sha384-… by path under the version folder ("modules/core-….js").
 * @param {Record<string, string[]>} options.imports  imports.json of the split build: each entry's chunks.
 * @param {string[]} options.entries   the page's entries: "service-finder.js", "quick-exit.js"…
 * @param {Record<string, string>} [options.languages]  languages.json of the split build: the chunk of
 *   each language's strings, which a page loads only when it shows that language. They are all in
 *   the import map, so their integrity is checked too; only those in `preload` are preloaded.
 * @param {string[]} [options.preload]  the page's language when it is "sv" or "en": its strings are
 *   preloaded like the shared chunks, and arrive with them rather than after the entry has run.
 */
export function splitEmbed({ base, integrity, imports, entries, languages = {}, preload = [] }) {
  if (!base.endsWith('/')) throw new RangeError(`the base URL must end in "/": ${base}`);
  const unknown = entries.filter((entry) => !imports[entry]);
  if (unknown.length) throw new RangeError(`not an entry of the split build: ${unknown.join(', ')}`);
  const unknownLanguages = preload.filter((lang) => !languages[lang]);
  if (unknownLanguages.length) throw new RangeError(`no strings chunk for the language: ${unknownLanguages.join(', ')} (there are ${Object.keys(languages).join(', ')}; Finnish is in every entry)`);
  const chunks = [...new Set(entries.flatMap((entry) => imports[entry]))].filter((file) => !entries.includes(file)).sort();
  const preloaded = [...chunks, ...preload.map((lang) => languages[lang])];
  const hash = (file) => {
    const value = integrity[`modules/${file}`];
    if (!value) throw new RangeError(`no integrity hash for modules/${file}`);
    return value;
  };
  const url = (file) => `${base}modules/${file}`;
  const onDemand = Object.values(languages).sort();
  const map = `\n${JSON.stringify({ integrity: Object.fromEntries([...chunks, ...onDemand, ...entries].map((file) => [url(file), hash(file)])) }, null, 2)}\n`;
  const cspHash = `sha256-${createHash('sha256').update(map).digest('base64')}`;
  return [
    `<!-- Under a Content-Security-Policy, allow this import map with '${cspHash}' in script-src. -->`,
    `<script type="importmap">${map}</script>`,
    ...preloaded.map((file) => `<link rel="modulepreload" href="${url(file)}" integrity="${hash(file)}" crossorigin="anonymous">`),
    ...entries.map((file) => `<script type="module" src="${url(file)}" integrity="${hash(file)}" crossorigin="anonymous"></script>`),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { readFile } = await import('node:fs/promises');
  const args = process.argv.slice(2);
  const langAt = args.indexOf('--lang');
  const preload = langAt >= 0 ? [args.splice(langAt, 2)[1]] : [];
  const [base, ...names] = args;
  if (!base || !names.length || preload.some((lang) => !lang)) {
    console.error('usage: node scripts/embed-snippet.mjs <base URL of the version folder>/ <component>… [--lang sv|en]');
    process.exit(2);
  }
  const dist = new URL('../dist/', import.meta.url);
  const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
  const read = async (path) => JSON.parse(await readFile(new URL(`${version}/${path}`, dist), 'utf8'));
  const entries = names.map((name) => (name.endsWith('.js') ? name : `${name}.js`));
  const options = { base, integrity: await read('integrity.json'), imports: await read('modules/imports.json'), languages: await read('modules/languages.json'), entries, preload };
  try {
    console.log(splitEmbed(options));
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    console.error(`embed-snippet: ${error.message}`);
    process.exit(2);
  }
}
