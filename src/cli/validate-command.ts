/** `validate`: checks feeds and prints each problem (exit 0 valid, 1 invalid, 2 unreadable). */
import { CannotRun, EXIT, help, parse, readJson, type Io } from './io.js';
import { countBySeverity, describeCounts, plural, printProblems } from './report.js';
import { validateFeeds } from './validate.js';

export async function validateCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' } });
  if (values.help) return help('validate', io);
  if (!positionals.length) throw new CannotRun('validate needs at least one feed file');
  const sources = [];
  for (const file of positionals) sources.push({ source: file, raw: await readJson(file, io) });
  const { problems, parsed } = validateFeeds(sources, { now: io.now?.() });
  const { errors, warnings } = countBySeverity(problems);
  if (values.json) {
    const shown = values.quiet ? problems.filter((p) => p.severity === 'error') : problems;
    io.stdout(`${JSON.stringify({ valid: errors === 0, errors, warnings, problems: shown }, null, 2)}\n`);
  } else {
    printProblems(problems, io.stdout, Boolean(values.quiet));
    for (const { source, feed } of parsed) {
      const own = countBySeverity(problems.filter((p) => p.source === source));
      const verdict = own.errors ? `invalid, ${plural(own.errors, 'error')}` : 'valid';
      io.stdout(`${source}: ${verdict} (${describeCounts(feed)}${own.warnings ? `; ${plural(own.warnings, 'warning')}` : ''})\n`);
    }
    if (sources.length > 1 || parsed.length < sources.length) io.stdout(`${plural(sources.length, 'file')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`);
  }
  return errors ? EXIT.problems : EXIT.ok;
}
