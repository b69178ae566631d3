/**
 * The reactive controller through which every component reads feeds. At the start of each
 * update (the host's `willUpdate`) it resolves the host's `src` (one or more URLs, with its
 * `cache` and `timeout`) or `feed` property into one immutable {@link FeedSnapshot}; what a
 * component derives from it can be memoised on the snapshot's (or its data's) identity.
 * `ero-feed-load` / `ero-feed-error` are sent after the update, once each time the sources settle.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit, type EroEventMap } from '../events.js';
import { afterCheck, checkFeed, checkNow, isChecked } from './check.js';
import { FeedData } from './feed-data.js';
import { FeedError, parseFeed } from './parse.js';
import { settingsOf, type Settings, type WrittenSettings } from './feed-settings.js';
import { DEFAULT_TIMEOUT, feedStore, type Source, type SourceState } from './store.js';
import type { Feed } from './types.js';

/** An element that shows feeds: its settings as written (see feed-settings.ts), or a feed object. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement, WrittenSettings {
  /** A feed object given directly (frameworks, Storybook); used instead of `src` when set. */
  feed?: Feed | null;
}

export type FeedStatus = 'loading' | 'ready' | 'error';

/** Everything a component may show of its feeds at one moment. A new object only when something changed. */
export interface FeedSnapshot {
  /** What to show: data (possibly stale), still loading, or an error with nothing to show. */
  readonly status: FeedStatus;
  /** The merged feeds; the same object for as long as the sources have not changed. */
  readonly data?: FeedData;
  /** Failures of the last requests, including those hidden behind a stored copy. */
  readonly errors: readonly FeedError[];
  /** When some data shown is a stored copy that the network could not confirm: its time. */
  readonly staleSince?: number;
  /** True while any source is still being fetched (for this host's timeout). */
  readonly loading: boolean;
  /**
   * True once the whole of `data` has been checked, which waits for an idle moment after the
   * first render: only then are `data.issues` and `data.droppedCount` cheap to read.
   */
  readonly checked: boolean;
}

const INITIAL: FeedSnapshot = Object.freeze({ status: 'loading', errors: [], loading: true, checked: false });

/**
 * Each feed object given as a property is read once, however many elements show it: like Lit,
 * we take a new object, not a mutated one, as a new feed. The same FeedData also lets the
 * components share what they derive from it (compiled events, search indexes).
 */
const givenFeeds = new WeakMap<Feed, FeedData>();

function readGivenFeed(feed: Feed): FeedData {
  let data = givenFeeds.get(feed);
  if (!data) {
    const parsed = parseFeed(feed, 'feed property');
    data = FeedData.merge([parsed]);
    afterCheck(data, () => {
      for (const issue of parsed.issues) console.warn(`[eroauttaminen] feed property ${issue.path}: ${issue.message}`);
    });
    givenFeeds.set(feed, data);
  }
  return data;
}

type PendingEvent = { [K in keyof EroEventMap]: [K, EroEventMap[K]['detail']] }[keyof EroEventMap];

export class FeedController implements ReactiveController {
  /** The feeds as of the host's current update; read it, never the sources directly. */
  snapshot: FeedSnapshot = INITIAL;

  private sources: Source[] = [];
  private unsubscribers: (() => void)[] = [];
  /** What the current subscriptions were made for: the URLs with cache and timeout, or a feed object. */
  private key = '';
  private givenFeed?: Feed;
  private givenResult?: FeedSnapshot;
  private settledKey = '';
  private pending: PendingEvent[] = [];
  /** The data whose whole-feed check the load event waits for. */
  private awaitingCheck?: FeedData;
  /** The data whose check will take a new snapshot (with its notices) when it is done. */
  private watchedCheck?: FeedData;
  private deadline?: ReturnType<typeof setTimeout>;
  /** The host's `timeout` and `cache` as last read, so that each wrong value is named once. */
  private written = '';
  /** The timeout that the current subscriptions were made with. */
  private timeout = DEFAULT_TIMEOUT;
  /** This host's own timeout errors, one per request, so that a snapshot stays equal to itself. */
  private timeouts = new Map<string, FeedError>();

