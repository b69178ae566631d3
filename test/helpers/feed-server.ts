/**
 * Test helpers around the test runner's feed routes (test/server/feed-routes.mjs): build feed
 * URLs with a unique key, read request counts, cut the network, and start a "new visit".
 */
import { feedStore } from '../../src/feed/store.js';

let serial = 0;

export interface FeedUrlOptions {
  file?: string;
  status?: number;
  delay?: number;
  etag?: string;
  /** Answer `status` only to the first `times` requests, then 200. */
  times?: number;
  /** Requests are counted under this key; by default a fresh one for each URL. */
  key?: string;
}

export const SAMPLE = 'demo/feeds/sample.json';

/** A feed URL on the test server; each call gets its own key unless one is given. */
export function feedUrl(options: FeedUrlOptions = {}): string {
  const key = options.key ?? `k${Date.now()}-${++serial}`;
  const params = new URLSearchParams({ file: options.file ?? SAMPLE, key });
  if (options.status) params.set('status', String(options.status));
  if (options.delay) params.set('delay', String(options.delay));
  if (options.etag) params.set('etag', options.etag);
  if (options.times) params.set('times', String(options.times));
  return `/__feed?${params}`;
}

export function keyOf(url: string): string {
  return new URL(url, location.href).searchParams.get('key')!;
}

export async function requestCount(url: string): Promise<number> {
  const response = await fetch(`/__feed-count?key=${encodeURIComponent(keyOf(url))}`);
  return ((await response.json()) as { count: number }).count;
}

/** The headers of the last request the test server received for this feed URL. */
export async function lastRequestHeaders(url: string): Promise<Record<string, string>> {
  const response = await fetch(`/__feed-headers?key=${encodeURIComponent(keyOf(url))}`);
  return (await response.json()) as Record<string, string>;
}

/** Cuts (or restores) the connection for this feed URL: the browser sees a network error. */
export async function setNetworkDown(url: string, isDown: boolean): Promise<void> {
  await fetch(`/__feed-down?key=${encodeURIComponent(keyOf(url))}&down=${isDown ? 1 : 0}`);
}

/** Forgets every loaded feed, as a new page load would; stored copies stay. */
export function newVisit(): void {
  feedStore.clear();
}

/** Waits for the next `type` event from `target`. */
export function nextEvent<K extends keyof HTMLElementEventMap>(target: EventTarget, type: K): Promise<HTMLElementEventMap[K]> {
  return new Promise((done) => target.addEventListener(type, (e) => done(e as HTMLElementEventMap[K]), { once: true }));
}
