/**
 * Reads and writes RFC 5545 RRULE values: FREQ=DAILY, WEEKLY, MONTHLY or YEARLY with INTERVAL,
 * COUNT, UNTIL (date or UTC), WKST, BYDAY (numbered too), BYMONTHDAY (negative too), BYMONTH,
 * BYYEARDAY and BYSETPOS. Every refusal says what is wrong and how to fix it. Pure logic.
 */
import { FREQUENCIES, partsOf, valueSyntax, type Frequency, type PartName } from './rrule-syntax.js';
import { localKey, parseLocal, toInstant, toWall, type WallTime } from './zoned-time.js';

export type { Frequency } from './rrule-syntax.js';

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export interface WeekdayRule {
  /** 0 = Monday … 6 = Sunday. */
  readonly weekday: number;
  /** 1 = first, -1 = last … in the month (or the year); none = every such weekday. */
  readonly ordinal?: number;
}

/** UNTIL as a wall time, or as an instant when the rule gave it in UTC. */
export type Until = { readonly wall: WallTime } | { readonly utc: number };

export interface RRule {
  readonly freq: Frequency;
  readonly interval: number;
  readonly count?: number;
  readonly until?: Until;
  readonly byDay?: readonly WeekdayRule[];
  readonly byMonth?: readonly number[];
  readonly byMonthDay?: readonly number[];
  readonly byYearDay?: readonly number[];
  readonly bySetPos?: readonly number[];
  /** The first day of the week, 0 = Monday (the default); it matters to WEEKLY rules with INTERVAL. */
  readonly weekStart: number;
}

/** A field of an event that cannot be used; `field` is relative to the event, e.g. "rrule". */
export class RecurrenceError extends Error {
  constructor(
    readonly field: string,
    message: string,
    /** How to put it right, for `validate`. */
    readonly fix = '',
  ) {
    super(message);
    this.name = 'RecurrenceError';
  }
}

const EXAMPLE = 'e.g. "FREQ=WEEKLY;BYDAY=TU;COUNT=8" (every Tuesday, eight times)';
const NOT_SUPPORTED = ['BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYWEEKNO', 'RSCALE', 'SKIP'];
const HINT: Record<PartName, string> = {
  INTERVAL: 'a whole number from 1 to 1000',
  COUNT: 'a whole number from 1 to 100000',
  UNTIL: 'a real date (20261130) or a UTC date-time (20261130T220000Z)',
  WKST: 'one of MO, TU, WE, TH, FR, SA, SU',
  BYDAY: 'weekdays MO…SU separated by commas',
  BYMONTH: 'months 1 to 12 separated by commas',
  BYMONTHDAY: 'days 1 to 31, or -1 to -31 counted from the end of the month',
  BYYEARDAY: 'days 1 to 366, or -1 to -366 counted from the end of the year',
  BYSETPOS: 'positions 1 to 366, or -1 to -366 counted from the end',
};

const ruleError = (message: string, fix: string): RecurrenceError => new RecurrenceError('rrule', message, fix);

function byDayHint(freq: Frequency): string {
  if (freq === 'MONTHLY') return `${HINT.BYDAY}; a number 1 to 5 or -1 to -5 may come first (2TU = the second Tuesday, -1FR = the last Friday)`;
  if (freq === 'YEARLY') return `${HINT.BYDAY}; a number 1 to 53 or -1 to -53 may come first (20MO = the 20th Monday)`;
  return `${HINT.BYDAY}; only a MONTHLY or YEARLY rule may number them (2TU)`;
}

const numbers = (value: string): number[] => value.split(',').map(Number);

function weekdays(value: string): WeekdayRule[] {
  return value.split(',').map((part) => {
    const ordinal = part.slice(0, -2);
    const weekday = WEEKDAYS.indexOf(part.slice(-2) as (typeof WEEKDAYS)[number]);
    return ordinal ? { weekday, ordinal: Number(ordinal) } : { weekday };
  });
}

