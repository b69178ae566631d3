// A small static server for the demo: serves the repository on http://localhost:8080/ with
// the headers a real feed host should send (JSON type, ETag, Cache-Control) and a strict CSP.
// `node scripts/serve.mjs` runs it; the demo test imports startDemoServer() to check the pages
// under exactly these headers.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROBE_PATH, PROBE_SCRIPT, withProbe } from './engine-probe.mjs';

const root = new URL('..', import.meta.url).pathname;
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ics': 'text/calendar; charset=utf-8',
};

/** The policy every demo page is served with: no inline script or style, nothing from other hosts. */
export const DEMO_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'self'";

async function handle(req, res, { probe = false } = {}) {
  const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  if (probe && path === PROBE_PATH) {
    res.writeHead(200, { 'Content-Type': types['.js'], 'Content-Security-Policy': DEMO_CSP }).end(PROBE_SCRIPT);
    return;
  }
  if (path === '/') {
    res.writeHead(302, { Location: '/demo/' }).end();
    return;
  }
  let file = normalize(join(root, path));
  if (!file.startsWith(root) || file.includes(`${root}node_modules`)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    let body = await readFile(file);
    if (probe && extname(file) === '.html') body = Buffer.from(withProbe(body.toString()));
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    const headers = {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      ETag: etag,
      'Cache-Control': 'no-cache',
      'Content-Security-Policy': DEMO_CSP,
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
    };
    if (extname(file) === '.json') headers['Access-Control-Allow-Origin'] = '*';
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  }
}

/**
 * Starts the server; port 0 picks a free one. Resolves with the server once it listens. With
 * `probe`, the tests' console probe for WebKit is served and put in every page (engine-probe.mjs).
 */
export function startDemoServer(port = 8080, { probe = false } = {}) {
  const server = createServer((req, res) => handle(req, res, { probe }));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve(server));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const wanted = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535) {
    console.error(`PORT=${process.env.PORT} is not a port number (0–65535).`);
    process.exit(2);
  }
  // A busy port (another demo, Storybook…) is not an error: take the next free one, and say so.
  let server;
  for (let port = wanted; !server; port++) {
    try {
      server = await startDemoServer(port);
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || port - wanted >= 20) {
        console.error(`Cannot serve the demo on port ${port}: ${error.code === 'EADDRINUSE' ? 'in use' : error.message}. Set PORT to a free port, e.g. PORT=8090 npm run demo.`);
        process.exit(2);
      }
      if (port === wanted) console.log(`Port ${port} is in use; trying the next one.`);
    }
  }
  const { port } = server.address();
  console.log(`Demo: http://localhost:${port}/demo/`);
  console.log(`Embed configurator: http://localhost:${port}/demo/configurator.html`);
  console.log(`Sample feed: http://localhost:${port}/demo/feeds/sample.json`);
}
