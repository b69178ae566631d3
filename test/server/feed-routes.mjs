// Koa middleware for the test runner's own server: serves feed fixtures with the status codes,
// ETags, delays and request counts that the loader tests need. No network beyond localhost.
import { readFile } from 'node:fs/promises';
import { resolve, relative } from 'node:path';

const root = resolve(new URL('../..', import.meta.url).pathname);
const counts = new Map();
const down = new Set();
const lastHeaders = new Map();

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * GET /__feed?file=demo/feeds/sample.json&status=200&delay=0&etag=v1&key=abc
 *   file   – a file under the repository (test/fixtures or demo/feeds)
 *   status – the status to answer (default 200)
 *   delay  – milliseconds to wait before answering
 *   etag   – send this ETag and answer 304 when If-None-Match carries it
 *   key    – the name under which requests are counted (default: the whole URL)
 *   times  – answer `status` only to the first `times` requests of the key, then 200
 *   cors   – send Access-Control-Allow-Origin: * (for a page on another origin)
 * GET /__feed-count?key=abc → {"count": n}
 * GET /__feed-headers?key=abc → the request headers of the last request counted under `key`
 * GET /__feed-down?key=abc&down=1 → from now on requests counted under `key` have their
 *   connection cut, which a browser reports as a network error (down=0 restores them)
 */
export async function feedRoutes(ctx, next) {
  if (ctx.path === '/__feed-count') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ count: counts.get(ctx.query.key) ?? 0 });
    return;
  }
  if (ctx.path === '/__feed-headers') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(lastHeaders.get(ctx.query.key) ?? null);
    return;
  }
  if (ctx.path === '/__feed-down') {
    if (ctx.query.down === '1') down.add(ctx.query.key);
    else down.delete(ctx.query.key);
    ctx.body = 'ok';
    return;
  }
  if (ctx.path !== '/__feed') return next();
  if (ctx.method === 'OPTIONS') counts.set(`preflight:${ctx.query.key}`, (counts.get(`preflight:${ctx.query.key}`) ?? 0) + 1);
  if (ctx.query.cors === '1') ctx.set('Access-Control-Allow-Origin', '*');
  const { file = 'demo/feeds/sample.json', delay = '0', etag, key = ctx.url, times } = ctx.query;
  const count = (counts.get(key) ?? 0) + 1;
  counts.set(key, count);
  lastHeaders.set(key, ctx.headers);
  const status = times && count > Number(times) ? '200' : (ctx.query.status ?? '200');
  if (down.has(key)) {
    ctx.req.socket.destroy();
    ctx.respond = false;
    return;
  }
  if (Number(delay) > 0) await sleep(Number(delay));
  ctx.set('Cache-Control', 'no-cache');
  if (etag) {
    ctx.set('ETag', `"${etag}"`);
    if (ctx.get('If-None-Match') === `"${etag}"`) {
      ctx.status = 304;
      return;
    }
  }
  ctx.status = Number(status);
  if (ctx.status !== 200) {
    ctx.type = 'text/plain';
    ctx.body = `status ${ctx.status}`;
    return;
  }
  const path = resolve(root, file);
  if (relative(root, path).startsWith('..')) {
    ctx.status = 403;
    return;
  }
  ctx.type = 'application/json';
  ctx.body = await readFile(path, 'utf8');
}
