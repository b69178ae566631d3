// `validate` on feed 1.1: service channels, status and closures, exceptional hours and contact
// formats, each problem at the field and item it is about.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { loadSrc } from './load-src.mjs';

const { validateFeeds } = await loadSrc('src/cli/validate.ts');
const essote = JSON.parse(await readFile(new URL('../fixtures/cli/feed-essote.json', import.meta.url), 'utf8'));
const NOW = new Date('2026-11-23T10:00:00+02:00');
const ITEM = '$.services[0]';

/** The Essote feed as 1.1, its first service with an office and a phone line. */
function feed11() {
  const feed = structuredClone(essote);
  feed.version = '1.1';
  feed.services[0].serviceChannels = [
    {
      id: 'toimisto',
      type: 'on-site',
      address: { street: { fi: 'Porrassalmenkatu 21' }, postalCode: '50100', locality: { fi: 'Mikkeli' }, municipality: '491' },
      hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '15:00' }],
      exceptionalHours: [{ from: '2026-12-24', through: '2026-12-26', closed: true, note: { fi: 'Joulu' } }],
    },
    {
      id: 'puhelin',
      type: 'phone',
      phones: [{ number: '+358 44 000 0001', label: { fi: 'Ajanvaraus' } }],
      emails: [{ address: 'perheneuvola@example.fi' }],
      urls: [{ url: 'https://www.essote.fi/perheneuvola' }],
    },
  ];
  return feed;
}

function problemsAfter(change) {
  const feed = feed11();
  change(feed.services[0], feed);
  return validateFeeds([{ source: 'feed.json', raw: feed }], { now: NOW }).problems;
}
const at = (problems, where, severity = 'error') => problems.filter((p) => p.severity === severity && p.where === where);

describe('validateFeeds: feed 1.1', () => {
  it('finds nothing wrong in a 1.1 feed with service channels', () => {
    assert.deepEqual(problemsAfter(() => {}), []);
  });

  it('accepts a 1.1 service that gives service channels instead of the channel list', () => {
    assert.deepEqual(problemsAfter((s) => { delete s.channels; }), []);
  });

  it('refuses a channel type that does not exist and names the service', () => {
    const [problem] = at(problemsAfter((s) => { s.serviceChannels[1].type = 'fax'; }), `${ITEM}.serviceChannels[1].type`);
    assert.equal(problem.itemId, 'essote-perheneuvola');
    assert.match(problem.message, /"fax" is not one of "on-site", "phone", "video", "chat", "web", "e-service"/);
    assert.ok(problem.fix);
  });

  it('wants closedThrough with a temporary closure, and only then', () => {
    const missing = at(problemsAfter((s) => { s.status = 'temporarily-closed'; }), `${ITEM}.closedThrough`);
    assert.match(missing[0].message, /required when "status" is "temporarily-closed"/);
    const stray = at(problemsAfter((s) => { s.closedThrough = '2027-01-31'; }), `${ITEM}.closedThrough`);
    assert.match(stray[0].message, /"status" is left out/);
    assert.deepEqual(problemsAfter((s) => { s.status = 'temporarily-closed'; s.closedThrough = '2027-01-31'; }), []);
  });

  it('warns about a closure that has already ended', () => {
    const problems = problemsAfter((s) => { s.status = 'temporarily-closed'; s.closedThrough = '2026-10-31'; });
    assert.match(at(problems, `${ITEM}.closedThrough`, 'warning')[0].message, /ended on 2026-10-31/);
  });

  it('refuses a closure end that is not a real date', () => {
    const problems = problemsAfter((s) => { s.status = 'temporarily-closed'; s.closedThrough = '2027-02-30'; });
    assert.match(at(problems, `${ITEM}.closedThrough`)[0].message, /2027-02-30 is not a real date/);
  });

  it('checks that exceptional hours have real dates in order', () => {
    const where = `${ITEM}.serviceChannels[0].exceptionalHours[0]`;
    assert.match(at(problemsAfter((s) => { s.serviceChannels[0].exceptionalHours[0].from = '2026-12-32'; }), `${where}.from`)[0].message, /not a real date/);
    const reversed = at(problemsAfter((s) => { s.serviceChannels[0].exceptionalHours[0].through = '2026-12-20'; }), `${where}.through`);
    assert.match(reversed[0].message, /ends \(2026-12-20\) before it begins \(2026-12-24\)/);
    assert.match(reversed[0].fix, /"through" is the last day/);
  });

  it('wants exceptional hours to say either closed or their times', () => {
    const where = `${ITEM}.serviceChannels[0].exceptionalHours[0]`;
    assert.equal(at(problemsAfter((s) => { delete s.serviceChannels[0].exceptionalHours[0].closed; }), where).length, 1);
    assert.match(at(problemsAfter((s) => { Object.assign(s.serviceChannels[0].exceptionalHours[0], { opens: '10:00', closes: '12:00' }); }), where)[0].message, /both "closed": true and opening times/);
    assert.match(at(problemsAfter((s) => { s.serviceChannels[0].exceptionalHours[0].closed = false; }), where)[0].message, /no hours/);
  });

  it('checks phone numbers, e-mail addresses and web addresses of a channel', () => {
    const channel = `${ITEM}.serviceChannels[1]`;
    assert.equal(at(problemsAfter((s) => { s.serviceChannels[1].phones[0].number = 'soita meille'; }), `${channel}.phones[0].number`).length, 1);
    assert.equal(at(problemsAfter((s) => { s.serviceChannels[1].phones[0].number = '+358 44 000 0001 044 000 0002'; }), `${channel}.phones[0].number`).length, 1);
    assert.equal(at(problemsAfter((s) => { s.serviceChannels[1].emails[0].address = 'perheneuvola'; }), `${channel}.emails[0].address`).length, 1);
    assert.equal(at(problemsAfter((s) => { s.serviceChannels[1].urls[0].url = 'https://perheneuvola'; }), `${channel}.urls[0].url`).length, 1);
  });

  it('allows only http(s) web addresses: no javascript:, data: or ftp:', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.fi/x', 'mailto:a@example.fi']) {
      const problems = problemsAfter((s) => { s.serviceChannels[1].urls[0].url = url; });
      assert.equal(at(problems, `${ITEM}.serviceChannels[1].urls[0].url`).length, 1, url);
    }
  });

  it('warns about a channel without the contact its type needs', () => {
    const phone = at(problemsAfter((s) => { delete s.serviceChannels[1].phones; }), `${ITEM}.serviceChannels[1].phones`, 'warning');
    assert.match(phone[0].message, /phone channel has no phones/);
    const chat = at(problemsAfter((s) => { s.serviceChannels.push({ type: 'chat' }); }), `${ITEM}.serviceChannels[2].urls`, 'warning');
    assert.match(chat[0].fix, /address of the chat/);
  });

  it('refuses two channels of one service with the same id', () => {
    const problems = problemsAfter((s) => { s.serviceChannels[1].id = 'toimisto'; });
    assert.match(at(problems, `${ITEM}.serviceChannels[1].id`)[0].message, /also used by serviceChannels\[0\]/);
  });
});
