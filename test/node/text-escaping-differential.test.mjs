// Texts from the feed in the files people save: random names, titles, organisations and event
// texts made of the characters that iCalendar and vCard treat specially (backslash, comma,
// semicolon, colon, every kind of line break, quotes, tabs, control characters) and of letters
// of every UTF-8 length, written by the kit's vCard and .ics writers (escaped and folded at 75
// octets) and read back by an independent parser, ical.js: each must come back as the feed had
// it (line breaks as \n; control characters, which neither format's text can hold, left out).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';
import { loadSrc } from './load-src.mjs';
import { random } from './recurrence-cases.mjs';

const { toVCard } = await loadSrc('src/internal/vcard.ts');
const { contentLines } = await loadSrc('src/internal/content-line.ts');
const { text } = await loadSrc('src/feed/ics/syntax.ts');

const PIECES = ['a', 'Ä', 'ö', ' ', ',', ';', ':', '\\', '\\n', '\n', '\r\n', '\r', '"', "'", '\t', '\u0007', '=', 'Ω', '€', '😀', '👩‍👧', 'TITLE:', 'END:VCARD', '\u00a0', '–'];

function texts(count, next) {
  return Array.from({ length: count }, () => {
    const length = 1 + Math.floor(next() ** 2 * 120);
    let value = '';
    for (let i = 0; i < length; i++) value += PIECES[Math.floor(next() * PIECES.length)];
    return value;
  });
}

/** What a text should read as in the file: line breaks as \n, no control characters but the tab. */
const clean = (value) => value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');

describe('texts in saved files, read back by ical.js', () => {
  const next = random(20261209);

  it('vCard: 300 random names, titles and organisations come back as given, without control characters', () => {
    const [names, titles, orgs] = [texts(300, next), texts(300, next), texts(300, next)];
    const differences = [];
    for (let i = 0; i < names.length; i++) {
      const card = new ICAL.Component(ICAL.parse(toVCard({ name: names[i], title: titles[i], organization: orgs[i], lang: 'fi' })));
      const org = card.getFirstPropertyValue('org');
      const got = { fn: card.getFirstPropertyValue('fn'), title: card.getFirstPropertyValue('title'), org: Array.isArray(org) ? org.join(';') : org };
      const want = { fn: clean(names[i]), title: clean(titles[i]), org: clean(orgs[i]) };
      for (const key of Object.keys(want)) if (got[key] !== want[key]) differences.push(`${key}: ${JSON.stringify(want[key])} came back as ${JSON.stringify(got[key])}`);
    }
    assert.deepEqual(differences.slice(0, 5), [], `${differences.length} differences`);
  });

  it('.ics: 300 random summaries, descriptions and places come back as given, without control characters', () => {
    const [summaries, descriptions, places] = [texts(300, next), texts(300, next), texts(300, next)];
    const differences = [];
    for (let i = 0; i < summaries.length; i++) {
      const file = contentLines([
        'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'BEGIN:VEVENT', 'UID:x', 'DTSTAMP:20260101T000000Z', 'DTSTART:20260101T100000Z',
        ...text('SUMMARY', { text: summaries[i], lang: 'fi' }), ...text('DESCRIPTION', { text: descriptions[i] }), ...text('LOCATION', { text: places[i] }),
        'END:VEVENT', 'END:VCALENDAR',
      ]);
      const event = new ICAL.Component(ICAL.parse(file)).getFirstSubcomponent('vevent');
      for (const [key, value] of [['summary', summaries[i]], ['description', descriptions[i]], ['location', places[i]]]) {
        const got = event.getFirstPropertyValue(key);
        if (got !== clean(value)) differences.push(`${key}: ${JSON.stringify(clean(value))} came back as ${JSON.stringify(got)}`);
      }
    }
    assert.deepEqual(differences.slice(0, 5), [], `${differences.length} differences`);
  });
});
