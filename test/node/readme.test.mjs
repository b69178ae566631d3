// README.md is the webmaster's reference, so it must stay true to the code: each component's
// section names every attribute, event, slot, CSS part and CSS property that the component's
// JSDoc declares (read through the custom-elements manifest analyzer, as `npm run analyze`
// does), and the feed example is a valid feed.
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import Ajv2020 from 'ajv/dist/2020.js';
import { loadSrc } from './load-src.mjs';

const root = new URL('../../', import.meta.url);
const readme = await readFile(new URL('README.md', root), 'utf8');

/** The same files as the `analyze` script: components and the feed element base, no styles. */
async function manifest() {
  const files = (await readdir(new URL('src/components/', root), { recursive: true }))
    .map((file) => `src/components/${file}`)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.styles.ts'));
  files.push('src/internal/feed-element.ts');
  const modules = await Promise.all(
    files.map(async (file) => ts.createSourceFile(file, await readFile(new URL(file, root), 'utf8'), ts.ScriptTarget.ES2015, true)),
  );
  return create({ modules, plugins: litPlugin() });
}

/** README text outside code blocks, cut at `##`/`###` headings. */
function sections() {
  const found = [];
  let fenced = false;
  for (const line of readme.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    if (!fenced && /^#{2,3} /.test(line)) found.push({ heading: line, text: '' });
    else if (found.length) found[found.length - 1].text += `${line}\n`;
  }
  return found;
}

const elements = (await manifest()).modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.tagName);
const shared = sections().find((s) => s.heading === '## Shared attributes and events').text;
const SHARED_ATTRIBUTES = ['src', 'lang', 'timeout', 'cache'];
const SHARED_EVENTS = ['ero-feed-load', 'ero-feed-error'];

describe('README.md', () => {
  it('has a section for every element of the kit', () => {
    assert.deepEqual(elements.map((e) => e.tagName).sort(), [
      'ero-contact-list', 'ero-event-calendar', 'ero-project-card', 'ero-project-list', 'ero-quick-exit', 'ero-service-finder',
    ]);
  });

  for (const element of elements) {
    it(`names every attribute, event, slot, part and CSS property of <${element.tagName}>`, () => {
      const section = sections().find((s) => s.heading.startsWith('### ') && s.heading.includes(`\`<${element.tagName}>\``));
      assert.ok(section, `a ### section for <${element.tagName}>`);
      const missing = [];
      const check = (kind, name, where = section.text) => where.includes(`\`${name}\``) || missing.push(`${kind} ${name}`);
      for (const { name } of element.attributes ?? []) check('attribute', name, SHARED_ATTRIBUTES.includes(name) && element.tagName !== 'ero-quick-exit' ? shared : section.text);
      for (const { name } of element.events ?? []) check('event', name, SHARED_EVENTS.includes(name) ? shared : section.text);
      for (const { name } of element.slots ?? []) if (name) check('slot', name);
      for (const { name } of element.cssParts ?? []) check('part', name);
      for (const { name } of element.cssProperties ?? []) check('CSS property', name);
      assert.deepEqual(missing, [], `README section ${section.heading} leaves out what the JSDoc declares`);
    });
  }

  it('gives a feed example that the schema and the widgets accept as it is', async () => {
    const feedSection = sections().find((s) => s.heading === '## Feed format').text;
    const example = JSON.parse(/```json\n([\s\S]*?)```/.exec(feedSection)[1]);
    const schema = JSON.parse(await readFile(new URL('schema/feed.schema.json', root), 'utf8'));
    const validate = new Ajv2020({ strict: true, strictRequired: false, allErrors: true }).compile(schema);
    assert.ok(validate(example), JSON.stringify(validate.errors));
    const { parseFeed } = await loadSrc('src/feed/parse.ts');
    assert.deepEqual(parseFeed(example).issues, []);
    for (const collection of ['organizations', 'services', 'projects', 'contacts', 'events']) {
      assert.equal(example[collection].length, 1, `one ${collection} item`);
    }
  });
});
