import { expect } from '@open-wc/testing';
import { FeedData } from '../../src/feed/feed-data.js';
import { FeedError, parseFeed, parseFeedText } from '../../src/feed/parse.js';

const envelope = { version: '1.0', publisher: { name: { fi: 'Testi' } }, updated: '2026-11-01T12:00:00+02:00' };
const contact = { id: 'a', name: 'Päivi Malinen', phone: '+358440246415' };

function errorOf(run: () => unknown): FeedError {
  try {
    run();
  } catch (error) {
    return error as FeedError;
  }
  throw new Error('expected a FeedError');
}

describe('parseFeed', () => {
  it('keeps the good items and reports each bad one with its JSON path and id', () => {
    const { feed, issues } = parseFeed({
      ...envelope,
      contacts: [contact, { id: 'b', name: 'Bad Phone', phone: 'call me' }, { id: 'c' }],
    });
    expect(feed.contacts!.map((c) => c.id)).to.deep.equal(['a']);
    expect(issues.map((i) => [i.path, i.itemId, i.dropped])).to.deep.equal([
      ['$.contacts[1].phone', 'b', true],
      ['$.contacts[2].name', 'c', true],
    ]);
    expect(issues[1].message).to.equal('is required');
  });

  it('leaves out, with an issue each, items that are not objects at all, in every collection', () => {
    const event = { id: 'e', name: { fi: 'Ryhmä' }, organizer: 'o', targetGroups: ['parent'], attendance: 'online', start: '2026-10-06T18:00', end: '2026-10-06T20:00', rrule: 'FREQ=WEEKLY' };
    const junk = [null, 42, 'x', [], true];
    const { feed, issues } = parseFeed({ ...envelope, contacts: [...junk, contact], events: [...junk, event] });
    expect(feed.contacts!.map((c) => c.id)).to.deep.equal(['a']);
    expect(feed.events!.map((e) => e.id)).to.deep.equal(['e']);
    expect(issues.map((i) => i.path)).to.deep.equal([...junk.map((_, i) => `$.contacts[${i}]`), ...junk.map((_, i) => `$.events[${i}]`)]);
    expect(issues.every((i) => i.dropped && /^expected object, got /.test(i.message))).to.equal(true);
  });

  it('ignores unknown fields, so newer 1.x feeds still load', () => {
    const { feed, issues } = parseFeed({ ...envelope, version: '1.7', shinyNewThing: [], contacts: [{ ...contact, pronouns: 'she' }] });
    expect(feed.contacts).to.have.length(1);
    expect(issues).to.deep.equal([]);
  });

  it('refuses an unknown major version with a clear error', () => {
    const error = errorOf(() => parseFeed({ ...envelope, version: '2.0' }, 'https://example.org/feed.json'));
    expect(error).to.be.instanceOf(FeedError);
    expect(error.kind).to.equal('version');
    expect(error.message).to.contain('"2.0" is not supported').and.contain('1.x');
  });

  it('refuses invalid JSON as a parse error', () => {
    expect(errorOf(() => parseFeedText('{"version": "1.0",')).kind).to.equal('parse');
  });

  it('refuses a document that is not an object', () => {
    expect(errorOf(() => parseFeed([envelope])).kind).to.equal('format');
  });

  it('drops an item whose id repeats an earlier one in the same feed', () => {
    const { feed, issues } = parseFeed({ ...envelope, contacts: [contact, { ...contact, name: 'Other' }] });
    expect(feed.contacts!.map((c) => c.name)).to.deep.equal(['Päivi Malinen']);
    expect(issues[0].path).to.equal('$.contacts[1].id');
  });

  it('reports a wrong value inside a shared definition at its full path', () => {
    const event = {
      id: 'e',
      name: { fi: 'Ryhmä' },
      organizer: 'o',
      targetGroups: ['parent'],
      attendance: 'on-site',
      start: '2026-10-06T18:00',
      end: '2026-10-06T19:30',
      location: { postalCode: '5010', locality: { fi: 'Mikkeli' } },
      registration: { url: 'javascript:alert(1)' },
      overrides: [{ recurrenceId: '2026-10-13T18:00' }, { recurrenceId: 'ensi tiistaina' }],
    };
    const { feed, issues } = parseFeed({ ...envelope, events: [event] });
    expect(feed.events).to.deep.equal([]);
    expect(issues.map((i) => [i.path, i.itemId])).to.deep.equal([
      ['$.events[0].location.postalCode', 'e'],
      ['$.events[0].overrides[1].recurrenceId', 'e'],
      ['$.events[0].registration.url', 'e'],
    ]);
  });

  it('checks what the schema cannot: real dates, start before end, IANA zones', () => {
    const event = {
      id: 'e',
      name: { fi: 'Ryhmä' },
      organizer: 'o',
      targetGroups: ['parent'],
      attendance: 'online',
      start: '2026-10-06T18:00',
      end: '2026-10-06T19:30',
    };
    const { feed, issues } = parseFeed({
      ...envelope,
      events: [
        event,
        { ...event, id: 'f', end: '2026-10-06T17:00' },
        { ...event, id: 'g', timeZone: 'Europe/Mikkeli' },
        { ...event, id: 'h', start: '2026-02-30T18:00', end: '2026-03-01T18:00' },
      ],
    });
    expect(feed.events!.map((e) => e.id)).to.deep.equal(['e']);
    expect(issues.map((i) => i.path)).to.deep.equal(['$.events[1].end', '$.events[2].timeZone', '$.events[3].start']);
  });

  it('reports a bad publisher without dropping the items', () => {
    const { feed, issues } = parseFeed({ ...envelope, publisher: { name: 'Testi' }, contacts: [contact] });
    expect(feed.contacts).to.have.length(1);
    expect(issues.map((i) => [i.path, i.dropped])).to.deep.equal([['$.publisher.name', false]]);
  });

  it('requires at least one way to name an area', () => {
    const { issues } = parseFeed({
      ...envelope,
      organizations: [{ id: 'o', name: { fi: 'O' }, area: {} }],
    });
    expect(issues[0].path).to.equal('$.organizations[0].area');
    expect(issues[0].message).to.contain('wholeCountry or regions or municipalities');
  });
});

