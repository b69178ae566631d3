/**
 * The one place that knows where stored feed copies live, so that <ero-quick-exit> can wipe
 * them without loading the feed store, its parser and the schema.
 */

/** Every key this kit writes starts with this; nothing else is stored. */
export const STORAGE_PREFIX = 'eroauttaminen:v1:feed:';

/** Removes every stored feed copy this kit wrote, in local and session storage. */
export function clearStoredFeeds(): void {
  for (const storage of [globalThis.localStorage, globalThis.sessionStorage]) {
    try {
      for (const key of Object.keys(storage)) if (key.startsWith(STORAGE_PREFIX)) storage.removeItem(key);
    } catch {
      // Blocked storage holds nothing of ours.
    }
  }
}
