// Builds Storybook, then opens every story in Chromium, Firefox ESR and WebKitGTK side by side
// (STORY_ENGINES=chromium,firefox picks fewer) and fails when a story logs a console error,
// throws, has an axe violation (WCAG 2.1 A/AA rules), scrolls sideways in a 320 px window with
// the text at 24 or 32 px, or loads Lit other than once and in production mode. Stories tagged "expect-console-errors" (feeds that fail on purpose) may log the
// kit's own "[eroauttaminen]" errors and nothing else. The stories of one file share a page, and
// each after the first is shown through Storybook's own channel, as its sidebar does (a page per
// story cost three times as long). On each component's first story it also works every control
// (see story-checks.mjs), and each component's docs page must open with the component's
// description.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { enginesFrom, launch, PROBE_PATH, PROBE_SCRIPT, withProbe } from './engines.mjs';
import { checkControls, checkDocsDescription, checkReflow } from './story-checks.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'storybook-static');
if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['storybook', 'build', '--quiet', '-o', out], { cwd: root, stdio: 'inherit' });
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const server = createServer(async (req, res) => {
  // Browsers ask for /favicon.ico on their own; it is not the story's request.
  if (req.url === '/favicon.ico') return void res.writeHead(204).end();
  if (req.url === PROBE_PATH) return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(PROBE_SCRIPT);
  const path = normalize(join(out, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  try {
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    const body = await readFile(file);
    // WebKit's driver reports no console messages: its pages carry the probe (engines.mjs).
    const html = extname(file) === '.html';
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(html ? withProbe(body.toString()) : body);
  } catch {
    res.writeHead(404).end();
  }
}).listen(0);
const base = `http://localhost:${server.address().port}`;

const index = JSON.parse(await readFile(join(out, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const manifest = JSON.parse(await readFile(join(root, 'custom-elements.json'), 'utf8'));
const summaries = new Map(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d.summary ?? '']));
/** The element a stories file is about (its meta's `component`). */
const componentOf = async (entry) => /component: '(ero-[a-z-]+)'/.exec(await readFile(join(root, entry.importPath), 'utf8'))?.[1];
const firstOfComponent = new Set();
for (const story of stories) {
  if (story.title.startsWith('Components/') && ![...firstOfComponent].some((id) => id.split('--')[0] === story.id.split('--')[0])) firstOfComponent.add(story.id);
}
const docsPages = Object.values(index.entries).filter((e) => e.type === 'docs' && e.title.startsWith('Components/'));
const axeSource = await readFile(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

const failures = [];

/** The stories of each stories file, in order: they share one page, as in Storybook's own UI. */
const groups = new Map();
for (const story of stories) groups.set(story.importPath, [...(groups.get(story.importPath) ?? []), story]);

/**
 * In the page, shows story `id` through Storybook's own channel, as a click in its sidebar does,
 * and resolves once Storybook says it has rendered (or rejects with why not).
 */
function showStory(id) {
  return new Promise((resolve, reject) => {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    const events = {
      storyRendered: (rendered) => (rendered === id || rendered?.storyId === id) && finish(),
      storyErrored: (error) => finish(new Error(`story error: ${error?.title ?? ''} ${error?.description ?? ''}`)),
      storyThrewException: (error) => finish(new Error(`story threw: ${error?.message ?? error}`)),
      storyMissing: () => finish(new Error('story missing')),
    };
    const timer = setTimeout(() => finish(new Error('not rendered within 15 s')), 15000);
    function finish(error) {
      clearTimeout(timer);
      for (const [name, listener] of Object.entries(events)) channel.off(name, listener);
      if (error) reject(error);
      else resolve();
    }
    for (const [name, listener] of Object.entries(events)) channel.on(name, listener);
    channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
  });
}

/**
 * "ResizeObserver loop completed with undelivered notifications" is how a browser reports, as an
 * error event, that a ResizeObserver callback changed the layout and its next notice waits a
 * frame: harmless, and WebKit sometimes reports it from Storybook's own preview, which observes
 * the story's size. The kit has no ResizeObserver, so the message cannot be ours; if the kit ever
 * uses one, the message counts again.
 */
const benignResizeLoop = /^ResizeObserver loop (completed with undelivered notifications|limit exceeded)/;
const kitObservesResize = (await readdir(new URL('../src/', import.meta.url), { recursive: true }))
  .filter((file) => file.endsWith('.ts'))
  .some((file) => readFileSync(new URL(`../src/${file}`, import.meta.url), 'utf8').includes('ResizeObserver'));

/** Every story and docs page in one engine: a fresh page for each stories file and docs page. */
async function sweep(engine) {
  const browser = await launch(engine);
  for (const group of groups.values()) {
    const page = await browser.newPage();
    let errors = [];
    page.onConsole((type, text) => {
      // Lit's own warnings mean the preview runs Lit's dev build, or more than one copy of Lit.
      if (type === 'error' || /Multiple versions of Lit|Lit is in dev mode/.test(text)) errors.push(text);
    });
    page.onPageError((message) => {
      if (!(benignResizeLoop.test(message) && !kitObservesResize)) errors.push(`uncaught: ${message}`);
    });
    // The a11y add-on's own axe run is left to the manual button: this script runs axe itself.
    await page.goto(`${base}/iframe.html?id=${group[0].id}&viewMode=story&globals=a11y.manual:!true`);
    await page.addScript(axeSource);
    for (const [index, story] of group.entries()) {
      errors = [];
      if (index > 0) await page.evaluate(showStory, story.id).catch((error) => errors.push(String(error.message ?? error)));
      await checkStory(page, story, engine, errors);
    }
    await page.close();
  }
  for (const docs of docsPages) {
    const page = await browser.newPage();
    await page.goto(`${base}/iframe.html?id=${docs.id}&viewMode=docs`);
    const problems = await checkDocsDescription(page, summaries.get(await componentOf(docs)) ?? '(no component)');
    if (problems.length) failures.push({ id: `${docs.id} (${engine})`, errors: problems, violations: [], docs: true });
    console.log(`${problems.length ? '✗' : '✓'} ${engine} ${docs.id}`);
    await page.close();
  }
  await browser.close();
}

/** What one story shows, once rendered: errors, Lit, axe, and (first of a component) its controls. */
async function checkStory(page, story, engine, errors) {
  await page
    .waitFor(() => {
      const root = document.querySelector('#storybook-root');
      if (!root || !root.children.length) return false;
      const kit = [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('ero-'));
      return kit.length > 0 && kit.every((el) => el.shadowRoot && el.shadowRoot.children.length > 0);
    }, 15000)
    .catch(() => errors.push('no kit element rendered within 15 s'));
  // Let feeds settle; a story about loading stays in that state on purpose (so at most 300 ms).
  await page
    .waitFor(() => [...document.querySelectorAll('#storybook-root *')].every((el) => !el.localName.startsWith('ero-') || !el.shadowRoot?.querySelector('.state.loading')), 300)
    .catch(() => {});
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const lits = await page.evaluate(() => globalThis.litElementVersions?.length ?? 0);
  if (lits !== 1) errors.push(`Lit loaded ${lits} times`);
  const violations = await page.evaluate(async () => {
    const options = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, rules: { region: { enabled: false } } };
    const result = await window.axe.run('#storybook-root', options);
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
  errors.push(...(await checkReflow(page)));
  // Controls change the story after axe has looked at it; what they break shows as console errors.
  if (firstOfComponent.has(story.id)) {
    errors.push(...(await checkControls(page)).map((p) => `control ${p}`));
    await new Promise((done) => setTimeout(done, 300));
    await page.evaluate(() => 0);
  }
  const allowed = story.tags.includes('expect-console-errors') ? (e) => e.startsWith('[eroauttaminen]') || e.startsWith('Failed to load resource') : () => false;
  const unexpected = errors.filter((e) => !allowed(e));
  if (unexpected.length || violations.length) failures.push({ id: `${story.id} (${engine})`, errors: unexpected, violations });
  console.log(`${unexpected.length || violations.length ? '✗' : '✓'} ${engine} ${story.id}`);
}

// The engines side by side: each waits on its own pages most of the time.
const engines = enginesFrom('STORY_ENGINES', process.env.ENGINES ?? 'chromium,firefox,webkit');
await Promise.all(engines.map(sweep));
server.close();

const storyFailures = failures.filter((f) => !f.docs).length;
console.log(`\n${stories.length * engines.length - storyFailures}/${stories.length * engines.length} story renders (${stories.length} stories in ${engines.join(' and ')}) without console errors, pass axe and reflow at 320 px with large text; controls of ${firstOfComponent.size} components worked; ${docsPages.length} docs pages checked for a description.`);
for (const f of failures) {
  console.log(`\n${f.id}`);
  for (const e of f.errors) console.log(`  ${f.docs ? 'docs' : 'console'}: ${e}`);
  for (const v of f.violations) console.log(`  axe: ${v}`);
}
process.exit(failures.length ? 1 : 0);
