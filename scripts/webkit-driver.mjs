// Starts WebKitWebDriver under Xvfb (WebKitGTK's MiniBrowser needs a display) on a free port,
// and stops it when the process ends. Used by the test runner and by scripts/engines.mjs.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * MiniBrowser's window cannot be narrower than its toolbar (the address entry and the buttons:
 * about 450 px), so a phone's 320 or 360 px viewport would be impossible. A GTK user style sheet
 * shrinks the toolbar's own controls; the page's form controls are drawn by WebKit, not GTK, and
 * do not change. The driver and MiniBrowser get a config directory of their own that holds it.
 */
function gtkConfigHome() {
  const home = mkdtempSync(join(tmpdir(), 'ero-webkit-'));
  mkdirSync(join(home, 'gtk-3.0'));
  writeFileSync(join(home, 'gtk-3.0', 'gtk.css'), 'entry, button { min-width: 0; padding: 0; margin: 0; font-size: 1px; }\n');
  return home;
}

const MINIBROWSER = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function ready(port) {
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}

/** Starts the driver; resolves to its port, the MiniBrowser path and a function that stops it. */
export async function webkitDriver() {
  const binary = process.env.MINIBROWSER_PATH ?? MINIBROWSER.find((path) => existsSync(path));
  if (!binary) throw new Error('WebKitGTK MiniBrowser not found: apt-get install -y webkit2gtk-driver (npm run setup does)');
  const port = await freePort();
  const configHome = gtkConfigHome();
  const driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'WebKitWebDriver', `--port=${port}`], {
    stdio: 'ignore',
    detached: true,
    // Skia on the CPU: Xvfb has no GPU, and Skia's GL painting (through Mesa) anti-aliases
    // rounded corners differently from one frame to the next, which pixel comparisons would see.
    env: { ...process.env, XDG_CONFIG_HOME: configHome, WEBKIT_SKIA_ENABLE_CPU_RENDERING: '1' },
  });
  const stop = () => {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    rmSync(configHome, { recursive: true, force: true });
  };
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { stop(); process.exit(130); });
  await ready(port);
  return { port, binary, stop };
}

/** How long WebKit may take to leave a page before the driver and the browser are restarted (ms). */
const LEAVE_TIMEOUT = Number(process.env.WEBKIT_STOP_TIMEOUT_MS ?? 30000);

/**
 * Waits for `work` (a WebDriver command) at most `limit` ms. Resolves to its value as
 * { value }, or to { problem } saying why not: "did not answer within 30 s" or "failed (…)".
 * WebKitWebDriver now and then never answers a navigation; the callers then restart it.
 */
export async function withinTime(work, limit = LEAVE_TIMEOUT) {
  let timer;
  const late = new Promise((resolve) => {
    timer = setTimeout(resolve, limit, { problem: `did not answer within ${limit / 1000} s` });
  });
  const done = work.then((value) => ({ value }), (error) => ({ problem: `failed (${error?.message ?? error})` }));
  try {
    return await Promise.race([done, late]);
  } finally {
    clearTimeout(timer);
  }
}

const numbers = (...values) => values.every(Number.isFinite);
/** What WebDriver's Set Window Rect accepts: whole pixels from 0 to 2³¹ − 1. */
const windowSize = (value) => Number.isInteger(value) && value > 0 && value < 2 ** 31;
const pause = () => new Promise((done) => setTimeout(done, 100));

/**
 * Sizes WebKit's window so that the page gets `width` × `height`: the window's size includes
 * MiniBrowser's toolbar, so it grows by what the page lacks. On a loaded machine the driver may
 * answer a size question with nothing, or with the page's size from before the last resize (which
 * would ask for a window smaller than the page, or a negative one): ask again until the answers
 * agree with each other.
 */
export async function webdriverViewport(driver, { width, height }) {
  await driver.setWindowSize(width, height);
  for (let attempt = 0; attempt < 30; attempt++) {
    const inner = await driver.execute(() => [window.innerWidth, window.innerHeight]).catch(() => null);
    const outer = await driver.getWindowSize().catch(() => null);
    if (!Array.isArray(inner) || !numbers(...inner) || !outer || !numbers(outer.width, outer.height)) {
      await pause();
      continue;
    }
    const [innerWidth, innerHeight] = inner;
    if (innerWidth === width && innerHeight === height) return;
    const next = { width: Math.round(outer.width + width - innerWidth), height: Math.round(outer.height + height - innerHeight) };
    // A window is never smaller than its page: such an answer is stale, so ask again.
    if (!windowSize(next.width) || !windowSize(next.height) || next.width < width || next.height < height) {
      await pause();
      continue;
    }
    await driver.setWindowSize(next.width, next.height).catch(pause);
  }
  throw new Error(`WebKit: could not give the page ${width} × ${height} px`);
}
