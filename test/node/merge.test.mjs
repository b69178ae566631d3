// `merge`: feeds merged by id as the browser merges them (first wins), with every conflict
// reported with both sources.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { loadSrc } from './load-src.mjs';

const { mergeFeeds } = await loadSrc('src/cli/merge.ts');
const load = async (name) => ({ source: name, raw: JSON.parse(await readFile(new URL(`../fixtures/cli/${name}`, import.meta.url), 'utf8')) });
const essote = await load('feed-essote.json');
const viola = await load('feed-viola.json');

describe('mergeFeeds', () => {
  it('merges by id, the first feed winning, and reports the conflicting organisation with both files', () => {
    const { feed, conflicts, problems } = mergeFeeds([essote, viola]);
    assert.deepEqual(feed.organizations.map((o) => [o.id, o.name.fi]), [['essote', 'Essote'], ['viola', 'Viola – väkivallasta vapaaksi ry']]);
    assert.equal(conflicts, 1);
    const conflict = problems.find((p) => p.message.startsWith('conflict'));
    assert.deepEqual([conflict.severity, conflict.source, conflict.where, conflict.itemId], ['warning', 'feed-viola.json', '$.organizations[0]', 'essote']);
    assert.match(conflict.message, /feed-essote\.json \(\$\.organizations\[0\]\) publishes "essote" with a different name, url, area; the one in feed-essote\.json is kept/);
  });

  it('merges identical copies silently, whatever the order of their keys', () => {
    const reordered = structuredClone(viola);
    const service = reordered.raw.services[1];
    reordered.raw.services[1] = Object.fromEntries(Object.entries(service).reverse());
    const { feed, problems } = mergeFeeds([essote, reordered]);
    assert.deepEqual(feed.services.map((s) => s.id), ['essote-perheneuvola', 'viola-erochat']);
    assert.equal(problems.filter((p) => p.itemId === 'essote-perheneuvola').length, 0);
  });

  it('keeps the newest updated, the highest 1.x version and the first publisher unless one is given', () => {
    const { feed } = mergeFeeds([essote, viola]);
    assert.deepEqual([feed.version, feed.updated, feed.publisher.name.fi], ['1.2', '2026-11-22T09:00:00+02:00', 'Essote']);
    assert.equal(mergeFeeds([essote, viola], { publisher: { name: { fi: 'Etelä-Savon eroverkosto' } } }).feed.publisher.name.fi, 'Etelä-Savon eroverkosto');
  });

  it('keeps the service channels of a 1.1 feed, and a channel change is a conflict', () => {
    const channels = [
      { id: 'toimisto', type: 'on-site', address: { locality: { fi: 'Mikkeli' }, municipality: '491' }, exceptionalHours: [{ from: '2026-12-24', through: '2026-12-26', closed: true }] },
      { id: 'puhelin', type: 'phone', phones: [{ number: '+358 44 000 0001', label: { fi: 'Ajanvaraus' } }] },
    ];
    const newer = structuredClone(essote);
    newer.raw.version = '1.1';
    newer.raw.services[0].serviceChannels = channels;
    const { feed } = mergeFeeds([newer, viola]);
    assert.deepEqual(feed.services[0].serviceChannels, channels);

    const other = structuredClone(newer);
    other.source = 'other.json';
    other.raw.services[0].serviceChannels[1].phones[0].number = '+358 44 000 0002';
    const { problems } = mergeFeeds([newer, other]);
    assert.match(problems.find((p) => p.message.startsWith('conflict')).message, /"essote-perheneuvola" with a different serviceChannels/);
  });

  it('reports references that resolve in no feed', () => {
    const { problems } = mergeFeeds([essote, viola]);
    assert.ok(problems.some((p) => p.itemId === 'viola-info' && /refers to "essote-alue"/.test(p.message)));
  });

  it('reports conflicts as errors with strict', () => {
    const { problems } = mergeFeeds([essote, viola], { strict: true });
    assert.equal(problems.find((p) => p.message.startsWith('conflict')).severity, 'error');
  });

  it('leaves out invalid items with a warning and refuses another major version', () => {
    const broken = structuredClone(viola);
    broken.raw.services[0].channels = ['fax'];
    const future = { source: 'v2.json', raw: { ...structuredClone(viola.raw), version: '2.0' } };
    const { feed, problems } = mergeFeeds([essote, broken, future]);
    assert.deepEqual(feed.services.map((s) => s.id), ['essote-perheneuvola']);
    assert.ok(problems.some((p) => p.where === '$.services[0].channels[0]' && /not in the merged feed/.test(p.message)));
    assert.ok(problems.some((p) => p.source === 'v2.json' && p.severity === 'error' && /the file was not merged/.test(p.message)));
  });
});
