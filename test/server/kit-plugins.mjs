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
      if (session.browser.type === 'webdriver') return webdriverScreenshot(session.browser.driver, payload);
      const page = session.browser.getPage(session.id);
      return page.screenshot({ clip: payload, encoding: 'base64' });
    },
  };
}

/**
 * WebDriver screenshots only what the window shows. So the window is made big enough for the clip,
 * the page scrolled to it, the window shot, and the clip cut out of that shot by the page itself
 * (a canvas); then window and scroll are put back.
 */
async function webdriverScreenshot(driver, clip) {
  const window = await driver.getWindowSize();
  const [scrollX, scrollY] = await driver.execute(() => [window.scrollX, window.scrollY]);
  try {
    const [innerWidth, innerHeight] = await driver.execute(() => [window.innerWidth, window.innerHeight]);
    const grow = { width: Math.max(0, clip.width - innerWidth), height: Math.max(0, clip.height - innerHeight) };
    if (grow.width || grow.height) await driver.setWindowSize(window.width + grow.width, window.height + grow.height);
    const at = await driver.execute((x, y) => {
      window.scrollTo(x, y);
      return [window.scrollX, window.scrollY];
    }, clip.x, clip.y);
    await driver.executeAsync((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const shot = await driver.takeScreenshot();
    return await driver.executeAsync(
      async (png, x, y, width, height, done) => {
        const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        canvas.getContext('2d').drawImage(image, x, y, width, height, 0, 0, width, height);
        done(canvas.toDataURL('image/png').slice('data:image/png;base64,'.length));
      },
      shot, clip.x - at[0], clip.y - at[1], clip.width, clip.height,
    );
  } finally {
    await driver.setWindowSize(window.width, window.height);
    await driver.execute((x, y) => window.scrollTo(x, y), scrollX, scrollY);
  }
}
