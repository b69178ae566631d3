/**
 * One page-wide store of feed sources: one fetch per URL however many widgets read it,
 * a timeout, a stored copy for repeat visits and offline use, and revalidation with
 * ETag / Last-Modified. No DOM rendering; components reach it through FeedController.
 */
import { afterCheck, checkNow } from './check.js';
import { FeedData } from './feed-data.js';
import { FeedError, parseFeedText, validateSome, type FeedIssue, type ParsedFeed } from './parse.js';
import { STORAGE_PREFIX } from './stored-feeds.js';

export { clearStoredFeeds, STORAGE_PREFIX } from './stored-feeds.js';

/** Where the last good copy of a feed is kept between visits. */
export type CacheMode = 'local' | 'session' | 'none';

export interface SourceOptions {
  /** Milliseconds before a request is given up. */
  readonly timeout: number;
  readonly cache: CacheMode;
}

export interface SourceState {
  readonly url: string;
  readonly loading: boolean;
  /** When the current (or last) request started (ms since epoch); each reader times it out on its own. */
  readonly startedAt?: number;
  /** The last good copy, from the network or from storage. */
  readonly parsed?: ParsedFeed;
  /** True while `parsed` came from storage and the network has not confirmed it. */
  readonly fromCache: boolean;
  /** When the network last confirmed `parsed` (ms since epoch). */
  readonly fetchedAt?: number;
  /** Why the last request failed; may sit beside an older good copy. */
  readonly error?: FeedError;
}

interface StoredCopy {
  readonly text: string;
  readonly etag?: string;
  readonly lastModified?: string;
  readonly fetchedAt: number;
}

export const DEFAULT_TIMEOUT = 10_000;

type Listener = () => void;

/** From the strictest to the most lenient: a URL is kept no longer than its strictest reader asks. */
const CACHE_RANK: Readonly<Record<CacheMode, number>> = { none: 0, session: 1, local: 2 };

class Source {
  state: SourceState;
  /** What each reader asked for; a request waits for the most patient of them. */
  private readonly readers = new Map<Listener, SourceOptions>();
  private stored?: StoredCopy;
  private request?: AbortController;
  private timer?: ReturnType<typeof setTimeout>;
  /** The strictest `cache` any reader of this URL has asked for on this page; it never loosens. */
  private cache: CacheMode;
  private lastTimeout: number;

  constructor(
    readonly url: string,
    options: SourceOptions,
  ) {
    this.cache = options.cache;
    this.lastTimeout = options.timeout;
    this.state = { url, loading: true, fromCache: false };
    this.restore();
    void this.load();
  }

  /**
   * Adds a reader with its own `cache` and `timeout` (by default the first reader's). A stricter
   * `cache` wipes the copies that the looser one left; a longer timeout extends a pending request.
   */
  subscribe(listener: Listener, options?: SourceOptions): () => void {
    const wanted = options ?? { cache: this.cache, timeout: this.lastTimeout };
    this.readers.set(listener, wanted);
    if (CACHE_RANK[wanted.cache] < CACHE_RANK[this.cache]) this.tighten(wanted.cache);
    this.armTimer();
    return () => {
      this.readers.delete(listener);
    };
  }

  /** The most patient reader's timeout: the request itself is given up only after it. */
  get timeout(): number {
    if (this.readers.size) this.lastTimeout = Math.max(...[...this.readers.values()].map((r) => r.timeout));
    return this.lastTimeout;
  }

  /** Fetches again, e.g. when a person presses "try again". */
  reload(): void {
    if (!this.state.loading) {
      this.set({ loading: true });
      void this.load();
    }
  }