  constructor(private readonly host: FeedHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // A reconnected element subscribes again in its next update.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.unsubscribe();
    this.key = '';
    this.givenFeed = undefined;
    this.awaitingCheck = undefined;
    this.watchedCheck = undefined;
    clearTimeout(this.deadline);
  }

  /** Sends the events that the last resolve found, now that the host has rendered. */
  hostUpdated(): void {
    const events = this.pending;
    this.pending = [];
    for (const [type, detail] of events) emit(this.host, type, detail as never);
  }

  /** Shortcuts to the current snapshot. */
  get status(): FeedStatus {
    return this.snapshot.status;
  }

  get data(): FeedData | undefined {
    return this.snapshot.data;
  }

  get errors(): readonly FeedError[] {
    return this.snapshot.errors;
  }

  get staleSince(): number | undefined {
    return this.snapshot.staleSince;
  }

  get loading(): boolean {
    return this.snapshot.loading;
  }

  get checked(): boolean {
    return this.snapshot.checked;
  }

  /**
   * Runs the pending whole-feed check now, for someone who waits for it (`updateComplete`), and
   * returns its promise; undefined when nothing waits for a check.
   */
  finishCheck(): Promise<void> | undefined {
    const data = this.awaitingCheck ?? (this.snapshot.checked ? undefined : this.snapshot.data);
    if (!data) return undefined;
    const done = checkFeed(data);
    checkNow(data);
    return done;
  }

  retry(): void {
    this.timeouts.clear();
    this.sources.forEach((s) => s.reload());
  }

  /**
   * Follows the host's current `src`, `cache`, `timeout` and `feed` and takes a new snapshot if
   * anything changed. The host calls it first thing in `willUpdate`.
   */
  resolve(): FeedSnapshot {
    let next = this.host.feed ? this.resolveGiven(this.host.feed) : this.resolveSources();
    if (next.data && !next.checked) {
      if (isChecked(next.data)) next = { ...next, checked: true };
      else this.watchCheck(next.data);
    }
    if (next.data && this.host.feed && next !== this.givenResult) this.givenResult = next;
    if (!sameSnapshot(next, this.snapshot)) this.snapshot = next;
    return this.snapshot;
  }

  private resolveGiven(feed: Feed): FeedSnapshot {
    if (feed === this.givenFeed && this.givenResult) return this.givenResult;
    this.unsubscribe();
    this.key = '';
    this.givenFeed = feed;
    try {
      const data = readGivenFeed(feed);
      this.givenResult = { status: 'ready', data, errors: [], loading: false, checked: false };
      this.loadAfterCheck(data, { sources: [] });
    } catch (error) {
      const feedError = error as FeedError;
      console.error(`[eroauttaminen] feed property: ${feedError.message}`);
      this.givenResult = { status: 'error', errors: [feedError], loading: false, checked: true };
      this.pending.push(['ero-feed-error', errorDetail(feedError, false)]);
    }
    return this.givenResult;
  }

  private resolveSources(): FeedSnapshot {
    this.givenFeed = undefined;
    this.givenResult = undefined;
    const problems: string[] = [];
    const settings = settingsOf(this.host, problems);
    const key = `${settings.urls.join(' ')}|${settings.timeout}|${settings.cache}`;
    const written = `${this.host.timeout}|${this.host.cache}`;
    if (written !== this.written) {
      this.written = written;
      for (const problem of problems) console.warn(`[eroauttaminen] <${this.host.localName}> ${problem}.`);
    }
    if (key !== this.key) this.subscribe(key, settings);
    if (this.sources.length === 0) {
      return { status: 'error', errors: [new FeedError('format', 'No feed: set the src attribute to the feed URL')], loading: false, checked: true };
    }
    const states = this.sources.map((s) => this.asSeenHere(s));
    const loading = states.some((s) => s.loading);
    const parts = states.flatMap((s) => (s.parsed ? [s.parsed] : []));
    const data = parts.length ? feedStore.merge(parts) : undefined;
    const stale = states.filter((s) => s.parsed && s.error && !s.loading);
    const snapshot: FeedSnapshot = {
      status: data ? 'ready' : loading ? 'loading' : 'error',
      data,
      errors: states.flatMap((s) => (s.error ? [s.error] : [])),
      staleSince: stale.length ? Math.min(...stale.map((s) => s.fetchedAt ?? 0)) : undefined,
      loading,
      checked: !data,
    };
    if (!loading) this.settle(states, data);
    return snapshot;
  }

