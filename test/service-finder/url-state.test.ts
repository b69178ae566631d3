import { expect } from '@open-wc/testing';
import type { FinderFilters } from '../../src/components/service-finder/filter.js';
import { hasUrlState, readUrlState, toUrlStateMode, writeUrlState } from '../../src/components/service-finder/url-state.js';

const PAGE = 'https://kunta.example/palvelut?page=2#sisalto';
const EVERYTHING: FinderFilters = {
  query: 'lasten valvoja',
  municipality: '491',
  targetGroups: ['parent', 'child'],
  types: ['mediation'],
  channels: ['phone', 'video'],
  languages: ['fi', 'sv'],
  openNow: true,
  free: true,
};

describe('service finder URL state', () => {
  it('round-trips every filter through the query string', () => {
    const href = writeUrlState(PAGE, EVERYTHING, 'query');
    expect(readUrlState(href, 'query')).to.deep.equal(EVERYTHING);
  });

  it('round-trips every filter through the hash', () => {
    const href = writeUrlState('https://kunta.example/palvelut', EVERYTHING, 'hash');
    expect(new URL(href).search).to.equal('');
    expect(readUrlState(href, 'hash')).to.deep.equal(EVERYTHING);
  });

  it('writes readable parameters with the "ero-" prefix', () => {
    const href = writeUrlState('https://kunta.example/palvelut', { query: 'lasten valvoja', channels: ['phone', 'video'], free: true }, 'query');
    expect(href).to.equal('https://kunta.example/palvelut?ero-q=lasten+valvoja&ero-channel=phone,video&ero-free=1');
  });

  it('keeps the page\'s own parameters and anchor', () => {
    const href = writeUrlState(PAGE, { region: '10' }, 'query');
    expect(href).to.equal('https://kunta.example/palvelut?page=2&ero-region=10#sisalto');
    const cleared = writeUrlState(href, {}, 'query');
    expect(cleared).to.equal(PAGE);
  });

  it('keeps other parts of the hash in hash mode', () => {
    const href = writeUrlState('https://kunta.example/palvelut#tab=2', { free: true }, 'hash');
    expect(href).to.equal('https://kunta.example/palvelut#tab=2&ero-free=1');
    expect(writeUrlState(href, {}, 'hash')).to.equal('https://kunta.example/palvelut#tab=2');
  });

  it('removes the "?" when no parameter is left', () => {
    const href = writeUrlState('https://kunta.example/palvelut', { free: true }, 'query');
    expect(writeUrlState(href, {}, 'query')).to.equal('https://kunta.example/palvelut');
  });

  it('keeps two finders with different prefixes apart', () => {
    const first = writeUrlState(PAGE, { channels: ['chat'] }, 'query', 'a-');
    const both = writeUrlState(first, { channels: ['phone'], query: 'ero' }, 'query', 'b-');
    expect(readUrlState(both, 'query', 'a-')).to.deep.equal({ channels: ['chat'] });
    expect(readUrlState(both, 'query', 'b-')).to.deep.equal({ channels: ['phone'], query: 'ero' });
    expect(readUrlState(both, 'query')).to.deep.equal({});
    expect(hasUrlState(both, 'query', 'a-')).to.equal(true);
    expect(hasUrlState(both, 'query')).to.equal(false);
  });

  it('ignores values it does not know, so a hand-edited address cannot break the finder', () => {
    const href = 'https://x.example/?ero-municipality=999&ero-region=10&ero-channel=fax,phone&ero-group=child,aliens&ero-type=mediation,x&ero-language=sv-FI,%3Cscript%3E&ero-open=yes&ero-free=1';
    expect(readUrlState(href, 'query')).to.deep.equal({
      region: '10',
      channels: ['phone'],
      targetGroups: ['child'],
      types: ['mediation'],
      languages: ['sv'],
      free: true,
    });
  });

  it('reads a municipality over a region, as the form offers one or the other', () => {
    expect(readUrlState('https://x.example/?ero-municipality=491&ero-region=19', 'query')).to.deep.equal({ municipality: '491' });
  });

  it('reads "+" and "%20" as spaces and Finnish letters in the query', () => {
    expect(readUrlState('https://x.example/?ero-q=lasten%20valvoja', 'query').query).to.equal('lasten valvoja');
    expect(readUrlState('https://x.example/#ero-q=p%C3%A4iv%C3%A4+ty%C3%B6', 'hash').query).to.equal('päivä työ');
  });

  it('accepts only "query" and "hash" as modes', () => {
    expect(toUrlStateMode('query')).to.equal('query');
    expect(toUrlStateMode(' HASH ')).to.equal('hash');
    expect(toUrlStateMode('')).to.equal(undefined);
    expect(toUrlStateMode('cookie')).to.equal(undefined);
  });
});
