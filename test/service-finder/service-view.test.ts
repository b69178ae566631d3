import { expect } from '@open-wc/testing';
// Swedish and English at once, for views rendered outside an element.
import '../../src/i18n/messages/all.js';
import { hoursLine, languageName, shorten } from '../../src/components/service-finder/view-parts.js';
import { commonWithVocabulary } from '../../src/i18n/messages/vocabulary.js';
import { serviceFinderMessages } from '../../src/i18n/messages/service-finder.js';
import type { OpeningHours } from '../../src/feed/types.js';

const ctx = (lang: 'fi' | 'sv' | 'en') => ({ lang, common: commonWithVocabulary(lang), messages: serviceFinderMessages.in(lang) });

describe('service card text', () => {
  it('shortens a long description at a word boundary with an ellipsis', () => {
    const text = 'Lastenvalvoja auttaa vanhempia sopimaan lapsen huollosta, asumisesta, tapaamisoikeudesta ja elatusavusta.';
    expect(shorten(text, 200)).to.equal(text);
    expect(shorten(text, 50)).to.equal('Lastenvalvoja auttaa vanhempia sopimaan lapsen…');
    expect(shorten(text, 60)).to.equal('Lastenvalvoja auttaa vanhempia sopimaan lapsen huollosta…');
  });

  it('names languages of Finland even where the browser\'s Intl data does not', () => {
    expect(languageName('se', 'fi')).to.equal('Pohjoissaame');
    expect(languageName('se', 'sv')).to.equal('Nordsamiska');
    expect(languageName('fse', 'en')).to.equal('Finnish Sign Language');
    expect(languageName('sv', 'fi')).to.equal('Ruotsi');
    expect(languageName('x-unknown!', 'fi')).to.equal('X-unknown!');
  });

  it('writes a line of hours with days, times and validity in each language', () => {
    const spec: OpeningHours = { days: ['mo', 'tu', 'we', 'th', 'fr', 'su'], opens: '09:00', closes: '15:30', validThrough: '2026-08-31' };
    expect(hoursLine(spec, ctx('fi'))).to.equal('ma–pe, su 9.00–15.30 (31.8.2026 asti)');
    expect(hoursLine(spec, ctx('sv'))).to.equal('mån–fre, sön 9.00–15.30 (till och med 31.8.2026)');
    expect(hoursLine(spec, ctx('en'))).to.equal('Mon–Fri, Sun 9.00–15.30 (until 31 Aug 2026)');
  });

  it('names the channel of a line unless told not to, and says "around the clock"', () => {
    const phone: OpeningHours = { days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '24:00', channel: 'phone' };
    expect(hoursLine(phone, ctx('fi'))).to.equal('Puhelin: ympäri vuorokauden');
    expect(hoursLine(phone, ctx('fi'), false)).to.equal('Ympäri vuorokauden');
    expect(hoursLine(phone, ctx('sv'))).to.equal('Telefon: dygnet runt');
  });
});
