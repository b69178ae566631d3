/**
 * Every element class and its public types, with no side effects: importing this module defines
 * no tag. Register them with the `define` modules (or the package's main entry, which defines all).
 */
export { ContactList } from './components/contact-list/contact-list.js';
export { EventCalendar } from './components/event-calendar/event-calendar.js';
export type { EventSelectDetail, SelectedOccurrence } from './components/event-calendar/events.js';
export { ProjectCard } from './components/project-card/project-card.js';
export type { ProjectSelectDetail } from './components/project-card/events.js';
export type { ProjectStatus } from './components/project-card/status.js';
export { ProjectList } from './components/project-list/project-list.js';
export { QuickExit } from './components/quick-exit/quick-exit.js';
export type { QuickExitDetail } from './components/quick-exit/events.js';
export { ServiceFinder } from './components/service-finder/service-finder.js';
export type { FilterChangeDetail, ServiceSelectDetail } from './components/service-finder/events.js';
export type { FinderFilters } from './components/service-finder/filter.js';
export type { EroEventMap, FeedErrorDetail, FeedLoadDetail } from './events.js';
export { clearStoredFeeds, type CacheMode } from './feed/store.js';
export { VERSION } from './version.js';
