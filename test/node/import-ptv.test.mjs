// `import ptv` against PTV open API v11 responses: the public test data of one municipality
// (test/fixtures/ptv/, from City-of-Helsinki/smbackend) and an Etelä-Savo set in the same shape
// made for these tests (test/fixtures/ptv/etela-savo/).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { loadSrc } from './load-src.mjs';

const { importPtv } = await loadSrc('src/cli/import-ptv.ts');
const { wholeWords } = await loadSrc('src/cli/selection.ts');
const { FeedBuilder } = await loadSrc('src/cli/feed-builder.ts');
const { validateFeeds } = await loadSrc('src/cli/validate.ts');

const NOW = new Date('2026-11-23T10:00:00+02:00');
const read = async (name) => ({ source: name, data: JSON.parse(await readFile(new URL(`../fixtures/ptv/${name}`, import.meta.url), 'utf8')) });
const municipality = [await read('municipality_services.json'), await read('municipality_channels.json')];
const etelaSavo = [await read('etela-savo/services.json'), await read('etela-savo/channels.json'), await read('etela-savo/organization.json')];

function run(documents, options = {}) {
  const builder = new FeedBuilder(NOW);
  importPtv(documents, builder, options);
  const feed = builder.build({ name: { fi: 'Testi' } }, '2026-11-23T10:00:00+02:00');
  builder.checkReferences(feed);
  const errors = builder.problems.filter((p) => p.severity === 'error');
  return { feed, problems: builder.problems, errors, text: builder.problems.map((p) => p.message).join('\n') };
}
const byName = (feed, name) => feed.services.find((s) => s.name.fi === name);

describe('import ptv: the public v11 test data', () => {
  it('links services to their channels: location, phone, e-mail, web page and hours', () => {
    const { feed } = run(municipality, { area: { municipalities: ['091'] }, organizationName: 'Testikunta' });
    const dentist = byName(feed, 'Hammaslääkäri');
    assert.deepEqual(dentist.channels, ['on-site']);
    assert.equal(dentist.phone, '+358 101010100');
    assert.equal(dentist.email, 'test-email@test.fi');
    assert.equal(dentist.url, 'https://www.testpage.fi');
    assert.deepEqual(dentist.hours, [
      { days: ['we'], opens: '08:00', closes: '16:00', channel: 'on-site' },
      { days: ['fr'], opens: '08:00', closes: '14:00', channel: 'on-site' },
    ]);
    assert.deepEqual(dentist.hoursNote, { fi: 'Normaalit palveluajat' });
  });

  it('converts the ETRS-TM35FIN address point to WGS84 and tidies the post office', () => {
    const { feed } = run(municipality, { area: { municipalities: ['091'] }, organizationName: 'Testikunta' });
    const { address } = byName(feed, 'Hammaslääkäri');
    assert.deepEqual(address.street, { fi: 'Testitie 13', sv: 'Testitie 13', en: 'Testitie 13' });
    assert.equal(address.postalCode, '12345');
    assert.equal(address.locality.fi, 'Testikunta');
    // N 6730000, E 258000 is 60.632447 N, 22.574363 E (PROJ 9.1.1).
    assert.deepEqual([address.latitude, address.longitude], [60.632447, 22.574363]);
  });

  it('reports the test municipality code "1", which is no Finnish municipality', () => {
    const { text, feed } = run(municipality, { area: { municipalities: ['091'] }, organizationName: 'Testikunta' });
    assert.match(text, /municipality "1" \(Testikunta\) is not a Finnish code; left out/);
    assert.deepEqual(feed.services.map((s) => s.area), [{ municipalities: ['091'] }, { municipalities: ['091'] }]);
  });

  it('asks for the organisation when the input never names it', () => {
    const { errors, feed } = run(municipality, { area: { municipalities: ['091'] } });
    assert.match(errors[0].message, /organisation 00022b78-dd97-4a66-8846-68b179d983e0 has no name in the input/);
    assert.match(errors[0].fix, /--organization-name/);
    assert.equal(feed.organizations, undefined);
  });

  it('produces a valid feed once area and organisation name are given', () => {
    const { feed, errors } = run(municipality, { area: { municipalities: ['091'] }, organizationName: 'Testikunta' });
    assert.deepEqual(errors, []);
    const result = validateFeeds([{ source: 'out.json', raw: JSON.parse(JSON.stringify(feed)) }], { now: NOW });
    assert.deepEqual(result.problems.filter((p) => p.severity === 'error'), []);
  });

  it('reports channels that no imported service uses', () => {
    assert.match(run(municipality, { area: { wholeCountry: true } }).text, /1 service channel\(s\) are linked to no imported service/);
  });
});

