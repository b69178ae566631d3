// `npm run size` fails the build when an entry breaks its brotli budget; these checks prove that
// the budget logic finds the overrun, names the entry and says by how much, and lets a fit pass.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BUDGETS, budgetFor, describeOverrun, KB, measure, overBudget, ratio, table } from '../../scripts/size-budget.mjs';

describe('size budgets (scripts/size-budget.mjs)', () => {
  it('gives the kit 30 KB and each component entry 15 KB of brotli', () => {
    assert.equal(budgetFor('eroauttaminen.js'), 30 * KB);
    assert.equal(budgetFor('components/service-finder.js'), 15 * KB);
    assert.equal(budgetFor('cli.js'), undefined);
  });

  it('passes entries at or under their budget', () => {
    const rows = [
      { entry: 'eroauttaminen.js', brotli: BUDGETS.kit },
      { entry: 'components/quick-exit.js', brotli: 6 * KB },
    ];
    assert.deepEqual(overBudget(rows), []);
  });

  it('names each entry over its budget and by how much', () => {
    const rows = [
      { entry: 'eroauttaminen.js', brotli: 46 * KB },
      { entry: 'components/quick-exit.js', brotli: 6 * KB },
      { entry: 'components/service-finder.js', brotli: 15 * KB + 1 },
    ];
    const over = overBudget(rows);
    assert.deepEqual(over, [
      { entry: 'eroauttaminen.js', brotli: 46 * KB, budget: 30 * KB, over: 16 * KB },
      { entry: 'components/service-finder.js', brotli: 15 * KB + 1, budget: 15 * KB, over: 1 },
    ]);
    assert.equal(describeOverrun(over[0]), 'eroauttaminen.js: 46.0 KB brotli, 16.0 KB (53 %) over its 30.0 KB budget');
  });

  it('does not budget what is not an entry of the kit (peers, the CLI)', () => {
    assert.deepEqual(overBudget([{ entry: 'peer: FullCalendar', brotli: 100 * KB }]), []);
  });

  it('computes ours ÷ theirs and refuses a zero denominator', () => {
    assert.equal(ratio(46 * KB, 5.5 * KB), 8.36);
    assert.throws(() => ratio(1, 0), RangeError);
  });

  it('measures raw, gzip and brotli bytes, compressing repetitive text well', () => {
    const size = measure(Buffer.from('lastenvalvoja '.repeat(1000)));
    assert.equal(size.raw, 14000);
    assert.ok(size.gzip < 500 && size.brotli < size.gzip, JSON.stringify(size));
  });

  it('lines up a table: first column left, the others right', () => {
    assert.equal(table(['entry', 'raw'], [['a.js', '1 KB'], ['bb.js', '10 KB']]), 'entry    raw\na.js    1 KB\nbb.js  10 KB');
  });
});
