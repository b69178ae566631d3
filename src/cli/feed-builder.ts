/**
 * What every importer shares: collecting items into a feed, leaving out (with a warning) each
 * optional value the schema refuses instead of losing the whole item, and small helpers for
 * ids, phone numbers, plain text and timestamps.
 */
import { rules, type Definitions, type SchemaNode } from '../feed/schema-rules.js';
import { COLLECTIONS, type CollectionName } from '../feed/schema.js';
import type { Feed, Publisher } from '../feed/types.js';
import { FeedData } from '../feed/feed-data.js';
import { fixFor, pathSteps } from './fixes.js';
import type { Problem } from './report.js';
import { helsinkiToday, itemDefinition, itemProblems, itemWord } from './validate.js';

const defs = rules.$defs as unknown as Definitions;

type Json = Record<string, unknown>;
type Step = string | number;

/**
 * An item under construction: any field may still be missing and lists may be empty, until
 * `FeedBuilder.add` checks it against the schema.
 */
export type Draft<T> = T extends readonly [infer E, ...unknown[]]
  ? Draft<E>[]
  : T extends readonly (infer E)[]
    ? Draft<E>[]
    : T extends object
      ? { -readonly [K in keyof T]?: Draft<T[K]> }
      : T;

/** A place in an input file: the file and a JSONPath or "row 7, column F (channels)". */
export interface At {
  readonly source: string;
  readonly where: string;
  /** True when `where` already names the field (a spreadsheet column), so messages need not. */
  readonly namesField?: boolean;
}

/** Where an item's field came from in the input; without a field, where the item came from. */
export type Locate = (field?: string) => At;

export interface AddOptions {
  /** Drop the item at any schema error instead of leaving out optional values (spreadsheets: people fix the row). */
  readonly strict?: boolean;
}

function nodeAt(root: SchemaNode, steps: readonly Step[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const step of steps) {
    while (node?.$ref) node = defs[node.$ref.replace('#/$defs/', '')];
    node = typeof step === 'number' ? node?.items : node?.properties?.[step];
  }
  while (node?.$ref) node = defs[node.$ref.replace('#/$defs/', '')];
  return node;
}

function getAt(root: unknown, steps: readonly Step[]): unknown {
  return steps.reduce<unknown>((value, step) => (value as Record<Step, unknown> | undefined)?.[step], root);
}

/** The deepest part of `steps` that may be removed without breaking a rule of its parent. */
function removable(item: Json, itemNode: SchemaNode, steps: readonly Step[]): Step[] | undefined {
  for (let length = steps.length; length >= 1; length--) {
    const candidate = steps.slice(0, length);
    const parentSteps = candidate.slice(0, -1);
    const last = candidate[length - 1];
    const parentNode = nodeAt(itemNode, parentSteps);
    if (typeof last === 'number') {
      const list = getAt(item, parentSteps);
      if (Array.isArray(list) && list.length - 1 >= (parentNode?.minItems ?? 0)) return candidate;
    } else if (!(parentNode?.required ?? []).includes(last) && getAt(item, candidate) !== undefined) {
      return candidate;
    }
  }
  return undefined;
}

function remove(item: Json, steps: readonly Step[]): unknown {
  const parent = getAt(item, steps.slice(0, -1)) as Record<Step, unknown> | unknown[];
  const last = steps[steps.length - 1];
  const value = (parent as Record<Step, unknown>)[last];
  if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete (parent as Record<Step, unknown>)[last];
  return value;
}

const toPath = (steps: readonly Step[]): string =>
  steps.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 50 ? `${text.slice(0, 47)}...` : text;
}

/** A copy of `value` with object keys in the order the schema lists them (readable output). */
function inSchemaOrder(value: unknown, node: SchemaNode | undefined): unknown {
  while (node?.$ref) node = defs[node.$ref.replace('#/$defs/', '')];
  if (Array.isArray(value)) return value.map((v) => inSchemaOrder(v, node?.items));
  if (value === null || typeof value !== 'object' || !node?.properties) return value;
  const known = Object.keys(node.properties);
  const keys = Object.keys(value).sort((a, b) => (known.indexOf(a) + 1 || Infinity) - (known.indexOf(b) + 1 || Infinity));
  return Object.fromEntries(keys.map((k) => [k, inSchemaOrder((value as Json)[k], node.properties?.[k])]));
}

export class FeedBuilder {
  readonly problems: Problem[] = [];
  /** What the importer found out and the user may want to know, without anything changed (e.g. the encoding). */
  readonly notes: string[] = [];
  private readonly items: Record<CollectionName, Json[]> = { organizations: [], services: [], projects: [], contacts: [], events: [] };
  private readonly ids: Record<CollectionName, Set<string>> = {
    organizations: new Set(), services: new Set(), projects: new Set(), contacts: new Set(), events: new Set(),
  };
  private readonly locators: Record<CollectionName, Locate[]> = { organizations: [], services: [], projects: [], contacts: [], events: [] };
  private readonly today: string;
  private readonly dropped: At[] = [];

  /** `now` is "today" for the checks against the calendar (hours that have ended). */
  constructor(now = new Date()) {
    this.today = helsinkiToday(now);
  }

  warn(at: At, message: string, fix?: string, itemId?: string): void {
    this.problems.push({ severity: 'warning', source: at.source, where: at.where, message, fix, itemId });
  }

  /** A warning that a value or record of the input at `at` is not carried into the feed. */
  leaveOut(at: At, message: string, fix?: string, itemId?: string): void {
    this.problems.push({ severity: 'warning', source: at.source, where: at.where, message, fix, itemId, leftOut: true });
  }

