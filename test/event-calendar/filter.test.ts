import { expect } from '@open-wc/testing';
import { eventMatcher, filterChoices, menusVary, type EventFilter, type MenuName } from '../../src/components/event-calendar/filter.js';
import { FeedData } from '../../src/feed/feed-data.js';
import { parseFeed } from '../../src/feed/parse.js';

let data: FeedData;

const matching = (filter: EventFilter) => data.events.filter(eventMatcher(data, filter));
const ids = (filter: EventFilter): string[] => matching(filter).map((e) => e.id);

describe('event filters', () => {
  before(async () => {
    const response = await fetch('/test/fixtures/events.json');
    data = FeedData.merge([parseFeed(await response.json(), 'events.json')]);
  });

  it('keeps events for any of the target groups asked for', () => {
    expect(ids({ targetGroup: 'child' })).to.deep.equal(['lasten-ryhma-taynna']);
    expect(ids({ targetGroup: 'close-ones professional' })).to.deep.equal([
      'eroneuvo-kuukausittain',
      'ammattilaisten-perjantai',
      'lahisten-ilta',
    ]);
  });

  it('keeps online events (mixed too) or on-site events (mixed too)', () => {
    expect(ids({ attendance: 'online' })).to.deep.equal([
      'eroneuvo-kuukausittain',
      'ammattilaisten-perjantai',
      'iltachat',
      'lahisten-ilta',
      'mennyt-tapahtuma',
    ]);
    expect(ids({ attendance: 'on-site' })).to.deep.equal(['tiistairyhma', 'lasten-ryhma-taynna', 'lahisten-ilta', 'suljettu-ilmoittautuminen']);
  });

  it('keeps events of the organisers asked for', () => {
    expect(ids({ organizer: 'lapin-ensi' })).to.deep.equal(['eroneuvo-kuukausittain', 'iltachat', 'suljettu-ilmoittautuminen']);
  });

  it('finds events for people in a region: on site there, or online for that region', () => {
    // Lapland (19): the Rovaniemi evening and the online sessions of Lapin ensi- ja turvakoti.
    expect(ids({ region: '19' })).to.deep.equal(['eroneuvo-kuukausittain', 'iltachat', 'suljettu-ilmoittautuminen']);
    // Etelä-Savo (10): on site in Mikkeli and Pieksämäki, and Viola's online events (its area).
    expect(ids({ region: '10' })).to.deep.equal([
      'tiistairyhma',
      'ammattilaisten-perjantai',
      'lasten-ryhma-taynna',
      'lahisten-ilta',
      'mennyt-tapahtuma',
    ]);
  });

  it('finds events for people in a municipality: on site there or online for its region', () => {
    expect(ids({ municipality: '593' })).to.deep.equal(['ammattilaisten-perjantai', 'lahisten-ilta', 'mennyt-tapahtuma']);
    // The Pieksämäki evening is mixed: people in Mikkeli can join it online.
    expect(ids({ municipality: '491', attendance: 'on-site' })).to.deep.equal(['tiistairyhma', 'lasten-ryhma-taynna', 'lahisten-ilta']);
    expect(ids({ municipality: '698' })).to.deep.equal(['eroneuvo-kuukausittain', 'iltachat', 'suljettu-ilmoittautuminen']);
  });

  it('combines filters', () => {
    expect(ids({ region: '10', targetGroup: 'parent', attendance: 'online' })).to.deep.equal(['mennyt-tapahtuma']);
  });

  it('offers only the choices that the events have', () => {
    const choices = filterChoices(matching({ organizer: 'lapin-ensi' }));
    expect(choices.targetGroup).to.deep.equal(['parent', 'close-ones']);
    expect(choices.attendance).to.deep.equal(['online', 'on-site']);
    expect(choices.organizer).to.deep.equal(['lapin-ensi']);
    expect(choices.municipality).to.deep.equal(['698']);
  });

  it('tells which menus have two or more choices, as the choices themselves do', () => {
    const filters: EventFilter[] = [{}, { organizer: 'lapin-ensi' }, { organizer: 'viola' }, { targetGroup: 'child' }, { municipality: '593' }, { attendance: 'online' }];
    for (const filter of filters) {
      const events = matching(filter);
      const choices = filterChoices(events);
      const many = Object.fromEntries((Object.keys(choices) as MenuName[]).map((name) => [name, choices[name].length > 1]));
      expect(menusVary(events), JSON.stringify(filter)).to.deep.equal(many);
    }
    expect(menusVary(matching({ organizer: 'lapin-ensi' }))).to.deep.equal({ targetGroup: true, attendance: true, municipality: false, organizer: false });
  });
});
