// The command line built in memory (as dist/cli.js is) and run in-process, for the `import ics`
// and `export ics` tests: fixed "now", standard input from a string, output captured.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { loadSrc } from './load-src.mjs';

const dir = await mkdtemp(join(tmpdir(), 'ero-ics-'));
const outfile = join(dir, 'cli.mjs');
await build({ entryPoints: [new URL('../../src/cli/cli.ts', import.meta.url).pathname], outfile, bundle: true, platform: 'node', format: 'esm', logLevel: 'silent' });
const { run } = await import(outfile);
await rm(dir, { recursive: true, force: true });

export const NOW = new Date('2026-09-25T10:00:00+03:00');
export const UPDATED = '2026-09-25T10:00:00+03:00';

/** Runs the CLI; `stdin` is what "-" reads. Resolves with the exit code, output and the feed (if JSON was written). */
export async function cli(args, { stdin = '', fetch } = {}) {
  const out = { stdout: '', stderr: '' };
  out.code = await run(args, {
    stdout: (t) => (out.stdout += t),
    stderr: (t) => (out.stderr += t),
    readStdin: async () => stdin,
    now: () => NOW,
    ...(fetch ? { fetch } : {}),
  });
  if (out.stdout.startsWith('{')) out.feed = JSON.parse(out.stdout);
  return out;
}

/** `import ics` of fixture files with the options that every test gives, unless it says otherwise. */
export function importIcs(files, ...options) {
  return cli(['import', 'ics', ...files.map((f) => new URL(`../fixtures/ics/${f}`, import.meta.url).pathname), '--updated', UPDATED, '--report', 'json', ...options]);
}

/** The problems of a run with --report json. */
export const problems = (run) => JSON.parse(run.stderr).problems;

/** An iCalendar file around some VEVENT lines, with CRLF line ends. */
export function calendar(...lines) {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//Test//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');
}

const { compileSchedule } = await loadSrc('src/feed/time/schedule.ts');
const { occurrencesBetween } = await loadSrc('src/feed/time/occurrences.ts');

const helsinki = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
/** "2026-10-13 18:00": an instant as a clock in Helsinki shows it. */
export const inHelsinki = (ms) => helsinki.format(ms);

/** The occurrences the widgets find for a feed event (start and end instants, cancelled or not), until 2030. */
export const spans = (event) => occurrencesBetween(compileSchedule(event), 0, Date.UTC(2030, 0));

/** The occurrences the widgets show for a feed event: Helsinki start and end, cancelled ones marked. */
export function occurrences(event) {
  return spans(event).map((o) => `${inHelsinki(o.start)}–${inHelsinki(o.end).slice(11)}${o.cancelled ? ' cancelled' : ''}`);
}
