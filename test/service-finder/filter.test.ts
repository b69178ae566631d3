import { expect } from '@open-wc/testing';
// Swedish and English at once: the filter runs here without an element to load them.
import '../../src/i18n/messages/all.js';
import { generateFeed } from '../../scripts/generate-feed.mjs';
import {
  activeFilters,
  compactFilters,
  filterServices,
  mergeFilters,
  ServiceIndex,
  withoutFilter,
  type FinderFilters,
} from '../../src/components/service-finder/filter.js';
import { FeedData } from '../../src/feed/feed-data.js';
import { MUNICIPALITIES } from '../../src/feed/vocabulary/areas.js';
import type { Feed } from '../../src/feed/types.js';
import type { Lang } from '../../src/i18n/lang.js';

// Monday 5 January 2026 at 10.00 in Helsinki.
const MONDAY_MORNING = Date.parse('2026-01-05T08:00:00Z');

let index: ServiceIndex;

function ids(filters: FinderFilters, lang: Lang = 'fi', now = MONDAY_MORNING): string[] {
  return filterServices(index, filters, { lang, now }).map((s) => s.id);
}

describe('service finder filters', () => {
  before(async () => {
    const feed = (await (await fetch(new URL('../fixtures/services.json', import.meta.url))).json()) as Feed;
    const data = FeedData.from(feed);
    index = new ServiceIndex(data.services, (id) => data.organization(id));
  });

  it('shows every service by name when nothing is chosen', () => {
    expect(ids({})).to.deep.equal([
      'koulutus-ammattilaisille',
      'eroneuvo-chat',
      'turvakoti-etela-savo',
      'kriisipuhelin',
      'lasten-chat',
      'lastenvalvoja-essote',
      'lastenvalvojan-palvelut-lappi',
      'sovittelu-essote',
      'saamenkielinen-perheneuvonta',
      'valvotut-tapaamiset',
      'yochat',
      'vertaisryhma-lappi',
      'kamratstod-osterbotten',
    ]);
  });

  it('sorts by the names in the chosen language', () => {
    expect(ids({}, 'sv').slice(0, 3)).to.deep.equal(['lastenvalvoja-essote', 'lastenvalvojan-palvelut-lappi', 'lasten-chat']);
  });

  it('shows for a municipality its own services first, then its region\'s, then those for all of Finland', () => {
    expect(ids({ municipality: '491' })).to.deep.equal([
      'lastenvalvoja-essote',
      'valvotut-tapaamiset',
      'turvakoti-etela-savo',
      'sovittelu-essote',
      'koulutus-ammattilaisille',
      'eroneuvo-chat',
      'kriisipuhelin',
      'lasten-chat',
      'yochat',
    ]);
  });

  it('leaves out services of other municipalities and regions', () => {
    const sulkava = ids({ municipality: '768' }); // Sulkava, Etelä-Savo
    expect(sulkava).to.include('sovittelu-essote');
    expect(sulkava).not.to.include('lastenvalvoja-essote');
    expect(sulkava).not.to.include('vertaisryhma-lappi');
  });

  it('shows for a region every service that reaches anyone in it', () => {
    const lapland = ids({ region: '19' });
    expect(lapland.slice(0, 3)).to.have.members(['lastenvalvojan-palvelut-lappi', 'saamenkielinen-perheneuvonta', 'vertaisryhma-lappi']);
    expect(lapland).to.include('kriisipuhelin');
    expect(lapland).not.to.include('sovittelu-essote');
    expect(lapland).not.to.include('kamratstod-osterbotten');
  });

  it('filters by target group, any of those chosen', () => {
    expect(ids({ targetGroups: ['professional'] })).to.deep.equal(['koulutus-ammattilaisille']);
    expect(ids({ targetGroups: ['close-ones', 'professional'] })).to.deep.equal(['koulutus-ammattilaisille', 'eroneuvo-chat', 'kriisipuhelin']);
  });

  it('filters by service type', () => {
    expect(ids({ types: ['mediation'] })).to.deep.equal(['sovittelu-essote']);
    expect(ids({ types: ['shelter', 'supervised-meetings'] })).to.deep.equal(['turvakoti-etela-savo', 'valvotut-tapaamiset']);
  });

  it('filters by channel, any of those chosen', () => {
    expect(ids({ channels: ['web'] })).to.deep.equal(['koulutus-ammattilaisille', 'eroneuvo-chat']);
    expect(ids({ channels: ['video'] })).to.deep.equal([
      'lastenvalvojan-palvelut-lappi',
      'sovittelu-essote',
      'saamenkielinen-perheneuvonta',
      'vertaisryhma-lappi',
      'kamratstod-osterbotten',
    ]);
  });

  it('filters by language, counting services that list none as Finnish', () => {
    expect(ids({ languages: ['sv'] })).to.deep.equal(['kriisipuhelin', 'lastenvalvoja-essote', 'kamratstod-osterbotten']);
    expect(ids({ languages: ['se'] })).to.deep.equal(['saamenkielinen-perheneuvonta']);
    expect(ids({ languages: ['fi'] })).to.include('eroneuvo-chat');
    expect(ids({ languages: ['fi'] })).not.to.include('kamratstod-osterbotten');
  });

  it('filters to services free of charge', () => {
    const free = ids({ free: true });
    expect(free).not.to.include('kamratstod-osterbotten');
    expect(free).not.to.include('koulutus-ammattilaisille');
    expect(free).to.have.length(11);
  });

  it('filters to services open at the given instant', () => {
    expect(ids({ openNow: true })).to.deep.equal([
      'turvakoti-etela-savo',
      'kriisipuhelin',
      'lastenvalvoja-essote',
      'lastenvalvojan-palvelut-lappi',
    ]);
    // Saturday 10 January 2026 at 00.15: the Friday night chat is still open.
    expect(ids({ openNow: true }, 'fi', Date.parse('2026-01-09T22:15:00Z'))).to.deep.equal([
      'turvakoti-etela-savo',
      'kriisipuhelin',
      'yochat',
    ]);
  });

  it('combines different filters with "and"', () => {
    expect(ids({ municipality: '491', channels: ['phone'], targetGroups: ['child'], free: true })).to.deep.equal([
      'turvakoti-etela-savo',
      'kriisipuhelin',
      'lasten-chat',
    ]);
    expect(ids({ region: '19', channels: ['video'], languages: ['se'] })).to.deep.equal(['saamenkielinen-perheneuvonta']);
    expect(ids({ municipality: '491', types: ['peer-support'] })).to.deep.equal([]);
  });

  it('ranks name matches before description matches', () => {
    expect(ids({ query: 'lastenvalvoja' })).to.deep.equal([
      'lastenvalvoja-essote',
      'lastenvalvojan-palvelut-lappi',
      'valvotut-tapaamiset',
    ]);
  });

  it('searches the organisation, its short name and keywords', () => {
    expect(ids({ query: 'MLL' })).to.deep.equal(['lasten-chat']);
    expect(ids({ query: 'erosopimus' })).to.deep.equal(['sovittelu-essote']);
    expect(ids({ query: 'tapaamispaikka' })).to.deep.equal(['valvotut-tapaamiset']);
  });

  it('searches the names of service types in the chosen language', () => {
    expect(ids({ query: 'kriisiapu' })).to.deep.equal(['turvakoti-etela-savo', 'kriisipuhelin']);
    expect(ids({ query: 'krishjälp' }, 'sv')).to.deep.equal(['kriisipuhelin', 'turvakoti-etela-savo']);
  });

  it('searches the chosen language\'s text, and Finnish names in every language', () => {
    expect(ids({ query: 'barnatillsyningsman' }, 'sv')).to.deep.equal(['lastenvalvoja-essote', 'lastenvalvojan-palvelut-lappi']);
    expect(ids({ query: 'barnatillsyningsman' }, 'fi')).to.deep.equal([]);
    expect(ids({ query: 'lastenvalvoja' }, 'sv')).to.include('lastenvalvoja-essote');
    expect(ids({ query: 'sami' }, 'en')).to.deep.equal(['saamenkielinen-perheneuvonta']);
  });

  it('combines the search with filters', () => {
    expect(ids({ query: 'lastenvalvoja', channels: ['video'] })).to.deep.equal(['lastenvalvojan-palvelut-lappi']);
    expect(ids({ query: 'chat', targetGroups: ['child'] })).to.deep.equal(['lasten-chat']);
  });

  describe('pinned and chosen filters', () => {
    it('lets a pinned value win over a chosen one', () => {
      expect(mergeFilters({ channels: ['phone'] }, { channels: ['chat'], free: true })).to.deep.equal({ channels: ['phone'], free: true });
      expect(mergeFilters({ municipality: '491' }, { region: '19' })).to.deep.equal({ municipality: '491' });
      expect(mergeFilters({ openNow: true }, {})).to.deep.equal({ openNow: true });
    });

    it('lets a person choose a municipality inside a pinned region, but not outside it', () => {
      expect(mergeFilters({ region: '10' }, { municipality: '491' })).to.deep.equal({ municipality: '491' });
      expect(mergeFilters({ region: '10' }, { municipality: '698' })).to.deep.equal({ region: '10' });
    });

    it('lists active filter values and removes one at a time', () => {
      const filters: FinderFilters = { query: ' ero ', municipality: '491', channels: ['phone', 'chat'], free: true };
      expect(activeFilters(filters)).to.deep.equal([
        { key: 'query', value: 'ero' },
        { key: 'municipality', value: '491' },
        { key: 'channels', value: 'phone' },
        { key: 'channels', value: 'chat' },
        { key: 'free', value: 'true' },
      ]);
      expect(withoutFilter(filters, { key: 'channels', value: 'phone' }).channels).to.deep.equal(['chat']);
      expect(withoutFilter({ channels: ['chat'] }, { key: 'channels', value: 'chat' })).to.deep.equal({});
      expect(withoutFilter(filters, { key: 'free', value: 'true' })).not.to.have.property('free');
    });

    it('drops empty values so that equal choices look equal', () => {
      expect(compactFilters({ query: '', channels: [], free: false, openNow: true, region: undefined })).to.deep.equal({ openNow: true });
    });
  });
  it('indexes a slice at a time while there is time, and ends with the same search text as at once', () => {
    const data = FeedData.from(generateFeed({ count: 250, seed: 3, municipalities: MUNICIPALITIES }) as Feed);
    const sliced = new ServiceIndex(data.services, (id) => data.organization(id));
    let calls = 0;
    // Time for one slice per call: 250 services take three.
    const oneSlice = (): (() => boolean) => {
      let first = true;
      return () => (first ? !(first = false) : false);
    };
    while (!sliced.prepare('sv', oneSlice())) calls++;
    expect(calls).to.equal(2);
    const whole = new ServiceIndex(data.services, (id) => data.organization(id));
    expect(sliced.documentsIn('sv')).to.deep.equal(whole.documentsIn('sv'));
  });
});
