// Bundles the command line (src/cli/main.ts) into one ES module for Node.js 20+: dist/cli.js,
// the package's "eroauttaminen-widgets" bin. No Lit and no browser code end up in it.
import { chmod } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);

/** Builds the CLI to `outfile` (default dist/cli.js) and makes it executable. */
export async function buildCli(outfile = fileURLToPath(new URL('dist/cli.js', root))) {
  await build({
    entryPoints: [fileURLToPath(new URL('src/cli/main.ts', root))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    legalComments: 'none',
    logLevel: 'warning',
  });
  await chmod(outfile, 0o755);
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`built ${await buildCli()}`);
}
