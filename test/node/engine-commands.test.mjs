// Browser tests press keys and size the viewport through test/helpers/commands.ts, which works in
// all three engines; @web/test-runner-commands' own sendKeys and setViewport fail in WebKitGTK
// (and Space in Firefox), so a test importing them would pass in Chromium only.
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { it } from 'node:test';

const root = new URL('../../', import.meta.url);

it('no browser test takes sendKeys or setViewport from @web/test-runner-commands directly', async () => {
  const files = (await readdir(new URL('test/', root), { recursive: true })).filter(
    (file) => file.endsWith('.ts') && file !== 'helpers/commands.ts',
  );
  const offenders = [];
  for (const file of files) {
    const text = await readFile(new URL(`test/${file}`, root), 'utf8');
    const imported = /import\s*\{([^}]*)\}\s*from\s*'@web\/test-runner-commands'/.exec(text)?.[1] ?? '';
    if (/\b(sendKeys|setViewport)\b/.test(imported)) offenders.push(file);
  }
  assert.deepEqual(offenders, [], 'import them from test/helpers/commands.js');
});