describe('import ptv: Etelä-Savo services in the v11 shape', () => {
  const { feed, text, errors } = run(etelaSavo, { channels: ['on-site'] });
  const mediation = byName(feed, 'Perheasioiden sovittelu');
  const officer = byName(feed, 'Lastenvalvojan palvelut');
  const online = byName(feed, 'Eroneuvonta verkossa');

  it('imports every published service and skips the deleted one', () => {
    assert.deepEqual(feed.services.map((s) => s.name.fi), ['Perheasioiden sovittelu', 'Lastenvalvojan palvelut', 'Eroneuvonta verkossa', 'Familjerådgivning']);
    assert.match(text, /is deleted in PTV; skipped/);
    assert.deepEqual(errors, []);
  });

  it('keeps names and descriptions by language', () => {
    assert.deepEqual(mediation.name, { fi: 'Perheasioiden sovittelu', sv: 'Medling i familjeärenden' });
    assert.equal(mediation.description.sv, 'I familjemedlingen kommer föräldrarna överens om barnens ärenden med hjälp av en medlare.');
    assert.deepEqual(mediation.fees, { fi: 'Maksuton.' });
    assert.deepEqual(mediation.keywords, { fi: ['ero'] });
  });

  it('maps region, municipality and nationwide areas directly', () => {
    assert.deepEqual(mediation.area, { regions: ['10'] });
    assert.deepEqual(officer.area, { municipalities: ['491', '593'] });
    assert.deepEqual(online.area, { wholeCountry: true });
  });

  it('maps channel types and recognises chat and video e-services, with a warning', () => {
    assert.deepEqual(mediation.channels, ['on-site', 'phone']);
    assert.deepEqual(officer.channels, ['on-site', 'chat', 'web']);
    assert.equal(officer.chatUrl, 'https://chat.essote.example/lastenvalvoja');
    assert.equal(officer.url, 'https://www.essote.fi/lastenvalvoja');
    assert.deepEqual(online.channels, ['video', 'phone', 'on-site']);
    assert.equal(online.videoUrl, 'https://video.esimerkki.example/');
    assert.match(text, /"Lastenvalvojan chat" looks like a chat/);
  });

  it('reads day ranges, over-midnight hours and service-charge types; leaves out exceptional hours', () => {
    assert.deepEqual(mediation.hours, [
      { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '15:30', channel: 'on-site' },
      { days: ['mo', 'tu', 'we', 'th'], opens: '09:00', closes: '11:00', channel: 'phone' },
    ]);
    assert.deepEqual(online.hours, [{ days: ['fr'], opens: '22:00', closes: '06:00', channel: 'phone' }]);
    assert.deepEqual(mediation.hoursNote, { fi: 'Ajanvarauksella', sv: 'Med tidsbokning' });
    assert.match(text, /exceptional service hours .* left out/);
    assert.equal(mediation.free, true);
    assert.equal(officer.free, false);
  });

  it('writes phone numbers with their prefix, service numbers as they are, and skips fax', () => {
    assert.equal(mediation.phone, '+358 447190000');
    assert.equal(online.phone, '0800 000 000');
  });

  it('places Helsinki Cathedral\'s EPSG:3067 point at 60.170278 N, 24.952222 E', () => {
    assert.deepEqual([online.address.latitude, online.address.longitude], [60.170278, 24.952222]);
    assert.deepEqual([mediation.address.latitude, mediation.address.longitude], [61.6886, 27.2723]);
  });

  it('takes organisations from their PTV record, else from the name a service gives', () => {
    assert.deepEqual(feed.organizations.map((o) => [o.name.fi, o.kind]), [
      ['Etelä-Savon hyvinvointialue', 'wellbeing-county'],
      ['Esimerkkijärjestö ry', undefined],
    ]);
    assert.equal(feed.organizations[0].url, 'https://www.essote.fi/');
  });

  it('uses Swedish text as Finnish for a Swedish-only service, with a warning', () => {
    assert.deepEqual(byName(feed, 'Familjerådgivning').name, { fi: 'Familjerådgivning', sv: 'Familjerådgivning' });
    assert.match(text, /has no Finnish name; the Swedish text is also used as "fi"/);
  });

  it('guesses types and target groups from PTV words, with a warning each', () => {
    assert.deepEqual(mediation.types, ['mediation']);
    assert.deepEqual(officer.types, ['child-custody-officer']);
    assert.deepEqual(online.targetGroups, ['parent', 'close-ones']);
    assert.match(text, /guessed types mediation from the words "sovittelu"/);
  });

  it('imports only services that --match chooses by whole words', () => {
    const result = run(etelaSavo, { selection: { words: wholeWords('lastenvalvo*') } });
    assert.deepEqual(result.feed.services.map((s) => s.name.fi), ['Lastenvalvojan palvelut']);
  });

  it('leaves out a service with no channel unless --channel gives one', () => {
    const result = run(etelaSavo);
    assert.equal(byName(result.feed, 'Familjerådgivning'), undefined);
    assert.match(result.errors[0].message, /needs channels or serviceChannels/);
  });
});
