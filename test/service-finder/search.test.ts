import { expect } from '@open-wc/testing';
import { fold, normalize, queryTerms, searchScore, searchText, words, type SearchDocument } from '../../src/components/service-finder/search.js';

function doc(name: string, related = '', description = '', organization = ''): SearchDocument {
  return {
    name: searchText(name),
    related: searchText(related),
    description: searchText(description),
    organization: searchText(organization),
  };
}

const finds = (text: string, query: string) => searchScore(doc(text), queryTerms(query)) > 0;

describe('service finder search', () => {
  it('lower-cases in NFC and keeps å, ä and ö as letters of their own', () => {
    expect(normalize('ÄITI Åland Öljy')).to.equal('äiti åland öljy');
    expect(normalize('A\u0308iti')).to.equal('äiti');
    expect(normalize('Sámi café')).to.equal('sami cafe');
  });

  it('splits words at hyphens, dashes and punctuation', () => {
    expect(words('Etelä-Savon lastenvalvoja – ajanvaraus!')).to.deep.equal(['etelä', 'savon', 'lastenvalvoja', 'ajanvaraus']);
  });

  it('matches "lastenvalvoja" in both "Lastenvalvoja" and "Lastenvalvojan palvelut", whatever the case', () => {
    expect(finds('Lastenvalvoja', 'lastenvalvoja')).to.equal(true);
    expect(finds('Lastenvalvojan palvelut', 'lastenvalvoja')).to.equal(true);
    expect(finds('Lastenvalvojan palvelut', 'LASTENVALVOJA')).to.equal(true);
  });

  it('matches inflected query words against the base form', () => {
    expect(finds('Lastenvalvoja', 'lastenvalvojan')).to.equal(true);
    expect(finds('Lastenvalvoja', 'lastenvalvojalle')).to.equal(true);
    expect(finds('Perheasioiden sovittelu', 'sovittelua')).to.equal(true);
    expect(finds('Barnatillsyningsman', 'barnatillsyningsmannen')).to.equal(true);
  });

  it('finds ä, ö and å when the query is typed without them', () => {
    expect(finds('Väkivaltatyön palvelut', 'vakivalta')).to.equal(true);
    expect(finds('Pieksämäen perheneuvola', 'Pieksamaki')).to.equal(true);
    expect(finds('Tukea läheisille', 'laheisille')).to.equal(true);
    expect(finds('Äsen kerho', 'ase')).to.equal(true);
    expect(finds('Öppet hus', 'oppet')).to.equal(true);
    expect(finds('Åland', 'aland')).to.equal(true);
    expect(fold('väkivalta öljy åland')).to.equal('vakivalta oljy aland');
  });

  it('does not read an ä, ö or å typed in the query as a, o or a', () => {
    expect(finds('Asema', 'äse')).to.equal(false);
    expect(finds('Oppilas', 'öppet')).to.equal(false);
    expect(finds('Äsen kerho', 'äse')).to.equal(true);
  });

  it('ranks a word found with the letters as typed above one found only with ä, ö or å folded', () => {
    const terms = queryTerms('ase');
    const asTyped = searchScore(doc('Perheneuvola', '', 'Ase-ja väkivaltarikokset'), terms);
    const folded = searchScore(doc('Äsen kerho'), terms);
    expect(folded).to.be.above(0);
    expect(asTyped).to.be.above(folded);
  });

  it('finds a query typed with a decomposed ä (a + combining diaeresis)', () => {
    expect(finds('Äitien vertaisryhmä', 'a\u0308itien')).to.equal(true);
  });

  it('drops accents other than å, ä and ö', () => {
    expect(finds('Family counselling in Sámi', 'sami')).to.equal(true);
  });

  it('finds a part of a compound word of four letters or more, but not a short fragment', () => {
    expect(finds('Lastenvalvoja', 'valvoja')).to.equal(true);
    expect(finds('Numeropalvelu', 'ero')).to.equal(false);
    expect(finds('Eroneuvo', 'ero')).to.equal(true);
  });

  it('finds a compound whose first part is the stem of the query word', () => {
    expect(finds('Eroneuvo-tilaisuudet', 'eroneuvonta')).to.equal(true);
    expect(finds('Lasten kerho', 'lastenvalvoja')).to.equal(false);
  });

  it('needs every query word to be found somewhere', () => {
    const service = doc('Lastenvalvojan palvelut', '', 'Sopimukset myös videoyhteydellä.');
    expect(searchScore(service, queryTerms('lastenvalvoja video'))).to.be.above(0);
    expect(searchScore(service, queryTerms('lastenvalvoja chat'))).to.equal(0);
  });

  it('ranks a name that starts with the word over a name that contains it, over keywords, over the description', () => {
    const terms = queryTerms('sovittelu');
    const nameStart = searchScore(doc('Sovittelu perheille'), terms);
    const nameWord = searchScore(doc('Perheasioiden sovittelu'), terms);
    const nameInside = searchScore(doc('Perhesovittelu'), terms);
    const related = searchScore(doc('Perheneuvola', 'sovittelu'), terms);
    const description = searchScore(doc('Perheneuvola', '', 'Tarjoamme myös sovittelua.'), terms);
    expect(nameStart).to.be.above(nameWord);
    expect(nameWord).to.be.above(nameInside);
    expect(nameInside).to.be.above(related);
    expect(related).to.be.above(description);
    expect(description).to.be.above(0);
  });

  it('ranks a match only through the organisation\'s name below one in the service\'s own description', () => {
    const terms = queryTerms('turvakoti');
    const shelter = searchScore(doc('Ensikoti', '', 'Turvakoti on avoinna ympäri vuorokauden.'), terms);
    const organization = searchScore(doc('Vertaisryhmä eronneille', '', '', 'Ensi- ja turvakotien liitto'), terms);
    expect(organization).to.be.above(0);
    expect(shelter).to.be.above(organization);
  });

  it('treats an empty or punctuation-only query as no search', () => {
    expect(queryTerms('')).to.deep.equal([]);
    expect(queryTerms(' – , ')).to.deep.equal([]);
    expect(queryTerms('ero ERO')).to.deep.equal(['ero']);
  });
});
