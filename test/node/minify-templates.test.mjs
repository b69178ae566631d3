// The build's template minifier (scripts/minify-templates.mjs): it may only drop text that the
// browser would not render, and never touch bindings, quoted values, strings or <pre>.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { minifyCssQuasis, minifyHtmlQuasis, minifyTemplatesInCode } from '../../scripts/minify-templates.mjs';

describe('html``', () => {
  test('a whitespace run with a line break in text becomes one line break', () => {
    assert.deepEqual(minifyHtmlQuasis(['\n    <span>\n      ', '\n    </span>\n  ']), ['\n<span>\n', '\n</span>\n']);
  });

  test('whitespace just inside a block-level element goes, before a binding or after one too', () => {
    assert.deepEqual(minifyHtmlQuasis(['\n    <p>\n      ', '\n    </p>\n  ']), ['\n<p>', '</p>\n']);
    assert.deepEqual(minifyHtmlQuasis(['<dd lang=', '>\n  ', '\n</dd>']), ['<dd lang=', '>', '</dd>']);
  });

  test('whitespace between two block-level siblings goes, as a <dl> card writes them', () => {
    assert.deepEqual(minifyHtmlQuasis(['<dl>\n  <div>\n    <dt>', '</dt>\n    <dd>x</dd>\n  </div>\n  <div class="', '">\n  </div>\n</dl>']), [
      '<dl><div><dt>',
      '</dt><dd>x</dd></div><div class="',
      '"></div></dl>',
    ]);
  });

  test('whitespace next to an inline element, or between a block and a binding, stays: it may be a space on the page', () => {
    // An inline-flex <ul> after a label: the space between them shows.
    assert.deepEqual(minifyHtmlQuasis(['<div><span>a:</span>\n  <ul class="badges">', '</ul></div>']), ['<div><span>a:</span>\n<ul class="badges">', '</ul></div>']);
    assert.deepEqual(minifyHtmlQuasis(['', '\n  <p>x</p>\n  ', '']), ['', '\n<p>x</p>\n', '']);
    assert.deepEqual(minifyHtmlQuasis(['<div>x</div>\n<hr>\n<button>y</button>']), ['<div>x</div>\n<hr>\n<button>y</button>']);
  });

  test('the space between inline elements stays, so "a b" does not become "ab"', () => {
    assert.deepEqual(minifyHtmlQuasis(['<a>x</a> <b>y</b>']), ['<a>x</a> <b>y</b>']);
    assert.deepEqual(minifyHtmlQuasis(['<a>x</a>\n  <b>y</b>']), ['<a>x</a>\n<b>y</b>']);
  });

  test('whitespace between attributes becomes one space; none is left before >', () => {
    assert.deepEqual(minifyHtmlQuasis(['<a\n  class="x"\n  href=', '\n  @click=', '\n>go</a>']), [
      '<a class="x" href=',
      ' @click=',
      '>go</a>',
    ]);
  });

  test('quoted attribute values are kept as written, across a binding too', () => {
    const quasis = ['<p title="two  spaces\n  and a break" class="a  ', '  b">x</p>'];
    assert.deepEqual(minifyHtmlQuasis(quasis), quasis);
  });

  test('a no-break space is content, not whitespace', () => {
    assert.deepEqual(minifyHtmlQuasis(['<p>1\u00a0000 \n €</p>']), ['<p>1\u00a0000\n€</p>']);
  });

  test('templates with <pre>, <textarea>, <style> or <script> are left alone', () => {
    for (const tag of ['pre', 'textarea', 'style', 'script']) {
      const quasis = [`<div>\n  <${tag}>  a\n    b</${tag}>\n</div>`];
      assert.deepEqual(minifyHtmlQuasis(quasis), quasis);
    }
  });

  test('comments are kept as written', () => {
    const quasis = ['<!--  a\n  b  -->'];
    assert.deepEqual(minifyHtmlQuasis(quasis), quasis);
  });
});

describe('css``', () => {
  test('drops comments and the space around braces, semicolons, commas and after colons', () => {
    assert.deepEqual(minifyCssQuasis(['\n  /* why */\n  :host {\n    display: block;\n    font: 1em a, b;\n  }\n']), [
      ':host{display:block;font:1em a,b}',
    ]);
  });

  test('keeps the spaces that carry meaning: descendant selectors, calc() operators, media features', () => {
    assert.deepEqual(minifyCssQuasis(['.a .b :focus { width: calc(100% - 2px + 1em) }\n@media (min-width: 40em) and (forced-colors: active) {}']), [
      '.a .b :focus{width:calc(100% - 2px + 1em)}@media (min-width:40em) and (forced-colors:active){}',
    ]);
  });

  test('keeps strings as written', () => {
    assert.deepEqual(minifyCssQuasis(['.a::after { content: " /* not a comment */  ; " }']), [
      '.a::after{content:" /* not a comment */  ; "}',
    ]);
  });

  test('keeps the space between two bound values', () => {
    assert.deepEqual(minifyCssQuasis([':host {\n  margin: ', ' ', ';\n  color: ', ';\n}']), [':host{margin:', ' ', ';color:', '}']);
  });
});

describe('in a module', () => {
  test('rewrites only html`` and css`` templates, never the bindings or other strings', () => {
    const code = 'const a = html`\n  <p>\n    ${`keep\n   this`}\n  </p>`;\nconst b = `other\n   text`;\nconst c = css`:host {\n  color: red;\n}`;';
    assert.equal(
      minifyTemplatesInCode(code),
      'const a = html`\n<p>${`keep\n   this`}</p>`;\nconst b = `other\n   text`;\nconst c = css`:host{color:red}`;',
    );
  });

  test('returns null for a module without templates', () => {
    assert.equal(minifyTemplatesInCode('export const x = 1;'), null);
  });
});

describe("the kit's styles keep what the html`` rules assume", () => {
  test('no element is made `display: inline` or `contents`, so whitespace just inside a block-level one never shows', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const files = (await readdir(new URL('../../src/', import.meta.url), { recursive: true })).filter((f) => f.endsWith('.ts'));
    assert.ok(files.length > 50, 'the sources were found');
    const found = [];
    for (const file of files) {
      const text = await readFile(new URL(`../../src/${file}`, import.meta.url), 'utf8');
      for (const match of text.matchAll(/display\s*:\s*(inline|contents)\s*[;}'"\n]/g)) found.push(`${file}: ${match[0].trim()}`);
    }
    assert.deepEqual(found, []);
  });
});
