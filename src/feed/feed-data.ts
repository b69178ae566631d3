/**
 * The feed that components read: one or more parsed sources merged by id, with lookups by id
 * and a warning for each reference that does not resolve.
 */
import { hasUniqueIds, type FeedIssue, type ParsedFeed } from './parse.js';
import { COLLECTIONS, type CollectionName } from './schema.js';
import type { Contact, Feed, FeedEvent, Organization, Project, Publisher, Service } from './types.js';

type Item = Organization | Service | Project | Contact | FeedEvent;

interface MergedCollection {
  readonly items: readonly Item[];
  /** The items left out because an earlier source publishes the same id. */
  readonly duplicates: readonly FeedIssue[];
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/**
 * Each collection is validated and merged the first time it is read, and `issues` (with
 * `droppedCount`) checks everything: a component pays first only for what it shows.
 */
export class FeedData {
  readonly publishers: readonly Publisher[];
  /** The newest `updated` of the merged sources. */
  readonly updated: string;

  private readonly merged = new Map<CollectionName, MergedCollection>();
  private organizationIndex?: Map<string, Organization>;
  private projectIndex?: Map<string, Project>;
  private contactIndex?: Map<string, Contact>;
  private allIssues?: readonly FeedIssue[];
  private dropped?: number;

  /** Merges sources in order: when two publish the same id, the first listed wins. */
  static merge(sources: readonly ParsedFeed[]): FeedData {
    return new FeedData(sources);
  }

  /** Wraps one feed that needs no parsing, e.g. an object a framework passes in. */
  static from(feed: Feed, source = ''): FeedData {
    return FeedData.merge([{ source, feed, issues: [] }]);
  }

  private constructor(readonly sources: readonly ParsedFeed[]) {
    const feeds = sources.map((s) => s.feed);
    this.publishers = feeds.map((f) => f.publisher).filter(Boolean);
    this.updated = feeds.map((f) => f.updated ?? '').reduce((a, b) => (Date.parse(b) > Date.parse(a) || !a ? b : a), '');
  }

  get organizations(): readonly Organization[] {
    return this.collection('organizations').items as Organization[];
  }

  get services(): readonly Service[] {
    return this.collection('services').items as Service[];
  }

  get projects(): readonly Project[] {
    return this.collection('projects').items as Project[];
  }

  get contacts(): readonly Contact[] {
    return this.collection('contacts').items as Contact[];
  }

  get events(): readonly FeedEvent[] {
    return this.collection('events').items as FeedEvent[];
  }

  /** Every issue: the sources' own, duplicates across sources, and references that do not resolve. */
  get issues(): readonly FeedIssue[] {
    this.allIssues ??= [
      ...this.sources.flatMap((s) => s.issues),
      ...COLLECTIONS.flatMap((c) => this.collection(c).duplicates),
      ...this.unresolvedReferences(),
    ];
    return this.allIssues;
  }

  /** How many items the sources published but this feed leaves out as invalid or duplicate. */
  get droppedCount(): number {
    if (this.dropped === undefined) {
      const droppedItems = this.issues.filter((i) => i.dropped).map((i) => `${i.source}|${/^\$\.\w+(\[\d+\])?/.exec(i.path)?.[0]}`);
      this.dropped = new Set(droppedItems).size;
    }
    return this.dropped;
  }

  private collection(name: CollectionName): MergedCollection {
    let found = this.merged.get(name);
    if (found) return found;
    const [only, ...more] = this.sources;
    if (only && !more.length && hasUniqueIds(only)) {
      // One parsed source has nothing to merge: its list, whose ids are unique, is the collection.
      this.merged.set(name, (found = { items: only.feed[name] ?? [], duplicates: [] }));
      return found;
    }
    const items: Item[] = [];
    const duplicates: FeedIssue[] = [];
    const owner = new Map<string, string>();
    for (const { source, feed } of this.sources) {
      const list: readonly Item[] = feed[name] ?? [];
      for (let index = 0; index < list.length; index++) {
        const item = list[index];
        const first = owner.get(item.id);
        if (first !== undefined) {
          duplicates.push({
            source,
            path: `$.${name}[${index}].id`,
            itemId: item.id,
            message: `"${item.id}" is also published by ${first || 'an earlier source'}; that one is shown`,
            dropped: true,
          });
          continue;
        }
        owner.set(item.id, source);
        items.push(item);
      }
    }
    this.merged.set(name, (found = { items, duplicates }));
    return found;
  }

  organization(id: string | undefined): Organization | undefined {
    if (id === undefined) return undefined;
    this.organizationIndex ??= byId(this.organizations);
    return this.organizationIndex.get(id);
  }

  project(id: string | undefined): Project | undefined {
    if (id === undefined) return undefined;
    this.projectIndex ??= byId(this.projects);
    return this.projectIndex.get(id);
  }

  contact(id: string | undefined): Contact | undefined {
    if (id === undefined) return undefined;
    this.contactIndex ??= byId(this.contacts);
    return this.contactIndex.get(id);
  }

  isEmpty(collection?: CollectionName): boolean {
    const names = collection ? [collection] : COLLECTIONS;
    return names.every((name) => this[name].length === 0);
  }

  /** References are checked after merging, because one publisher may refer to another's items. */
  private unresolvedReferences(): FeedIssue[] {
    const issues: FeedIssue[] = [];
    // The path ("$.events[3].organizer") is written only for a reference that fails: most resolve.
    const check = (
      collection: CollectionName,
      i: number,
      field: string,
      item: { id: string },
      target: string | undefined,
      index: ReadonlyMap<string, unknown>,
    ): void => {
      if (target === undefined || index.has(target)) return;
      const path = `$.${collection}[${i}].${field}`;
      issues.push({ source: '', path, itemId: item.id, message: `refers to "${target}", which no source publishes`, dropped: false });
    };
    this.organization('');
    this.project('');
    this.contact('');
    const orgs = this.organizationIndex!;
    this.services.forEach((s, i) => check('services', i, 'organization', s, s.organization, orgs));
    this.projects.forEach((p, i) => {
      check('projects', i, 'organization', p, p.organization, orgs);
      p.contacts?.forEach((c, j) => check('projects', i, `contacts[${j}]`, p, c, this.contactIndex!));
    });
    this.contacts.forEach((c, i) => {
      check('contacts', i, 'organization', c, c.organization, orgs);
      c.projects?.forEach((p, j) => check('contacts', i, `projects[${j}]`, c, p, this.projectIndex!));
    });
    this.events.forEach((e, i) => {
      check('events', i, 'organizer', e, e.organizer, orgs);
      check('events', i, 'project', e, e.project, this.projectIndex!);
    });
    return issues;
  }
}
