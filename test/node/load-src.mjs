// Loads a TypeScript module of src/ in Node by bundling it with esbuild in memory, so Node
// tests exercise the same code the browser runs.
import { build } from 'esbuild';

export async function loadSrc(path) {
  const { outputFiles } = await build({
    entryPoints: [new URL(`../../${path}`, import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}
