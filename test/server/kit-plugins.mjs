// Test-server plugins for the embedding tests: a strict Content-Security-Policy on the CSP
// page, a second copy of the kit under another URL (and version) for the double-loading test,
// and element screenshots through the browser's own page for the host-CSS test.
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; require-trusted-types-for 'script'";

/**
 * Serves /test/fixtures/pages/strict-csp.html with the strict policy as a real HTTP header;
 * `?trusted-types=a b` adds a list of the Trusted Types policies the page allows.
 */
export async function strictCspHeaders(ctx, next) {
  await next();
  if (ctx.path !== '/test/fixtures/pages/strict-csp.html') return;
  const allowed = ctx.query['trusted-types'];
  ctx.set('Content-Security-Policy', allowed ? `${STRICT_CSP}; trusted-types ${allowed}` : STRICT_CSP);
}

const root = new URL('../../', import.meta.url);

/**
 * GET /__copy/<version>/src/… serves src/… again under another URL, so the browser loads a
 * second, independent copy of every kit module; src/version.ts reports <version>.
 */
export function kitCopyPlugin() {
  return {
    name: 'kit-copy',
    async serve(context) {
      const match = /^\/__copy\/([\w.-]+)\/(src\/.+)\.(ts|js)$/.exec(context.path);
      if (!match) return undefined;
      const [, version, name] = match;
      const file = `${name}.ts`;
      let source = await readFile(new URL(file, root), 'utf8');
      if (file === 'src/version.ts') source = source.replace(/VERSION = '[^']+'/, `VERSION = '${version}'`);
      const { code } = await transform(source, {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
      });
      return { body: code, type: 'js' };
    },
  };
}

/** executeServerCommand('screenshot', { x, y, width, height }) → base64 PNG of that part of the page. */
export function screenshotPlugin() {
  return {
    name: 'screenshot-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'screenshot') return undefined;
      const page = session.browser.getPage(session.id);
      return page.screenshot({ clip: payload, encoding: 'base64' });
    },
  };
}
