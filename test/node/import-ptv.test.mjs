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

const kinds = (service) => service.serviceChannels.map((c) => c.type);

describe('import ptv: the public v11 test data', () => {
  it('makes each linked service channel a channel with its phone, e-mail, web page and hours', () => {
    const { feed } = run(municipality, { area: { municipalities: ['091'] }, organizationName: 'Testikunta' });
    const dentist = byName(feed, 'Hammaslääkäri');
    assert.deepEqual(kinds(dentist), ['on-site']);
    const [office] = dentist.serviceChannels;
    assert.deepEqual(office.name, { fi: 'Terveysasema', sv: 'Hälsostationen' });
    assert.deepEqual(office.phones, [{ number: '+358 101010100', label: { fi: 'Asiakaspalvelu' }, charge: 'charged', languages: ['fi'] }]);
    assert.deepEqual(office.emails, [{ address: 'test-email@test.fi', languages: ['fi'] }]);
    assert.deepEqual(office.urls, [{ url: 'https://www.testpage.fi', label: { fi: 'Web page of the service' }, language: 'fi' }]);
    assert.deepEqual(office.hours, [
      { days: ['we'], opens: '08:00', closes: '16:00' },
      { days: ['fr'], opens: '08:00', closes: '14:00' },
    ]);
    assert.deepEqual(office.hoursNote, { fi: 'Normaalit palveluajat' });
  });

  it('converts the ETRS-TM35FIN address point to WGS84 and tidies the post office', () => {
    const { feed } = run(municipality, { area: { municipalities: ['091'] }, organizationName: 'Testikunta' });
    const { address } = byName(feed, 'Hammaslääkäri').serviceChannels[0];
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
    const { problems } = run(municipality, { area: { wholeCountry: true } });
    const unlinked = problems.filter((p) => /linked to no imported service/.test(p.message));
    assert.deepEqual(unlinked.map((p) => [p.source, p.where]), [['municipality_channels.json', '$.itemList[2]']]);
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
    assert.equal(mediation.description.sv, 'Hjälp med avtal vid skilsmässa.\n\nI familjemedlingen kommer föräldrarna överens om barnens ärenden med hjälp av en medlare.', 'the summary and the description');
    assert.deepEqual(mediation.fees, { fi: 'Maksuton.' });
    assert.deepEqual(mediation.keywords, { fi: ['ero', 'Lapsiperheet'], sv: ['Barnfamiljer'] }, 'the target group\'s names are search words');
  });

  it('maps region, municipality and nationwide areas directly', () => {
    assert.deepEqual(mediation.area, { regions: ['10'] });
    assert.deepEqual(officer.area, { municipalities: ['491', '593'] });
    assert.deepEqual(online.area, { wholeCountry: true });
  });

  it('makes every channel a channel of its own and recognises chat and video e-services, with a warning', () => {
    assert.deepEqual(kinds(mediation), ['on-site', 'phone']);
    assert.deepEqual(kinds(officer), ['on-site', 'chat', 'web']);
    assert.deepEqual(officer.serviceChannels[1].urls.map((u) => u.url), ['https://chat.essote.example/lastenvalvoja']);
    assert.deepEqual(officer.serviceChannels[2].urls.map((u) => u.url), ['https://www.essote.fi/lastenvalvoja']);
    assert.deepEqual(kinds(online), ['video', 'phone', 'on-site']);
    assert.deepEqual(online.serviceChannels[0].urls.map((u) => u.url), ['https://video.esimerkki.example/']);
    assert.match(text, /"Lastenvalvojan chat" looks like a chat/);
  });

  it('keeps each channel\'s day ranges and over-midnight hours, and exceptional hours as exceptional hours', () => {
    assert.deepEqual(mediation.serviceChannels[0].hours, [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '15:30' }]);
    assert.deepEqual(mediation.serviceChannels[0].exceptionalHours, [{ from: '2026-12-24', through: '2026-12-26', closed: true }]);
    assert.deepEqual(mediation.serviceChannels[1].hours, [{ days: ['mo', 'tu', 'we', 'th'], opens: '09:00', closes: '11:00' }]);
    assert.deepEqual(online.serviceChannels[1].hours, [{ days: ['fr'], opens: '22:00', closes: '06:00' }]);
    assert.deepEqual(mediation.serviceChannels[0].hoursNote, { fi: 'Ajanvarauksella', sv: 'Med tidsbokning' });
    assert.equal(mediation.free, true);
    assert.equal(officer.free, false);
  });

  it('writes phone numbers with their prefix, service numbers as they are, and fax as fax', () => {
    assert.equal(mediation.serviceChannels[0].phones[0].number, '+358 447190000');
    assert.deepEqual(online.serviceChannels[1].phones.map((p) => [p.number, p.kind]), [['0800 000 000', undefined], ['+358 91111111', 'fax']]);
  });

  it('places Helsinki Cathedral\'s EPSG:3067 point at 60.170278 N, 24.952222 E', () => {
    const { address } = online.serviceChannels[2];
    assert.deepEqual([address.latitude, address.longitude], [60.170278, 24.952222]);
    assert.deepEqual([mediation.serviceChannels[0].address.latitude, mediation.serviceChannels[0].address.longitude], [61.6886, 27.2723]);
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

  it('does not pick "päivystysnumeroon" or "aerobics" with --match "ero|sovittelu"', () => {
    const record = (id, name, description) => ({ id, serviceNames: [{ language: 'fi', value: name, type: 'Name' }], serviceDescriptions: [{ language: 'fi', value: description, type: 'Description' }], areaType: 'Nationwide' });
    const documents = [{ source: 'x.json', data: [record('a', 'Mattopesula', 'Soita päivystysnumeroon.'), record('b', 'Uimahalli', 'Vesijumppa ja aerobics.'), record('c', 'Eroneuvonta', 'Apua eron jälkeen ja sovittelu.')] }];
    const builder = new FeedBuilder(NOW);
    const chosen = importPtv(documents, builder, { selection: { words: wholeWords('ero|sovittelu') }, channels: ['phone'], organizationName: 'X' });
    assert.deepEqual(chosen.map((c) => [c.id, c.reason]), [['c', 'word "sovittelu"']]);
  });

  it('leaves out a service with no channel unless --channel gives one', () => {
    const result = run(etelaSavo);
    assert.equal(byName(result.feed, 'Familjerådgivning'), undefined);
    assert.match(result.errors[0].message, /needs channels or serviceChannels/);
  });
});

const v8 = [await read('v8/service.json'), await read('v8/channel.json')];
const jyvaskyla = [await read('jyvaskyla/services.json'), await read('jyvaskyla/channels.json'), await read('jyvaskyla/organization.json')];

describe('import ptv: single records in the older v8 shape', () => {
  const { feed, errors } = run(v8, { organizationName: 'Lahden kaupunki' });
  const [office] = feed.services[0].serviceChannels;

  it('reads a flat visiting address with its street list, note and coordinates', () => {
    assert.deepEqual(errors, []);
    assert.deepEqual(office.address.street, { fi: 'Vapaudenkatu 10' });
    assert.deepEqual(office.address.note, { fi: 'Pääovi Vapaudenkadun puolella' });
    assert.equal(office.address.municipality, '398');
    assert.ok(office.address.latitude > 60.9 && office.address.latitude < 61.1);
  });

  it('reads Standard hours as regular ones and Exception hours as exceptional ones', () => {
    assert.deepEqual(office.hours, [{ days: ['mo', 'tu', 'we', 'th'], opens: '08:00', closes: '16:00' }]);
    assert.deepEqual(office.exceptionalHours, [{ from: '2026-12-24', through: '2026-12-26', closed: true, note: { fi: 'Joulu' } }]);
    assert.equal(feed.services[0].free, true);
    assert.equal(office.phones[0].charge, 'charged');
  });
});

describe('import ptv: a city\'s multi-channel records (test/fixtures/ptv/jyvaskyla)', () => {
  const { feed } = run(jyvaskyla);
  const officer = byName(feed, 'Lastenvalvojan palvelut');

  it('gives each of the six channels its own contacts, in the order PTV links them', () => {
    assert.deepEqual(kinds(officer), ['on-site', 'on-site', 'phone', 'e-service', 'web', 'e-service']);
    const [office, muurame] = officer.serviceChannels;
    assert.deepEqual(office.phones.map((p) => p.number), ['+358 142660000', '+358 503111234']);
    assert.deepEqual(office.phones[0].label, { fi: 'Neuvonta ja ajanvaraus', sv: 'Rådgivning och tidsbokning' });
    assert.equal(muurame.address.municipality, '500');
  });

  it('carries the service\'s usage instructions, eligibility and processing time', () => {
    assert.match(officer.instructions.fi, /Varaa aika sähköisesti/);
    assert.match(officer.eligibility.fi, /lapsi asuu Jyväskylässä/);
    assert.match(officer.howToApply.fi, /4–6 viikkoa/);
  });

  it('carries exceptional hours: a closed midsummer and shorter summer hours', () => {
    assert.deepEqual(officer.serviceChannels[0].exceptionalHours, [
      { from: '2027-06-25', through: '2027-06-26', closed: true, note: { fi: 'Juhannus', sv: 'Midsommar' } },
      { from: '2027-07-01', through: '2027-07-31', opens: '09:00', closes: '13:00', note: { fi: 'Kesäaika' } },
    ]);
  });

  it('keeps the organisation\'s Swedish and English home pages', () => {
    const [city] = feed.organizations;
    assert.equal(city.url, 'https://www.jyvaskyla.example/');
    assert.deepEqual(city.urls.map((u) => [u.url, u.language]), [
      ['https://www.jyvaskyla.example/', 'fi'], ['https://www.jyvaskyla.example/sv', 'sv'], ['https://www.jyvaskyla.example/en', 'en'],
    ]);
  });

  it('chooses by service class, ontology term or whole word, and says what chose each', () => {
    const builder = new FeedBuilder(NOW);
    const chosen = importPtv(jyvaskyla, builder, { selection: { serviceClasses: ['P4'], ontologyTerms: ['http://www.yso.fi/onto/koko/p9561'] } });
    assert.deepEqual(chosen.map((c) => c.reason), ['service class P4.4 (Perheiden tukeminen)', 'ontology term http://www.yso.fi/onto/koko/p9561 (kriisiapu)']);
  });
});
