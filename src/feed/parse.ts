/**
 * Turns untrusted JSON into a Feed: refuses what cannot be read at all, drops each bad item
 * with a precise issue (JSONPath, item id, what is wrong) and keeps every good one.
 */
import { isRealDateTime } from './dates.js';
import { COLLECTIONS, type CollectionName } from './schema.js';
import { feedChecks } from './schema-validator.js';
import type { Feed } from './types.js';
import { rruleProblem } from './time/rrule.js';
import { isTimeZone } from './time/zoned-time.js';
import { childPath, validate, type SchemaError } from './validate.js';

export const SUPPORTED_MAJOR = 1;

export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'version' | 'format';

/** A feed source that could not be used at all. */
export class FeedError extends Error {
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly url = '',
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FeedError';
  }
}

/** Something wrong in a feed that was still used: the item at `path` was left out or a value ignored. */
export interface FeedIssue {
  readonly source: string;
  readonly path: string;
  readonly message: string;
  readonly itemId?: string;
  /** True when the item was left out; false when it is shown despite the issue. */
  readonly dropped: boolean;
}

export interface ParsedFeed {
  readonly source: string;
  readonly feed: Feed;
  readonly issues: readonly FeedIssue[];
}

export { isTimeZone };

/** The path of `key` in `list[index]`, e.g. $.events[3].end. */
const pathOf = (list: string, index: number, key: string): string => childPath(childPath(list, index), key);

/**
 * Rules the schema cannot express: real calendar dates, order of start and end, IANA zones.
 * Appends to `errors`; the item is `list[index]`, whose path is written out only for an error.
 */
function checkMeaning(collection: CollectionName, item: Record<string, unknown>, list: string, index: number, errors: SchemaError[]): void {
  if (collection === 'projects') {
    const start = realDate(item, 'startDate', errors, list, index);
    const end = realDate(item, 'endDate', errors, list, index);
    if (start && end && end < start) errors.push({ path: pathOf(list, index, 'endDate'), message: `ends (${end}) before it starts (${start})` });
  } else if (collection === 'events') {
    const start = realDate(item, 'start', errors, list, index);
    const end = realDate(item, 'end', errors, list, index);
    const allDay = start?.length === 10;
    if (start && end && allDay !== (end.length === 10)) {
      errors.push({ path: pathOf(list, index, 'end'), message: `"${end}" and start "${start}" must both be dates (all day) or both date-times` });
    } else if (start && end && (allDay ? end < start : end <= start)) {
      errors.push({ path: pathOf(list, index, 'end'), message: `ends (${end}) before ${allDay ? '' : 'or when '}it starts (${start})` });
    }
    if (end && item.duration !== undefined) errors.push({ path: pathOf(list, index, 'duration'), message: 'give "end" or "duration", not both' });
    const zone = item.timeZone;
    if (typeof zone === 'string' && !isTimeZone(zone)) errors.push({ path: pathOf(list, index, 'timeZone'), message: `"${zone}" is not an IANA time zone` });
  } else if (collection === 'services') {
    realDate(item, 'closedThrough', errors, list, index);
    const channels = item.serviceChannels;
    if (Array.isArray(channels)) checkExceptions(channels as Record<string, unknown>[], list, index, errors);
  }
}

/** The exceptional hours of each channel of the service `services[index]`: real dates, and the end not before the beginning. */
function checkExceptions(channels: readonly Record<string, unknown>[], services: string, index: number, errors: SchemaError[]): void {
  for (let i = 0; i < channels.length; i++) {
    const exceptions = channels[i].exceptionalHours;
    if (!Array.isArray(exceptions)) continue;
    const list = childPath(childPath(pathOf(services, index, 'serviceChannels'), i), 'exceptionalHours');
    for (let j = 0; j < exceptions.length; j++) {
      const exception = exceptions[j] as Record<string, unknown>;
      const from = realDate(exception, 'from', errors, list, j);
      const through = realDate(exception, 'through', errors, list, j);
      if (from && through && through < from) {
        errors.push({ path: pathOf(list, j, 'through'), message: `ends (${through}) before it begins (${from})` });
      }
    }
  }
}

