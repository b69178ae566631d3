/**
 * The IANA zone that an iCalendar TZID means. Google and Apple write IANA names, Outlook and
 * Teams Windows names ("FLE Standard Time") or display names ("(UTC+02:00) Helsinki, Kyiv, …"),
 * older programs IANA names behind a path ("/mozilla.org/20050126_1/Europe/Helsinki"). What no
 * name tells is read from the file's VTIMEZONE: the first zone with the same offsets around the
 * event's date, Europe/Helsinki first. Pure logic: no DOM.
 */
import { compileSchedule, eachStart, RecurrenceError } from '../time/schedule.js';
import { DAY, HELSINKI, isTimeZone, localKey, offsetAt, type WallTime } from '../time/zoned-time.js';
import { all, first, readTime, type IcsComponent } from './read.js';

/** The Windows zones (CLDR windowsZones) that calendars in Finland meet, by their IANA zone. */
export const WINDOWS_ZONES: Readonly<Record<string, string>> = {
  'FLE Standard Time': HELSINKI,
  'GTB Standard Time': 'Europe/Bucharest',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'Kaliningrad Standard Time': 'Europe/Kaliningrad',
  'Russian Standard Time': 'Europe/Moscow',
  'Belarus Standard Time': 'Europe/Minsk',
  'Turkey Standard Time': 'Europe/Istanbul',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'Azores Standard Time': 'Atlantic/Azores',
  'Morocco Standard Time': 'Africa/Casablanca',
  'W. Central Africa Standard Time': 'Africa/Lagos',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'E. Africa Standard Time': 'Africa/Nairobi',
  'Egypt Standard Time': 'Africa/Cairo',
  'Israel Standard Time': 'Asia/Jerusalem',
  'Middle East Standard Time': 'Asia/Beirut',
  'Jordan Standard Time': 'Asia/Amman',
  'Syria Standard Time': 'Asia/Damascus',
  'Arab Standard Time': 'Asia/Riyadh',
  'Arabian Standard Time': 'Asia/Dubai',
  'Iran Standard Time': 'Asia/Tehran',
  'Georgian Standard Time': 'Asia/Tbilisi',
  'Caucasus Standard Time': 'Asia/Yerevan',
  'Azerbaijan Standard Time': 'Asia/Baku',
  'Afghanistan Standard Time': 'Asia/Kabul',
  'Pakistan Standard Time': 'Asia/Karachi',
  'West Asia Standard Time': 'Asia/Tashkent',
  'Ekaterinburg Standard Time': 'Asia/Yekaterinburg',
  'India Standard Time': 'Asia/Kolkata',
  'Sri Lanka Standard Time': 'Asia/Colombo',
  'Nepal Standard Time': 'Asia/Kathmandu',
  'Bangladesh Standard Time': 'Asia/Dhaka',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'China Standard Time': 'Asia/Shanghai',
  'Singapore Standard Time': 'Asia/Singapore',
  'Taipei Standard Time': 'Asia/Taipei',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Korea Standard Time': 'Asia/Seoul',
  'W. Australia Standard Time': 'Australia/Perth',
  'Cen. Australia Standard Time': 'Australia/Adelaide',
  'E. Australia Standard Time': 'Australia/Brisbane',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'New Zealand Standard Time': 'Pacific/Auckland',
  'UTC': 'Etc/UTC',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Alaskan Standard Time': 'America/Anchorage',
  'Pacific Standard Time': 'America/Los_Angeles',
  'US Mountain Standard Time': 'America/Phoenix',
  'Mountain Standard Time': 'America/Denver',
  'Central Standard Time': 'America/Chicago',
  'Central Standard Time (Mexico)': 'America/Mexico_City',
  'Canada Central Standard Time': 'America/Regina',
  'Eastern Standard Time': 'America/New_York',
  'SA Pacific Standard Time': 'America/Bogota',
  'Atlantic Standard Time': 'America/Halifax',
  'Venezuela Standard Time': 'America/Caracas',
  'Pacific SA Standard Time': 'America/Santiago',
  'Newfoundland Standard Time': 'America/St_Johns',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'Argentina Standard Time': 'America/Argentina/Buenos_Aires',
};

const windowsByKey = new Map(Object.entries(WINDOWS_ZONES).map(([name, zone]) => [name.toLowerCase(), zone]));

/** Whether `zone` is an IANA name (a region/city, or UTC) that Intl knows. */
export function isIanaZone(zone: string): boolean {
  return /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone) && (zone.includes('/') || /^(UTC|GMT)$/.test(zone)) && isTimeZone(zone);
}

/** How a TZID was read: by its name, or guessed from its VTIMEZONE or a city it names. */
export interface ZoneReading {
  readonly zone: string;
  /** Why this zone when the TZID does not name it exactly; undefined when it does. */
  readonly guess?: string;
}

interface Observance {
  readonly transitions: (from: number, to: number) => number[];
  readonly from: number;
  readonly to: number;
}

const offsetOf = (text: string | undefined): number | undefined => {
  const match = /^([+-])(\d{2})(\d{2})(\d{2})?$/.exec(text?.trim() ?? '');
  return match ? (match[1] === '-' ? -1 : 1) * ((Number(match[2]) * 60 + Number(match[3])) * 60 + Number(match[4] ?? 0)) * 1000 : undefined;
};

