// Runs every test/**/*.test.ts in Debian's Chromium (/usr/bin/chromium); a test tool's own
// browser download fails on these machines. The feed routes are the local test server.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { feedRoutes } from './test/server/feed-routes.mjs';
import { kitCopyPlugin, screenshotPlugin, strictCspHeaders } from './test/server/kit-plugins.mjs';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    kitCopyPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    screenshotPlugin(),
  ],
  middleware: [feedRoutes, strictCspHeaders],
  // One page at a time: a page in the background gets no animation frames or focus, which
  // open-wc's fixture() and the keyboard tests rely on.
  concurrency: 1,
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
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
    }),
  ],
};
