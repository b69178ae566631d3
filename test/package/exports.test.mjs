// package.json as a bundler reads it: every export points at a built file with its types, and
// `sideEffects` keeps the define modules while letting class and feed modules be dropped.
import assert from 'node:assert/strict';
import { access, readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
const libTargets = Object.entries(pkg.exports).filter(([, target]) => typeof target === 'object');

/** Whether a package-relative path matches one of the sideEffects globs (only `*` is used). */
const hasSideEffects = (path) =>
  pkg.sideEffects.some((glob) => new RegExp(`^${glob.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]+')}$`).test(path));

describe('package.json for npm', () => {
  it('points main, module and types at the unbundled build', () => {
    assert.equal(pkg.main, './dist/lib/index.js');
    assert.equal(pkg.types, './dist/lib/index.d.ts');
    assert.equal(pkg.exports['.'].default, pkg.main);
  });

  it('has a built module and declarations for every JavaScript export', async () => {
    for (const [name, { types, default: module }] of libTargets) {
      await access(new URL(module, root)).catch(() => assert.fail(`${name}: ${module} is missing`));
      await access(new URL(types, root)).catch(() => assert.fail(`${name}: ${types} is missing`));
    }
  });

  it('marks the main entry and the define modules as having side effects, and nothing else of the npm build', () => {
    assert.ok(hasSideEffects(pkg.exports['.'].default));
    for (const name of ['./contact-list.js', './projects.js', './project-card.js', './event-calendar.js', './quick-exit.js', './service-finder.js']) {
      assert.ok(hasSideEffects(pkg.exports[name].default), `${name} would be dropped by a bundler`);
    }
    for (const name of ['./elements.js', './feed']) assert.ok(!hasSideEffects(pkg.exports[name].default), name);
    assert.ok(!hasSideEffects('./dist/lib/components/service-finder/service-finder.js'));
  });

  it('keeps lit a dependency, so that an app and the kit share one copy', () => {
    assert.ok(pkg.dependencies.lit);
    assert.equal(pkg.devDependencies?.lit, undefined);
  });
});
