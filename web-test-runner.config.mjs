// Runs every test/**/*.test.ts in three engines, from Debian's packages (a test tool's own
// browser download fails on these machines):
// - Chromium (/usr/bin/chromium) through the Chrome DevTools Protocol;
// - Firefox ESR (/usr/bin/firefox-esr) through Puppeteer over WebDriver BiDi;
// - WebKitGTK's MiniBrowser through WebKitWebDriver, under Xvfb (it needs a display).
// ENGINES=chromium,firefox,webkit picks them (default: chromium; `npm run test:browsers`, part
// of `npm test`, runs all three side by side). The output names each engine with its version.
// The feed routes are the local test server.
import { execFileSync } from 'node:child_process';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { feedRoutes } from './test/server/feed-routes.mjs';
import { kitCopyPlugin, screenshotPlugin, strictCspHeaders } from './test/server/kit-plugins.mjs';
import { webdriverCommandsPlugin } from './test/server/engine-commands.mjs';
import { webkitDriver, withinTime } from './scripts/webkit-driver.mjs';

const engines = (process.env.ENGINES ?? 'chromium').split(',').map((e) => e.trim());

/** What `binary --version` prints (Debian's "Chromium 156.0.8078.114 built on…", "Mozilla Firefox 153.8.0esr"). */
function versionText(binary) {
  try {
    return execFileSync(binary, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return '';
  }
}
const versionNumber = (text) => /\d+(\.\d+)+/.exec(text)?.[0] ?? '';

/** Names the launcher's browser in the runner's output (its own name would be "Chrome" or "MiniBrowser"). */
function named(launcher, name) {
  Object.defineProperty(launcher, 'name', { get: name, set() {}, configurable: true });
  return launcher;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const chromium = () => {
  const label = `Chromium ${versionNumber(versionText(CHROMIUM))}`.trim();
  return named(chromeLauncher({
    launchOptions: {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
      ],
    },
  }), () => label);
};

const firefox = () => {
  const text = versionText(FIREFOX);
  const label = `Firefox ${/esr/.test(text) ? 'ESR ' : ''}${versionNumber(text)}`.trim();
  return named(puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true } }), () => label);
};

/**
 * WebKitWebDriver now and then never answers a navigation: in one CI run, leaving a test page
 * whose tests had all passed (for about:blank, which is how the runner ends a page) hung until
 * the 120 s request timeout, and the runner counted the file as failed. A page that is not left
 * within WEBKIT_STOP_TIMEOUT_MS (30 s) ends with a warning, and the next page gets a new driver,
 * browser and session. The page's results have already been counted by then; a test that fails
 * still fails.
 */
function restartingWhenHung(launcher, started) {
  let current = started;
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (id) => {
    const { value, problem } = await withinTime(stopSession(id));
    if (!problem) return value;
    console.warn(`WebKitGTK: leaving a test page ${problem}; the driver and the browser are restarted.`);
    clearInterval(launcher.pendingHeartbeat);
    launcher.driver = undefined;
    launcher.driverManager = undefined;
    current.stop();
    current = await webkitDriver();
    launcher.options.port = current.port;
    return { testCoverage: undefined };
  };
  return launcher;
}

const webkit = async () => {
  const started = await webkitDriver();
  const { port, binary } = started;
  // WebKitWebDriver reports the WebKitGTK version once the session is open.
  const launcher = webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // The quick exit's test opens its page in a window of its own, as a visitor's link would.
      'webkitgtk:browserOptions': { binary, args: ['--automation', '--javascript-can-open-windows-automatically=true'] },
      'wdio:enforceWebDriverClassic': true,
    },
  });
  let version = '';
  return named(restartingWhenHung(launcher, started), () => {
    version ||= launcher.driver?.capabilities?.browserVersion ?? '';
    return `WebKitGTK ${version}`.trim();
  });
};

/**
 * The runner's own errors, written straight to stderr. The runner buffers console output while it
 * draws its progress, and on an uncaught exception it stops and exits before that buffer is
 * written: one clean-clone run ended with exit code 1 and no word of why. A promise that a
 * launcher leaves floating (the WebDriver launcher does not wait for its navigation to a test
 * page) is reported and the run goes on: a test page that never loads fails its file by the
 * runner's own time limit, with its name.
 */
const say = (what, error) => process.stderr.write(`\n[web-test-runner config] ${what}: ${error?.stack ?? error}\n`);
process.on('unhandledRejection', (error) => say('a promise was rejected and not handled (the run goes on)', error));
process.on('uncaughtException', (error) => say('uncaught exception (the runner stops)', error));

const launchers = { chromium, firefox, webkit };
const unknown = engines.filter((e) => !launchers[e]);
if (unknown.length) throw new Error(`ENGINES: unknown engine ${unknown.join(', ')} (use chromium, firefox, webkit)`);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    kitCopyPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    screenshotPlugin(),
    webdriverCommandsPlugin(),
  ],
  middleware: [feedRoutes, strictCspHeaders],
  // One page at a time per engine: a page in the background gets no animation frames or focus,
  // which open-wc's fixture() and the keyboard tests rely on. The engines run side by side.
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 600000,
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // A test's own time limit. The three engines share the machine's cores (load 12 on 2 cores in
  // CI): a WebKit test that mounts the finder and runs axe took over 10 s there once.
  testFramework: { config: { timeout: 30000 } },
  browsers: await Promise.all(engines.map((e) => launchers[e]())),
};
