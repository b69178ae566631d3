// The npm build's element modules in Node (Lit's server build brings a custom element registry):
// class modules define nothing, define modules register, and loading a define module twice, or
// two versions of the kit, never throws.
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { after, describe, it, mock } from 'node:test';
import { importGraph } from './graph.mjs';

const dist = new URL('../../dist/', import.meta.url);
const TAGS = ['ero-contact-list', 'ero-event-calendar', 'ero-project-card', 'ero-project-list', 'ero-quick-exit', 'ero-service-finder'];

describe('element and define modules of the npm build', () => {
  let copy;
  after(() => copy && rm(copy, { recursive: true, force: true }));

  it('exports every class from ./elements.js without defining a tag', async () => {
    const elements = await import('eroauttaminen-widgets/elements.js');
    for (const name of ['ContactList', 'EventCalendar', 'ProjectCard', 'ProjectList', 'QuickExit', 'ServiceFinder']) {
      assert.equal(typeof elements[name], 'function', name);
    }
    for (const tag of TAGS) assert.equal(customElements.get(tag), undefined, `${tag} is defined`);
  });

  it('leaves Lit outside the build: every module imports it by name', async () => {
    const { files, packages } = await importGraph('index.js');
    assert.ok(packages.every((name) => name === 'lit' || name.startsWith('lit/') || name.startsWith('@lit/')), packages.join(', '));
    for (const file of files) assert.doesNotMatch(await readFile(new URL(`lib/${file}`, dist), 'utf8'), /class ReactiveElement|lit-html@/);
  });

  it('registers a tag from its define module, with the class that ./elements.js exports', async () => {
    const { ServiceFinder } = await import('eroauttaminen-widgets/elements.js');
    await import('eroauttaminen-widgets/service-finder.js');
    assert.equal(customElements.get('ero-service-finder'), ServiceFinder);
  });

  it('loads the main entry after a define module without throwing, and defines every tag', async () => {
    await import('eroauttaminen-widgets');
    for (const tag of TAGS) assert.ok(customElements.get(tag), `${tag} is not defined`);
  });

  it('keeps the first version when another version is loaded, and says so once per tag', async () => {
    const warn = mock.method(console, 'warn', () => {});
    // A second copy of the build, inside dist/ so that it finds the same Lit, reporting 9.9.9.
    copy = await mkdtemp(new URL('copy-', dist).pathname);
    await cp(new URL('lib/', dist), `${copy}/lib`, { recursive: true });
    const version = `${copy}/lib/version.js`;
    await writeFile(version, (await readFile(version, 'utf8')).replace(/VERSION = '[^']+'/, "VERSION = '9.9.9'"));
    const before = customElements.get('ero-contact-list');
    await import(`${copy}/lib/index.js`);
    warn.mock.restore();
    assert.equal(customElements.get('ero-contact-list'), before);
    const messages = warn.mock.calls.map((call) => String(call.arguments[0]));
    assert.equal(messages.length, TAGS.length, messages.join('\n'));
    assert.ok(messages.some((m) => m.includes('<ero-contact-list>') && m.includes('9.9.9')), messages.join('\n'));
  });
});
