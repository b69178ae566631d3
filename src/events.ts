/**
 * Every event the kit fires: a `CustomEvent` named `ero-<verb>` that bubbles out of shadow DOM,
 * with a typed detail. Declared in HTMLElementEventMap so a misspelt listener fails to compile.
 */
import type { FeedErrorKind, FeedIssue } from './feed/parse.js';

export interface FeedLoadDetail {
  /** Every source that gave data, and whether that data came from the stored copy. */
  readonly sources: readonly { readonly url: string; readonly fromCache: boolean; readonly fetchedAt?: number }[];
  /** Items left out or references that do not resolve. */
  readonly issues: readonly FeedIssue[];
}

export interface FeedErrorDetail {
  readonly url: string;
  readonly kind: FeedErrorKind;
  readonly message: string;
  readonly status?: number;
  /** True when an older stored copy is shown instead. */
  readonly stale: boolean;
}

export interface EroEventMap {
  'ero-feed-load': CustomEvent<FeedLoadDetail>;
  'ero-feed-error': CustomEvent<FeedErrorDetail>;
}

/** Dispatches an `ero-*` event from `target`; returns false when a listener called preventDefault(). */
export function emit<K extends keyof EroEventMap>(
  target: EventTarget,
  type: K,
  detail: EroEventMap[K]['detail'],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}

declare global {
  interface HTMLElementEventMap extends EroEventMap {}
}
