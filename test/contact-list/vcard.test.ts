import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { toVCard, vcardFileName } from '../../src/internal/vcard.js';
import { foldLine } from '../../src/internal/content-line.js';

const paivi = {
  name: 'Päivi Malinen',
  title: 'kehittämispäällikkö, hankepäällikkö Matkalla riittävään vanhemmuuteen -hanke',
  organization: 'Itä-Suomen sosiaalialan osaamiskeskus ISO',
  phone: '044 024 6415',
  email: 'paivi.malinen@isonet.fi',
  lang: 'fi',
};

describe('vCard 4.0', () => {
  it('writes the contact with CRLF line ends, escaped commas and an E.164 tel URI', () => {
    const text = toVCard(paivi);
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).to.equal(true);
    expect(text.endsWith('END:VCARD\r\n')).to.equal(true);
    expect(text).to.contain('\r\nFN:Päivi Malinen\r\n');
    expect(text).to.contain('\r\nN:Malinen;Päivi;;;\r\n');
    expect(text).to.contain('TEL;VALUE=uri;TYPE=work,voice:tel:+358440246415\r\n');
    expect(text).to.contain('EMAIL;TYPE=work:paivi.malinen@isonet.fi\r\n');
    expect(text.replace(/\r\n /g, '')).to.contain('TITLE;LANGUAGE=fi:kehittämispäällikkö\\, hankepäällikkö');
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).to.equal(true);
  });

  it('round-trips names and titles through an independent parser (ical.js)', () => {
    const card = new ICAL.Component(ICAL.parse(toVCard(paivi)));
    expect(card.getFirstPropertyValue('fn')).to.equal('Päivi Malinen');
    expect(card.getFirstPropertyValue('n')).to.deep.equal(['Malinen', 'Päivi', '', '', '']);
    expect(card.getFirstPropertyValue('title')).to.equal(paivi.title);
    expect(card.getFirstPropertyValue('org')).to.equal(paivi.organization);
    expect(card.getFirstPropertyValue('tel')).to.equal('tel:+358440246415');
    expect(card.getFirstPropertyValue('email')).to.equal('paivi.malinen@isonet.fi');
  });

  it('folds long lines without splitting a multi-byte letter', () => {
    const line = `NOTE:${'ä'.repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n ');
    expect(parts.length).to.be.greaterThan(1);
    expect(parts.every((p) => new TextEncoder().encode(p).length <= 75)).to.equal(true);
    expect(parts.join('')).to.equal(line);
  });

  it('escapes semicolons and newlines so a value cannot add properties', () => {
    const text = toVCard({ name: 'A B', title: 'x;y\nEMAIL:evil@example.org' });
    const card = new ICAL.Component(ICAL.parse(text));
    expect(card.getAllProperties('email')).to.have.length(0);
    expect(card.getFirstPropertyValue('title')).to.equal('x;y\nEMAIL:evil@example.org');
  });

  it('names the file after the person, without characters file systems refuse', () => {
    expect(vcardFileName('Päivi Malinen')).to.equal('Päivi Malinen.vcf');
    expect(vcardFileName('a/b:c')).to.equal('a b c.vcf');
  });
});
