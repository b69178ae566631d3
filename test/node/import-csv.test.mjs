// `import csv`: the documented spreadsheet layout (docs/csv-layout.md), its example file, and a
// row and column in every error.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { loadSrc } from './load-src.mjs';

const { importCsv, parseHours, parseLocalDateTime } = await loadSrc('src/cli/import-csv.ts');
const { FeedBuilder } = await loadSrc('src/cli/feed-builder.ts');
const { validateFeeds } = await loadSrc('src/cli/validate.ts');

const NOW = new Date('2026-11-23T10:00:00+02:00');
const example = await readFile(new URL('../../docs/examples/services.csv', import.meta.url), 'utf8');

function run(text) {
  const builder = new FeedBuilder(NOW);
  importCsv(text, 'list.csv', builder);
  const feed = builder.build({ name: { fi: 'Testi' } }, '2026-11-23T10:00:00+02:00');
  builder.checkReferences(feed);
  const errors = builder.problems.filter((p) => p.severity === 'error');
  return { feed, errors, warnings: builder.problems.filter((p) => p.severity === 'warning') };
}

const HEADER = 'kind,id,name_fi,organization,types,target_groups,channels,municipalities';
const csv = (...rows) => [HEADER, ...rows].join('\n');
const GOOD = 'service,perheneuvola,Perheneuvola,Essote,counselling,parent,on-site,Mikkeli';

describe('import csv: the example spreadsheet', () => {
  const { feed, errors, warnings } = run(example);

  it('imports every row of docs/examples/services.csv without an error', () => {
    assert.deepEqual(errors, []);
    assert.deepEqual([feed.organizations.length, feed.services.length, feed.events.length], [2, 3, 1]);
    assert.deepEqual(warnings, []);
  });

  it('produces a feed that validates', () => {
    const result = validateFeeds([{ source: 'out.json', raw: JSON.parse(JSON.stringify(feed)) }], { now: NOW });
    assert.deepEqual(result.problems, []);
  });

  it('reads Finnish labels, names of municipalities and regions, and channel-specific hours', () => {
    const [clinic, officer] = feed.services;
    assert.deepEqual(clinic.targetGroups, ['parent', 'child']);
    assert.deepEqual(clinic.channels, ['on-site', 'phone', 'video']);
    assert.deepEqual(clinic.area, { regions: ['10'] });
    assert.equal(clinic.free, true);
    assert.deepEqual(officer.area, { municipalities: ['491', '178', '593'] });
    assert.deepEqual(officer.hours, [
      { days: ['mo', 'tu', 'we', 'th'], opens: '09:00', closes: '11:00', channel: 'phone' },
      { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '15:30' },
    ]);
  });

  it('reads an event with a quoted RRULE, an end given as a time, and registration', () => {
    const [event] = feed.events;
    assert.equal(event.start, '2027-01-12T18:00');
    assert.equal(event.end, '2027-01-12T19:30');
    assert.equal(event.rrule, 'FREQ=WEEKLY;COUNT=8');
    assert.deepEqual(event.registration, { url: 'https://example.org/viola/ilmoittaudu', capacity: 10 });
    assert.equal(event.location.municipality, '491');
  });
});

