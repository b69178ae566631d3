// The CSV reader as spreadsheet exports need it: quotes, delimiters and line breaks inside
// quotes, CRLF, Excel's byte-order mark and ";"-separated Finnish exports.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadSrc } from './load-src.mjs';

const { parseCsv, detectDelimiter, columnLetter, CsvSyntaxError } = await loadSrc('src/cli/csv.ts');

describe('parseCsv', () => {
  it('reads quoted fields with commas, semicolons, doubled quotes and line breaks', () => {
    const { rows } = parseCsv('a,b,c\n"x, y","say ""hi""","two\nlines"\n');
    assert.deepEqual(rows, [['a', 'b', 'c'], ['x, y', 'say "hi"', 'two\nlines']]);
  });

  it('treats CRLF and LF alike and keeps empty cells', () => {
    assert.deepEqual(parseCsv('a,b\r\n1,\r\n,2').rows, [['a', 'b'], ['1', ''], ['', '2']]);
  });

  it('drops the UTF-8 byte-order mark Excel writes', () => {
    assert.deepEqual(parseCsv('\uFEFFkind;id\nservice;x').rows[0], ['kind', 'id']);
  });

  it('detects ";" from the header of a Finnish Excel export, ignoring commas inside quotes', () => {
    const table = parseCsv('kind;name_fi;"types, as list"\nservice;"Perheneuvola, Mikkeli";counselling');
    assert.equal(table.delimiter, ';');
    assert.deepEqual(table.rows[1], ['service', 'Perheneuvola, Mikkeli', 'counselling']);
  });

  it('detects tabs and falls back to commas', () => {
    assert.equal(detectDelimiter('a\tb\tc\n'), '\t');
    assert.equal(detectDelimiter('single'), ',');
  });

  it('reports a quote that never closes with the row it opens on', () => {
    assert.throws(() => parseCsv('a,b\n1,2\n3,"open\n4,5'), (error) => error instanceof CsvSyntaxError && error.row === 3 && error.column === 1);
  });
});

describe('columnLetter', () => {
  it('names columns as spreadsheets do', () => {
    assert.deepEqual([0, 5, 25, 26, 27, 51, 52, 701, 702].map(columnLetter), ['A', 'F', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
