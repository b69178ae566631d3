// After rollup: copies every built bundle into dist/<version>/ (file names that never change
// meaning, so they can be cached for a year) and prints each one's Subresource Integrity hash.
// dist/<version>/integrity.json keeps the hashes for the embed snippet.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';

const dist = new URL('../dist/', import.meta.url);
const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const target = new URL(`${version}/`, dist);

const files = ['eroauttaminen.js', ...(await readdir(new URL('components/', dist))).map((f) => `components/${f}`)];
const integrity = {};
await mkdir(new URL('components/', target), { recursive: true });
for (const file of files) {
  const body = await readFile(new URL(file, dist));
  await writeFile(new URL(file, target), body);
  integrity[file] = `sha384-${createHash('sha384').update(body).digest('base64')}`;
}
await writeFile(new URL('integrity.json', target), `${JSON.stringify(integrity, null, 2)}\n`);

console.log(`dist/${version}/ (Subresource Integrity):`);
for (const [file, hash] of Object.entries(integrity)) console.log(`  ${file.padEnd(30)} ${hash}`);
console.log(`\n<script type="module" src="…/${version}/eroauttaminen.js"\n        integrity="${integrity['eroauttaminen.js']}" crossorigin="anonymous"></script>`);