  private set(patch: Partial<SourceState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of [...this.readers.keys()]) listener();
  }

  private storage(mode: CacheMode = this.cache): Storage | undefined {
    try {
      if (mode === 'local') return globalThis.localStorage;
      if (mode === 'session') return globalThis.sessionStorage;
    } catch {
      // Storage access throws in sandboxed frames and some private modes: run without a cache.
    }
    return undefined;
  }

  /** Moves to a stricter cache: the looser stores forget this URL, a `session` one keeps the copy. */
  private tighten(mode: CacheMode): void {
    const looser = (['local', 'session'] as const).filter((m) => CACHE_RANK[m] > CACHE_RANK[mode]);
    for (const m of looser) {
      try {
        this.storage(m)?.removeItem(STORAGE_PREFIX + this.url);
      } catch {
        // Nothing to forget where storage is blocked.
      }
    }
    this.cache = mode;
    if (this.stored) this.persist(this.stored);
  }

  /** (Re)arms the give-up timer of a pending request for the most patient reader. */
  private armTimer(): void {
    clearTimeout(this.timer);
    const { request, state } = this;
    if (!request || !state.loading || state.startedAt === undefined) return;
    const timeout = this.timeout;
    this.timer = setTimeout(() => request.abort(), Math.max(0, state.startedAt + timeout - Date.now()));
  }

  private restore(): void {
    try {
      const text = this.storage()?.getItem(STORAGE_PREFIX + this.url);
      if (!text) return;
      const stored = JSON.parse(text) as StoredCopy;
      const parsed = parseFeedText(stored.text, this.url);
      this.stored = stored;
      this.state = { ...this.state, parsed, fromCache: true, fetchedAt: stored.fetchedAt };
    } catch {
      this.forget();
    }
  }

  private persist(copy: StoredCopy): void {
    this.stored = copy;
    try {
      this.storage()?.setItem(STORAGE_PREFIX + this.url, JSON.stringify(copy));
    } catch {
      // Full or blocked storage only costs the next visit its head start.
    }
  }

  private forget(): void {
    this.stored = undefined;
    try {
      this.storage()?.removeItem(STORAGE_PREFIX + this.url);
    } catch {
      // Nothing to forget where storage is blocked.
    }
  }

  private async load(): Promise<void> {
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    this.state = { ...this.state, startedAt: Date.now() };
    this.armTimer();
    try {
      const response = await fetch(this.url, this.requestInit(request.signal));
      if (response.status === 304 && this.stored) {
        // Read the (empty) body to its end: a response left unread is reported as a failed,
        // aborted request (Chromium's net::ERR_ABORTED in DevTools and to test tools).
        await response.text();
        this.persist({ ...this.stored, fetchedAt: Date.now() });
        this.set({ loading: false, fromCache: false, fetchedAt: this.stored.fetchedAt, error: undefined });
        return;
      }
      if (!response.ok) {
        throw new FeedError('http', `The feed answered HTTP ${response.status}`, this.url, response.status);
      }
      const text = await response.text();
      const parsed = parseFeedText(text, this.url);
      afterCheck(parsed, () => logIssues(parsed.issues), (hasTime) => validateSome(parsed, hasTime));
      const fetchedAt = Date.now();
      this.persist({
        text,
        fetchedAt,
        etag: response.headers.get('ETag') ?? undefined,
        lastModified: response.headers.get('Last-Modified') ?? undefined,
      });
      this.set({ loading: false, parsed, fromCache: false, fetchedAt, error: undefined });
    } catch (cause) {
      const error = toFeedError(cause, this.url, request.signal.aborted, this.timeout);
      console.error(`[eroauttaminen] ${this.url}: ${error.message}`);
      this.set({ loading: false, error });
    } finally {
      if (this.request === request) clearTimeout(this.timer);
    }
  }

  private requestInit(signal: AbortSignal): RequestInit {
    const sameOrigin = new URL(this.url, location.href).origin === location.origin;
    const headers: Record<string, string> = { Accept: 'application/json' };
    // Conditional headers on a cross-origin request would force a CORS preflight that
    // static hosts rarely answer; there the browser's own cache revalidates instead.
    if (sameOrigin && this.stored?.etag) headers['If-None-Match'] = this.stored.etag;
    if (sameOrigin && this.stored?.lastModified) headers['If-Modified-Since'] = this.stored.lastModified;
    return {
      signal,
      headers,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: sameOrigin ? 'no-store' : 'no-cache',
    };
  }
}

function toFeedError(cause: unknown, url: string, aborted: boolean, timeout: number): FeedError {
  if (cause instanceof FeedError) return cause;
  if (aborted) return new FeedError('timeout', `The feed did not answer within ${timeout} ms`, url);
  return new FeedError('network', `The feed could not be fetched (${(cause as Error)?.message ?? cause}). ${networkHint(url)}`, url);
}

/** What usually blocks a fetch that fails without an answer, for the webmaster reading the console. */
function networkHint(url: string): string {
  const { origin } = new URL(url);
  return origin === location.origin
    ? "The network may be down, or the page's Content-Security-Policy does not allow it in connect-src."
    : `It is on another origin (${origin}): its server must send Access-Control-Allow-Origin, and the page's Content-Security-Policy must allow ${origin} in connect-src; or the network is down.`;
}

function logIssues(issues: readonly FeedIssue[]): void {
  for (const issue of issues) {
    const item = issue.itemId ? ` (id "${issue.itemId}")` : '';
    console.warn(`[eroauttaminen] ${issue.source || 'feed'} ${issue.path}${item}: ${issue.message}`);
  }
}

class FeedStore {
  private readonly sources = new Map<string, Source>();
  private readonly mergedByKey = new Map<string, { parts: readonly ParsedFeed[]; data: FeedData }>();

  source(url: string, options: SourceOptions): Source {
    const absolute = new URL(url, location.href).href;
    let source = this.sources.get(absolute);
    if (!source) {
      source = new Source(absolute, options);
      this.sources.set(absolute, source);
    }
    return source;
  }

  /** The merged view of the given parsed sources, shared by every widget that reads the same ones. */
  merge(parts: readonly ParsedFeed[]): FeedData {
    const key = parts.map((p) => p.source).join('\n');
    const cached = this.mergedByKey.get(key);
    if (cached && cached.parts.length === parts.length && cached.parts.every((p, i) => p === parts[i])) {
      return cached.data;
    }
    const data = FeedData.merge(parts);
    if (parts.length > 1) {
      afterCheck(data, () => {
        for (const part of parts) checkNow(part);
        const own = new Set(parts.flatMap((p) => p.issues));
        logIssues(data.issues.filter((issue) => !own.has(issue)));
      });
    }
    this.mergedByKey.set(key, { parts, data });
    return data;
  }

  /** Forgets every source; for tests and for a quick exit that wipes traces. */
  clear(): void {
    this.sources.clear();
    this.mergedByKey.clear();
  }
}

export type { Source };

// Shared through a registry symbol so that two copies of the bundle on one page still make one
// request per URL. The "v1" keeps a future incompatible store apart.
const STORE_KEY = Symbol.for('eroauttaminen.feed-store.v1');
const registry = globalThis as unknown as Record<symbol, FeedStore | undefined>;
export const feedStore: FeedStore = (registry[STORE_KEY] ??= new FeedStore());
