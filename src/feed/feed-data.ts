/**
 * The feed that components read: one or more parsed sources merged by id, with lookups by id
 * and a warning for each reference that does not resolve.
 */
import type { FeedIssue, ParsedFeed } from './parse.js';
import { COLLECTIONS, type CollectionName } from './schema.js';
import type { Contact, Feed, FeedEvent, Organization, Project, Publisher, Service } from './types.js';

interface Collections {
  organizations: Organization[];
  services: Service[];
  projects: Project[];
  contacts: Contact[];
  events: FeedEvent[];
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

export class FeedData {
  readonly organizations: readonly Organization[];
  readonly services: readonly Service[];
  readonly projects: readonly Project[];
  readonly contacts: readonly Contact[];
  readonly events: readonly FeedEvent[];
  readonly publishers: readonly Publisher[];
  /** The newest `updated` of the merged sources. */
  readonly updated: string;
  readonly issues: readonly FeedIssue[];
  /** How many items the sources published but this feed leaves out as invalid or duplicate. */
  readonly droppedCount: number;

  private readonly organizationIndex: Map<string, Organization>;
  private readonly projectIndex: Map<string, Project>;
  private readonly contactIndex: Map<string, Contact>;

  /** Merges sources in order: when two publish the same id, the first listed wins. */
  static merge(sources: readonly ParsedFeed[]): FeedData {
    const merged: Collections = { organizations: [], services: [], projects: [], contacts: [], events: [] };
    const issues: FeedIssue[] = sources.flatMap((s) => s.issues);
    for (const collection of COLLECTIONS) {
      const owner = new Map<string, string>();
      for (const { source, feed } of sources) {
        (feed[collection] ?? []).forEach((item, index) => {
          const first = owner.get(item.id);
          if (first !== undefined) {
            issues.push({
              source,
              path: `$.${collection}[${index}].id`,
              itemId: item.id,
              message: `"${item.id}" is also published by ${first || 'an earlier source'}; that one is shown`,
              dropped: true,
            });
            return;
          }
          owner.set(item.id, source);
          (merged[collection] as { id: string }[]).push(item);
        });
      }
    }
    const feeds = sources.map((s) => s.feed);
    return new FeedData(merged, feeds, issues);
  }

  /** Wraps one feed that needs no parsing, e.g. an object a framework passes in. */
  static from(feed: Feed, source = ''): FeedData {
    return FeedData.merge([{ source, feed, issues: [] }]);
  }

  private constructor(collections: Collections, feeds: readonly Feed[], issues: FeedIssue[]) {
    this.organizations = collections.organizations;
    this.services = collections.services;
    this.projects = collections.projects;
    this.contacts = collections.contacts;
    this.events = collections.events;
    this.publishers = feeds.map((f) => f.publisher).filter(Boolean);
    this.updated = feeds.map((f) => f.updated ?? '').reduce((a, b) => (Date.parse(b) > Date.parse(a) || !a ? b : a), '');
    this.organizationIndex = byId(this.organizations);
    this.projectIndex = byId(this.projects);
    this.contactIndex = byId(this.contacts);
    this.issues = [...issues, ...this.unresolvedReferences()];
    const droppedItems = issues.filter((i) => i.dropped).map((i) => `${i.source}|${/^\$\.\w+(\[\d+\])?/.exec(i.path)?.[0]}`);
    this.droppedCount = new Set(droppedItems).size;
  }

  organization(id: string | undefined): Organization | undefined {
    return id === undefined ? undefined : this.organizationIndex.get(id);
  }

  project(id: string | undefined): Project | undefined {
    return id === undefined ? undefined : this.projectIndex.get(id);
  }

  contact(id: string | undefined): Contact | undefined {
    return id === undefined ? undefined : this.contactIndex.get(id);
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
    const orgs = this.organizationIndex;
    this.services.forEach((s, i) => check('services', i, 'organization', s, s.organization, orgs));
    this.projects.forEach((p, i) => {
      check('projects', i, 'organization', p, p.organization, orgs);
      p.contacts?.forEach((c, j) => check('projects', i, `contacts[${j}]`, p, c, this.contactIndex));
    });
    this.contacts.forEach((c, i) => {
      check('contacts', i, 'organization', c, c.organization, orgs);
      c.projects?.forEach((p, j) => check('contacts', i, `projects[${j}]`, c, p, this.projectIndex));
    });
    this.events.forEach((e, i) => {
      check('events', i, 'organizer', e, e.organizer, orgs);
      check('events', i, 'project', e, e.project, this.projectIndex);
    });
    return issues;
  }
}
