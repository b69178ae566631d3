/**
 * `merge`: several publishers' feeds into one, by id, the first listed winning as in the
 * browser (src/feed/feed-data.ts). Each conflict (the same id with different content) is
 * reported with both sources; identical copies merge silently.
 */
import { FeedData } from '../feed/feed-data.js';
import { FeedError, parseFeed, type ParsedFeed } from '../feed/parse.js';
import { COLLECTIONS, type CollectionName } from '../feed/schema.js';
import type { Feed, Publisher } from '../feed/types.js';
import { fixFor } from './fixes.js';
import type { Problem } from './report.js';

export interface MergeSource {
  readonly source: string;
  readonly raw: unknown;
}

export interface MergeResult {
  /** The merged feed; undefined when no source could be read as a feed. */
  readonly feed?: Feed;
  readonly problems: Problem[];
  readonly conflicts: number;
}

type Json = Record<string, unknown>;

/** JSON with object keys sorted, so that key order does not count as a difference. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Json).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function differingFields(a: Json, b: Json): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter((k) => canonical(a[k]) !== canonical(b[k]));
}

const minor = (version: string): number => Number(version.split('.')[1] ?? 0);

export interface MergeOptions {
  /** Publisher of the merged feed; the first source's when left out. */
  readonly publisher?: Publisher;
  /** Report conflicts as errors rather than warnings. */
  readonly strict?: boolean;
}

export function mergeFeeds(sources: readonly MergeSource[], options: MergeOptions = {}): MergeResult {
  const problems: Problem[] = [];
  const parsed: ParsedFeed[] = [];
  for (const { source, raw } of sources) {
    try {
      parsed.push(parseFeed(raw, source));
    } catch (error) {
      if (!(error instanceof FeedError)) throw error;
      problems.push({ severity: 'error', source, where: error.kind === 'version' ? '$.version' : '$', message: `${error.message}; the file was not merged` });
    }
  }
  for (const { issues } of parsed) {
    for (const issue of issues) {
      problems.push({
        severity: 'warning',
        source: issue.source,
        where: issue.path,
        itemId: issue.itemId,
        message: `${issue.message}${issue.dropped ? '; the item is not in the merged feed' : ''}`,
        fix: fixFor(issue.path, issue.message),
      });
    }
  }
  if (!parsed.length) return { problems, conflicts: 0 };

  const data = FeedData.merge(parsed);
  const rawOf = new Map(sources.map((s) => [s.source, s.raw as Json]));
  const ownIssues = new Set(parsed.flatMap((p) => p.issues));
  let conflicts = 0;
  for (const issue of data.issues) {
    if (ownIssues.has(issue)) continue;
    const match = /^\$\.(\w+)\[(\d+)\]/.exec(issue.path);
    if (!issue.dropped || !match) {
      problems.push({ severity: 'warning', source: issue.source || '(merged)', where: issue.path, itemId: issue.itemId, message: issue.message, fix: fixFor(issue.path, issue.message) });
      continue;
    }
    // A later source publishes an id that an earlier one already did.
    const collection = match[1] as CollectionName;
    const later = parsed.find((p) => p.source === issue.source)?.feed[collection]?.[Number(match[2])] as unknown as Json | undefined;
    const kept = (data[collection] as readonly { id: string }[]).find((item) => item.id === issue.itemId) as unknown as Json | undefined;
    if (!later || !kept || canonical(later) === canonical(kept)) continue;
    conflicts++;
    const owner = parsed.find((p) => (p.feed[collection] as readonly unknown[] | undefined)?.includes(kept));
    const rawList = rawOf.get(issue.source)?.[collection];
    const index = Array.isArray(rawList) ? rawList.indexOf(later) : Number(match[2]);
    const ownerList = owner ? rawOf.get(owner.source)?.[collection] : undefined;
    const ownerIndex = Array.isArray(ownerList) ? ownerList.indexOf(kept) : -1;
    problems.push({
      severity: options.strict ? 'error' : 'warning',
      source: issue.source,
      where: `$.${collection}[${index}]`,
      itemId: issue.itemId,
      message: `conflict: ${owner?.source ?? 'an earlier source'} ($.${collection}[${ownerIndex}]) publishes "${issue.itemId}" with a different ${differingFields(kept, later).join(', ')}; the one in ${owner?.source ?? 'the earlier source'} is kept`,
      fix: 'agree on one version between the publishers, give one of the items another id, or list the preferred feed first',
    });
  }

  const feed: Json = {
    version: `1.${Math.max(...parsed.map((p) => minor(p.feed.version)))}`,
    publisher: options.publisher ?? parsed[0].feed.publisher,
    updated: data.updated || parsed[0].feed.updated,
  };
  for (const collection of COLLECTIONS) if (data[collection].length) feed[collection] = data[collection];
  return { feed: feed as unknown as Feed, problems, conflicts };
}
