/**
 * The RRULE language the feed supports, as regular-expression pieces. The schema's `rrule`
 * pattern and the parser's checks are built from the same pieces, so the schema accepts exactly
 * the rules that the parser reads (a test compares them on many rules).
 */

export const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

const WEEKDAY = '(?:MO|TU|WE|TH|FR|SA|SU)';
const list = (item: string): string => `${item}(?:,${item})*`;

const MONTH_DAYS = '(?:0[1-9]|[12][0-9]|3[01])';
/** A real date YYYYMMDD from year 1000: 30 February and 29 February 2027 do not match. */
const REAL_DATE =
  '(?:[1-9][0-9]{3}(?:(?:0[13578]|1[02])' +
  MONTH_DAYS +
  '|(?:0[469]|11)(?:0[1-9]|[12][0-9]|30)|02(?:0[1-9]|1[0-9]|2[0-8]))' +
  '|(?:[1-9][0-9](?:0[48]|[2468][048]|[13579][26])|(?:[2468][048]|[13579][26])00)0229)';

/** One value of each rule part; BYDAY depends on the frequency (numbered weekdays). */
export const VALUE = {
  INTERVAL: '(?:[1-9][0-9]{0,2}|1000)',
  COUNT: '(?:[1-9][0-9]{0,4}|100000)',
  UNTIL: `(?:${REAL_DATE}(?:T(?:[01][0-9]|2[0-3])[0-5][0-9][0-5][0-9]Z?)?)`,
  WKST: WEEKDAY,
  BYMONTH: list('(?:[1-9]|1[0-2])'),
  BYMONTHDAY: list('[+-]?(?:[1-9]|[12][0-9]|3[01])'),
  BYYEARDAY: list('[+-]?(?:[1-9][0-9]?|[12][0-9]{2}|3[0-5][0-9]|36[0-6])'),
  BYSETPOS: list('[+-]?(?:[1-9][0-9]?|[12][0-9]{2}|3[0-5][0-9]|36[0-6])'),
} as const;

/** BYDAY per frequency: numbered weekdays (1TU, -1FR) only in MONTHLY (±1–5) and YEARLY (±1–53) rules. */
export const BYDAY: Record<Frequency, string> = {
  DAILY: list(WEEKDAY),
  WEEKLY: list(WEEKDAY),
  MONTHLY: list(`(?:[+-]?[1-5])?${WEEKDAY}`),
  YEARLY: list(`(?:[+-]?(?:[1-9]|[1-4][0-9]|5[0-3]))?${WEEKDAY}`),
};

export type PartName = keyof typeof VALUE | 'BYDAY';

/** The parts each frequency allows besides FREQ (RFC 5545 §3.3.10's table, less what is N/A). */
export function partsOf(freq: Frequency): PartName[] {
  const parts: PartName[] = ['INTERVAL', 'COUNT', 'UNTIL', 'WKST', 'BYDAY', 'BYMONTH', 'BYSETPOS'];
  if (freq !== 'WEEKLY') parts.push('BYMONTHDAY');
  if (freq === 'YEARLY') parts.push('BYYEARDAY');
  return parts;
}

export const valueSyntax = (part: PartName, freq: Frequency): string => (part === 'BYDAY' ? BYDAY[freq] : VALUE[part]);

/**
 * The whole language as one pattern, for the schema: FREQ first, each part once, COUNT or
 * UNTIL but not both, and BYSETPOS only beside another BY… part.
 */
export function rrulePattern(): string {
  const noRepeat = '(?!.*(?:^|[:;])([A-Z]+)=.*;\\1=)';
  const notCountAndUntil = '(?!.*;(?:COUNT=.*;UNTIL|UNTIL=.*;COUNT)=)';
  const setPosNeedsBy = '(?!(?!.*;BY(?:DAY|MONTHDAY|MONTH|YEARDAY)=).*;BYSETPOS=)';
  const frequencies = FREQUENCIES.map((freq) => {
    const parts = partsOf(freq).map((part) => `${part}=${valueSyntax(part, freq)}`);
    return `FREQ=${freq}(?:;(?:${parts.join('|')}))*`;
  });
  return `^${noRepeat}${notCountAndUntil}${setPosNeedsBy}(?:RRULE:)?(?:${frequencies.join('|')})$`;
}
