// After rollup: copies every built bundle into dist/<version>/ (file names that never change
// meaning, so they can be cached for a year) and prints each one's Subresource Integrity hash.
// dist/<version>/integrity.json keeps the hashes for the embed snippets; the code-split build
// (modules/) also gets modules/embed.html, its snippet for every component.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { splitEmbed } from './embed-snippet.mjs';

const dist = new URL('../dist/', import.meta.url);
const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const target = new URL(`${version}/`, dist);

const jsUnder = async (dir) =>
  (await readdir(new URL(dir, dist), { recursive: true })).filter((f) => f.endsWith('.js')).map((f) => `${dir}${f}`).sort();
const files = ['eroauttaminen.js', ...(await jsUnder('components/')), ...(await jsUnder('modules/'))];
const integrity = {};
// Old hashed chunks would linger in the version folder; the folder is rebuilt whole.
await rm(target, { recursive: true, force: true });
for (const file of files) {
  const body = await readFile(new URL(file, dist));
  await mkdir(new URL('.', new URL(file, target)), { recursive: true });
  await writeFile(new URL(file, target), body);
  integrity[file] = `sha384-${createHash('sha384').update(body).digest('base64')}`;
}
await writeFile(new URL('integrity.json', target), `${JSON.stringify(integrity, null, 2)}\n`);

const imports = JSON.parse(await readFile(new URL('modules/imports.json', dist), 'utf8'));
await writeFile(new URL('modules/imports.json', target), `${JSON.stringify(imports, null, 2)}\n`);
const languages = JSON.parse(await readFile(new URL('modules/languages.json', dist), 'utf8'));
await writeFile(new URL('modules/languages.json', target), `${JSON.stringify(languages, null, 2)}\n`);
const components = Object.keys(imports).filter((entry) => entry !== 'eroauttaminen.js');
const base = `https://your-site.example/eroauttaminen/${version}/`;
await writeFile(
  new URL('modules/embed.html', target),
  `<!-- The code-split build with Subresource Integrity: in <head>, before any other module script.
     Replace ${base} with where you host this folder, and keep the tags of the components the
     page shows (or write the exact snippet: node scripts/embed-snippet.mjs <base> <component>…). -->
${splitEmbed({ base, integrity, imports, languages, entries: components })}
`,
);

console.log(`dist/${version}/ (Subresource Integrity):`);
for (const [file, hash] of Object.entries(integrity)) console.log(`  ${file.padEnd(36)} ${hash}`);
console.log(`\n<script type="module" src="…/${version}/eroauttaminen.js"\n        integrity="${integrity['eroauttaminen.js']}" crossorigin="anonymous"></script>`);
console.log(`\nThe code-split build's snippet: dist/${version}/modules/embed.html`);
