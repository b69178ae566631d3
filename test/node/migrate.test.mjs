// `migrate`: a 1.0 feed becomes 1.1 with service channels, loses nothing, and a second run
// changes nothing. The 1.0 fixture is the sample feed as it was before feed 1.1.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { buildCli } from '../../scripts/build-cli.mjs';
import { loadSrc } from './load-src.mjs';

const { migrateFeed } = await loadSrc('src/cli/migrate.ts');
const { validateFeeds } = await loadSrc('src/cli/validate.ts');
const { parseFeed } = await loadSrc('src/feed/parse.ts');
const { channelKinds } = await loadSrc('src/feed/service-channels.ts');
const root = fileURLToPath(new URL('../../', import.meta.url));
const feed10Path = join(root, 'test/fixtures/sample-1.0.json');
const feed10 = JSON.parse(await readFile(feed10Path, 'utf8'));
const NOW = new Date('2026-11-23T10:00:00+02:00');

const byId = (feed, id) => feed.services.find((s) => s.id === id);
const migrate = (feed) => migrateFeed(structuredClone(feed), 'feed.json');

describe('a feed 1.0', () => {
  it('stays valid: every item is kept and validate finds no error', () => {
    const { feed, issues } = parseFeed(structuredClone(feed10), 'sample-1.0.json');
    assert.deepEqual(issues, []);
    assert.equal(feed.services.length, feed10.services.length);
    const { problems } = validateFeeds([{ source: 'sample-1.0.json', raw: feed10 }], { now: NOW });
    assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
  });

  it('keeps the channel kinds its services list, in order', () => {
    for (const service of parseFeed(structuredClone(feed10)).feed.services) assert.deepEqual(channelKinds(service), service.channels);
  });
});

describe('migrateFeed', () => {
  it('writes version 1.1, valid, with the same items and channel kinds (and those its hours name)', () => {
    const { feed, changed } = migrate(feed10);
    assert.equal(changed, true);
    assert.equal(feed.version, '1.1');
    const { problems } = validateFeeds([{ source: 'migrated.json', raw: feed }], { now: NOW });
    assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
    for (const collection of ['organizations', 'services', 'projects', 'contacts', 'events']) {
      assert.deepEqual(feed[collection].map((item) => item.id), feed10[collection].map((item) => item.id), collection);
    }
    const parsed = parseFeed(structuredClone(feed)).feed;
    for (const service of parsed.services) {
      const before = byId(feed10, service.id);
      const named = [...new Set([...before.channels, ...(before.hours ?? []).map((h) => h.channel).filter(Boolean)])];
      assert.deepEqual(channelKinds(service), named, service.id);
    }
  });

  it('adds a channel that only the hours name, and says so', () => {
    const { feed, problems } = migrate(feed10);
    assert.deepEqual(byId(feed, 'lastenvalvoja-meri-lappi').serviceChannels.map((c) => c.type), ['phone']);
    assert.ok(problems.some((p) => p.itemId === 'lastenvalvoja-meri-lappi' && p.where === '$.services[3].hours[0].channel' && /a phone channel was added/.test(p.message)));
  });

  it('keeps every 1.0 field, so widgets that read only 1.0 show the same', () => {
    const { feed } = migrate(feed10);
    for (const service of feed.services) {
      const { serviceChannels, ...rest } = service;
      assert.deepEqual(rest, byId(feed10, service.id));
    }
    assert.deepEqual(feed.projects, feed10.projects);
    assert.deepEqual(feed.events, feed10.events);
  });

  it('gives an office its address and a phone line its number and its own hours', () => {
    const { feed } = migrate(feed10);
    const [office, phone] = byId(feed, 'lastenvalvoja-mikkeli').serviceChannels;
    assert.equal(office.type, 'on-site');
    assert.equal(office.address.locality.fi, 'Mikkeli');
    assert.equal(phone.type, 'phone');
    assert.deepEqual(phone.phones, [{ number: '+358401234567' }]);
    assert.deepEqual(phone.hours, [{ days: ['mo', 'tu', 'we', 'th'], opens: '09:00', closes: '11:00' }]);
    assert.equal(office.hours, undefined);
  });

  it('splits a national line\'s phone and chat hours between its channels', () => {
    const { feed } = migrate(feed10);
    const [phone, chat] = byId(feed, 'nollalinja').serviceChannels;
    assert.deepEqual([phone.type, chat.type], ['phone', 'chat']);
    assert.equal(phone.hours[0].closes, '24:00');
    assert.deepEqual(chat.urls, [{ url: 'https://nollalinja.fi' }]);
    assert.deepEqual(chat.hours.map((h) => h.days.join()), ['mo,tu,we', 'th,fr']);
  });

  it('gives hours without a channel to each channel but the web, and says so', () => {
    const feed = structuredClone(feed10);
    const service = byId(feed, 'turvakoti-rovaniemi');
    const { feed: out, problems } = migrateFeed(feed, 'feed.json');
    const channels = byId(out, 'turvakoti-rovaniemi').serviceChannels;
    for (const channel of channels) assert.deepEqual(channel.hours, service.hours);
    const index = feed.services.indexOf(service);
    assert.ok(problems.some((p) => p.where === `$.services[${index}].hours` && /each of the on-site, phone channels/.test(p.message)));
  });

  it('puts a phone number without a phone channel on the first channel, with a warning', () => {
    const { feed, problems } = migrate(feed10);
    assert.deepEqual(byId(feed, 'toivo-mikkeli').serviceChannels, [
      { id: 'on-site', type: 'on-site', phones: [{ number: '+358504768736' }], emails: [{ address: 'emmi.heikkinen@violary.fi' }] },
    ]);
    assert.ok(problems.some((p) => p.itemId === 'toivo-mikkeli' && p.where.endsWith('.phone') && /went to the on-site channel/.test(p.message)));
  });

  it('changes nothing the second time', () => {
    const once = migrate(feed10).feed;
    const twice = migrate(once);
    assert.equal(twice.changed, false);
    assert.deepEqual(twice.feed, once);
  });

  it('leaves an invalid service as it is and names it', () => {
    const feed = structuredClone(feed10);
    feed.services[0].phone = 'soita';
    const { feed: out, problems } = migrateFeed(feed, 'feed.json');
    assert.equal(out.services[0].serviceChannels, undefined);
    assert.ok(problems.some((p) => p.where === '$.services[0]' && /not valid/.test(p.message)));
  });

  it('refuses a feed of another major version', () => {
    assert.throws(() => migrateFeed({ ...feed10, version: '2.0' }, 'x.json'), /not supported/);
  });
});

