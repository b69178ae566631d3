// Builds Storybook, then opens every story in Debian's Chromium (STORY_ENGINES=chromium,firefox
// adds Firefox ESR) and fails when a story logs a
// console error, throws, has an axe violation (WCAG 2.1 A/AA rules), or loads Lit other than
// once and in production mode. Stories tagged
// "expect-console-errors" (feeds that fail on purpose) may log the kit's own "[eroauttaminen]"
// errors and nothing else. On each component's first story it also works every control (see
// story-checks.mjs), and each component's docs page must open with the component's description.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { enginesFrom, launch } from './engines.mjs';
import { checkControls, checkDocsDescription } from './story-checks.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'storybook-static');
if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['storybook', 'build', '--quiet', '-o', out], { cwd: root, stdio: 'inherit' });
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const server = createServer(async (req, res) => {
  // Browsers ask for /favicon.ico on their own; it is not the story's request.
  if (req.url === '/favicon.ico') return void res.writeHead(204).end();
  const path = normalize(join(out, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  try {
    const body = await readFile(path.endsWith('/') ? join(path, 'index.html') : path);
    res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
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
for (const engine of enginesFrom('STORY_ENGINES', 'chromium')) {
  const browser = await launch(engine);
  for (const story of stories) {
    const page = await browser.newPage();
    const errors = [];
    page.onConsole((type, text) => {
      // Lit's own warnings mean the preview runs Lit's dev build, or more than one copy of Lit.
      if (type === 'error' || /Multiple versions of Lit|Lit is in dev mode/.test(text)) errors.push(text);
    });
    page.onPageError((message) => errors.push(`uncaught: ${message}`));
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
    await page.waitFor(() => {
      const root = document.querySelector('#storybook-root');
      if (!root || !root.children.length) return false;
      const kit = [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('ero-'));
      return kit.length > 0 && kit.every((el) => el.shadowRoot && el.shadowRoot.children.length > 0);
    }, 15000).catch(() => errors.push('no kit element rendered within 15 s'));
    // Let feeds settle; a story about loading stays in that state on purpose.
    await new Promise((done) => setTimeout(done, 300));
    const lits = await page.evaluate(() => globalThis.litElementVersions?.length ?? 0);
    if (lits !== 1) errors.push(`Lit loaded ${lits} times`);
    await page.addScript(axeSource);
    const violations = await page.evaluate(async () => {
      const options = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, rules: { region: { enabled: false } } };
      // Storybook's a11y add-on runs axe in the same page; wait for its run to finish.
      for (let attempt = 0; ; attempt++) {
        try {
          const result = await window.axe.run('#storybook-root', options);
          return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        } catch (error) {
          if (!String(error).includes('already running') || attempt > 50) throw error;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    });
    // Controls change the story after axe has looked at it; what they break shows as console errors.
    if (firstOfComponent.has(story.id)) {
      errors.push(...(await checkControls(page)).map((p) => `control ${p}`));
      await new Promise((done) => setTimeout(done, 300));
    }
    const allowed = story.tags.includes('expect-console-errors') ? (e) => e.startsWith('[eroauttaminen]') || e.startsWith('Failed to load resource') : () => false;
    const unexpected = errors.filter((e) => !allowed(e));
    if (unexpected.length || violations.length) failures.push({ id: `${story.id} (${engine})`, errors: unexpected, violations });
    console.log(`${unexpected.length || violations.length ? '✗' : '✓'} ${engine} ${story.id}`);
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
server.close();

const engines = enginesFrom('STORY_ENGINES', 'chromium');
const storyFailures = failures.filter((f) => !f.docs).length;
console.log(`\n${stories.length * engines.length - storyFailures}/${stories.length * engines.length} story renders (${stories.length} stories in ${engines.join(' and ')}) without console errors and pass axe; controls of ${firstOfComponent.size} components worked; ${docsPages.length} docs pages checked for a description.`);
for (const f of failures) {
  console.log(`\n${f.id}`);
  for (const e of f.errors) console.log(`  ${f.docs ? 'docs' : 'console'}: ${e}`);
  for (const v of f.violations) console.log(`  axe: ${v}`);
}
process.exit(failures.length ? 1 : 0);
