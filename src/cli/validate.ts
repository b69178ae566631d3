/**
 * The validator behind `validate`: the same schema checks the browser runs (src/feed/parse.ts),
 * references checked after merging (src/feed/feed-data.ts), and the deeper checks a browser
 * skips: municipality and region codes exist, RRULEs parse, dates and times are real, web
 * addresses parse, hours and registration periods are in order. Every problem has a fix.
 */
import { isRealDateTime } from '../feed/dates.js';
import { FeedData } from '../feed/feed-data.js';
import { FeedError, parseFeed, type FeedIssue, type ParsedFeed } from '../feed/parse.js';
import { rules, type Definitions, type SchemaNode } from '../feed/schema-rules.js';
import { COLLECTIONS, type CollectionName } from '../feed/schema.js';
import { isMunicipalityCode, isRegionCode } from '../feed/vocabulary/areas.js';
import { parseRRule, RecurrenceError, rruleProblem, untilInstant } from '../feed/time/rrule.js';
import { compileSchedule, nextRuleStart, ruleGivesStart, type Schedule } from '../feed/time/schedule.js';
import type { FeedEvent } from '../feed/types.js';
import { HELSINKI, helsinkiDate, localKey, parseLocal, toInstant, toWall } from '../feed/time/zoned-time.js';
import { fixFor, pathSteps } from './fixes.js';
import type { Problem } from './report.js';
import { checkServiceChannels } from './validate-channels.js';

const defs = rules.$defs as unknown as Definitions;
/** Each collection's item: its schema definition and the word for one, in messages. */
const ITEMS: Record<CollectionName, { readonly definition: string; readonly singular: string }> = {
  organizations: { definition: 'Organization', singular: 'organisation' },
  services: { definition: 'Service', singular: 'service' },
  projects: { definition: 'Project', singular: 'project' },
  contacts: { definition: 'Contact', singular: 'contact' },
  events: { definition: 'Event', singular: 'event' },
};
/** "service" for services: one item of a collection, in messages. */
export const itemWord = (collection: CollectionName): string => ITEMS[collection].singular;
export const itemDefinition = (collection: CollectionName): SchemaNode => defs[ITEMS[collection].definition];

export interface FeedSource {
  /** File name shown in problems. */
  readonly source: string;
  readonly raw: unknown;
}

export interface ValidationResult {
  readonly problems: Problem[];
  /** The sources that could be read as feeds, in order. */
  readonly parsed: ParsedFeed[];
}

