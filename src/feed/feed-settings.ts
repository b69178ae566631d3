/**
 * The feed settings of an element (`src`, `timeout`, `cache`) as the feed controller uses them,
 * whatever a page or a framework wrote: each unusable value replaced by what it can mean, and
 * named. Pure logic: no DOM.
 */
import { DEFAULT_TIMEOUT, type CacheMode } from './store.js';

/** The settings as written: a removed attribute is null, a removed prop undefined, a wrong one anything. */
export interface WrittenSettings {
  readonly src: string | null | undefined;
  readonly timeout: number | null | undefined;
  /** A CacheMode when it is right; an attribute may say anything. */
  readonly cache: string | null | undefined;
}

export interface Settings {
  readonly urls: readonly string[];
  readonly timeout: number;
  readonly cache: CacheMode;
}

const CACHE_MODES: readonly string[] = ['local', 'session', 'none'] satisfies CacheMode[];

/** The longest delay a timer takes (about 24.8 days). */
const LONGEST_TIMER = 2 ** 31 - 1;

/**
 * What the host's `src`, `timeout` and `cache` ask for, each unusable value replaced and named in
 * `problems`: no value is the default (10 s, `local`); a timeout that is not a number of
 * milliseconds above 0 is the default; an empty `cache` is the default too, and an unknown one
 * keeps nothing, as `none` does, since a page that sets it wants less kept than the default.
 */
export function settingsOf(host: WrittenSettings & Partial<Pick<Element, 'getAttribute'>>, problems: string[] = []): Settings {
  const { src, timeout, cache } = host;
  const urls = typeof src === 'string' ? src.split(/\s+/).filter(Boolean) : [];
  const usableTimeout = typeof timeout === 'number' && Number.isFinite(timeout) && timeout > 0;
  // An element names a timeout as it was written ("x", not NaN).
  const written = host.getAttribute?.('timeout') ?? timeout;
  if (timeout != null && !usableTimeout) problems.push(`timeout="${written}" is not a number of milliseconds above 0; the default ${DEFAULT_TIMEOUT} ms is used`);
  const unset = cache == null || cache === '';
  const knownCache = unset || CACHE_MODES.includes(cache);
  if (!knownCache) problems.push(`cache="${cache}" is not local, session or none; nothing is stored, as with "none"`);
  return {
    urls,
    // Browsers run a timer of more than 2^31 - 1 ms at once: a longer wait is the longest one.
    timeout: usableTimeout ? Math.min(timeout, LONGEST_TIMER) : DEFAULT_TIMEOUT,
    cache: unset ? 'local' : knownCache ? (cache as CacheMode) : 'none',
  };
}
