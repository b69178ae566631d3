// `import hsds` against the public Open Referral HSDS 3.0 examples (test/fixtures/hsds/, copied
// from openreferral/specification) and a Finnish HSDS 3.1 list made for these tests.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { loadSrc } from './load-src.mjs';

const { importHsds } = await loadSrc('src/cli/import-hsds.ts');
const { wholeWords } = await loadSrc('src/cli/selection.ts');
const { FeedBuilder } = await loadSrc('src/cli/feed-builder.ts');
const { validateFeeds } = await loadSrc('src/cli/validate.ts');

const NOW = new Date('2026-11-23T10:00:00+02:00');
const dir = new URL('../fixtures/hsds/', import.meta.url);
const read = async (name) => ({ source: name, data: JSON.parse(await readFile(new URL(name, dir), 'utf8')) });
const publicExamples = await Promise.all((await readdir(dir)).filter((f) => f.endsWith('.json')).map(read));
const finnish = [await read('fi-3.1/palvelut.json')];

function run(documents, options = {}) {
  const builder = new FeedBuilder(NOW);
  importHsds(documents, builder, options);
  const feed = builder.build({ name: { fi: 'Testi' } }, '2026-11-23T10:00:00+02:00');
  builder.checkReferences(feed);
  return { feed, problems: builder.problems, warnings: builder.problems.filter((p) => p.severity === 'warning') };
}
const messages = (problems) => problems.map((p) => p.message).join('\n');

describe('import hsds: the public HSDS 3.0 examples', () => {
  const { feed, problems, warnings } = run(publicExamples, { area: { municipalities: ['491'] } });
  const service = feed.services[0];

  it('reads each record once, although every example file repeats it', () => {
    assert.deepEqual([feed.organizations.length, feed.services.length, feed.contacts.length], [1, 1, 1]);
    assert.equal(service.id, 'ac148810-d857-441c-9679-408f346de14b');
    assert.equal(service.organization, feed.organizations[0].id);
  });

  it('produces a feed that validates, with no errors while importing', () => {
    assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
    const result = validateFeeds([{ source: 'out.json', raw: JSON.parse(JSON.stringify(feed)) }], { now: NOW });
    assert.deepEqual(result.problems.filter((p) => p.severity === 'error'), []);
  });

  it('puts single-language text into fi', () => {
    assert.deepEqual(service.name, { fi: 'Community Counselling' });
    assert.deepEqual(service.alternateName, { fi: 'MyCity Counselling Services' });
  });

  it('turns the schedule into Helsinki opening hours and warns about the numeric offset', () => {
    assert.deepEqual(service.hours.map(({ days, opens, closes }) => ({ days, opens, closes })), [{ days: ['th', 'fr'], opens: '10:00', closes: '18:00' }]);
    assert.match(messages(warnings), /numeric UTC offset 3; its times are read as Europe\/Helsinki/);
    assert.match(messages(warnings), /byweekno, bymonthday, byyearday, count .* ignored/);
  });

  it('makes the service_at_location a channel with its phones, hours, address and accessibility, and the service\'s phones a phone channel', () => {
    const [place, phone] = service.serviceChannels;
    assert.deepEqual(service.serviceChannels.map((c) => c.type), ['on-site', 'phone']);
    assert.deepEqual(place.name, { fi: 'MyCity Civic Center' });
    assert.match(place.accessibility.fi, /induction loops/);
    assert.match(place.hoursNote.fi, /remotely via video conferencing/, 'the attending type is carried in the hours note');
    assert.deepEqual(place.hours.map(({ days, opens, closes }) => ({ days, opens, closes })), [{ days: ['th', 'fr'], opens: '10:00', closes: '18:00' }]);
    assert.equal(phone.phones.length, 1);
  });

  it('keeps each phone\'s description as its label, with its extension, after cleaning the quoted number', () => {
    const [number] = service.serviceChannels[1].phones;
    assert.equal(number.number, '+44 1234 234567');
    assert.equal(number.extension, '100');
    assert.match(number.label.fi, /^Our main reception phone number/);
  });

  it('carries address_2, and leaves out with a warning what the schema refuses', () => {
    const { address } = service.serviceChannels[0];
    assert.equal(address.street.fi, '1-30 Main Street, MyVillage');
    assert.equal(address.postalCode, undefined);
    assert.equal(address.latitude, undefined, 'latitude 100 is no latitude');
    assert.match(messages(warnings), /left out serviceChannels\[0\]\.address\.postalCode "ABC 1234"/);
    assert.match(messages(warnings), /coordinates 100, 101 are not a latitude and longitude/);
  });

  it('carries eligibility, the application process, the alert and interpretation services', () => {
    assert.match(service.eligibility.fi, /aged 12 and over/);
    assert.match(service.howToApply.fi, /referral letter/);
    assert.match(service.alert.fi, /COVID-19/);
    assert.match(service.instructions.fi, /Interpretation services/);
  });

  it('uses the command-line area when the free-text service area names no Finnish place, and says so', () => {
    assert.deepEqual(service.area, { municipalities: ['491'] });
    assert.match(messages(warnings), /no Finnish municipality or region is named in the service area .*used the area given on the command line/);
  });

  it('warns for each guessed type and target group', () => {
    assert.deepEqual(service.types, ['counselling']);
    assert.deepEqual(service.targetGroups, ['parent']);
    assert.match(messages(warnings), /guessed types counselling from the words "counselling"/);
    assert.match(messages(warnings), /no words told whom the service is for, so it is "parent"/);
  });

  it('leaves out a service with no area when no default is given, with an error', () => {
    const result = run(publicExamples);
    assert.equal(result.feed.services, undefined);
    assert.match(messages(result.problems.filter((p) => p.severity === 'error')), /area: is required; the service was left out/);
  });

  it('takes types and target groups from flags without warning', () => {
    const result = run(publicExamples, { area: { wholeCountry: true }, types: ['therapy'], targetGroups: ['parent', 'child'] });
    assert.deepEqual(result.feed.services[0].types, ['therapy']);
    assert.deepEqual(result.feed.services[0].targetGroups, ['parent', 'child']);
    assert.doesNotMatch(messages(result.warnings), /guessed|no words told/);
  });

  it('puts text in the language given by --lang and, as Finnish is required, also in fi', () => {
    const result = run(publicExamples, { area: { wholeCountry: true }, lang: 'en' });
    assert.deepEqual(result.feed.services[0].name, { fi: 'Community Counselling', en: 'Community Counselling' });
    assert.equal(result.warnings.filter((w) => /requires Finnish text/.test(w.message)).length, 1);
  });
});