  /** Takes a new snapshot once the whole of `data` has been checked. */
  private watchCheck(data: FeedData): void {
    if (this.watchedCheck === data) return;
    this.watchedCheck = data;
    void checkFeed(data).then(() => {
      if (this.watchedCheck === data) this.host.requestUpdate();
    });
  }

  private subscribe(key: string, { urls, timeout, cache }: Settings): void {
    this.key = key;
    this.timeout = timeout;
    this.unsubscribe();
    this.settledKey = '';
    this.timeouts.clear();
    const options = { timeout, cache };
    this.sources = urls.map((url) => feedStore.source(url, options));
    this.unsubscribers = this.sources.map((s) => s.subscribe(() => this.host.requestUpdate(), options));
    if (this.sources.length === 0) {
      console.error(`[eroauttaminen] <${this.host.localName}> has no src attribute: set it to the feed URL.`);
    }
  }

  /**
   * A source's state for this host: a request that another reader still waits for has timed out
   * here once this host's own `timeout` has passed.
   */
  private asSeenHere(source: Source): SourceState {
    const { state } = source;
    const { timeout } = this;
    if (!state.loading || state.startedAt === undefined || timeout >= source.timeout) return state;
    const left = state.startedAt + timeout - Date.now();
    if (left > 0) {
      clearTimeout(this.deadline);
      this.deadline = setTimeout(() => this.host.requestUpdate(), left);
      return state;
    }
    const id = `${state.url}|${state.startedAt}|${timeout}`;
    let error = this.timeouts.get(id);
    if (!error) {
      error = new FeedError('timeout', `The feed did not answer within ${timeout} ms`, state.url);
      console.error(`[eroauttaminen] <${this.host.localName}> ${state.url}: ${error.message}; it is still being fetched for another element.`);
      this.timeouts.set(id, error);
    }
    return { ...state, loading: false, error };
  }

  /** Queues the load and error events once per settled combination of states. */
  private settle(states: readonly SourceState[], data: FeedData | undefined): void {
    const settled = states.map((s) => `${s.fetchedAt}|${s.error?.message ?? ''}|${s.fromCache}`).join('\n');
    if (settled === this.settledKey) return;
    this.settledKey = settled;
    for (const state of states) {
      if (state.error) this.pending.push(['ero-feed-error', errorDetail(state.error, Boolean(state.parsed))]);
    }
    if (data) {
      const sources = states
        .filter((s) => s.parsed)
        .map((s) => ({ url: s.url, fromCache: s.fromCache || Boolean(s.error), fetchedAt: s.fetchedAt }));
      this.loadAfterCheck(data, { sources });
    }
  }

  /**
   * Queues `ero-feed-load` for after the whole-feed check of `data`, which reports its issues:
   * at the host's next update once the check is done.
   */
  private loadAfterCheck(data: FeedData, detail: Omit<EroEventMap['ero-feed-load']['detail'], 'issues'>): void {
    this.awaitingCheck = data;
    void checkFeed(data).then(() => {
      if (this.awaitingCheck !== data) return;
      this.awaitingCheck = undefined;
      this.pending.push(['ero-feed-load', { ...detail, issues: data.issues }]);
      this.host.requestUpdate();
    });
  }

  private unsubscribe(): void {
    this.unsubscribers.forEach((off) => off());
    this.unsubscribers = [];
    this.sources = [];
  }
}

function errorDetail(error: FeedError, stale: boolean) {
  return { url: error.url, kind: error.kind, message: error.message, status: error.status, stale };
}

function sameSnapshot(a: FeedSnapshot, b: FeedSnapshot): boolean {
  return (
    a.status === b.status &&
    a.data === b.data &&
    a.staleSince === b.staleSince &&
    a.loading === b.loading &&
    a.checked === b.checked &&
    a.errors.length === b.errors.length &&
    a.errors.every((e, i) => e.kind === b.errors[i].kind && e.url === b.errors[i].url && e.message === b.errors[i].message)
  );
}
