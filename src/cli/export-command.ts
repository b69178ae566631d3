/**
 * `export ics`: the events of a feed (or those the calendar's filters pick) as one iCalendar
 * file to host next to the feed, for people to subscribe to. It is the calendar's own .ics
 * writer with the words in one language: the same times, stable UIDs, DTSTAMP from the feed's
 * `updated` (the same feed gives the same bytes), and a refresh interval for subscribers.
 */
import { writeFile } from 'node:fs/promises';
import { calendarFile, uidHost } from '../components/event-calendar/event-file.js';
import { eventMatcher, type EventFilter } from '../components/event-calendar/filter.js';
import { FeedData } from '../feed/feed-data.js';
import type { ScheduledEvent } from '../feed/ics/calendar.js';
import { FeedError, parseFeed } from '../feed/parse.js';
import { parseDuration } from '../feed/time/duration.js';
import { compileSchedule, RecurrenceError } from '../feed/time/schedule.js';
import { HELSINKI } from '../feed/time/zoned-time.js';
import { localize, type Lang } from '../i18n/lang.js';
import { eventCalendarMessages } from '../i18n/messages/event-calendar.js';
// Every language at once: the command line has no render to wait for one.
import '../i18n/messages/all.js';
import { CannotRun, EXIT, help, parse, parseJson, readJson, type Io } from './io.js';
import { countBySeverity, plural, printProblems, problemsJson, type Problem } from './report.js';
import { findMunicipality, findRegion, toTargetGroup } from './vocabulary.js';

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  lang: { type: 'string' },
  name: { type: 'string' },
  description: { type: 'string' },
  url: { type: 'string' },
  'feed-url': { type: 'string' },
  refresh: { type: 'string' },
  report: { type: 'string' },
  'target-group': { type: 'string' },
  region: { type: 'string' },
  municipality: { type: 'string' },
  attendance: { type: 'string' },
  organizer: { type: 'string' },
} as const;

const isAddress = (text: string): boolean => /^https?:\/\/\S+$/i.test(text);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

async function readFeedJson(input: string, io: Io): Promise<unknown> {
  if (!isAddress(input)) return readJson(input, io);
  let problem: string;
  try {
    const response = await (io.fetch ?? fetch)(input, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(30_000) });
    if (response.ok) return parseJson(await response.text(), input);
    problem = `HTTP ${response.status}`;
  } catch (error) {
    if (error instanceof CannotRun) throw error;
    problem = (error as Error).message;
  }
  throw new CannotRun(`cannot read ${input}: ${problem}`);
}

/** The calendar's filter from the options, in the codes the feed uses (names are accepted too). */
function filterOption(values: Record<string, unknown>): EventFilter {
  const list = (flag: string): string[] => (str(values[flag]) ?? '').split(/[\s,]+/).filter(Boolean);
  const groups = list('target-group').map((g) => toTargetGroup(g) ?? g);
  const unknownGroup = groups.find((g) => !toTargetGroup(g));
  if (unknownGroup) throw new CannotRun(`--target-group: "${unknownGroup}" is not one of child, parent, close-ones, professional`);
  const region = str(values.region);
  const municipality = str(values.municipality);
  const regionCode = region === undefined ? undefined : findRegion(region)?.code;
  const municipalityCode = municipality === undefined ? undefined : findMunicipality(municipality)?.code;
  if (region !== undefined && !regionCode) throw new CannotRun(`--region: "${region}" is not a Finnish region name or 2-digit code`);
  if (municipality !== undefined && !municipalityCode) throw new CannotRun(`--municipality: "${municipality}" is not a Finnish municipality name or 3-digit code`);
  const attendance = str(values.attendance);
  if (attendance !== undefined && attendance !== 'online' && attendance !== 'on-site') throw new CannotRun('--attendance must be online or on-site');
  return { targetGroup: groups.join(' '), region: regionCode, municipality: municipalityCode, attendance, organizer: list('organizer').join(' ') };
}