describe('FeedData.merge', () => {
  const first = parseFeed({ ...envelope, contacts: [contact] }, 'a.json');
  const second = parseFeed(
    {
      ...envelope,
      updated: '2026-11-10T09:00:00+02:00',
      organizations: [{ id: 'essote', name: { fi: 'Essote' } }],
      contacts: [{ ...contact, name: 'Someone else' }, { id: 'b', name: 'Satu Auvinen', organization: 'essote' }],
    },
    'b.json',
  );

  it('merges sources by id, the first listed winning, and says so', () => {
    const data = FeedData.merge([first, second]);
    expect(data.contacts.map((c) => c.name)).to.deep.equal(['Päivi Malinen', 'Satu Auvinen']);
    expect(data.organization(data.contacts[1].organization)?.name.fi).to.equal('Essote');
    const conflict = data.issues.find((i) => i.source === 'b.json')!;
    expect(conflict.message).to.contain('also published by a.json');
    expect(data.droppedCount).to.equal(1);
  });

  it('takes the newest updated time of its sources', () => {
    expect(FeedData.merge([first, second]).updated).to.equal('2026-11-10T09:00:00+02:00');
  });

  it('warns about references that no source resolves, but keeps the item', () => {
    const data = FeedData.merge([parseFeed({ ...envelope, contacts: [{ ...contact, organization: 'nobody' }] })]);
    expect(data.contacts).to.have.length(1);
    expect(data.issues[0]).to.include({ path: '$.contacts[0].organization', dropped: false });
  });
});
