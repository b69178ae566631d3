/**
 * What every command shares: the I/O it is given (so tests can run it in-process), exit codes,
 * the "could not run" error, reading files (JSON with line:column on a parse error) and writing
 * the feed.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Feed } from '../feed/types.js';
import { HELP } from './help.js';

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<string>;
  /** Standard input as bytes, for inputs whose encoding must be detected (CSV). */
  readonly readStdinBytes?: () => Promise<Uint8Array>;
  /** The time the command runs at; tests fix it. */
  readonly now?: () => Date;
  /** HTTP GET for `import ptv --api`; tests give a local server's fetch. */
  readonly fetch?: typeof fetch;
  /** Waits between API requests and retries; tests make it instant. */
  readonly sleep?: (ms: number) => Promise<void>;
}

export const EXIT = { ok: 0, problems: 1, cannotRun: 2 } as const;

export type Command = (args: readonly string[], io: Io) => Promise<number>;

/** Bad usage or unreadable input: the command stops with exit code 2. */
export class CannotRun extends Error {}

function cannotRead(file: string, error: unknown): CannotRun {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
  return new CannotRun(`cannot read ${file}: ${reason}`);
}

export async function readBytes(file: string, io: Io): Promise<Uint8Array> {
  if (file === '-') return io.readStdinBytes ? io.readStdinBytes() : new TextEncoder().encode(await io.readStdin());
  try {
    return await readFile(file);
  } catch (error) {
    throw cannotRead(file, error);
  }
}

export async function readText(file: string, io: Io): Promise<string> {
  if (file === '-') return io.readStdin();
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw cannotRead(file, error);
  }
}

/** "line 3, column 5" of a character offset in `text` (both 1-based). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** JSON text parsed; a syntax error names the file, line and column ("feed.json:3:5: …"). */
export function parseJson(text: string, file: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : body.trimEnd().length;
    const { line, column } = lineColumn(body, offset);
    const reason = message.replace(/ in JSON at position \d+.*$/s, '').replace(/^Unexpected end of JSON input$/, 'the JSON ends too early');
    throw new CannotRun(`${file}:${line}:${column}: not valid JSON: ${reason}`);
  }
}

export async function readJson(file: string, io: Io): Promise<unknown> {
  return parseJson(await readText(file, io), file);
}

/** The JSON files named: files as given, directories searched (recursively) for *.json. */
async function jsonFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let isDirectory = false;
    try {
      isDirectory = path !== '-' && (await stat(path)).isDirectory();
    } catch {
      throw new CannotRun(`cannot read ${path}: no such file or directory`);
    }
    if (!isDirectory) {
      files.push(path);
      continue;
    }
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    const found = entries
      .filter((e) => e.isFile() && e.name.endsWith('.json'))
      .map((e) => join(e.parentPath, e.name))
      .sort();
    if (!found.length) throw new CannotRun(`${path} has no .json files`);
    files.push(...found);
  }
  return files;
}

export interface SourceDocument {
  readonly source: string;
  readonly data: unknown;
}

/** Every JSON file named or found in the directories named, parsed. */
export async function readDocuments(paths: readonly string[], io: Io): Promise<SourceDocument[]> {
  const documents = [];
  for (const file of await jsonFiles(paths)) documents.push({ source: file, data: await readJson(file, io) });
  return documents;
}

export function parse(args: readonly string[], options: ParseArgsConfig['options']): ReturnType<typeof parseArgs> {
  try {
    return parseArgs({ args: [...args], options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CannotRun((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}

export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** Writes the feed to --output or standard output; returns where it went. */
export async function writeFeed(feed: Feed, values: Values, io: Io): Promise<string> {
  const text = `${JSON.stringify(feed, null, 2)}\n`;
  if (typeof values.output === 'string' && values.output !== '-') {
    await writeFile(values.output, text, 'utf8');
    return values.output;
  }
  io.stdout(text);
  return 'standard output';
}

export function help(topic: keyof typeof HELP, io: Io): number {
  io.stdout(HELP[topic]);
  return EXIT.ok;
}
