/**
 * A small RFC 4180 CSV reader for spreadsheet exports: quoted fields with delimiters, quotes
 * and line breaks inside, CRLF or LF, a UTF-8 byte-order mark (Excel), and "," ";" or tab as
 * the delimiter, detected from the header row (Finnish Excel writes ";").
 */

export type Delimiter = ',' | ';' | '\t';

export interface CsvTable {
  readonly delimiter: Delimiter;
  /** Records in order; a quoted line break does not start a new record, as in a spreadsheet. */
  readonly rows: readonly (readonly string[])[];
}

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    /** Spreadsheet row number (1 = the first record) where the problem starts. */
    readonly row: number,
    /** 0-based index of the column where it starts. */
    readonly column: number,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

/** The delimiter that occurs most often outside quotes in the first record. */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as Delimiter]++;
  }
  const best = (Object.keys(counts) as Delimiter[]).sort((a, b) => counts[b] - counts[a])[0];
  return counts[best] > 0 ? best : ',';
}

/** Reads CSV text into records. Throws CsvSyntaxError for a quote that is never closed. */
export function parseCsv(input: string, delimiter?: Delimiter): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = delimiter ?? detectDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let quoteStartRow = 0;
  let quoteStartColumn = 0;
  let i = 0;

  const endField = (): void => {
    row.push(field);
    field = '';
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };

  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      i++;
      continue;
    }
    if (char === '"' && field.trim() === '') {
      // A quote opens a quoted field only at its start (spaces before it are dropped, as Excel does).
      field = '';
      quoted = true;
      quoteStartRow = rows.length + 1;
      quoteStartColumn = row.length;
    } else if (char === sep) {
      endField();
    } else if (char === '\r' || char === '\n') {
      endRow();
      if (char === '\r' && text[i + 1] === '\n') i++;
    } else {
      field += char;
    }
    i++;
  }
  if (quoted) {
    throw new CsvSyntaxError('a quoted field ("…) is never closed; add the closing double quote', quoteStartRow, quoteStartColumn);
  }
  if (field !== '' || row.length > 0) endRow();
  return { delimiter: sep, rows };
}

/** Spreadsheet column letters for a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