function until(value: string): Until {
  const [, y, m, d, time = 'T235959', utc] = /^(\d{4})(\d{2})(\d{2})(T\d{6})?(Z?)$/.exec(value)!;
  // A date-only UNTIL includes its whole day.
  const wall = parseLocal(`${y}-${m}-${d}T${time.slice(1, 3)}:${time.slice(3, 5)}:${time.slice(5, 7)}`)!;
  return utc ? { utc: wall } : { wall };
}

function splitParts(text: string): Map<string, string> {
  const body = text.startsWith('RRULE:') ? text.slice(6) : text;
  const parts = new Map<string, string>();
  for (const part of body.split(';')) {
    const match = /^([A-Z]+)=([^=]+)$/.exec(part);
    if (!match) {
      throw ruleError(`"${part}" is not a NAME=VALUE part (in capitals)`, `separate the parts with ";", ${EXAMPLE}`);
    }
    if (parts.has(match[1])) throw ruleError(`${match[1]} is given twice`, `keep one ${match[1]}`);
    parts.set(match[1], match[2]);
  }
  return parts;
}

const syntaxes = new Map<string, RegExp>();

/** The pattern of one part's value, made once: a feed's rules are read one after another. */
function partSyntax(part: PartName, freq: Frequency): RegExp {
  const key = `${part} ${freq}`;
  let syntax = syntaxes.get(key);
  if (!syntax) syntaxes.set(key, (syntax = new RegExp(`^${valueSyntax(part, freq)}$`)));
  return syntax;
}

function readRRule(text: string): RRule {
  const parts = splitParts(text);
  const [first] = parts.keys();
  const freq = parts.get('FREQ') as Frequency | undefined;
  if (freq === undefined) throw ruleError('the rule has no FREQ', `start with FREQ=DAILY, WEEKLY, MONTHLY or YEARLY, ${EXAMPLE}`);
  if (!FREQUENCIES.includes(freq)) {
    throw ruleError(`FREQ=${freq} is not supported`, 'use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY; list irregular dates in "rdates"');
  }
  if (first !== 'FREQ') throw ruleError('FREQ must come first', `write FREQ=${freq} before the other parts`);
  parts.delete('FREQ');
  const allowed = partsOf(freq);
  for (const [name, value] of parts) {
    if (!allowed.includes(name as PartName)) {
      const known = NOT_SUPPORTED.includes(name) || ['BYMONTHDAY', 'BYYEARDAY'].includes(name);
      throw ruleError(
        known ? `${name} is not supported in a FREQ=${freq} rule` : `${name} is not an RRULE part`,
        `use only ${allowed.join(', ')} with FREQ=${freq}; list irregular dates in "rdates"`,
      );
    }
    const part = name as PartName;
    if (!partSyntax(part, freq).test(value)) {
      throw ruleError(`${name}=${value} is not valid`, `write ${name} as ${part === 'BYDAY' ? byDayHint(freq) : HINT[part]}`);
    }
  }
  if (parts.has('COUNT') && parts.has('UNTIL')) {
    throw ruleError('the rule has both COUNT and UNTIL', 'keep one of them: COUNT for a number of meetings, UNTIL for an end date');
  }
  if (parts.has('BYSETPOS') && !['BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYYEARDAY'].some((p) => parts.has(p))) {
    throw ruleError('BYSETPOS needs another BY… part to pick from', 'add e.g. BYDAY=MO,TU,WE,TH,FR, or drop BYSETPOS');
  }
  const get = (name: string): string | undefined => parts.get(name);
  const list = (name: string): number[] | undefined => (get(name) ? numbers(get(name)!) : undefined);
  return {
    freq,
    interval: Number(get('INTERVAL') ?? 1),
    count: get('COUNT') ? Number(get('COUNT')) : undefined,
    until: get('UNTIL') ? until(get('UNTIL')!) : undefined,
    byDay: get('BYDAY') ? weekdays(get('BYDAY')!) : undefined,
    byMonth: list('BYMONTH'),
    byMonthDay: list('BYMONTHDAY'),
    byYearDay: list('BYYEARDAY'),
    bySetPos: list('BYSETPOS'),
    weekStart: get('WKST') ? WEEKDAYS.indexOf(get('WKST') as (typeof WEEKDAYS)[number]) : 0,
  };
}

