/** `merge`: merges feeds by id, the first listed winning (exit 1 on conflicts with --strict). */
import { CannotRun, EXIT, help, parse, readJson, writeFeed, type Io } from './io.js';
import { mergeFeeds } from './merge.js';
import { publisherOption } from './options.js';
import { describeCounts, plural, printProblems } from './report.js';

export async function mergeCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    output: { type: 'string', short: 'o' },
    strict: { type: 'boolean' },
    publisher: { type: 'string' },
    'publisher-url': { type: 'string' },
  });
  if (values.help) return help('merge', io);
  if (positionals.length < 2) throw new CannotRun('merge needs two or more feed files');
  const sources = [];
  for (const file of positionals) sources.push({ source: file, raw: await readJson(file, io) });
  const { feed, problems, conflicts } = mergeFeeds(sources, { publisher: publisherOption(values), strict: Boolean(values.strict) });
  printProblems(problems, io.stderr);
  if (!feed) {
    io.stderr('No input could be read as a feed; nothing was written.\n');
    return EXIT.problems;
  }
  const destination = await writeFeed(feed, values, io);
  io.stderr(`Merged ${plural(sources.length, 'feed')} (${describeCounts(feed)}) to ${destination}: ${plural(conflicts, 'conflict')}.\n`);
  const unusable = problems.some((p) => p.severity === 'error' && (p.where === '$' || p.where === '$.version'));
  return unusable || (values.strict && conflicts) ? EXIT.problems : EXIT.ok;
}