/** A STANDARD or DAYLIGHT part: the instants it begins, from DTSTART, RRULE and RDATE (through the feed's own RRULE expansion). */
function observance(part: IcsComponent): Observance | undefined {
  const from = offsetOf(first(part, 'TZOFFSETFROM')?.value);
  const to = offsetOf(first(part, 'TZOFFSETTO')?.value);
  const start = readTime(first(part, 'DTSTART')?.value ?? '');
  if (from === undefined || to === undefined || !start || start.kind === 'utc') return undefined;
  const rdates = all(part, 'RDATE').flatMap((p) => p.value.split(',').flatMap((v) => {
    const time = readTime(v);
    return time && time.kind !== 'utc' ? [time.wall] : [];
  }));
  let rule: ReturnType<typeof compileSchedule> | undefined;
  const text = first(part, 'RRULE')?.value;
  try {
    rule = text ? compileSchedule({ start: localKey(start.wall).slice(0, 16), duration: 'PT1M', timeZone: 'UTC', rrule: text.toUpperCase() }) : undefined;
  } catch (error) {
    if (!(error instanceof RecurrenceError)) throw error;
  }
  return {
    from,
    to,
    transitions: (lo, hi) => {
      // DTSTART counts wherever it is: a part without a rule begins there and holds ever after.
      const walls: WallTime[] = [start.wall, ...rdates];
      if (rule) eachStart(rule, lo + from, hi + from, (wall) => walls.push(wall) > 0);
      return walls.map((wall) => wall - from).filter((t) => t <= hi && (t >= lo || t === start.wall - from));
    },
  };
}

/** The UTC offset that a VTIMEZONE gives at an instant: that of the last change before it. */
function vtimezoneOffset(observances: readonly Observance[], instant: number): number {
  let latest = -Infinity;
  let offset = observances[0].from;
  for (const o of observances) {
    for (const t of o.transitions(instant - 800 * DAY, instant)) if (t > latest) [latest, offset] = [t, o.to];
  }
  return offset;
}

/** Instants around `near` at which two zones with the same rules agree: mid-month, and just before and after each change. */
function samples(observances: readonly Observance[], near: number): number[] {
  const year = new Date(near).getUTCFullYear();
  const points: number[] = [];
  for (let y = year - 1; y <= year + 1; y++) for (let m = 0; m < 12; m++) points.push(Date.UTC(y, m, 15, 12));
  const [lo, hi] = [Date.UTC(year - 1, 0), Date.UTC(year + 2, 0)];
  for (const o of observances) for (const t of o.transitions(lo, hi)) if (t >= lo) points.push(t - 60_000, t + 60_000);
  return points;
}

let candidates: string[] | undefined;

/** Zones to compare a VTIMEZONE with: Helsinki first, then the Windows zones', then every zone Intl knows. */
function candidateZones(): string[] {
  candidates ??= [...new Set([HELSINKI, ...Object.values(WINDOWS_ZONES), ...Intl.supportedValuesOf('timeZone')])].filter(isIanaZone);
  return candidates;
}

/** The first zone whose offsets equal the VTIMEZONE's around `near`. */
function matchVtimezone(vtimezone: IcsComponent, near: number): string | undefined {
  const observances = vtimezone.components.map(observance).filter((o): o is Observance => o !== undefined);
  if (!observances.length) return undefined;
  const points = samples(observances, near);
  const expected = points.map((p) => vtimezoneOffset(observances, p));
  return candidateZones().find((zone) => points.every((p, i) => offsetAt(p, zone) === expected[i]));
}

/** A zone named by a city in a display name: "(UTC+02:00) Helsinki, Kyiv, Riga" → Europe/Helsinki. */
function cityZone(tzid: string): string | undefined {
  const cities = tzid.replace(/^\(UTC[^)]*\)\s*/, '').split(/\s*,\s*/);
  for (const city of cities) {
    const key = city.trim().replace(/ /g, '_');
    const zone = key && candidateZones().find((z) => z.endsWith(`/${key}`));
    if (zone) return zone;
  }
  return undefined;
}

/**
 * The IANA zone of a TZID, with the file's VTIMEZONE of that TZID when it has one; `near` is an
 * instant near the times to read (the offsets are compared in the years around it). Undefined
 * when nothing tells.
 */
export function readZone(tzid: string, vtimezone: IcsComponent | undefined, near: number): ZoneReading | undefined {
  const name = tzid.trim();
  if (isIanaZone(name)) return { zone: name };
  const segments = name.split('/').filter(Boolean);
  for (let i = 1; i < segments.length - 1; i++) {
    const tail = segments.slice(i).join('/');
    if (isIanaZone(tail)) return { zone: tail };
  }
  const windows = windowsByKey.get(name.toLowerCase());
  if (windows) return { zone: windows };
  const matched = vtimezone && matchVtimezone(vtimezone, near);
  if (matched) return { zone: matched, guess: `its VTIMEZONE has the offsets of ${matched}` };
  const city = cityZone(name);
  if (city) return { zone: city, guess: `it names ${city.split('/').pop()!.replace(/_/g, ' ')}` };
  return undefined;
}

/** The VTIMEZONE components of a calendar by their TZID. */
export function vtimezones(calendar: IcsComponent): Map<string, IcsComponent> {
  const found = new Map<string, IcsComponent>();
  for (const component of calendar.components) {
    const tzid = component.name === 'VTIMEZONE' ? first(component, 'TZID')?.value.trim() : undefined;
    if (tzid) found.set(tzid, component);
  }
  return found;
}