/**
 * The date or date-time at `of[key]`, with an error at its path when it is not a real one; `of`
 * is `list[index]`, or the value at `list` itself without an index.
 */
function realDate(of: Record<string, unknown>, key: string, errors: SchemaError[], list: string, index?: number): string | undefined {
  const value = of[key];
  if (typeof value !== 'string') return undefined;
  if (!isRealDateTime(value)) {
    errors.push({ path: index === undefined ? childPath(list, key) : pathOf(list, index, key), message: `${value} is not a real date` });
  }
  return value;
}

/** The schema's rrule pattern only says "does not match": the parser says what is wrong. */
function explainRule(item: unknown, path: string, errors: SchemaError[]): void {
  // An item that is not an object (null, a number) has no rule to explain.
  const rule = item !== null && typeof item === 'object' ? (item as Record<string, unknown>).rrule : undefined;
  if (typeof rule !== 'string') return;
  const rulePath = childPath(path, 'rrule');
  const problem = rruleProblem(rule);
  const at = errors.findIndex((e) => e.path === rulePath);
  if (problem && at >= 0) errors[at] = { path: rulePath, message: `"${rule}": ${problem.message}` };
}

function toIssues(source: string, errors: readonly SchemaError[], dropped: boolean, itemId?: string): FeedIssue[] {
  return errors.map((e) => ({ source, path: e.path, message: e.message, itemId, dropped }));
}

/**
 * Reads one feed document. Throws FeedError when the document is not a feed of a supported
 * version; otherwise returns the valid items and an issue for everything left out.
 *
 * Each collection is validated the first time it is read (`feed.services`, or `issues` for all
 * of them), so that a component showing services does not wait for the events to be checked.
 */
export function parseFeed(raw: unknown, source = ''): ParsedFeed {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new FeedError('format', 'The feed is not a JSON object', source);
  }
  const doc = raw as Record<string, unknown>;
  const version = typeof doc.version === 'string' ? doc.version : '';
  const major = Number(version.split('.')[0]);
  if (!/^\d+\.\d+$/.test(version) || major !== SUPPORTED_MAJOR) {
    throw new FeedError(
      'version',
      `Feed version ${JSON.stringify(doc.version ?? null)} is not supported; this reader understands ${SUPPORTED_MAJOR}.x`,
      source,
    );
  }
  return new LazyParsedFeed(doc, version, source);
}

interface CheckedCollection {
  readonly kept: unknown[] | undefined;
  readonly issues: readonly FeedIssue[];
}

/** A parsed feed whose collections are validated when first read. */
class LazyParsedFeed implements ParsedFeed {
  readonly feed: Feed;
  private readonly headIssues: FeedIssue[] = [];
  private readonly checks = new Map<CollectionName, CollectionCheck>();
  private allIssues?: readonly FeedIssue[];

  constructor(
    private readonly doc: Record<string, unknown>,
    version: string,
    readonly source: string,
  ) {
    for (const key of ['publisher', 'updated'] as const) {
      const errors: SchemaError[] = [];
      if (doc[key] === undefined) errors.push({ path: `$.${key}`, message: 'is required' });
      else if (validate(feedChecks[key], doc[key], errors, '$', key) && key === 'updated') {
        realDate(doc, key, errors, '$');
      }
      this.headIssues.push(...toIssues(source, errors, false));
    }
    const feed: Record<string, unknown> = { version, publisher: doc.publisher, updated: doc.updated };
    for (const collection of COLLECTIONS) {
      if (doc[collection] === undefined) continue;
      Object.defineProperty(feed, collection, {
        enumerable: true,
        configurable: true,
        get: () => this.collection(collection).kept,
      });
    }
    this.feed = feed as unknown as Feed;
  }

