// `npm run size` fails the build when an entry breaks its brotli budget; these checks prove that
// the budget logic finds the overrun, names the entry and says by how much, and lets a fit pass.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  BUDGETS,
  budgetFor,
  describeGrowth,
  describeOverrun,
  KB,
  measure,
  overBudget,
  overRecord,
  pageRows,
  ratio,
  recordName,
  recordOf,
  table,
} from '../../scripts/size-budget.mjs';

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

  it('budgets a split-build page like the file it replaces: the whole kit, or one component', () => {
    assert.equal(budgetFor('page: modules/eroauttaminen.js'), 30 * KB);
    assert.equal(budgetFor('page: modules/quick-exit.js'), 15 * KB);
    assert.equal(budgetFor('modules/chunks/core-BERSMvQP.js'), undefined);
  });
});

describe('size record (scripts/size-record.json)', () => {
  const record = { 'eroauttaminen.js': 40 * KB, 'modules/chunks/core.js': 7 * KB };

  it('names a chunk without its content hash, so a changed chunk keeps its record', () => {
    assert.equal(recordName('modules/chunks/core-BERSMvQP.js'), 'modules/chunks/core.js');
    assert.equal(recordName('modules/chunks/feed-a_b-c1D2.js'), 'modules/chunks/feed.js');
    assert.equal(recordName('components/quick-exit.js'), 'components/quick-exit.js');
  });

  it('lets an entry grow by up to 1 KB over its record', () => {
    assert.deepEqual(overRecord([{ entry: 'eroauttaminen.js', brotli: 41 * KB }, { entry: 'modules/chunks/core-XXXXXXXX.js', brotli: 6 * KB }], record), []);
  });

  it('fails an entry that grows more than 1 KB, saying by how much', () => {
    const grown = overRecord([{ entry: 'modules/chunks/core-XXXXXXXX.js', brotli: 8 * KB + 1 }], record);
    assert.deepEqual(grown, [{ entry: 'modules/chunks/core-XXXXXXXX.js', brotli: 8 * KB + 1, recorded: 7 * KB, over: KB + 1 }]);
    assert.equal(describeGrowth(grown[0]), 'modules/chunks/core-XXXXXXXX.js: 8.0 KB brotli, 1.0 KB over its recorded 7.0 KB (at most 1.0 KB of growth)');
  });

  it('fails an entry that has no record, so that a new one is recorded on purpose', () => {
    const [missing] = overRecord([{ entry: 'modules/new-widget.js', brotli: 100 }], record);
    assert.equal(describeGrowth(missing), 'modules/new-widget.js: 0.1 KB brotli, not in the size record');
  });

  it("adds each split-build page's chunks to its entry, and records by name", () => {
    const rows = [
      { entry: 'modules/quick-exit.js', brotli: 2 * KB },
      { entry: 'modules/chunks/core-XXXXXXXX.js', brotli: 7 * KB },
    ];
    const pages = pageRows(rows, { 'quick-exit.js': ['chunks/core-XXXXXXXX.js'] });
    assert.deepEqual(pages, [{ entry: 'page: modules/quick-exit.js', brotli: 9 * KB }]);
    assert.deepEqual(Object.keys(recordOf([...rows, ...pages])), ['modules/chunks/core.js', 'modules/quick-exit.js', 'page: modules/quick-exit.js']);
  });
});
