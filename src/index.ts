/**
 * The embed bundle's entry: defines every element. Also the package's main module for npm users,
 * who get the classes, the feed model and the helpers.
 */
export { ContactList } from './components/contact-list/define.js';
export { ProjectCard, ProjectList, type ProjectSelectDetail, type ProjectStatus } from './components/project-list/define.js';
export { EventCalendar } from './components/event-calendar/define.js';
export type { EventSelectDetail } from './components/event-calendar/events.js';
export { QuickExit } from './components/quick-exit/define.js';
export { ServiceFinder } from './components/service-finder/define.js';
export type { FilterChangeDetail, ServiceSelectDetail } from './components/service-finder/events.js';
export type { FinderFilters } from './components/service-finder/filter.js';
export { FeedData } from './feed/feed-data.js';
export { FeedError, parseFeed, parseFeedText, type FeedIssue, type ParsedFeed } from './feed/parse.js';
export { clearStoredFeeds, type CacheMode } from './feed/store.js';
export type * from './feed/types.js';
export type { EroEventMap, FeedErrorDetail, FeedLoadDetail } from './events.js';
export { VERSION } from './version.js';
