// Publishers feed the command line whatever their systems export, cut short or mangled. Every
// importer, `validate`, `migrate` and `merge` is given each of its fixtures with random damage
// (bytes inserted, removed or repeated, the text cut off, JSON and iCalendar syntax, NUL, emoji,
// huge numbers) and, for JSON, values at random places replaced or removed. Each run must end
// with a documented exit code (0, 1 or 2) and a report, never with an exception or a stack trace;
// and a feed that an importer writes without an error passes `validate`.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { cli } from './ics-cli.mjs';
import { random } from './recurrence-cases.mjs';

const fixtures = (dir) =>
  readdirSync(new URL(`../fixtures/${dir}/`, import.meta.url))
    .filter((f) => /\.(json|csv|ics)$/.test(f))
    .map((f) => new URL(`../fixtures/${dir}/${f}`, import.meta.url).pathname);
const SAMPLE = new URL('../../demo/feeds/sample.json', import.meta.url).pathname;
const EVENTS = new URL('../fixtures/events.json', import.meta.url).pathname;

const REPORT = ['--updated', '2026-09-25T10:00:00+03:00', '--report', 'json'];

const COMMANDS = [
  ['import ptv', fixtures('ptv'), ['import', 'ptv', '-', ...REPORT]],
  ['import hsds', fixtures('hsds'), ['import', 'hsds', '-', ...REPORT]],
  ['import csv', fixtures('csv'), ['import', 'csv', '-', ...REPORT]],
  ['import ics', fixtures('ics'), ['import', 'ics', '-', '--organizer', 'Viola', '--target-group', 'parent', ...REPORT]],
  ['validate', [SAMPLE, EVENTS], ['validate', '-']],
  ['migrate', [SAMPLE], ['migrate', '-']],
  ['merge', [SAMPLE], ['merge', '-', EVENTS]],
];

const JUNK = ['"', ',', ';', '\n', '\r', '{', '}', '[', ']', ':', '\\', '\u0000', 'ä', '😀', 'BEGIN:VEVENT', 'null', '-1', '9999999999999999999999', ' '];

function damage(text, next) {
  const int = (n) => Math.floor(next() * n);
  let t = text;
  for (let k = 1 + int(6); k > 0; k--) {
    const at = int(t.length + 1);
    const junk = JUNK[int(JUNK.length)];
    const kind = int(5);
    if (kind === 0) t = t.slice(0, at) + junk + t.slice(at);
    else if (kind === 1) t = t.slice(0, at) + t.slice(at + 1 + int(40));
    else if (kind === 2) t = t.slice(0, at);
    else if (kind === 3) t = t.slice(0, at) + t.slice(int(t.length));
    else t = t.slice(0, at) + junk.repeat(1 + int(3)) + t.slice(at + int(3));
  }
  return t;
}

const VALUES = [null, 42, -1, true, '', 'text', [], {}, '2026-02-30', 'javascript:alert(1)', 'x'.repeat(5000)];

/** A JSON document broken in its structure: values at random places replaced or removed. */
function breakJson(text, next) {
  const doc = JSON.parse(text);
  const places = [];
  const walk = (node) => {
    if (node && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        places.push([node, key]);
        walk(node[key]);
      }
    }
  };
  walk(doc);
  for (let k = 1 + Math.floor(next() * 4); k > 0 && places.length; k--) {
    const [parent, key] = places[Math.floor(next() * places.length)];
    if (next() < 0.2) delete parent[key];
    else parent[key] = VALUES[Math.floor(next() * VALUES.length)];
  }
  return JSON.stringify(doc);
}

describe('the command line on mangled input', () => {
  for (const [name, files, args] of COMMANDS) {
    it(`${name}: ends with exit code 0, 1 or 2 and no stack trace, whatever the damage`, async () => {
      const next = random(name.length * 7919);
      const bad = [];
      const codes = {};
      let imported = 0;
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        for (let i = 0; i < 8; i++) {
          const input = file.endsWith('.json') && i % 2 ? breakJson(text, next) : damage(text, next);
          const run = await cli(args, { stdin: input });
          codes[run.code] = (codes[run.code] ?? 0) + 1;
          if (![0, 1, 2].includes(run.code)) bad.push(`${file}: exit ${run.code}`);
          if (/\bat .*:\d+:\d+\)?$|TypeError|RangeError|ReferenceError/m.test(run.stderr)) bad.push(`${file}: ${run.stderr.slice(0, 200)}`);
          // A feed that an importer writes without an error is valid.
          if (run.feed && args[0] === 'import' && JSON.parse(run.stderr).errors === 0) {
            imported++;
            const check = await cli(['validate', '-', '--json', '--quiet'], { stdin: run.stdout });
            if (check.code !== 0) bad.push(`${file}: imported without errors, but validate says ${check.stdout.slice(0, 300)}`);
          }
        }
      }
      assert.deepEqual(bad.slice(0, 5), []);
      if (args[0] === 'import' && name !== 'import ptv') assert.ok(imported > 0, 'no damaged input was imported without errors, so none was validated');
      // Some damaged inputs are still read (0 or 1), or the test proves only the parser's first line.
      assert.ok((codes[0] ?? 0) + (codes[1] ?? 0) > 0, JSON.stringify(codes));
    });
  }
});