describe('import hsds: status, repeated ids and refusals', () => {
  const service = (extra) => ({ id: 's1', name: 'Eroneuvonta', status: 'active', organization_id: 'o1', url: 'https://example.fi/', service_areas: [{ name: 'Mikkeli' }], ...extra });

  it('marks defunct and inactive services inactive, so the widgets do not show them as running', () => {
    for (const status of ['defunct', 'inactive']) {
      const { feed } = run([{ source: 'a.json', data: service({ status }) }]);
      assert.equal(feed.services[0].status, 'inactive', status);
    }
  });

  it('warns when an id comes again with other content, naming the differing field', () => {
    const { feed, warnings } = run([{ source: 'a.json', data: [service(), service({ name: 'Toinen nimi' })] }]);
    assert.equal(feed.services.length, 1);
    const differing = warnings.find((w) => /differs from the first record with the id "s1"/.test(w.message));
    assert.equal(differing.where, '$[1].name');
  });

  it('refuses a tabular (CSV) package and another HSDS version with a reason', () => {
    const builder = new FeedBuilder(NOW);
    assert.match(importHsds([{ source: 'datapackage.json', data: { name: 'hsds', resources: [{ name: 'services', path: 'services.csv' }] } }], builder), /tabular HSDS package/);
    assert.match(importHsds([{ source: 'root.json', data: { version: '2.0.1', profile: 'https://openreferral.org/' } }], builder), /HSDS version 2\.0\.1; import reads HSDS 3\.0 and 3\.1 only/);
  });
});

describe('import hsds: a Finnish HSDS 3.1 list', () => {
  const { feed, warnings } = run(finnish);
  const [counselling, group] = feed.services;

  it('matches municipality names in service areas and "Koko Suomi"', () => {
    assert.deepEqual(counselling.area, { municipalities: ['491', '178', '593'] });
    assert.deepEqual(group.area, { wholeCountry: true });
  });

  it('drops HTML from descriptions and time offsets, with warnings where it matters, and keeps the fax as a fax', () => {
    assert.equal(counselling.description.fi, 'Keskusteluapua eroaville vanhemmille ja lapsille. Maksuton.');
    assert.deepEqual(counselling.serviceChannels[1].phones, [{ number: '044 000 0003' }, { number: '015 000 001', kind: 'fax' }]);
    assert.deepEqual(counselling.hours[0], { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '15:00', validFrom: '2026-01-01' });
    assert.match(messages(warnings), /09:00:00\+02:00 carries a UTC offset/);
  });

  it('reads 3.1 additional_urls as links, cost options as free, and the location with its municipality', () => {
    assert.deepEqual(counselling.links, [{ url: 'https://ajanvaraus.esimerkki.example/', title: { fi: 'Ajanvaraus' } }]);
    assert.equal(counselling.free, true);
    assert.deepEqual(counselling.serviceChannels[0], {
      id: 'sal1', type: 'on-site', name: { fi: 'Perhepalvelukeskus' },
      address: { street: { fi: 'Porrassalmenkatu 21' }, postalCode: '50100', locality: { fi: 'Mikkeli' }, municipality: '491', latitude: 61.6886, longitude: 27.2723 },
    });
  });

  it('leaves out a monthly schedule with a warning and guesses peer support from a taxonomy term', () => {
    assert.equal(group.hours, undefined);
    assert.match(messages(warnings), /a MONTHLY schedule cannot be shown as weekly opening hours/);
    assert.deepEqual(group.types, ['peer-support']);
  });

  it('links services given only an organization_id and keeps the location contact', () => {
    assert.equal(group.organization, feed.organizations[0].id);
    assert.deepEqual(feed.contacts, [{ id: 'ct1', name: 'Maija Esimerkki', title: { fi: 'Perheterapeutti' }, organization: feed.organizations[0].id, phone: '044 000 0004', email: 'maija@esimerkki.example' }]);
  });

  it('reads a weekly schedule without byday on the weekday it starts', () => {
    const documents = structuredClone(finnish);
    Object.assign(documents[0].data.contents[0].schedules[0], { byday: undefined, dtstart: '2027-01-12' });
    assert.deepEqual(run(documents).feed.services[0].hours[0].days, ['tu']);
  });

  it('imports only services that --match chooses by whole words', () => {
    const result = run(finnish, { selection: { words: wholeWords('vertais*') } });
    assert.deepEqual(result.feed.services.map((s) => s.name.fi), ['Vertaistukiryhmä eronneille']);
  });
});
