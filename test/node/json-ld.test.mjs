// The components' JSON-LD is valid schema.org as schema-dts types it: the mappings (bundled
// from src/ with esbuild) describe the sample feed, the result is written into a TypeScript
// file typed WithContext<Service>, <Event>, <Project>, <Person> and Graph, and the TypeScript
// compiler must find no error. Each node is typed as its exact @type, so an unknown property fails.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { loadSrc } from './load-src.mjs';

const root = new URL('../../', import.meta.url);
const sample = JSON.parse(await readFile(new URL('demo/feeds/sample.json', root), 'utf8'));
const [{ parseFeed }, { FeedData }, { compiledFeed }, ld, contact, event, project, service] = await Promise.all(
  [
    'src/feed/parse.ts',
    'src/feed/feed-data.ts',
    'src/components/event-calendar/agenda.ts',
    'src/internal/json-ld.ts',
    'src/components/contact-list/json-ld.ts',
    'src/components/event-calendar/json-ld.ts',
    'src/components/project-card/json-ld.ts',
    'src/components/service-finder/json-ld.ts',
  ].map(loadSrc),
);
const data = FeedData.merge([parseFeed(sample, 'sample')]);
const channelsFeed = JSON.parse(await readFile(new URL('test/fixtures/services-channels.json', root), 'utf8'));
const channelsData = FeedData.merge([parseFeed(channelsFeed, 'channels')]);

/** The sample feed as each component maps it, in `lang`. */
function nodes(lang) {
  return {
    Service: data.services.map((s) => service.serviceJsonLd(s, data, lang)),
    Event: compiledFeed(data).events.map((c) => event.eventJsonLd(c, data, lang)),
    Project: data.projects.map((p) => project.projectJsonLd(p, data, lang)),
    Person: data.contacts.map((c) => contact.contactJsonLd(c, data, lang)),
  };
}

/** Type errors of a TypeScript module that declares `source`, checked against schema-dts. */
async function typeErrors(source) {
  // Inside the repository, so that `schema-dts` resolves from its node_modules.
  const dir = await mkdtemp(new URL('test/node/.json-ld-', root).pathname);
  const file = `${dir}/check.ts`;
  await writeFile(file, `import type { Event, Graph, Person, Project, Service, WithContext } from 'schema-dts';\n` +
    `type Exact<T, K extends string> = WithContext<Extract<T, { '@type': K }>>;\n${source}`);
  try {
    const program = ts.createProgram([file], {
      strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true, types: [],
    });
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const withContext = (node) => ({ '@context': 'https://schema.org', ...node });

function declarations(lang) {
  return Object.entries(nodes(lang))
    .flatMap(([type, list]) => list.map((node, i) => `export const ${type}${lang}${i}: Exact<${type}, '${type}'> = ${JSON.stringify(withContext(node))};`))
    .join('\n');
}

describe('JSON-LD', () => {
  it('maps every item of the sample feed', () => {
    const { Service, Event, Project, Person } = nodes('fi');
    assert.equal(Service.length, sample.services.length);
    assert.equal(Event.length, sample.events.length);
    assert.equal(Project.length, sample.projects.length);
    assert.equal(Person.length, sample.contacts.length);
    assert.ok(Event.some((e) => e.eventSchedule?.scheduleTimezone === 'Europe/Helsinki'));
  });

  it('type-checks as schema.org Service, Event, Project and Person (schema-dts) in fi, sv and en', async () => {
    const graph = JSON.parse(ld.jsonLdText(Object.values(nodes('fi')).flat()));
    const source = ['fi', 'sv', 'en'].map(declarations).join('\n') + `\nexport const graph: Graph = ${JSON.stringify(graph)};\n`;
    assert.deepEqual(await typeErrors(source), []);
  });

  it('type-checks services with 1.1 service channels (phones, places, exceptional hours) as schema.org Service', async () => {
    const source = ['fi', 'sv', 'en']
      .flatMap((lang) => channelsData.services.map((s, i) => `export const S${lang}${i}: Exact<Service, 'Service'> = ${JSON.stringify(withContext(service.serviceJsonLd(s, channelsData, lang)))};`))
      .join('\n');
    assert.deepEqual(await typeErrors(source), []);
  });

  it('would notice a property schema.org does not have', async () => {
    const [first] = nodes('fi').Service;
    const errors = await typeErrors(`export const s: Exact<Service, 'Service'> = ${JSON.stringify(withContext({ ...first, opensAt: '08:00' }))};`);
    assert.equal(errors.length, 1);
    assert.match(errors[0], /opensAt/);
  });

  it('writes no "<", so that feed text cannot close the script', () => {
    const text = ld.jsonLdText([{ '@type': 'Person', name: '</script><script>alert(1)</script>' }]);
    assert.doesNotMatch(text, /</);
    assert.equal(JSON.parse(text)['@graph'][0].name, '</script><script>alert(1)</script>');
  });
});
