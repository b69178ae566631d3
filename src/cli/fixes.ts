/**
 * A plain-English fix for each problem the run-time validator reports. The fix depends on what
 * the schema expects at the problem's JSONPath, so it is looked up there rather than kept in a
 * second copy of the rules.
 */
import { rules, type Definitions, type SchemaNode } from '../feed/schema-rules.js';
import { rruleProblem } from '../feed/time/rrule.js';
import { findMunicipality, findRegion } from './vocabulary.js';

const defs = rules.$defs as unknown as Definitions;

/** The path's steps: `$.services[3].name.fi` → ["services", 3, "name", "fi"]. */
export function pathSteps(path: string): (string | number)[] {
  const steps: (string | number)[] = [];
  const re = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (const match of path.slice(1).matchAll(re)) {
    if (match[1] !== undefined) steps.push(match[1]);
    else if (match[2] !== undefined) steps.push(Number(match[2]));
    else steps.push(JSON.parse(match[3]) as string);
  }
  return steps;
}

export interface SchemaPlace {
  /** The node that describes the value at the path, with $refs followed. */
  readonly node?: SchemaNode;
  /** The name of the last $defs entry passed through (e.g. "HttpUrl"), if any. */
  readonly def?: string;
  /** The node of the object that holds the value (for "is required"). */
  readonly parent?: SchemaNode;
  readonly key?: string | number;
}

function deref(node: SchemaNode | undefined): { node?: SchemaNode; def?: string } {
  let def: string | undefined;
  while (node?.$ref) {
    def = node.$ref.replace('#/$defs/', '');
    node = defs[def];
  }
  return { node, def };
}

/** Finds what the schema says about the value at `path` in a feed. */
export function schemaAt(path: string): SchemaPlace {
  let node: SchemaNode | undefined = rules as unknown as SchemaNode;
  let def: string | undefined;
  let parent: SchemaNode | undefined;
  let key: string | number | undefined;
  for (const step of pathSteps(path)) {
    parent = node;
    key = step;
    const next: SchemaNode | undefined = typeof step === 'number' ? node?.items : node?.properties?.[step];
    const resolved = deref(next);
    node = resolved.node;
    def = resolved.def ?? (next && !next.$ref ? undefined : def);
    if (!node) return { parent, key };
  }
  return { node, def, parent, key };
}

