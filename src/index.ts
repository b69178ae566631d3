/**
 * The embed bundle's entry: defines every element. Also the package's main module for npm users,
 * who get the classes, the feed model and the helpers. `./elements.js` has the same classes with
 * no side effects; `./feed/index.js` the feed model alone.
 */
import './components/contact-list/define.js';
import './components/event-calendar/define.js';
import './components/project-list/define.js';
import './components/quick-exit/define.js';
import './components/service-finder/define.js';

export * from './elements.js';
export { FeedData } from './feed/feed-data.js';
export { FeedError, parseFeed, parseFeedText, type FeedIssue, type ParsedFeed } from './feed/parse.js';
export { defineFeed } from './feed/index.js';
export type * from './feed/types.js';
