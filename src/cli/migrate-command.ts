/** `migrate`: rewrites a feed as version 1.1, with service channels (exit 1 when anything changed). */
import { FeedError } from '../feed/parse.js';
import type { Feed } from '../feed/types.js';
import { CannotRun, EXIT, help, parse, readJson, writeFeed, type Io } from './io.js';
import { migrateFeed, TARGET_VERSION } from './migrate.js';
import { printProblems } from './report.js';

export async function migrateCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { output: { type: 'string', short: 'o' } });
  if (values.help) return help('migrate', io);
  if (positionals.length !== 1) throw new CannotRun('migrate takes one feed file');
  const [file] = positionals;
  const raw = await readJson(file, io);
  let result: ReturnType<typeof migrateFeed>;
  try {
    result = migrateFeed(raw, file);
  } catch (error) {
    if (error instanceof FeedError) throw new CannotRun(`${file}: ${error.message}`);
    throw error;
  }
  printProblems(result.problems, io.stderr);
  const destination = await writeFeed(result.feed as unknown as Feed, values, io);
  io.stderr(result.changed ? `Migrated ${file} to feed ${TARGET_VERSION} in ${destination}.\n` : `${file} needed no changes; it is in ${destination} as it was.\n`);
  return result.changed || result.problems.length ? EXIT.problems : EXIT.ok;
}
