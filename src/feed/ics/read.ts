/**
 * Reading iCalendar (RFC 5545) text: lines unfolded (§3.1), content lines split into name,
 * parameters (quoted, listed, RFC 6868 ^-escapes) and value, components nested, TEXT unescaped
 * (§3.3.11) and DATE, DATE-TIME, DURATION and PERIOD values read. Each property keeps the line
 * it starts on, so that problems can name it. Pure logic: no DOM.
 */
import { parseDuration } from '../time/duration.js';
import { parseLocal, type WallTime } from '../time/zoned-time.js';

export interface IcsProperty {
  /** In capitals, e.g. "DTSTART". */
  readonly name: string;
  /** Parameters by name in capitals; each a list (MEMBER="a","b"), quotes removed. */
  readonly params: ReadonlyMap<string, readonly string[]>;
  /** The raw value, still escaped. */
  readonly value: string;
  /** The 1-based line of the file where the property begins. */
  readonly line: number;
}

export interface IcsComponent {
  readonly name: string;
  readonly line: number;
  readonly properties: IcsProperty[];
  readonly components: IcsComponent[];
}

export class IcsSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'IcsSyntaxError';
  }
}

/** RFC 6868: ^n is a line break, ^' a double quote and ^^ a caret in a parameter value. */
const caret = (value: string): string => value.replace(/\^(n|'|\^)/g, (_, c: string) => (c === 'n' ? '\n' : c === "'" ? '"' : '^'));

/** One content line: NAME;PARAM=a,"b;c":value. */
function contentLine(text: string, line: number): IcsProperty {
  const name = /^[A-Za-z0-9-]+/.exec(text)?.[0];
  if (!name) throw new IcsSyntaxError(line, `"${text.slice(0, 40)}" is not a content line (NAME:value)`);
  const params = new Map<string, string[]>();
  let at = name.length;
  while (text[at] === ';') {
    const param = /^([A-Za-z0-9-]+)=/.exec(text.slice(at + 1));
    if (!param) throw new IcsSyntaxError(line, `a parameter of ${name} has no NAME=`);
    at += 1 + param[0].length;
    const values: string[] = [];
    for (;;) {
      const quoted = text[at] === '"';
      const end = quoted ? text.indexOf('"', at + 1) : text.slice(at).search(/[;:,]/) + at;
      if (end < at) throw new IcsSyntaxError(line, `a parameter of ${name} is not closed`);
      values.push(caret(text.slice(quoted ? at + 1 : at, end)));
      at = quoted ? end + 1 : end;
      if (text[at] !== ',') break;
      at++;
    }
    params.set(param[1].toUpperCase(), values);
  }
  if (text[at] !== ':') throw new IcsSyntaxError(line, `${name} has no ":" before its value`);
  return { name: name.toUpperCase(), params, value: text.slice(at + 1), line };
}

/**
 * The components of an iCalendar text (usually one VCALENDAR). Lines may end in CRLF, LF or CR;
 * a line that begins with a space or a tab continues the one before. Throws IcsSyntaxError.
 */
export function parseIcs(text: string): IcsComponent[] {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const logical: { text: string; line: number }[] = [];
  physical.forEach((part, i) => {
    if ((part.startsWith(' ') || part.startsWith('\t')) && logical.length) logical[logical.length - 1].text += part.slice(1);
    else if (part.trim()) logical.push({ text: part, line: i + 1 });
  });
  const top: IcsComponent[] = [];
  const open: IcsComponent[] = [];
  for (const { text: content, line } of logical) {
    const property = contentLine(content, line);
    const parent = open[open.length - 1];
    if (property.name === 'BEGIN') {
      const component: IcsComponent = { name: property.value.trim().toUpperCase(), line, properties: [], components: [] };
      (parent ? parent.components : top).push(component);
      open.push(component);
    } else if (property.name === 'END') {
      const name = property.value.trim().toUpperCase();
      if (parent?.name !== name) throw new IcsSyntaxError(line, parent ? `END:${name} closes BEGIN:${parent.name} (line ${parent.line})` : `END:${name} without BEGIN`);
      open.pop();
    } else if (!parent) {
      throw new IcsSyntaxError(line, `${property.name} is outside BEGIN:VCALENDAR`);
    } else {
      parent.properties.push(property);
    }
  }
  if (open.length) throw new IcsSyntaxError(open[open.length - 1].line, `BEGIN:${open[open.length - 1].name} is never closed (END:${open[open.length - 1].name})`);
  return top;
}

/** TEXT unescaped: \\n and \\N are line breaks, \\\\ \\; \\, stand for themselves. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN:])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** A list value split at unescaped commas (CATEGORIES, EXDATE). */
export function splitList(value: string): string[] {
  return value.split(/(?<!\\),/).filter((part) => part !== '');
}

export const first = (component: IcsComponent, name: string): IcsProperty | undefined => component.properties.find((p) => p.name === name);
export const all = (component: IcsComponent, name: string): IcsProperty[] => component.properties.filter((p) => p.name === name);
export const param = (property: IcsProperty, name: string): string | undefined => property.params.get(name)?.[0];

/** A time as iCalendar gives it: a day, or a wall time in UTC, in a zone (TZID) or floating. */
export type IcsTime =
  | { readonly kind: 'date'; readonly wall: WallTime }
  | { readonly kind: 'utc'; readonly instant: number }
  | { readonly kind: 'zoned'; readonly wall: WallTime; readonly tzid: string }
  | { readonly kind: 'floating'; readonly wall: WallTime };

const DATE_TIME = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/;

/** One DATE or DATE-TIME value; undefined when it is not a real one. */
export function readTime(value: string, tzid?: string): IcsTime | undefined {
  const match = DATE_TIME.exec(value.trim());
  if (!match) return undefined;
  const [, y, m, d, hh, mm, ss, z] = match;
  const wall = parseLocal(`${y}-${m}-${d}T${hh ?? '00'}:${mm ?? '00'}:${ss === '60' ? '59' : (ss ?? '00')}`);
  if (wall === undefined) return undefined;
  if (hh === undefined) return { kind: 'date', wall };
  if (z) return { kind: 'utc', instant: wall };
  return tzid ? { kind: 'zoned', wall, tzid } : { kind: 'floating', wall };
}

/** The times of a DTSTART, EXDATE or RDATE property (a list); undefined when one is not a real time. */
export function readTimes(property: IcsProperty): IcsTime[] | undefined {
  const tzid = param(property, 'TZID');
  const times = splitList(property.value).map((value) => readTime(value, tzid));
  return times.every((t) => t !== undefined) ? (times as IcsTime[]) : undefined;
}

/** A DURATION value in milliseconds (nominal days and weeks: a day is 24 wall-clock hours); undefined when not one. */
export function readDuration(value: string): number | undefined {
  const match = /^([+-]?)(P.*)$/.exec(value.trim());
  const length = match ? parseDuration(match[2]) : undefined;
  return length === undefined ? undefined : match![1] === '-' ? -length : length;
}

/** A PERIOD value (RDATE;VALUE=PERIOD): its start, and its end or its length. */
export function readPeriod(value: string, tzid?: string): { start: IcsTime; end?: IcsTime; length?: number } | undefined {
  const [from, to] = value.split('/');
  const start = readTime(from, tzid);
  if (!start || to === undefined) return undefined;
  if (/^[+-]?P/.test(to)) {
    const length = readDuration(to);
    return length === undefined ? undefined : { start, length };
  }
  const end = readTime(to, tzid);
  return end ? { start, end } : undefined;
}