describe('import csv: errors name the row and the column', () => {
  it('names an unknown channel by row and column letter', () => {
    const { errors, feed } = run(csv(GOOD, 'service,chat,Chat,Essote,chat,parent,fax,Mikkeli'));
    assert.equal(errors.length, 1);
    assert.equal(errors[0].where, 'row 3, column G (channels)');
    assert.match(errors[0].message, /"fax" is not a channel; the row was left out/);
    assert.match(errors[0].fix, /on-site, phone, video, chat or web/);
    assert.deepEqual(feed.services.map((s) => s.id), ['perheneuvola']);
  });

  it('names schema errors by their column too: an empty required cell, a bad e-mail', () => {
    const { errors } = run([`${HEADER},email`, 'service,x,Palvelu,Essote,,parent,phone,Mikkeli,ei-osoite'].join('\n'));
    assert.deepEqual(errors.map((e) => e.where), ['row 2, column E (types)', 'row 2, column I (email)']);
  });

  it('names the deeper checks by column: an RRULE readers cannot expand', () => {
    const text = ['kind,id,name_fi,organization,target_groups,attendance,start,end,rrule',
      'event,ryhma,Ryhmä,Essote,parent,on-site,2027-01-12 18:00,19:30,FREQ=HOURLY'].join('\n');
    const { errors } = run(text);
    assert.equal(errors[0].where, 'row 2, column I (rrule)');
    assert.match(errors[0].message, /FREQ=HOURLY is not supported/);
  });

  it('names a municipality it does not know', () => {
    const { errors } = run(csv('service,x,Palvelu,Essote,counselling,parent,phone,Mikkelli'));
    assert.equal(errors[0].where, 'row 2, column H (municipalities)');
    assert.match(errors[0].message, /"Mikkelli" is not a Finnish municipality/);
  });

  it('names a row with more cells than the header and the likely cause: a separator inside an unquoted value', () => {
    const { errors } = run(csv('service,x,Palvelu,Essote,counselling,parent,on-site,phone,Mikkeli'));
    assert.equal(errors[0].where, 'row 2, column I');
    assert.match(errors[0].message, /the row has 9 cells but the header 8: a value probably contains the separator "," without quotes/);
  });

  it('names a stray quote as the likely cause of a wrong cell count', () => {
    const { errors } = run(csv('service,x,Palvelu 12" ja muuta,Essote,counselling,parent,phone,Mikkeli,extra'));
    assert.match(errors[0].message, /the quote in column C probably splits or joins cells/);
  });

  it('warns about a row with fewer cells than the header and reads the missing ones as empty', () => {
    const { warnings } = run(csv('service,x,Palvelu,Essote,counselling,parent,phone'));
    assert.equal(warnings[0].where, 'row 2, column H');
    assert.match(warnings[0].message, /the row has 7 cells but the header 8: cells at the end are missing/);
  });

  it('stops at row 1 when the header lacks a column the rows need', () => {
    const { errors, feed } = run(['kind,id,name_fi,organization,types,target_groups', GOOD.split(',').slice(0, 6).join(',')].join('\n'));
    assert.deepEqual(errors.map((e) => [e.where, e.message]), [
      ['row 1, column G', 'the header has no area column, which services need'],
    ]);
    assert.equal(feed.services, undefined);
  });

  it('names an unknown kind of row and an unclosed quote', () => {
    assert.equal(run(csv('palvelus,x,Palvelu')).errors[0].where, 'row 2, column A (kind)');
    const unclosed = run(csv(GOOD, 'service,"x,Palvelu'));
    assert.equal(unclosed.errors[0].where, 'row 3, column B');
    assert.match(unclosed.errors[0].message, /never closed/);
  });

  it('warns about an unknown column and a missing id, and still imports the row', () => {
    const { warnings, feed } = run([`${HEADER},nmae_sv`, 'service,,Perheneuvola Mikkeli,Essote,counselling,parent,on-site,Mikkeli,x'].join('\n'));
    assert.deepEqual(warnings.map((w) => w.where), ['row 1, column I', 'row 2, column B (id)', 'row 2, column D (organization)']);
    assert.equal(feed.services[0].id, 'perheneuvola-mikkeli');
  });
});

describe('import csv: spreadsheet exports', () => {
  it('reads a Finnish Excel export: BOM, ";" and CRLF', () => {
    const text = `\uFEFF${csv(GOOD).replaceAll(',', ';').replaceAll('\n', '\r\n')}\r\n`;
    const { feed, errors } = run(text);
    assert.deepEqual(errors, []);
    assert.equal(feed.services[0].name.fi, 'Perheneuvola');
  });

  it('keeps commas and line breaks inside quoted cells', () => {
    const text = [`${HEADER},description_fi`, `${GOOD},"Ensimmäinen rivi, pilkulla.\nToinen rivi."`].join('\n');
    assert.equal(run(text).feed.services[0].description.fi, 'Ensimmäinen rivi, pilkulla.\nToinen rivi.');
  });

  it('refers to an organisation row by id or name, and adds one for an unknown name', () => {
    const text = [`${HEADER},url`, 'organization,essote,Essote,,,,,,https://www.essote.fi/', GOOD, GOOD.replace('perheneuvola,Perheneuvola,Essote', 'chat,Chat,Viola ry')].join('\n');
    const { feed, warnings } = run(text);
    assert.deepEqual(feed.services.map((s) => s.organization), ['essote', 'viola-ry']);
    assert.deepEqual(feed.organizations.map((o) => o.id), ['essote', 'viola-ry']);
    assert.match(warnings.map((w) => w.message).join('\n'), /no organization row is named "Viola ry", so one was added with the id "viola-ry"/);
  });
});

describe('parseHours', () => {
  it('reads Finnish, Swedish and English days, ranges, dots and single hours', () => {
    assert.deepEqual(parseHours('ma-pe 9-15; la 10.30-14'), [
      { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '15:00' },
      { days: ['sa'], opens: '10:30', closes: '14:00' },
    ]);
    assert.deepEqual(parseHours('mån, ons 8:00-12:00'), [{ days: ['mo', 'we'], opens: '08:00', closes: '12:00' }]);
    assert.deepEqual(parseHours('fr-mo 20-2'), [{ days: ['fr', 'sa', 'su', 'mo'], opens: '20:00', closes: '02:00' }]);
    assert.deepEqual(parseHours('su klo 0-24'), [{ days: ['su'], opens: '00:00', closes: '24:00' }]);
  });

  it('says what it cannot read', () => {
    assert.throws(() => parseHours('arkisin 9-15'), /"arkisin" is not a day/);
    assert.throws(() => parseHours('ma-pe'), /not "days hh:mm-hh:mm"/);
    assert.throws(() => parseHours('ma 9-25'), /not a time range/);
    assert.throws(() => parseHours('fax: ma 9-15'), /"fax" is not a channel/);
  });
});

