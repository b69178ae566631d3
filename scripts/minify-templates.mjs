// Shrinks the static text of Lit's html`` and css`` templates in the built bundles, the way
// minify-html-literals does but with rules simple enough to check by eye:
//   html``  a whitespace run in text that holds a line break becomes one line break (the
//           browser renders both as one space, and `white-space: pre-line` keeps the break);
//           whitespace between attributes becomes one space; quoted attribute values, comments
//           and any template with <pre>, <textarea>, <script> or <style> are left as written.
//   css``   comments go, whitespace runs become one space, and the space next to { } ; , and
//           after : goes, as does the ; before }; strings are left as written.
// The bindings (${…}) and everything outside these two tags are not touched.
import { parseAst } from 'rollup/parseAst';

const SPACE = new Set([' ', '\t', '\n', '\r', '\f']);
const isSpace = (c) => SPACE.has(c);

/** Minifies the quasis (raw strings) of one html`` template; returns them unchanged when unsure. */
export function minifyHtmlQuasis(quasis) {
  const whole = quasis.join('');
  if (/<(pre|textarea|script|style)\b/i.test(whole) || /\\[ \t\n\r\f]/.test(whole)) return quasis;
  let state = 'text';
  let quote = '';
  return quasis.map((raw) => {
    let out = '';
    let i = 0;
    while (i < raw.length) {
      const c = raw[i];
      if (state === 'comment') {
        if (raw.startsWith('-->', i)) {
          out += '-->';
          i += 3;
          state = 'text';
        } else out += raw[i++];
      } else if (state === 'quote') {
        out += c;
        i++;
        if (c === quote) state = 'tag';
      } else if (isSpace(c)) {
        let j = i;
        while (j < raw.length && isSpace(raw[j])) j++;
        const run = raw.slice(i, j);
        if (state === 'tag') out += raw[j] === '>' ? '' : ' ';
        else out += run.includes('\n') ? '\n' : run;
        i = j;
      } else if (state === 'tag') {
        out += c;
        i++;
        if (c === '"' || c === "'") {
          state = 'quote';
          quote = c;
        } else if (c === '>') state = 'text';
      } else if (raw.startsWith('<!--', i)) {
        out += '<!--';
        i += 4;
        state = 'comment';
      } else {
        out += c;
        i++;
        if (c === '<' && /[A-Za-z/]/.test(raw[i] ?? '')) state = 'tag';
      }
    }
    return out;
  });
}

const TIGHT = new Set(['{', '}', ';', ',']);

/** Minifies the quasis of one css`` template. */
export function minifyCssQuasis(quasis) {
  let state = 'css';
  let quote = '';
  const last = quasis.length - 1;
  return quasis.map((raw, index) => {
    let out = '';
    let pendingSpace = false;
    let i = 0;
    const flushSpace = (next) => {
      if (!pendingSpace) return;
      pendingSpace = false;
      const prev = out.at(-1);
      if (prev === undefined && index === 0) return;
      if (prev !== undefined && (TIGHT.has(prev) || prev === ':')) return;
      if (next !== undefined && TIGHT.has(next)) return;
      out += ' ';
    };
    while (i < raw.length) {
      const c = raw[i];
      if (state === 'string') {
        out += c;
        i++;
        if (c === '\\' && i < raw.length) out += raw[i++];
        else if (c === quote) state = 'css';
      } else if (state === 'comment') {
        const end = raw.indexOf('*/', i);
        if (end === -1) i = raw.length;
        else {
          i = end + 2;
          state = 'css';
        }
      } else if (raw.startsWith('/*', i)) {
        // A comment separates tokens like whitespace does.
        pendingSpace = true;
        state = 'comment';
        i += 2;
      } else if (isSpace(c)) {
        pendingSpace = true;
        i++;
      } else {
        flushSpace(c);
        if (c === '}' && out.at(-1) === ';') out = out.slice(0, -1);
        out += c;
        i++;
        if (c === '"' || c === "'") {
          state = 'string';
          quote = c;
        }
      }
    }
    // A space before a binding (${…}) stays unless punctuation makes it redundant.
    if (index < last) flushSpace(undefined);
    return out;
  });
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

/** Rewrites every html`` and css`` template in one JavaScript module; null when none changed. */
export function minifyTemplatesInCode(code, parse = parseAst) {
  if (!/\b(html|css)`/.test(code)) return null;
  const edits = [];
  walk(parse(code), (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
    const minify = node.tag.name === 'html' ? minifyHtmlQuasis : node.tag.name === 'css' ? minifyCssQuasis : undefined;
    if (!minify) return;
    const quasis = node.quasi.quasis;
    if (quasis.some((q) => code.slice(q.start, q.end) !== q.value.raw)) return;
    const minified = minify(quasis.map((q) => q.value.raw));
    quasis.forEach((q, i) => {
      if (minified[i] !== q.value.raw) edits.push({ start: q.start, end: q.end, text: minified[i] });
    });
  });
  if (!edits.length) return null;
  edits.sort((a, b) => b.start - a.start);
  let out = code;
  for (const { start, end, text } of edits) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

const ownSources = new URL('../src/', import.meta.url).pathname;

/** Rollup plugin for the kit's own modules; place it after the TypeScript plugin so that it sees JavaScript. */
export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!id.startsWith(ownSources)) return null;
      const out = minifyTemplatesInCode(code, (text) => this.parse(text));
      return out === null ? null : { code: out, map: null };
    },
  };
}