  /** Every issue of the document, in the order of its collections; validates what has not been yet. */
  get issues(): readonly FeedIssue[] {
    this.allIssues ??= [...this.headIssues, ...COLLECTIONS.flatMap((c) => this.collection(c).issues)];
    return this.allIssues;
  }

  /** Validates more of the collections while `hasTime()` holds; true when all are done. */
  advance(hasTime: () => boolean): boolean {
    return COLLECTIONS.every((name) => this.check(name).advance(hasTime));
  }

  private check(name: CollectionName): CollectionCheck {
    let check = this.checks.get(name);
    if (!check) this.checks.set(name, (check = new CollectionCheck(this.doc[name], name, this.source)));
    return check;
  }

  private collection(name: CollectionName): CheckedCollection {
    const check = this.check(name);
    check.advance(() => true);
    return check;
  }
}

/**
 * Whether each collection of `parsed` holds each id once: true for what parseFeed() returns, which
 * leaves out an item whose id an earlier item has; not known for a feed built another way.
 */
export function hasUniqueIds(parsed: ParsedFeed): boolean {
  return parsed instanceof LazyParsedFeed;
}

/**
 * Validates more of a parsed feed while `hasTime()` holds, in slices, so that the check of a
 * whole feed in idle time never holds up a frame for long. True when it is all validated.
 */
export function validateSome(parsed: ParsedFeed, hasTime: () => boolean): boolean {
  return parsed instanceof LazyParsedFeed ? parsed.advance(hasTime) : true;
}

/** The validation of one collection, which can stop between items and go on later. */
class CollectionCheck implements CheckedCollection {
  readonly kept: unknown[] | undefined;
  readonly issues: FeedIssue[] = [];
  private readonly list: readonly unknown[];
  private readonly path: string;
  private readonly seen = new Set<string>();
  /** The errors of the item being checked: one list for all items, emptied before each. */
  private readonly errors: SchemaError[] = [];
  private index = 0;

  constructor(
    list: unknown,
    private readonly collection: CollectionName,
    private readonly source: string,
  ) {
    this.path = `$.${collection}`;
    this.list = Array.isArray(list) ? list : [];
    this.kept = Array.isArray(list) ? [] : undefined;
    if (list !== undefined && !Array.isArray(list)) {
      this.issues.push({ source, path: this.path, message: 'must be an array; the whole collection was ignored', dropped: true });
    }
  }

  /** Validates items, 10 at a time, while `hasTime()` holds; true when every item is done. */
  advance(hasTime: () => boolean): boolean {
    const { list, collection, path, errors } = this;
    const check = feedChecks[collection];
    while (this.index < list.length) {
      if (this.index % 10 === 0 && !hasTime()) return false;
      const index = this.index++;
      const item: unknown = list[index];
      // Left over only when a check threw on the item before (a value JSON cannot hold).
      if (errors.length) errors.length = 0;
      const itemId = typeof (item as { id?: unknown })?.id === 'string' ? (item as { id: string }).id : undefined;
      if (validate(check, item, errors, path, index)) {
        checkMeaning(collection, item as Record<string, unknown>, path, index, errors);
      } else if (collection === 'events') {
        explainRule(item, childPath(path, index), errors);
      }
      if (!errors.length && itemId !== undefined && this.seen.has(itemId)) {
        errors.push({ path: pathOf(path, index, 'id'), message: `duplicates the id "${itemId}" of an earlier item` });
      }
      if (errors.length) {
        this.issues.push(...toIssues(this.source, errors, true, itemId));
        continue;
      }
      this.seen.add(itemId!);
      this.kept!.push(item);
    }
    return true;
  }
}

/** Parses JSON text into a feed; invalid JSON becomes a FeedError of kind "parse". */
export function parseFeedText(text: string, source = ''): ParsedFeed {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new FeedError('parse', `The feed is not valid JSON: ${(error as Error).message}`, source);
  }
  return parseFeed(raw, source);
}