describe('parseLocalDateTime', () => {
  it('reads ISO and Finnish dates with times, and a bare time on a given day', () => {
    assert.equal(parseLocalDateTime('2027-01-12 18:00'), '2027-01-12T18:00');
    assert.equal(parseLocalDateTime('2027-01-12T18:00'), '2027-01-12T18:00');
    assert.equal(parseLocalDateTime('12.1.2027 klo 18.00'), '2027-01-12T18:00');
    assert.equal(parseLocalDateTime('19.30', '2027-01-12'), '2027-01-12T19:30');
    assert.equal(parseLocalDateTime('2027-01-12'), undefined, 'a start needs its time');
    assert.equal(parseLocalDateTime('huomenna'), undefined);
  });
});

describe('import csv: encodings, one row per channel, and files with only a header', () => {
  const finnish = 'kind;id;name_fi;organization;types;target_groups;channels;municipalities\nservice;rajankaynti;Rajankäynti ry:n eroneuvonta;Essote;counselling;parent;phone;Mikkeli\n';
  const notes = (bytes) => {
    const builder = new FeedBuilder(NOW);
    importCsv(bytes, 'excel.csv', builder);
    const feed = builder.build({ name: { fi: 'Testi' } }, '2026-11-23T10:00:00+02:00');
    return { feed, notes: builder.notes, warnings: builder.problems.filter((p) => p.severity === 'warning') };
  };
  const utf16be = (text) => Buffer.from(text, 'utf16le').swap16();

  for (const [name, bytes, encoding] of [
    ['Finnish Excel\'s Windows-1252', Buffer.from(finnish, 'latin1'), 'Windows-1252'],
    ['UTF-16 LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(finnish, 'utf16le')]), 'UTF-16 LE'],
    ['UTF-16 BE with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(finnish)]), 'UTF-16 BE'],
    ['UTF-16 LE without a mark', Buffer.from(finnish, 'utf16le'), 'UTF-16 LE'],
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(finnish)]), 'UTF-8 with BOM'],
  ]) {
    it(`reads ${name}, keeps "ä", and says which encoding it used`, () => {
      const result = notes(new Uint8Array(bytes));
      assert.equal(result.feed.services[0].name.fi, 'Rajankäynti ry:n eroneuvonta');
      assert.ok(result.notes.includes(`excel.csv was read as ${encoding}`), result.notes.join());
      assert.ok(result.notes.includes('excel.csv is separated by semicolons'));
      if (encoding !== 'UTF-8 with BOM') assert.match(result.warnings.map((w) => w.message).join(), new RegExp(`read as ${encoding}`));
    });
  }

  it('warns about a file with only the header row', () => {
    const { warnings, feed } = run(HEADER);
    assert.equal(feed.services, undefined);
    assert.match(warnings[0].message, /only the header row/);
  });

  it('reads channel rows into their service, each with its own phone, hours and address', async () => {
    const text = await readFile(new URL('../fixtures/csv/channels.csv', import.meta.url), 'utf8');
    const { feed, errors, warnings } = run(text);
    assert.deepEqual([errors, warnings], [[], []]);
    const [service] = feed.services;
    assert.deepEqual(service.serviceChannels.map((c) => [c.id, c.type]), [['perheneuvola-mikkeli', 'on-site'], ['perheneuvola-puhelin', 'phone'], ['perheneuvola-chat', 'chat']]);
    assert.deepEqual(service.serviceChannels[0].phones, [{ number: '044 351 2000', label: { fi: 'Ajanvaraus', sv: 'Tidsbokning' } }]);
    assert.equal(service.serviceChannels[0].address.municipality, '491');
    assert.deepEqual(service.serviceChannels[2].hours, [{ days: ['tu', 'th'], opens: '13:00', closes: '15:00' }]);
  });

  it('names a channel row whose service no row gives, and a cell a row has no use for', () => {
    const { errors, warnings } = run([
      'kind,id,service,channel_type,name_fi,organization,types,target_groups,municipalities,phone',
      'service,s1,,,Palvelu,Essote,counselling,parent,Mikkeli,',
      'channel,c1,s1,phone,Puhelin,,counselling,,,044 000 0001',
      'channel,c2,nope,phone,Puhelin,,,,,044 000 0002',
    ].join('\n'));
    assert.equal(errors[0].where, 'row 4, column C (service)');
    assert.match(errors[0].message, /no service row has the id "nope"/);
    assert.equal(warnings.find((w) => /has no use for "counselling"/.test(w.message)).where, 'row 3, column G (types)');
  });
});