export async function exportCommand(args: readonly string[], io: Io): Promise<number> {
  const [format, ...rest] = args;
  if (format === undefined || format === '-h' || format === '--help') return help('export', io);
  if (format !== 'ics') throw new CannotRun(`"${format}" is not an export format; use ics`);
  const { values, positionals } = parse(rest, OPTIONS);
  if (values.help) return help('export ics', io);
  if (positionals.length !== 1) throw new CannotRun('export ics takes one feed (a file, an address or "-")');
  const lang = (str(values.lang) ?? 'fi') as Lang;
  if (!['fi', 'sv', 'en'].includes(lang)) throw new CannotRun('--lang must be fi, sv or en');
  const report = str(values.report) ?? 'text';
  if (report !== 'text' && report !== 'json') throw new CannotRun('--report must be text or json');
  const refresh = str(values.refresh) ?? 'PT12H';
  if (!(parseDuration(refresh)! > 0)) throw new CannotRun('--refresh must be an ISO 8601 duration such as PT12H or P1D');
  for (const flag of ['url', 'feed-url'] as const) {
    if (values[flag] !== undefined && !isAddress(str(values[flag])!)) throw new CannotRun(`--${flag} must be an http(s) address`);
  }
  const filter = filterOption(values);
  const [input] = positionals;
  let data: FeedData;
  const raw = await readFeedJson(input, io);
  try {
    data = FeedData.merge([parseFeed(raw, input)]);
  } catch (error) {
    if (error instanceof FeedError) throw new CannotRun(`${input}: ${error.message}`);
    throw error;
  }

  const problems: Problem[] = [];
  const warn = (where: string, message: string, itemId?: string, fix?: string): void => {
    problems.push({ severity: 'warning', source: input, where, message, itemId, fix, leftOut: true });
  };
  for (const issue of data.issues) if (issue.dropped) warn(issue.path, `${issue.message}; left out`, issue.itemId, 'run "eroauttaminen-widgets validate" on the feed');
  const matches = eventMatcher(data, filter);
  const events: ScheduledEvent[] = [];
  // Paths name the event where it is in the file, before invalid ones were left out.
  const listed = (raw as { events?: unknown }).events;
  const indexOf = new Map((Array.isArray(listed) ? listed : []).map((e, i) => [(e as { id?: unknown } | null)?.id, i] as const).reverse());
  data.events.forEach((event) => {
    if (!matches(event)) return;
    const index = indexOf.get(event.id);
    try {
      const schedule = compileSchedule(event);
      for (const issue of schedule.issues) warn(`$.events[${index}].${issue.field}`, issue.message, event.id);
      events.push({ event, schedule });
    } catch (error) {
      if (!(error instanceof RecurrenceError)) throw error;
      warn(`$.events[${index}].${error.field}`, `${error.message}; the event was left out`, event.id, error.fix || undefined);
    }
  });
  if (!events.length) warn('$.events', data.events.length ? 'no event matches the filter, so the calendar is empty' : 'the feed has no events, so the calendar is empty');

  const feedUrl = str(values['feed-url']) ?? (isAddress(input) ? input : undefined);
  const publisher = data.publishers[0];
  const text = calendarFile(events, { data, lang, messages: eventCalendarMessages.in(lang), host: uidHost(publisher?.url, feedUrl) }, {
    name: str(values.name) ?? (publisher && localize(publisher.name, lang).text),
    description: str(values.description),
    source: str(values.url),
    refreshInterval: refresh,
    timeZone: HELSINKI,
  });
  const output = str(values.output);
  if (output && output !== '-') await writeFile(output, text, 'utf8');
  else io.stdout(text);
  const destination = output && output !== '-' ? output : 'standard output';

  const code = problems.length ? EXIT.problems : EXIT.ok;
  const { errors, warnings } = countBySeverity(problems);
  const summary = `${plural(events.length, 'event')} of ${data.events.length}`;
  if (report === 'json') {
    io.stderr(problemsJson(problems, { exitCode: code, input, output: destination, items: summary }));
  } else {
    printProblems(problems, io.stderr);
    io.stderr(`Wrote ${summary} from ${input} to ${destination}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.\n`);
  }
  return code;
}
