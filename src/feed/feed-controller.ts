/**
 * The reactive controller through which every component reads feeds: it follows the host's
 * `src` (one or more URLs) or `feed` property, merges the sources and fires
 * `ero-feed-load` / `ero-feed-error` once each time the sources settle.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../events.js';
import { FeedData } from './feed-data.js';
import { FeedError, parseFeed } from './parse.js';
import { feedStore, type CacheMode, type Source, type SourceState } from './store.js';
import type { Feed } from './types.js';

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  /** Space-separated feed URLs, merged by id in this order. */
  src: string;
  /** A feed object given directly (frameworks, Storybook); used instead of `src` when set. */
  feed?: Feed;
  timeout: number;
  cache: CacheMode;
}

export type FeedStatus = 'loading' | 'ready' | 'error';

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
    for (const issue of parsed.issues) console.warn(`[eroauttaminen] feed property ${issue.path}: ${issue.message}`);
    givenFeeds.set(feed, data);
  }
  return data;
}

export class FeedController implements ReactiveController {
  private sources: Source[] = [];
  private unsubscribers: (() => void)[] = [];
  private key = '';
  private givenFeed?: Feed;
  private givenData?: FeedData;
  private givenError?: FeedError;
  private settledKey = '';

  constructor(private readonly host: FeedHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.unsubscribe();
    this.key = '';
  }

  hostUpdate(): void {
    this.sync();
  }

  /** What to show: data (possibly stale), still loading, or an error with nothing to show. */
  get status(): FeedStatus {
    if (this.given()) return this.givenData ? 'ready' : 'error';
    if (this.sources.length === 0) return 'error';
    if (this.data) return 'ready';
    return this.states.some((s) => s.loading) ? 'loading' : 'error';
  }

  get data(): FeedData | undefined {
    if (this.given()) return this.givenData;
    const parts = this.states.flatMap((s) => (s.parsed ? [s.parsed] : []));
    return parts.length ? feedStore.merge(parts) : undefined;
  }

  /** Failures of the last requests, including those hidden behind a stored copy. */
  get errors(): readonly FeedError[] {
    if (this.given()) return this.givenError ? [this.givenError] : [];
    if (this.sources.length === 0) {
      return [new FeedError('format', 'No feed: set the src attribute to the feed URL')];
    }
    return this.states.flatMap((s) => (s.error ? [s.error] : []));
  }

  /** When some data shown is a stored copy that the network could not confirm: its time, else undefined. */
  get staleSince(): number | undefined {
    const stale = this.states.filter((s) => s.parsed && s.error && !s.loading);
    return stale.length ? Math.min(...stale.map((s) => s.fetchedAt ?? 0)) : undefined;
  }

  get loading(): boolean {
    return this.states.some((s) => s.loading);
  }

  retry(): void {
    this.sources.forEach((s) => s.reload());
  }

  /**
   * True when the host has a `feed` object, which is read now if it is new: components derive
   * their items in willUpdate, before controllers' hostUpdate, and must not get the old feed.
   */
  private given(): boolean {
    const { feed } = this.host;
    if (feed && feed !== this.givenFeed) this.useGivenFeed(feed);
    return Boolean(feed);
  }

  private get states(): SourceState[] {
    return this.sources.map((s) => s.state);
  }

  private sync(): void {
    if (this.given()) return;
    const urls = this.host.src.split(/\s+/).filter(Boolean);
    const key = `${urls.join(' ')}|${this.host.timeout}|${this.host.cache}`;
    if (key === this.key) return;
    this.key = key;
    this.unsubscribe();
    this.settledKey = '';
    const options = { timeout: this.host.timeout, cache: this.host.cache };
    this.sources = urls.map((url) => feedStore.source(url, options));
    this.unsubscribers = this.sources.map((s) => s.subscribe(() => this.onSourceChange()));
    if (this.sources.length === 0) {
      console.error(`[eroauttaminen] <${this.host.localName}> has no src attribute: set it to the feed URL.`);
    }
    this.onSourceChange();
  }

  private useGivenFeed(feed: Feed): void {
    this.givenFeed = feed;
    this.unsubscribe();
    this.key = '';
    try {
      this.givenData = readGivenFeed(feed);
      this.givenError = undefined;
      emit(this.host, 'ero-feed-load', { sources: [], issues: this.givenData.issues });
    } catch (error) {
      this.givenData = undefined;
      this.givenError = error as FeedError;
      console.error(`[eroauttaminen] feed property: ${this.givenError.message}`);
      this.emitError(this.givenError, false);
    }
  }

  private onSourceChange(): void {
    this.host.requestUpdate();
    if (this.loading || this.sources.length === 0) return;
    // Fire once per settled combination of states, not once per notification.
    const settled = this.states.map((s) => `${s.fetchedAt}|${s.error?.message ?? ''}|${s.fromCache}`).join('\n');
    if (settled === this.settledKey) return;
    this.settledKey = settled;
    for (const state of this.states) {
      if (state.error) this.emitError(state.error, Boolean(state.parsed));
    }
    const data = this.data;
    if (data) {
      const sources = this.states
        .filter((s) => s.parsed)
        .map((s) => ({ url: s.url, fromCache: s.fromCache || Boolean(s.error), fetchedAt: s.fetchedAt }));
      emit(this.host, 'ero-feed-load', { sources, issues: data.issues });
    }
  }

  private emitError(error: FeedError, stale: boolean): void {
    emit(this.host, 'ero-feed-error', {
      url: error.url,
      kind: error.kind,
      message: error.message,
      status: error.status,
      stale,
    });
  }

  private unsubscribe(): void {
    this.unsubscribers.forEach((off) => off());
    this.unsubscribers = [];
    this.sources = [];
  }
}
