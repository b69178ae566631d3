// Name sort keys must order names exactly as Intl.Collator does, in every language of the kit.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadSrc } from './load-src.mjs';

const { collatedOrder, nameCollation } = await loadSrc('src/feed/collation.ts');

/** Names from pieces that test the tricky orders: case, å ä ö ü é, spaces, hyphens, punctuation, digits, other scripts. */
function names(count, seed) {
  const pieces = ['a', 'A', 'z', 'Z', 'å', 'Å', 'ä', 'Ä', 'ö', 'Ö', 'ü', 'y', 'v', 'w', 'é', 'e', ' ', '-', '(', ')', ',', '.', "'", '/', '&', '2', '10', '0', '007', '1', 'ø', 'æ', 'ß', 'Ž', 'Sámi', 'Perhe', 'neuvo', 'la', 'Etelä', 'Savo', 'lasten', 'valvoja'];
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 6) }, () => pieces[Math.floor(next() * pieces.length)]).join(''));
}

describe('name collation', () => {
  for (const lang of ['fi', 'sv', 'en']) {
    it(`sorts names as Intl.Collator does in ${lang}`, () => {
      const options = { sensitivity: 'base', numeric: true };
      const list = names(3000, lang.length * 7919);
      const collator = new Intl.Collator(lang, options);
      const expected = Int32Array.from(list.keys()).sort((a, b) => collator.compare(list[a], list[b]) || a - b);
      assert.deepEqual([...collatedOrder(list, nameCollation(lang, options))], [...expected]);
    });
  }

  it('puts å, ä and ö after z in Finnish and Swedish, and files ä under a in English', () => {
    const list = ['Örö', 'Zeta', 'Äänekoski', 'Alajärvi', 'Åland'];
    const sorted = (lang) => [...collatedOrder(list, nameCollation(lang, { sensitivity: 'base' }))].map((i) => list[i]);
    assert.deepEqual(sorted('fi'), ['Alajärvi', 'Zeta', 'Åland', 'Äänekoski', 'Örö']);
    assert.deepEqual(sorted('en'), ['Äänekoski', 'Alajärvi', 'Åland', 'Örö', 'Zeta']);
  });

  it('gives no key to a name with characters it cannot rank, which the collator then compares', () => {
    const collation = nameCollation('fi', { sensitivity: 'base', numeric: true });
    assert.equal(collation.key('Perhe 10'), collation.key('perhe 010'));
    assert.ok(collation.key('Perhe 9') < collation.key('Perhe 10'));
    assert.equal(collation.key('Ǩ'), undefined);
    assert.equal(collation.key('Perhe-neuvola'), collation.key('PERHE-NEUVOLA'));
  });
});

describe('name collation of names that all have keys', () => {
  it('sorts them as Intl.Collator does, equal names in their first order', () => {
    const list = ['Perhe-neuvola', 'perheneuvola', 'Perhe neuvola', 'PERHE-NEUVOLA', 'Äiti', 'Zeta', 'Åbo', 'Aa', 'a', 'A', 'é', 'Sovittelu (Mikkeli)'];
    const options = { sensitivity: 'base', numeric: true };
    for (const lang of ['fi', 'sv', 'en']) {
      const collator = new Intl.Collator(lang, options);
      const expected = Int32Array.from(list.keys()).sort((a, b) => collator.compare(list[a], list[b]) || a - b);
      assert.deepEqual([...collatedOrder(list, nameCollation(lang, options))], [...expected], lang);
    }
  });
});

describe('comparing two names without making their keys', () => {
  for (const lang of ['fi', 'sv', 'en']) {
    it(`agrees with the keys' order and with which names have keys, in ${lang}`, () => {
      const collation = nameCollation(lang, { sensitivity: 'base', numeric: true });
      const list = [...names(2000, lang.length * 104729), 'Perhe 007', 'Perhe 7', 'Perhe 70', 'Perhe7a', 'Perhe', '0', '00', `x${'1'.repeat(201)}`, `x${'0'.repeat(30)}${'1'.repeat(200)}`];
      const keyed = list.filter((name) => collation.key(name) !== undefined);
      for (const name of list) assert.equal(collation.hasKey(name), collation.key(name) !== undefined, name);
      const sign = (n) => Math.sign(n);
      for (let i = 0; i < keyed.length; i++) {
        for (const other of [keyed[(i * 7 + 3) % keyed.length], keyed[(i + 1) % keyed.length], keyed[i]]) {
          const a = collation.key(keyed[i]);
          const b = collation.key(other);
          assert.equal(sign(collation.compareKeys(keyed[i], other)), a < b ? -1 : a > b ? 1 : 0, `${keyed[i]} / ${other}`);
        }
      }
    });
  }
});