export interface ValidateOptions {
  /** "Today" for checks against the calendar (ended opening hours); defaults to now. */
  readonly now?: Date;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The value at a JSONPath in a parsed JSON document, if it is there. */
export function valueAt(root: unknown, path: string): unknown {
  let value = root;
  for (const step of pathSteps(path)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}

/** The calendar date in Helsinki, YYYY-MM-DD. */
export const helsinkiToday = (now: Date): string => helsinkiDate(now);

/** ISO 639-2 codes people write where BCP 47 wants the 2-letter code. */
const THREE_LETTER: Record<string, string> = {
  fin: 'fi', swe: 'sv', eng: 'en', sme: 'se', rus: 'ru', ukr: 'uk', ara: 'ar', som: 'so', est: 'et', fas: 'fa', per: 'fa',
  deu: 'de', ger: 'de', fra: 'fr', fre: 'fr', spa: 'es', kur: 'ku', tur: 'tr', vie: 'vi', tha: 'th', chi: 'zh', zho: 'zh',
};

/** Each schema pattern, compiled once: the walk tests every string of a feed. */
const patterns = new Map<string, RegExp>();
function patternOf(source: string): RegExp {
  let pattern = patterns.get(source);
  if (!pattern) patterns.set(source, (pattern = new RegExp(source, 'u')));
  return pattern;
}

class ItemChecker {
  constructor(
    private readonly source: string,
    private readonly itemId: string | undefined,
    private readonly problems: Problem[],
    private readonly today: string,
  ) {}

  error(where: string, message: string, fix?: string): void {
    this.problems.push({ severity: 'error', source: this.source, where, itemId: this.itemId, message, fix });
  }

  warn(where: string, message: string, fix?: string): void {
    this.problems.push({ severity: 'warning', source: this.source, where, itemId: this.itemId, message, fix });
  }

  /** Visits every value of the item together with the schema definition that describes it. */
  walk(value: unknown, node: SchemaNode | undefined, path: string, field: string, def?: string): void {
    while (node?.$ref) {
      def = node.$ref.replace('#/$defs/', '');
      node = defs[def];
    }
    if (!node) return;
    if (typeof value === 'string') this.checkString(value, node, path, field, def);
    if (Array.isArray(value) && node.items) {
      for (let i = 0; i < value.length; i++) this.walk(value[i], node.items, `${path}[${i}]`, field);
    } else if (isObject(value) && node.properties) {
      const { properties } = node;
      for (const key in properties) {
        if (value[key] !== undefined) this.walk(value[key], properties[key], `${path}.${key}`, key);
      }
      if (def === 'OpeningHours') this.checkHours(value, path);
      if (def === 'Address' && (value.latitude === undefined) !== (value.longitude === undefined)) {
        this.error(path, 'the address has only one of latitude and longitude', 'give both, or neither');
      }
      if (def === 'Registration') this.checkRegistration(value, path);
    }
  }

  private checkString(value: string, node: SchemaNode, path: string, field: string, def: string | undefined): void {
    const wellFormed = !node.pattern || patternOf(node.pattern).test(value);
    if (!wellFormed) return; // the schema check already reports it, with its own fix
    if (field === 'municipalities' || field === 'municipality') {
      if (!isMunicipalityCode(value)) {
        this.error(path, `"${value}" is not a Finnish municipality code`, fixFor(path, 'not a code', value));
      }
    } else if (field === 'regions' && !isRegionCode(value)) {
      this.error(path, `"${value}" is not a Finnish region (maakunta) code`, fixFor(path, 'not a code', value));
    } else if (def === 'Phone' && value.replace(/\D/g, '').length > 15) {
      this.error(path, `"${value}" has more than 15 digits, more than any phone number`, 'check the number; give one number per entry');
    } else if (def === 'HttpUrl') {
      this.checkUrl(value, path);
    } else if (def === 'Date' || def === 'LocalDateTime' || def === 'DateTime' || def === 'EventTime') {
      if (!isRealDateTime(value)) this.error(path, `${value} is not a real date and time`, 'use a date that exists on the calendar and a time from 00:00 to 23:59');
    } else if (def === 'LanguageCode' && THREE_LETTER[value]) {
      this.warn(path, `"${value}" is a 3-letter language code; readers expect the BCP 47 tag`, `use "${THREE_LETTER[value]}"`);
    }
  }

  private checkUrl(value: string, path: string): void {
    let host = '';
    try {
      host = new URL(value).hostname;
    } catch {
      // handled below
    }
    if (!host || (!host.includes('.') && host !== 'localhost')) {
      this.error(path, `"${value}" is not a working web address`, 'check the address: it needs a full host name such as "www.essote.fi"');
    }
  }

  private checkHours(hours: Json, path: string): void {
    const from = hours.validFrom;
    const through = hours.validThrough;
    if (typeof from === 'string' && typeof through === 'string' && through < from) {
      this.error(`${path}.validThrough`, `the hours end (${through}) before they begin (${from})`, 'swap validFrom and validThrough, or correct one of them');
    } else if (typeof through === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(through) && through < this.today) {
      this.warn(`${path}.validThrough`, `these hours ended on ${through}`, 'update the hours, or remove them if they no longer apply');
    }
  }

  private checkRegistration(registration: Json, path: string): void {
    const { opens, deadline } = registration;
    if (typeof opens === 'string' && typeof deadline === 'string' && deadline < opens) {
      this.error(`${path}.deadline`, `registration closes (${deadline}) before it opens (${opens})`, 'correct "opens" or "deadline"');
    }
  }

  checkEvent(event: Json, path: string): void {
    const { rrule, start, overrides, rdates } = event;
    // The schema check names a rule the feed cannot use (with the parser's words); here, only its end.
    const startWall = typeof start === 'string' ? parseLocal(start) : undefined;
    if (typeof rrule === 'string' && !rruleProblem(rrule) && startWall !== undefined) {
      const { until } = parseRRule(rrule);
      const zone = typeof event.timeZone === 'string' ? event.timeZone : HELSINKI;
      const end = until && untilInstant(until, zone);
      if (end !== undefined && end < toInstant(startWall, zone)) {
        const day = localKey(toWall(end, zone)).slice(0, 10);
        this.error(`${path}.rrule`, `the rule ends (UNTIL ${day}) before the first meeting (${(start as string).slice(0, 10)})`, 'correct UNTIL or "start"');
      }
    }
    this.checkSchedule(event, path);
    const recurs = typeof rrule === 'string' || (Array.isArray(rdates) && rdates.length > 0);
    if (Array.isArray(overrides) && overrides.length > 0 && !recurs) {
      this.warn(`${path}.overrides`, 'the event does not recur, so its overrides change nothing', 'add an "rrule" or "rdates", or change "start", "end" and "name" directly');
    }
  }

  /** What the calendar would make of the event's times: what it leaves out, and why. */
  private checkSchedule(event: Json, path: string): void {
    let schedule: Schedule;
    try {
      schedule = compileSchedule(event as unknown as FeedEvent);
    } catch (error) {
      // Values of the wrong type cannot be compiled at all; the schema check has named them.
      if (!(error instanceof RecurrenceError)) return;
      this.error(`${path}.${error.field}`, error.message, error.fix || 'correct the time so that the event can be placed in the calendar');
      return;
    }
    for (const issue of schedule.issues) {
      this.warn(`${path}.${issue.field}`, issue.message, 'name an occurrence by its start as the rule gives it, e.g. "2026-10-13T18:00", or remove the entry');
    }
    if (schedule.rule && !ruleGivesStart(schedule)) {
      // Often a slip (a Monday start of a Tuesday group): shown, but as an extra first occurrence.
      const next = nextRuleStart(schedule);
      const first = next === undefined ? undefined : localKey(next).slice(0, schedule.allDay ? 10 : 16);
      this.warn(
        `${path}.start`,
        `"${String(event.start)}" is not a day that the rule picks, so it is an extra first occurrence before the rule's own`,
        first ? `start on the rule's first day, "${first}", unless the extra occurrence is meant` : 'check the rule: it picks no day after "start"',
      );
    }
  }
}

/**
 * The checks of one item beyond the schema (codes exist, RRULE, real dates and times, web
 * addresses, hours and registration periods), with JSONPaths under `path`.
 */
export function checkItem(collection: CollectionName, item: unknown, path: string, source: string, today: string): Problem[] {
  if (!isObject(item)) return [];
  const problems: Problem[] = [];
  const checker = new ItemChecker(source, typeof item.id === 'string' ? item.id : undefined, problems, today);
  checker.walk(item, itemDefinition(collection), path, collection);
  if (collection === 'events') checker.checkEvent(item, path);
  if (collection === 'services') checkServiceChannels(item, path, today, checker);
  return problems;
}

/**
 * Every problem of one item on its own: the schema and meaning checks of src/feed/parse.ts and
 * the deeper checks, one per place, with JSONPaths relative to the item ("$.address.postalCode").
 */
export function itemProblems(collection: CollectionName, item: unknown, today: string): Problem[] {
  const prefix = `$.${collection}[0]`;
  const wrapper = { version: '1.0', publisher: { name: { fi: '-' } }, updated: '2000-01-01T00:00:00Z', [collection]: [item] };
  const wrapped = { [collection]: [item] };
  const problems = [
    ...parseFeed(wrapper, '').issues.map((issue) => problemFromIssue(issue, wrapped)),
    ...checkItem(collection, item, prefix, '', today),
  ];
  return withoutRepeats(problems).map((p) => ({ ...p, where: `$${p.where.slice(prefix.length)}` }));
}

function problemFromIssue(issue: FeedIssue, raw: unknown, severity: Problem['severity'] = 'error'): Problem {
  return {
    severity,
    source: issue.source,
    where: issue.path,
    itemId: issue.itemId,
    message: issue.message,
    fix: fixFor(issue.path, issue.message, valueAt(raw, issue.path)),
  };
}

function feedErrorProblem(error: FeedError, source: string): Problem {
  if (error.kind === 'version') {
    return { severity: 'error', source, where: '$.version', message: error.message, fix: 'set "version": "1.0" and follow docs/feed-format.md' };
  }
  return { severity: 'error', source, where: '$', message: error.message, fix: 'a feed is one JSON object: { "version": "1.0", "publisher": …, "updated": …, "services": [ … ] }' };
}

/** Where each item of the merged FeedData came from: its source and its index in that file. */
function origins(parsed: readonly ParsedFeed[], raws: ReadonlyMap<string, unknown>): Record<CollectionName, { source: string; index: number }[]> {
  const result = {} as Record<CollectionName, { source: string; index: number }[]>;
  for (const collection of COLLECTIONS) {
    const seen = new Set<string>();
    result[collection] = [];
    for (const { source, feed } of parsed) {
      const rawList = valueAt(raws.get(source), `$.${collection}`);
      for (const item of feed[collection] ?? []) {
        if (seen.has(item.id)) continue;
        seen.add(item.id);
        result[collection].push({ source, index: Array.isArray(rawList) ? rawList.indexOf(item) : -1 });
      }
    }
  }
  return result;
}

/** Validates one or more feeds that are published together (references may cross them). */
export function validateFeeds(sources: readonly FeedSource[], options: ValidateOptions = {}): ValidationResult {
  const now = options.now ?? new Date();
  const today = helsinkiToday(now);
  const problems: Problem[] = [];
  const parsed: ParsedFeed[] = [];
  const raws = new Map(sources.map((s) => [s.source, s.raw]));

  for (const { source, raw } of sources) {
    let result: ParsedFeed;
    try {
      result = parseFeed(raw, source);
    } catch (error) {
      if (!(error instanceof FeedError)) throw error;
      problems.push(feedErrorProblem(error, source));
      continue;
    }
    parsed.push(result);
    problems.push(...result.issues.map((issue) => problemFromIssue(issue, raw)));
    const doc = raw as Json;
    if (typeof doc.updated === 'string' && Date.parse(doc.updated) > now.getTime() + 86_400_000) {
      problems.push({ severity: 'warning', source, where: '$.updated', message: `"updated" (${doc.updated}) is in the future`, fix: 'set it to the time the feed was last changed' });
    }
    for (const collection of COLLECTIONS) {
      const list = doc[collection];
      if (!Array.isArray(list)) continue;
      list.forEach((item: unknown, index) => problems.push(...checkItem(collection, item, `$.${collection}[${index}]`, source, today)));
    }
  }

  // References and duplicates across sources, once every source is merged.
  const data = FeedData.merge(parsed);
  const own = new Set(parsed.flatMap((p) => p.issues));
  const from = origins(parsed, raws);
  for (const issue of data.issues) {
    if (own.has(issue)) continue;
    if (issue.dropped) {
      problems.push(problemFromIssue(issue, raws.get(issue.source), 'warning'));
      continue;
    }
    const match = /^\$\.(\w+)\[(\d+)\]/.exec(issue.path);
    const origin = match ? from[match[1] as CollectionName]?.[Number(match[2])] : undefined;
    const path = origin ? issue.path.replace(/^\$\.(\w+)\[\d+\]/, `$.$1[${origin.index}]`) : issue.path;
    problems.push(problemFromIssue({ ...issue, source: origin?.source ?? issue.source, path }, origin ? raws.get(origin.source) : undefined));
  }
  return { problems: withoutRepeats(problems), parsed };
}

/** One problem per place: the first (the schema's, which comes first) explains it best. */
function withoutRepeats(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.source}\u0000${p.where}\u0000${p.severity}`;
    if (seen.has(key)) return p.severity === 'error' && p.where.endsWith('.rrule');
    seen.add(key);
    return true;
  });
}
