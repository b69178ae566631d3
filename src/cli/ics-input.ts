/**
 * The calendars `import ics` reads: .ics files, directories of them, standard input, or a
 * calendar's address (https:// or webcal://, e.g. Google Calendar's "secret address in iCal
 * format"), decoded in the encoding they were saved in.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeText } from './encoding.js';
import type { FeedBuilder } from './feed-builder.js';
import type { IcsDocument } from './import-ics.js';
import { CannotRun, readBytes, type Io } from './io.js';

const TIMEOUT = 30_000;

async function download(address: string, io: Io): Promise<Uint8Array> {
  const url = address.replace(/^webcal:/i, 'https:');
  let problem: string;
  try {
    const response = await (io.fetch ?? fetch)(url, { headers: { accept: 'text/calendar' }, signal: AbortSignal.timeout(TIMEOUT) });
    if (response.ok) return new Uint8Array(await response.arrayBuffer());
    problem = `HTTP ${response.status}`;
  } catch (error) {
    problem = (error as Error).name === 'TimeoutError' ? `no answer in ${TIMEOUT / 1000} s` : (error as Error).message;
  }
  throw new CannotRun(`cannot read ${address}: ${problem}`);
}

/** The files named: files as given, directories searched (recursively) for *.ics. */
async function icsFiles(path: string): Promise<string[]> {
  let isDirectory = false;
  try {
    isDirectory = path !== '-' && (await stat(path)).isDirectory();
  } catch {
    throw new CannotRun(`cannot read ${path}: no such file or directory`);
  }
  if (!isDirectory) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  const found = entries.filter((e) => e.isFile() && /\.ics$/i.test(e.name)).map((e) => join(e.parentPath, e.name)).sort();
  if (!found.length) throw new CannotRun(`${path} has no .ics files`);
  return found;
}

/** Every calendar named, as text; one not in UTF-8 is named in a warning. */
export async function readIcsInputs(paths: readonly string[], io: Io, builder: FeedBuilder): Promise<IcsDocument[]> {
  const documents: IcsDocument[] = [];
  for (const path of paths) {
    const remote = /^(https?|webcal):\/\//i.test(path);
    for (const source of remote ? [path] : await icsFiles(path)) {
      const { text, encoding } = decodeText(remote ? await download(source, io) : await readBytes(source, io));
      if (!encoding.startsWith('UTF-8')) {
        builder.warn({ source, where: 'line 1' }, `the file is not UTF-8, as iCalendar should be; it was read as ${encoding}`, 'check that letters such as ä, ö and å look right');
      }
      documents.push({ source, text });
    }
  }
  return documents;
}
