// The embed configurator (demo/) is plain JavaScript with a generated copy of the kit's lists;
// it must offer exactly the municipalities, regions and vocabularies the components know.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { vocabularySource } from '../../scripts/gen-demo-vocabulary.mjs';

describe('demo/configurator/vocabulary.js', () => {
  it('matches src/ (regenerate with node scripts/gen-demo-vocabulary.mjs)', async () => {
    const committed = await readFile(new URL('../../demo/configurator/vocabulary.js', import.meta.url), 'utf8');
    assert.equal(committed, await vocabularySource());
  });

  it('lists every municipality and region once', async () => {
    const { MUNICIPALITIES, REGIONS } = await import('../../demo/configurator/vocabulary.js');
    assert.equal(MUNICIPALITIES.length, 309);
    assert.equal(new Set(MUNICIPALITIES.map(([code]) => code)).size, 309);
    assert.equal(REGIONS.length, 19);
    assert.deepEqual(MUNICIPALITIES.find(([code]) => code === '491'), ['491', 'Mikkeli', '10']);
  });
});
