/**
 * A strict syntax check of the RFC 5545 recurrence rules the feed format allows: FREQ=DAILY,
 * WEEKLY or MONTHLY with INTERVAL, BYDAY, COUNT, UNTIL and WKST. Readers expand
 * nothing else, so a rule that uses anything else would show wrong dates.
 */
import { isRealYmd } from '../feed/dates.js';

export interface RruleProblem {
  readonly message: string;
  readonly fix: string;
}

export interface ParsedRrule {
  readonly freq: string;
  readonly parts: ReadonlyMap<string, string>;
  /** UNTIL as YYYY-MM-DD, when present. */
  readonly untilDate?: string;
}

const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY'];
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const RFC_ONLY = ['SECONDLY', 'MINUTELY', 'HOURLY', 'YEARLY'];
const UNSUPPORTED_PARTS = ['BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYMONTHDAY', 'BYYEARDAY', 'BYWEEKNO', 'BYMONTH', 'BYSETPOS', 'RSCALE', 'SKIP'];
const EXAMPLE = 'e.g. "FREQ=WEEKLY;BYDAY=TU;COUNT=8" (every Tuesday, eight times)';

function checkUntil(value: string, problems: RruleProblem[]): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})(T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(value);
  const fix = 'write UNTIL as a date, 20261215, or a UTC time, 20261215T220000Z';
  if (!match) {
    problems.push({ message: `UNTIL=${value} is not an iCalendar date or time`, fix });
    return undefined;
  }
  const [, y, m, d, , hh, mm, ss] = match;
  if (!isRealYmd(+y, +m, +d) || (hh !== undefined && (+hh > 23 || +mm > 59 || +ss > 60))) {
    problems.push({ message: `UNTIL=${value} is not a real date or time`, fix });
    return undefined;
  }
  return `${y}-${m}-${d}`;
}

function checkByDay(value: string, freq: string, problems: RruleProblem[]): void {
  for (const day of value.split(',')) {
    const match = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(day);
    if (!match || !WEEKDAYS.includes(match[2])) {
      problems.push({
        message: `BYDAY has "${day}", which is not a weekday`,
        fix: 'use MO, TU, WE, TH, FR, SA or SU, separated by commas; in a monthly rule a number may come first (2TU = the second Tuesday, -1FR = the last Friday)',
      });
      continue;
    }
    if (match[1] === undefined) continue;
    const ordinal = Number(match[1]);
    if (freq !== 'MONTHLY') {
      problems.push({
        message: `BYDAY=${day} numbers a weekday, which only a monthly rule can do`,
        fix: `drop the number (BYDAY=${match[2]}) or use FREQ=MONTHLY`,
      });
    } else if (ordinal === 0 || Math.abs(ordinal) > 5) {
      problems.push({ message: `BYDAY=${day}: a month has no weekday number ${ordinal}`, fix: 'use 1 to 5, or -1 to -5 counted from the end of the month' });
    }
  }
}

/** Checks one rule; returns the parsed rule (when FREQ is readable) and every problem found. */
export function checkRrule(rule: string): { rule?: ParsedRrule; problems: RruleProblem[] } {
  const problems: RruleProblem[] = [];
  const body = rule.startsWith('RRULE:') ? rule.slice(6) : rule;
  const parts = new Map<string, string>();
  for (const part of body.split(';')) {
    const eq = part.indexOf('=');
    const name = eq > 0 ? part.slice(0, eq) : '';
    const value = eq > 0 ? part.slice(eq + 1) : '';
    if (!/^[A-Z]+$/.test(name) || value === '') {
      problems.push({ message: `"${part}" is not a NAME=VALUE rule part`, fix: `separate the parts with ";", ${EXAMPLE}` });
      continue;
    }
    if (parts.has(name)) {
      problems.push({ message: `${name} appears twice`, fix: `keep one ${name}` });
      continue;
    }
    parts.set(name, value);
  }

  const freq = parts.get('FREQ');
  if (freq === undefined) {
    problems.push({ message: 'the rule has no FREQ', fix: `start with FREQ=DAILY, FREQ=WEEKLY or FREQ=MONTHLY, ${EXAMPLE}` });
    return { problems };
  }
  if (!FREQUENCIES.includes(freq)) {
    problems.push({
      message: RFC_ONLY.includes(freq) ? `FREQ=${freq} is not supported by feed readers` : `FREQ=${freq} is not a frequency`,
      fix: 'use FREQ=DAILY, FREQ=WEEKLY or FREQ=MONTHLY; list one-off extra dates in "rdates"',
    });
  }

  let untilDate: string | undefined;
  for (const [name, value] of parts) {
    switch (name) {
      case 'FREQ':
        break;
      case 'INTERVAL':
      case 'COUNT':
        if (!/^[1-9]\d*$/.test(value)) problems.push({ message: `${name}=${value} is not a positive whole number`, fix: `write ${name}=1 or more` });
        break;
      case 'UNTIL':
        untilDate = checkUntil(value, problems);
        break;
      case 'BYDAY':
        checkByDay(value, freq, problems);
        break;
      case 'WKST':
        if (!WEEKDAYS.includes(value)) problems.push({ message: `WKST=${value} is not a weekday`, fix: 'use WKST=MO (Finnish weeks start on Monday)' });
        break;
      default:
        problems.push({
          message: UNSUPPORTED_PARTS.includes(name) ? `${name} is not supported by feed readers` : `${name} is not an RRULE part`,
          fix:
            name === 'BYMONTHDAY'
              ? 'for the same day every month, start the event on that day and use FREQ=MONTHLY alone; list other dates in "rdates"'
              : 'use only FREQ, INTERVAL, BYDAY, COUNT, UNTIL and WKST; list irregular dates in "rdates"',
        });
    }
  }
  if (parts.has('COUNT') && parts.has('UNTIL')) {
    problems.push({ message: 'the rule has both COUNT and UNTIL', fix: 'keep one of them: COUNT for a number of meetings, UNTIL for an end date' });
  }
  return { rule: { freq, parts, untilDate }, problems };
}
