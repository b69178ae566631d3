/**
 * The `eroauttaminen-widgets` command line: finds the command and runs it. Exit codes: 0 fine,
 * 1 problems found (or, for imports, anything left out or changed), 2 could not run.
 * `run` has no process-wide side effects, so tests can call it directly.
 */
import { VERSION } from '../version.js';
import { exportCommand } from './export-command.js';
import { importCommand } from './import-command.js';
import { CannotRun, EXIT, help, type Command, type Io } from './io.js';
import { mergeCommand } from './merge-command.js';
import { migrateCommand } from './migrate-command.js';
import { validateCommand } from './validate-command.js';

export { EXIT, type Io } from './io.js';

/** Each command by name; a new command is one line here (and its --help in help.ts). */
const COMMANDS: Readonly<Record<string, Command>> = {
  validate: validateCommand,
  import: importCommand,
  export: exportCommand,
  merge: mergeCommand,
  migrate: migrateCommand,
};

/** Runs one command line (without "node" and the script) and returns the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') return help('main', io);
  if (name === '-v' || name === '--version') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  try {
    if (!command) throw new CannotRun(`"${name}" is not a command`);
    return await command(rest, io);
  } catch (error) {
    if (!(error instanceof CannotRun)) throw error;
    io.stderr(`eroauttaminen-widgets: ${error.message}\nRun "eroauttaminen-widgets ${command ? `${name} ` : ''}--help" for usage.\n`);
    return EXIT.cannotRun;
  }
}
