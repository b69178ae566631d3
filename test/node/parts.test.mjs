// One vocabulary of shadow parts: the list in src/parts.ts and the @csspart tags of the
// components' JSDoc (the custom-elements manifest) name the same parts, and every deprecated
// name is documented as such with what replaces it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { elements as declared } from '../../scripts/manifest.mjs';
import { loadSrc } from './load-src.mjs';

const { PARTS, DEPRECATED_PARTS } = await loadSrc('src/parts.ts');
const elements = await declared();
const documented = elements.flatMap((element) => (element.cssParts ?? []).map((part) => ({ tag: element.tagName, ...part })));

describe('part names', () => {
  it('lists every @csspart of custom-elements.json', () => {
    const missing = [...new Set(documented.map((p) => p.name))].filter((name) => !PARTS.includes(name));
    assert.deepEqual(missing, [], `documented but not in src/parts.ts: ${missing.join(', ')}`);
  });

  it('documents every listed part in some element', () => {
    const names = new Set(documented.map((p) => p.name));
    const undocumented = PARTS.filter((name) => !names.has(name));
    assert.deepEqual(undocumented, [], `in src/parts.ts but no @csspart: ${undocumented.join(', ')}`);
  });

  it('lists each name once', () => {
    assert.equal(new Set(PARTS).size, PARTS.length);
  });

  it('names the replacement of each deprecated part where an element documents it', () => {
    for (const part of documented.filter((p) => p.name in DEPRECATED_PARTS)) {
      const replacements = DEPRECATED_PARTS[part.name];
      assert.match(part.description, /^Deprecated: use /, `<${part.tag}> ${part.name}`);
      assert.ok(replacements.some((r) => part.description.includes(r)), `<${part.tag}> ${part.name}: ${part.description}`);
      for (const replacement of replacements) assert.ok(PARTS.includes(replacement));
    }
  });

  it('uses the shared names for the same thing in every element', () => {
    const has = (tag, name) => documented.some((p) => p.tag === tag && p.name === name);
    for (const tag of ['ero-service-finder', 'ero-event-calendar', 'ero-project-list', 'ero-project-card', 'ero-contact-list']) {
      for (const name of ['card', 'card-title', 'state', 'notices', 'link', 'button']) assert.ok(has(tag, name), `<${tag}> ${name}`);
    }
    for (const tag of ['ero-service-finder', 'ero-event-calendar', 'ero-project-list']) {
      for (const name of ['more-button', 'count', 'details-button', 'details-panel']) assert.ok(has(tag, name), `<${tag}> ${name}`);
    }
  });
});
