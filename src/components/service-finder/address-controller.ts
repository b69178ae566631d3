/**
 * Keeps the finder's filters in the page address when the page asks for it (`url-state`):
 * reads them, records each choice as a history entry, and follows the back button.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { compactFilters, type FinderFilters } from './filter.js';
import { hasUrlState, readUrlState, toUrlStateMode, writeUrlState, type UrlStateMode } from './url-state.js';

export interface AddressHost extends ReactiveControllerHost {
  readonly urlState: string;
  readonly urlPrefix: string;
  /** The search text the page gives by attribute, used when the address holds no filters. */
  readonly query: string;
}

export class AddressController implements ReactiveController {
  constructor(
    private readonly host: AddressHost,
    /** Called when Back or Forward brings other filters into the address. */
    private readonly onHistory: (filters: FinderFilters) => void,
  ) {
    host.addController(this);
  }

  /** "query" or "hash" when the filters live in the address; undefined when they do not. */
  get mode(): UrlStateMode | undefined {
    return toUrlStateMode(this.host.urlState);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** The filters in the address, or the `query` attribute's search alone when it holds none. */
  read(): FinderFilters {
    const { mode } = this;
    if (mode && hasUrlState(location.href, mode, this.host.urlPrefix)) return readUrlState(location.href, mode, this.host.urlPrefix);
    return compactFilters({ query: this.host.query });
  }

  /** Records the filters: a new history entry, or in place of the current one while typing. */
  record(filters: FinderFilters, entry: 'push' | 'replace'): void {
    const { mode } = this;
    if (!mode) return;
    const href = writeUrlState(location.href, filters, mode, this.host.urlPrefix);
    if (href === location.href) return;
    if (entry === 'push') history.pushState(history.state, '', href);
    else history.replaceState(history.state, '', href);
  }

  private readonly onPopState = (): void => {
    if (this.mode) this.onHistory(this.read());
  };
}
