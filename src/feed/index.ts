/**
 * The feed model on its own (`eroauttaminen-widgets/feed`): parse, validate, types and the
 * vocabularies, with no DOM and no Lit, so it runs in Node, workers and build scripts.
 */
import { FeedError, parseFeed } from './parse.js';
import type { Feed } from './types.js';

export { areaNames, municipalityName, regionName, servesMunicipality, servesRegion } from './area.js';
export { FeedData } from './feed-data.js';
export { FeedError, isTimeZone, parseFeed, parseFeedText, SUPPORTED_MAJOR } from './parse.js';
export type { FeedErrorKind, FeedIssue, ParsedFeed } from './parse.js';
export { COLLECTIONS, feedSchema, type CollectionName } from './schema.js';
export { channelKind, channelKinds } from './service-channels.js';
export type * from './types.js';
export {
  isMunicipalityCode,
  isRegionCode,
  MUNICIPALITIES,
  municipalitiesInRegion,
  municipalityByCode,
  REGIONS,
  regionByCode,
  type Municipality,
  type Region,
} from './vocabulary/areas.js';
export { regionOfMunicipality } from './vocabulary/municipality-regions.js';

/**
 * Types a feed written in code or imported from JSON (`import sample from './feed.json'`, whose
 * inferred type is too wide for `Feed`): checks it against the schema at run time and returns it
 * as `Feed`. Throws a FeedError naming every problem, since a feed bundled with an app should
 * have none.
 */
export function defineFeed(raw: unknown, source = 'defineFeed()'): Feed {
  const { feed, issues } = parseFeed(raw, source);
  if (issues.length) {
    const list = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    throw new FeedError('format', `The feed has ${issues.length} problem(s): ${list}`, source);
  }
  return feed;
}
