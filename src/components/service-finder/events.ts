/** The events of <ero-service-finder>, added to the kit's EroEventMap. */
import type { Service } from '../../feed/types.js';
import type { FinderFilters } from './filter.js';

export interface FilterChangeDetail {
  /** The filters in effect: the person's choices with the page's pinned attributes on top. */
  readonly filters: FinderFilters;
  /** How many services match them. */
  readonly count: number;
  /** typing: the search text changed; choice: a control or a button; history: back/forward. */
  readonly cause: 'typing' | 'choice' | 'history';
}

export interface ServiceSelectDetail {
  readonly id: string;
  readonly service: Service;
}

declare module '../../events.js' {
  interface EroEventMap {
    /** The filters changed; fired after the results have been updated. */
    'ero-filter-change': CustomEvent<FilterChangeDetail>;
    /** A person opens a service's details. Cancelable: call preventDefault() to show your own page instead. */
    'ero-service-select': CustomEvent<ServiceSelectDetail>;
  }
}