  error(at: At, message: string, fix?: string, itemId?: string): void {
    this.problems.push({ severity: 'error', source: at.source, where: at.where, message, fix, itemId });
  }

  /** Records that an error already reported were left out whole (e.g. a spreadsheet row). */
  markLeftOut(at: At): void {
    this.dropped.push(at);
  }

  /** The places in the input that a problem says are left out, and the records of items left out. */
  leftOut(): At[] {
    return [...this.problems.filter((p) => p.leftOut).map((p) => ({ source: p.source, where: p.where })), ...this.dropped];
  }

  has(collection: CollectionName, id: string): boolean {
    return this.ids[collection].has(id);
  }

  list(collection: CollectionName): readonly Json[] {
    return this.items[collection];
  }

  /**
   * Adds an item. Each optional value that breaks a rule is left out with a warning; a broken
   * required value leaves the whole item out with an error (with `strict`, any error does).
   * Returns whether the item was added.
   */
  add(collection: CollectionName, draft: object, locate: Locate, options: AddOptions = {}): boolean {
    const item = draft as Json;
    const itemNode = itemDefinition(collection);
    const id = typeof item.id === 'string' ? item.id : undefined;
    const what = itemWord(collection);
    const fieldOf = (where: string): string | undefined => toPath(pathSteps(where)) || undefined;
    // The message names the feed field unless the place already does (a spreadsheet column).
    const report = (severity: 'warn' | 'error', where: string, message: string, fix: string | undefined): void => {
      const field = fieldOf(where);
      const at = locate(field);
      this[severity](at, field && !at.namesField ? `${field}: ${message}` : message, fix, id);
    };
    for (;;) {
      const problems = itemProblems(collection, item, this.today);
      const errors = problems.filter((p) => p.severity === 'error');
      if (!errors.length) {
        for (const p of problems) report('warn', p.where, p.message, p.fix);
        break;
      }
      const steps = pathSteps(errors[0].where);
      const target = options.strict ? undefined : removable(item, itemNode, steps);
      if (!target) {
        for (const e of options.strict ? errors : errors.slice(0, 1)) report('error', e.where, `${e.message}; the ${what} was left out`, e.fix);
        this.dropped.push(locate());
        return false;
      }
      const value = remove(item, target);
      const at = locate(toPath(target));
      // Only a place that names the field marks it left out; the whole record stays checked.
      const precise = at.namesField || at.where !== locate().where;
      this[precise ? 'leaveOut' : 'warn'](at, `left out ${toPath(target)} ${short(value)}: ${errors[0].message}`, errors[0].fix, id);
    }
    if (id !== undefined && this.ids[collection].has(id)) {
      this.leaveOut(locate(), `a second ${what} with the id "${id}" was left out`, 'give each item its own id', id);
      return false;
    }
    if (id !== undefined) this.ids[collection].add(id);
    this.items[collection].push(item);
    this.locators[collection].push(locate);
    return true;
  }

  /** References that resolve to no item of the feed, as errors at the fields that hold them. */
  checkReferences(feed: Feed): void {
    for (const issue of FeedData.from(feed).issues) {
      if (issue.dropped) continue;
      const match = /^\$\.(\w+)\[(\d+)\](.*)$/.exec(issue.path);
      const locate = match ? this.locators[match[1] as CollectionName]?.[Number(match[2])] : undefined;
      const field = match?.[3].replace(/^\./, '');
      const at = locate ? locate(field) : { source: '(output)', where: issue.path };
      this.error(at, field && !at.namesField ? `${field}: ${issue.message}` : issue.message, fixFor(issue.path, issue.message), issue.itemId);
    }
  }

  /** The feed with every collection that has items, each item's fields in the schema's order. */
  build(publisher: Publisher, updated: string): Feed {
    const feed: Json = { version: '1.1', publisher, updated };
    for (const collection of COLLECTIONS) {
      const items = this.items[collection];
      if (items.length) feed[collection] = items.map((item) => inSchemaOrder(item, itemDefinition(collection)));
    }
    return feed as unknown as Feed;
  }
}

/** An id from a name: lower-case ASCII letters, digits and "-" ("Perheneuvola Mikkeli" → "perheneuvola-mikkeli"). */
export function slugId(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

const PHONE = new RegExp(defs.Phone.pattern!, 'u');

/** A phone number in the form the feed accepts, or undefined: quotes, "tel:" and extensions removed. */
export function cleanPhone(raw: unknown): string | undefined {
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const text = String(raw)
    .replace(/^tel:/i, '')
    .replace(/["'“”]/g, '')
    .replace(/\s*(ext\.?|x|#|poikkeus)\s*\d+$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return PHONE.test(text) ? text : undefined;
}

/** Text for people: HTML tags and entities removed (feeds are shown as text), spaces tidied. */
export function plainText(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw
    .replace(/<br\s*\/?>|<\/p>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text || undefined;
}

/** `date` as an ISO 8601 timestamp with the Europe/Helsinki offset, e.g. 2026-11-23T12:00:00+02:00. */
export function helsinkiTimestamp(date: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Helsinki',
      year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    }).formatToParts(date).map((p) => [p.type, p.value]),
  );
  const local = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  const offset = Math.round((local - Math.floor(date.getTime() / 1000) * 1000) / 60000);
  const sign = offset < 0 ? '-' : '+';
  const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const mm = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${sign}${hh}:${mm}`;
}
