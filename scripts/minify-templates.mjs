// Shrinks the static text of Lit's html`` and css`` templates in the built bundles, the way
// minify-html-literals does but with rules simple enough to check by eye:
//   html``  a whitespace run in text goes where CSS would drop it anyway: just inside a
//           block-level element (after its start tag, before its end tag) and between two
//           block-level siblings (</dt> <dd>). Each such run is a text node that Lit would clone
//           and walk past in every card. Elsewhere a run that holds a line break becomes one line
//           break (the browser renders both as one space, and `white-space: pre-line` keeps the
//           break). Whitespace between attributes becomes one space; quoted attribute values,
//           comments and any template with <pre>, <textarea>, <script> or <style> are left as
//           written. "Block-level" is by tag name, so the kit's styles must not make such an
//           element inline (`display: inline`); inline-flex is fine inside, and outside only next
//           to another block-level element (test/node/minify-templates.test.mjs checks the styles).
//   css``   comments go, whitespace runs become one space, and the space next to { } ; , and
//           after : goes, as does the ; before }; strings are left as written.
// The bindings (${…}) and everything outside these two tags are not touched.
import { parseAst } from 'rollup/parseAst';

const SPACE = new Set([' ', '\t', '\n', '\r', '\f']);
const isSpace = (c) => SPACE.has(c);

/** Elements that are block-level in HTML's default styles and hold content (so not <hr>). */
const BLOCK = new Set(
  'address article aside blockquote caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup legend li main nav ol p section summary table tbody td tfoot th thead tr ul'.split(' '),
);

/** The tag that starts at raw[i] ('<' or '</' and a name), or undefined. */
function tagAt(raw, i) {
  const match = /^<(\/?)([A-Za-z][\w-]*)/.exec(raw.slice(i, i + 40));
  return match ? { closing: match[1] === '/', name: match[2].toLowerCase() } : undefined;
}

/**
 * Whether a whitespace run between `before` (the tag that ends just before it, if any) and
 * `after` (the tag that starts just after it, if any) is dropped by CSS in every case.
 */
function droppable(before, after) {
  const insideStart = before && !before.closing && BLOCK.has(before.name);
  const insideEnd = after && after.closing && BLOCK.has(after.name);
  const betweenBlocks = before?.closing && BLOCK.has(before.name) && after && !after.closing && BLOCK.has(after.name);
  return Boolean(insideStart || insideEnd || betweenBlocks);
}

/** Minifies the quasis (raw strings) of one html`` template; returns them unchanged when unsure. */
export function minifyHtmlQuasis(quasis) {
  const whole = quasis.join('');
  if (/<(pre|textarea|script|style)\b/i.test(whole) || /\\[ \t\n\r\f]/.test(whole)) return quasis;
  let state = 'text';
  let quote = '';
  /** The tag being read (its attributes may hold bindings). */
  let tag;
  return quasis.map((raw) => {
    let out = '';
    let i = 0;
    /** The tag that ended just before the current text: none after a binding, text or a comment. */
    let lastTag;
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
        else if (!droppable(lastTag, tagAt(raw, j))) out += run.includes('\n') ? '\n' : run;
        i = j;
      } else if (state === 'tag') {
        out += c;
        i++;
        if (c === '"' || c === "'") {
          state = 'quote';
          quote = c;
        } else if (c === '>') {
          state = 'text';
          lastTag = tag;
        }
      } else if (raw.startsWith('<!--', i)) {
        out += '<!--';
        i += 4;
        state = 'comment';
        lastTag = undefined;
      } else {
        lastTag = undefined;
        tag = c === '<' ? tagAt(raw, i) : undefined;
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