function quoteList(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

/** What a good value looks like, by the kind of value the schema expects. */
const FORMS: Record<string, string> = {
  Id: 'use letters, digits, ".", "_", ":" and "-" only, starting with a letter or digit, e.g. "mikkeli-perheneuvola"',
  LocalizedText: 'write the text by language, e.g. {"fi": "Perheneuvola", "sv": "Familjerådgivning"}; Finnish is required',
  LocalizedKeywords: 'write the words by language, e.g. {"fi": ["ero", "huoltajuus"]}',
  Date: 'write the date as YYYY-MM-DD, e.g. "2026-10-06"',
  IsoDate: 'write the date as YYYY-MM-DD, e.g. "2026-10-06"',
  DateTime: 'write the date and time with its UTC offset, e.g. "2026-11-20T12:00:00+02:00"',
  EventTime: 'write a date for an all-day event, "2027-04-28", or the local wall-clock time without an offset, "2026-10-06T18:00"',
  LocalDateTime: 'write the local wall-clock time without an offset, e.g. "2026-10-06T18:00"; the zone goes in "timeZone"',
  Time: 'write the time as HH:MM on the 24-hour clock, e.g. "09:00"; "24:00" is the end of the day',
  TimeZone: 'use an IANA time-zone name, e.g. "Europe/Helsinki"',
  HttpUrl: 'write the full address with http:// or https://, e.g. "https://www.essote.fi/"',
  Email: 'write one email address, e.g. "neuvonta@essote.fi"',
  Phone: 'write one phone number with digits, spaces and an optional leading +, e.g. "+358 44 024 6415" or "044 024 6415"',
  LanguageCode: 'use a lower-case BCP 47 language code, e.g. "fi", "sv", "en", "se" (Northern Sami), "ru"',
  Area: 'add "wholeCountry": true, "regions": ["10"] (maakunta codes) or "municipalities": ["491"] (kunta codes)',
};

function municipalityFix(value: unknown): string {
  const text = typeof value === 'string' ? value : '';
  const byName = text ? findMunicipality(text) : undefined;
  if (byName) return `use the code "${byName.code}" for ${byName.name.fi}`;
  if (/^\d{1,2}$/.test(text)) {
    const padded = findMunicipality(text.padStart(3, '0'));
    if (padded) return `keep the leading zeros: "${padded.code}" for ${padded.name.fi}`;
  }
  return 'use the 3-digit code from Statistics Finland, e.g. "491" for Mikkeli or "091" for Helsinki';
}

function regionFix(value: unknown): string {
  const text = typeof value === 'string' ? value : '';
  const byName = text ? findRegion(text) : undefined;
  if (byName) return `use the code "${byName.code}" for ${byName.name.fi}`;
  if (/^\d$/.test(text) && findRegion(`0${text}`)) return `keep the leading zero: "0${text}"`;
  return 'use the 2-digit maakunta code from Statistics Finland, e.g. "10" for Etelä-Savo';
}

function urlFix(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (/^www\./i.test(value)) return `add "https://" in front: "https://${value}"`;
  if (/^mailto:/i.test(value)) return 'put the address in the "email" field, without "mailto:"';
  if (/^tel:/i.test(value)) return 'put the number in the "phone" field, without "tel:"';
  return undefined;
}

/** True when `path` is an element of an array field called `name`, e.g. `$.services[0].area.regions[2]`. */
function inArray(path: string, name: string): boolean {
  return new RegExp(`\\.${name}\\[\\d+\\]$`).test(path);
}

/** The form a value must take at `path`, from the schema and the field name. */
function formFix(path: string, place: SchemaPlace, value: unknown): string | undefined {
  const field = place.key;
  if (place.node?.enum) return `use one of ${quoteList(place.node.enum)}`;
  if (field === 'municipality' || inArray(path, 'municipalities')) return municipalityFix(value);
  if (inArray(path, 'regions')) return regionFix(value);
  if (field === 'postalCode') return 'write the 5-digit postal code, e.g. "50100"';
  if (field === 'currency') return 'use a 3-letter ISO 4217 code, e.g. "EUR"';
  if (field === 'version') return 'write "1.0"';
  if (field === 'duration') return 'write an ISO 8601 duration, e.g. "PT1H30M", or "P3D" for three days';
  if (field === 'rrule') return (typeof value === 'string' && rruleProblem(value)?.fix) || 'write an RFC 5545 rule, e.g. "FREQ=WEEKLY;BYDAY=TU;COUNT=8"';
  if (place.def === 'HttpUrl') return urlFix(value) ?? FORMS.HttpUrl;
  return place.def ? FORMS[place.def] : undefined;
}

/** What a missing field holds, for "add …" fixes. */
function describeField(node: SchemaNode | undefined, def: string | undefined, field: string): string {
  if (def === 'LocalizedText') return `"${field}": {"fi": "…"}`;
  if (node?.type === 'array' && node.items) {
    const items = deref(node.items).node;
    if (items?.enum) return `"${field}": [${JSON.stringify(items.enum[0])}, …] (values: ${quoteList(items.enum)})`;
    return `"${field}": […]`;
  }
  if (def && FORMS[def]) return `"${field}": ${FORMS[def].replace(/^(use|write) /, '')}`;
  if (node?.enum) return `"${field}": one of ${quoteList(node.enum)}`;
  return `"${field}"`;
}

/**
 * A fix for a problem message of src/feed/parse.ts or feed-data.ts at `path`; `value` is the
 * offending value when the caller has it.
 */
export function fixFor(path: string, message: string, value?: unknown): string | undefined {
  const place = schemaAt(path);
  if (message === 'is required') {
    const field = String(place.key);
    if (field === 'fi') return 'add the Finnish text; Swedish and English are optional, Finnish is required';
    if (place.def === 'Area') return FORMS.Area;
    return `add ${describeField(place.node, place.def, field)}`;
  }
  if (message === 'must not be empty') return 'write the text, or leave the field out';
  if (message.startsWith('needs at least')) {
    const items = place.node?.items ? deref(place.node.items).node : undefined;
    return items?.enum ? `give at least one of ${quoteList(items.enum)}` : 'give at least one value';
  }
  if (message.startsWith('needs ')) {
    if (place.def === 'Area' || /\.area$/.test(path)) return FORMS.Area;
    return `add ${message.slice('needs '.length)}`;
  }
  if (message.includes('is not a real date')) {
    return /^\S+T/.test(message)
      ? 'use a date that exists on the calendar and a time from 00:00 to 23:59, e.g. 2026-11-20T12:00:00+02:00'
      : 'use a date that exists on the calendar, as YYYY-MM-DD';
  }
  if (message.includes('before it begins')) return 'check both dates: "through" is the last day and comes on or after "from"';
  if (message.includes('before it starts') || message.includes('before or when it starts')) {
    return 'check the start and the end: the end must come after the start';
  }
  if (message.includes('is not an IANA time zone')) return FORMS.TimeZone;
  if (message.startsWith('duplicates the id')) return 'give each item its own id; if both entries are the same item, remove one';
  if (message.includes('which no source publishes')) {
    return 'correct the id, publish that item in this feed, or validate together with the feed that publishes it (validate this.json other.json)';
  }
  if (message.includes('is also published by')) return 'give one of them another id, unless both publishers mean the same item';
  if (message.startsWith('must be an array')) return 'make it a JSON array: [ … ]';
  if (/is (less|more) than/.test(message)) {
    if (place.key === 'latitude') return 'latitude is between -90 and 90; in Finland about 59.5–70.1';
    if (place.key === 'longitude') return 'longitude is between -180 and 180; in Finland about 19.1–31.6';
    return 'use a number of zero or more';
  }
  if (message.startsWith('expected ')) {
    const form = formFix(path, place, value);
    const type = place.node?.type;
    if (type === 'object' && place.def === 'LocalizedText') return FORMS.LocalizedText;
    if (type === 'array') return `make it a JSON array, e.g. ${describeField(place.node, place.def, String(place.key))}`;
    if (type === 'boolean') return 'write true or false, without quotes';
    if (type === 'number' || type === 'integer') return 'write a number, without quotes';
    if (type === 'string') return form ? `write it as text in quotes; ${form}` : 'write it as text in quotes';
    return form ?? `write a ${type ?? 'value'} here`;
  }
  return formFix(path, place, value);
}
