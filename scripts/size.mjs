// Prints the raw, gzip -9 and brotli (quality 11) bytes of every built entry in dist/.
// Run through `npm run size`, which builds first.
import { readdir, readFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);

export function measure(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const files = ['eroauttaminen.js', ...(await readdir(new URL('components/', dist))).map((f) => `components/${f}`)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
console.log(`${'entry'.padEnd(32)}${'raw'.padStart(9)}${'gzip'.padStart(9)}${'brotli'.padStart(9)}`);
for (const file of files) {
  const size = measure(await readFile(new URL(file, dist)));
  console.log(`${file.padEnd(32)}${kb(size.raw)}${kb(size.gzip)}${kb(size.brotli)}`);
}