describe('eroauttaminen-widgets migrate', () => {
  let dir;
  let cliPath;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ero-migrate-'));
    cliPath = await buildCli(join(dir, 'cli.js'));
  });
  after(() => rm(dir, { recursive: true, force: true }));
  const cli = (args) =>
    new Promise((resolve) => {
      execFile(process.execPath, [cliPath, ...args], { cwd: root }, (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }));
    });

  it('exits 1 with a warning per change when it migrated, and 0 on its own output', async () => {
    const out = join(dir, 'feed-1.1.json');
    const first = await cli(['migrate', feed10Path, '-o', out]);
    assert.equal(first.code, 1);
    assert.match(first.stderr, /warning: \$\.version: version 1\.0 became 1\.1/);
    assert.match(first.stderr, /Migrated .* to feed 1\.1/);
    const again = await cli(['migrate', out]);
    assert.equal(again.code, 0);
    assert.deepEqual(JSON.parse(again.stdout), JSON.parse(await readFile(out, 'utf8')));
  });

  it('exits 1 when it leaves an invalid service as it was, though nothing else changed', async () => {
    const feed = JSON.parse(await readFile(feed10Path, 'utf8'));
    feed.version = '1.1';
    feed.services = [{ ...feed.services[0], phone: 'soita' }];
    const path = join(dir, 'invalid-service.json');
    await writeFile(path, JSON.stringify(feed));
    const { code, stderr } = await cli(['migrate', path]);
    assert.equal(code, 1);
    assert.match(stderr, /warning: \$\.services\[0\] \(id "lastenvalvoja-mikkeli"\): this service is not valid/);
  });

  it('exits 2 when it cannot run: no file, not JSON, not a 1.x feed', async () => {
    const notFeed = join(dir, 'v2.json');
    await writeFile(notFeed, JSON.stringify({ version: '2.0' }));
    const notJson = join(dir, 'bad.json');
    await writeFile(notJson, '{');
    for (const args of [['migrate'], ['migrate', join(dir, 'missing.json')], ['migrate', notJson], ['migrate', notFeed]]) {
      const { code, stderr } = await cli(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /migrate --help/);
    }
  });
});