const parsedRules = new Map<string, RRule | RecurrenceError>();

/** Reads an RRULE value ("FREQ=MONTHLY;BYDAY=1TU", with or without "RRULE:"); throws RecurrenceError. */
export function parseRRule(text: string): RRule {
  // Many events of a feed share a rule ("FREQ=WEEKLY;BYDAY=TU"): read each text once.
  let rule = parsedRules.get(text);
  if (!rule) {
    try {
      rule = readRRule(text);
    } catch (error) {
      if (!(error instanceof RecurrenceError)) throw error;
      rule = error;
    }
    if (parsedRules.size >= 10_000) parsedRules.clear();
    parsedRules.set(text, rule);
  }
  if (rule instanceof RecurrenceError) throw rule;
  return rule;
}

/** The problem with a rule, or undefined when it is supported. */
export function rruleProblem(text: string): RecurrenceError | undefined {
  try {
    parseRRule(text);
    return undefined;
  } catch (error) {
    if (error instanceof RecurrenceError) return error;
    throw error;
  }
}

/** Whether the rule is one the parser reads: the schema's rrule pattern says the same (test/node/rrule.test.mjs). */
export const isSupportedRRule = (text: string): boolean => rruleProblem(text) === undefined;

/** The instant after which a rule yields nothing more. */
export function untilInstant(until: Until, zone: string): number {
  return 'utc' in until ? until.utc : toInstant(until.wall, zone);
}

/**
 * A wall time before which every start is within UNTIL, whatever the zone: UNTIL's wall time (or
 * UTC's) less two days, which cover any UTC offset. Needs no offset lookup.
 */
export function surelyBeforeUntil(until: Until | undefined): WallTime {
  return until === undefined ? Infinity : ('wall' in until ? until.wall : until.utc) - 2 * 86_400_000;
}

/** Whether a start at wall time `wall` in `zone` comes no later than UNTIL; only a start near UNTIL needs the instants. */
export function withinUntil(until: Until | undefined, wall: WallTime, zone: string): boolean {
  return wall <= surelyBeforeUntil(until) || toInstant(wall, zone) <= untilInstant(until!, zone);
}

/**
 * The rule as an RFC 5545 RRULE value, with UNTIL in UTC as §3.3.10 requires for zoned starts,
 * or as a date for an all-day event (DTSTART a DATE).
 */
export function formatRRule(rule: RRule, zone: string, allDay = false): string {
  const parts = [`FREQ=${rule.freq}`];
  const add = (name: string, values: readonly (string | number)[] | undefined): void => {
    if (values?.length) parts.push(`${name}=${values.join(',')}`);
  };
  // A rule's lists are sets: written in order, as readers such as ical.js need them (given
  // "BYMONTH=11,4", ical.js 2.2 leaves out the first November).
  const ascending = (values: readonly number[] | undefined) => values && [...values].sort((a, b) => a - b);
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.count) parts.push(`COUNT=${rule.count}`);
  if (rule.until && allDay) parts.push(`UNTIL=${localKey('wall' in rule.until ? rule.until.wall : toWall(rule.until.utc, zone)).slice(0, 10).replace(/-/g, '')}`);
  else if (rule.until) parts.push(`UNTIL=${new Date(untilInstant(rule.until, zone)).toISOString().replace(/[-:]|\.\d+/g, '')}`);
  add('BYMONTH', ascending(rule.byMonth));
  add('BYYEARDAY', ascending(rule.byYearDay));
  add('BYMONTHDAY', ascending(rule.byMonthDay));
  add('BYDAY', rule.byDay?.map((d) => `${d.ordinal ?? ''}${WEEKDAYS[d.weekday]}`));
  add('BYSETPOS', ascending(rule.bySetPos));
  if (rule.weekStart) parts.push(`WKST=${WEEKDAYS[rule.weekStart]}`);
  return parts.join(';');
}
