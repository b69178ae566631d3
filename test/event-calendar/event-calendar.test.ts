import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '../helpers/commands.js';
import ICAL from 'ical.js';
import '../../src/components/event-calendar/define.js';
import type { EventSelectDetail } from '../../src/components/event-calendar/events.js';
import { parseFeed } from '../../src/feed/parse.js';
import { generateEventFeed } from '../../stories/support/generate-events.js';
import { EventCalendarHarness } from '../helpers/event-calendar-harness.js';
import { feedUrl, newVisit, SAMPLE } from '../helpers/feed-server.js';
import { liveRegion, mount, settled, shownState } from '../helpers/mount.js';

const src = feedUrl({ file: 'test/fixtures/events.json', key: 'event-calendar' });
/** 1.10.2026 at noon in Helsinki. */
const NOW = '2026-10-01T12:00';

async function calendar(attributes: Record<string, string> = {}) {
  const mounted = await mount('ero-event-calendar', { src, now: NOW, ...attributes });
  await settled(mounted);
  return { el: mounted.el, ui: new EventCalendarHarness(mounted.el) };
}

/** The "Showing 5 of 21 events" line beside "Show more". */
const shownCount = (el: Element): string => el.shadowRoot!.querySelector('[part~="count"]')?.textContent?.trim() ?? '';

function uids(text: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return [...new Set(calendar.getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid'))))];
}

describe('<ero-event-calendar>: agenda', () => {
  before(() => {
    newVisit();
    localStorage.clear();
  });

  it('looks at most ten years ahead, saying so on the console, for a weeks value beyond any date', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const far = await calendar({ weeks: '100000000' });
      const ten = await calendar({ weeks: '520' });
      expect(shownCount(far.el)).to.not.equal('');
      expect(shownCount(far.el)).to.equal(shownCount(ten.el));
      expect(far.ui.names()).to.deep.equal(ten.ui.names());
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('weeks="100000000" is more than 520 (ten years)'))).to.have.length(1);
  });

  it('lists upcoming occurrences in time order, with date and time in Helsinki', async () => {
    const { ui } = await calendar();
    expect(ui.agenda().slice(0, 6)).to.deep.equal([
      'Eroneuvo verkossa | ti 6.10.2026 klo 17.00–18.30',
      'Tiistairyhmä eronneille vanhemmille | ti 6.10.2026 klo 18.00–19.30',
      'Lasten vertaisryhmä | to 8.10.2026 klo 17.00–18.30',
      'Tiistairyhmä eronneille vanhemmille | ti 13.10.2026 klo 18.00–19.30',
      'Läheisten ilta | ke 14.10.2026 klo 17.30–19.00',
      'Vanhempainilta Rovaniemellä | ti 20.10.2026 klo 18.00–20.00',
    ]);
  });

  it('hides past occurrences by default and shows them with show-past', async () => {
    const upcoming = await calendar();
    expect(upcoming.ui.names()).not.to.include('Kevään infotilaisuus');
    const withPast = await calendar({ 'show-past': '', 'page-size': '50' });
    expect(withPast.ui.agenda()).to.include('Kevään infotilaisuus | ke 15.4.2026 klo 18.00–19.00');
    expect(withPast.ui.agenda()).to.include('Eroneuvo verkossa | ti 1.9.2026 klo 17.00–18.30');
  });

  it('keeps the weekly group at 18.00 after the clocks go back on 25.10.', async () => {
    const { ui } = await calendar();
    const before = ui.card('Tiistairyhmä eronneille vanhemmille', 2);
    const after = ui.card('Tiistairyhmä eronneille vanhemmille', 3);
    expect(ui.when(before)).to.equal('ti 20.10.2026 klo 18.00–19.30');
    expect(ui.when(after)).to.equal('ti 27.10.2026 klo 18.00–19.30');
    expect(before.querySelector('time')!.getAttribute('datetime')).to.equal('2026-10-20T18:00:00+03:00');
    expect(after.querySelector('time')!.getAttribute('datetime')).to.equal('2026-10-27T18:00:00+02:00');
  });

  it('shows both dates for an event from 22.00 to 01.00', async () => {
    const { ui } = await calendar();
    expect(ui.when(ui.card('Iltachat vanhemmille'))).to.equal('pe 30.10.2026 klo 22.00 – la 31.10.2026 klo 1.00');
  });

  it('shows the place, or online with the platform, and the organiser and target groups', async () => {
    const { ui } = await calendar();
    const group = ui.card('Tiistairyhmä eronneille vanhemmille');
    expect(ui.fact(group, 'Paikka')).to.equal('Perhekeskus, Raatihuoneenkatu 5, 50100 Mikkeli');
    expect(ui.fact(group, 'Järjestäjä')).to.equal('VIOLA – väkivallasta vapaaksi ry');
    expect(ui.fact(group, 'Kenelle')).to.equal('Eroavat vanhemmat');
    expect(ui.fact(ui.card('Eroneuvo verkossa'), 'Paikka')).to.equal('Verkossa (videoyhteys)');
    expect(ui.fact(ui.card('Läheisten ilta'), 'Paikka')).to.equal('Pieksämäki Verkossa (videoyhteys)');
  });

  it('says whether registration is open, with its deadline, seats and link', async () => {
    const { ui } = await calendar();
    const group = ui.card('Tiistairyhmä eronneille vanhemmille');
    expect(ui.fact(group, 'Ilmoittautuminen')).to.match(
      /^Ilmoittautuminen auki, viimeistään 31\.12\.2026 klo 16\.00, 3 paikkaa jäljellä\s+Ilmoittaudu/,
    );
    expect(ui.registrationLink(group)!.href).to.equal('https://tapahtumat.example.fi/tiistairyhma');
  });

  it('says when registration is full, closed, not yet open or not needed, without a dead link', async () => {
    const { ui } = await calendar();
    const full = ui.card('Lasten vertaisryhmä');
    expect(ui.fact(full, 'Ilmoittautuminen')).to.equal('Täynnä');
    expect(ui.registrationLink(full)).to.equal(null);
    expect(ui.fact(ui.card('Läheisten ilta'), 'Ilmoittautuminen')).to.equal('Ilmoittautuminen on päättynyt');
    expect(ui.fact(ui.card('Vanhempainilta Rovaniemellä'), 'Ilmoittautuminen')).to.equal('Ilmoittautuminen on päättynyt');
    const later = ui.card('Ammattilaisten konsultaatio');
    expect(ui.fact(later, 'Ilmoittautuminen')).to.equal(
      'Ilmoittautuminen ei ole vielä alkanut, alkaa 5.10.2026 klo 9.00 Sähköposti: konsultaatio@example.fi',
    );
    expect(later.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!.href).to.equal('mailto:konsultaatio@example.fi');
    expect(ui.fact(ui.card('Eroneuvo verkossa'), 'Ilmoittautuminen')).to.equal('Ei ennakkoilmoittautumista');
  });

  it('names every phone, e-mail and web link of a card after the event, for screen readers', async () => {
    const feed = await (await fetch('/test/fixtures/events.json')).json();
    const consultation = feed.events.find((e: { id: string }) => e.id === 'ammattilaisten-perjantai');
    consultation.registration.phone = '+358401234567';
    consultation.online.url = 'https://tapahtumat.example.fi/konsultaatio/liity';
    consultation.url = 'https://tapahtumat.example.fi/konsultaatio';
    const mounted = await mount('ero-event-calendar', { now: NOW, 'page-size': '50' }, (el) => {
      el.feed = feed;
    });
    await settled(mounted);
    const ui = new EventCalendarHarness(mounted.el);
    const card = ui.card('Ammattilaisten konsultaatio');
    ui.detailsButton(card).click();
    await ui.settle();
    expect(ui.linkNames(card)).to.deep.equal([
      'konsultaatio@example.fi: Ammattilaisten konsultaatio',
      '040 123 4567: Ammattilaisten konsultaatio',
      'Liity verkossa: Ammattilaisten konsultaatio',
      'Verkkosivu: Ammattilaisten konsultaatio',
    ]);
    expect(ui.fact(card, 'Ilmoittautuminen')).to.contain('Puhelin: 040 123 4567');
    await expect(mounted.el).to.be.accessible();
  });

  it('marks a moved occurrence, a cancelled one and example data', async () => {
    const { ui } = await calendar({ 'page-size': '50' });
    const moved = ui.card('Eroneuvo verkossa (siirretty torstaille)');
    expect(ui.when(moved)).to.equal('to 5.11.2026 klo 18.00–19.30');
    expect(ui.badges(moved)).to.deep.equal(['Aika muuttunut']);
    const cancelled = ui.cards().find((card) => ui.when(card) === 'ti 5.1.2027 klo 17.00–18.30')!;
    expect(ui.badges(cancelled)).to.deep.equal(['Peruttu']);
    expect(ui.fact(cancelled, 'Ilmoittautuminen')).to.equal('');
    expect(ui.badges(ui.card('Lasten vertaisryhmä'))).to.deep.equal(['Esimerkkitieto']);
    expect(ui.names()).not.to.include.members(['Eroneuvo verkossa | ti 1.12.2026']);
    expect(ui.agenda()).to.include('Eroneuvo verkossa | ti 15.12.2026 klo 17.00–18.30');
    expect(ui.agenda().filter((line) => line.includes('1.12.2026'))).to.deep.equal([]);
  });

  it('shows `page-size` occurrences, then more on request, moving focus to the first new one', async () => {
    const { el, ui } = await calendar({ 'page-size': '5' });
    expect(ui.cards()).to.have.length(5);
    expect(shownCount(el)).to.equal('Näytetään 5/21 tapahtumaa');
    expect(liveRegion(el), 'loaded with the page: nothing to announce').to.equal('');
    ui.showMoreButton()!.click();
    await ui.settle();
    expect(ui.cards()).to.have.length(10);
    expect(el.shadowRoot!.activeElement).to.equal(ui.cards()[5].parentElement);
    expect(liveRegion(el)).to.equal('Näytetään 10/21 tapahtumaa');
  });

  it('looks `weeks` ahead', async () => {
    const { ui } = await calendar({ weeks: '2' });
    expect(ui.agenda().at(-1)).to.equal('Läheisten ilta | ke 14.10.2026 klo 17.30–19.00');
  });

  it('falls back to its defaults when `weeks` or `page-size` is not a number', async () => {
    const { el, ui } = await calendar({ weeks: 'kaksi', 'page-size': 'paljon' });
    expect(ui.cards()).to.have.length(20);
    expect(shownCount(el)).to.equal('Näytetään 20/21 tapahtumaa');
  });

  it('lets the page fix the target group, attendance, organiser, region and municipality', async () => {
    expect((await calendar({ 'target-group': 'child' })).ui.names()).to.deep.equal(['Lasten vertaisryhmä']);
    const online = await calendar({ attendance: 'online', organizer: 'lapin-ensi', 'page-size': '3' });
    expect(online.ui.names()).to.deep.equal(['Eroneuvo verkossa', 'Iltachat vanhemmille', 'Eroneuvo verkossa (siirretty torstaille)']);
    expect(new Set((await calendar({ region: '19', 'page-size': '50' })).ui.names())).to.deep.equal(
      new Set(['Eroneuvo verkossa', 'Eroneuvo verkossa (siirretty torstaille)', 'Iltachat vanhemmille', 'Vanhempainilta Rovaniemellä']),
    );
    expect(new Set((await calendar({ municipality: '593', 'page-size': '50' })).ui.names())).to.deep.equal(
      new Set(['Ammattilaisten konsultaatio', 'Läheisten ilta']),
    );
  });

  it('offers the visitor menus for what the page leaves open, and announces the result', async () => {
    const { el, ui } = await calendar({ organizer: 'viola' });
    expect(ui.menuLabels()).to.deep.equal(['Kenelle', 'Osallistumistapa', 'Kunta']);
    await ui.choose('Kenelle', 'Lapset, joiden vanhemmat eroavat');
    expect(ui.names()).to.deep.equal(['Lasten vertaisryhmä']);
    expect(liveRegion(el)).to.equal('1 tapahtuma');
    await ui.choose('Kenelle', 'Kaikki');
    await ui.choose('Osallistumistapa', 'Verkossa');
    expect(new Set(ui.names())).to.deep.equal(new Set(['Ammattilaisten konsultaatio', 'Läheisten ilta']));
    const hidden = await calendar({ 'hide-filters': '' });
    expect(hidden.ui.menuLabels()).to.deep.equal([]);
  });

  it('gives a menu all its options once a visitor reaches it, also on a page that is never idle', async () => {
    const idle = window.requestIdleCallback;
    // Left alone, the options come when the page is next idle: here it never is.
    window.requestIdleCallback = () => 0;
    const el = document.createElement('ero-event-calendar');
    try {
      for (const [name, value] of Object.entries({ src, now: NOW, organizer: 'viola' })) el.setAttribute(name, value);
      document.body.append(el);
      const ui = new EventCalendarHarness(el);
      await waitUntil(() => ui.menu('Kunta'), 'no menus');
      const menu = ui.menu('Kunta')!;
      expect(menu.selectedOptions[0].text).to.equal('Kaikki');
      const widthBefore = menu.getBoundingClientRect().width;
      menu.focus();
      await waitUntil(() => menu.options.length > 1, 'the menu did not fill');
      expect([...menu.options].map((option) => option.text)).to.deep.equal(['Kaikki', 'Mikkeli', 'Pieksämäki']);
      // The options arrive late; the menu the visitor is looking at must not jump when they do.
      await el.updateComplete;
      expect(menu.getBoundingClientRect().width).to.equal(widthBefore);
    } finally {
      // WebKit has no requestIdleCallback of its own: leave it without one again.
      if (idle) window.requestIdleCallback = idle;
      else delete (window as Partial<Window>).requestIdleCallback;
      el.remove();
    }
  });

  it('says politely that there are no upcoming events when the page\'s own filters leave none', async () => {
    const { el, ui } = await calendar({ 'target-group': 'professional', region: '19' });
    expect(shownState(el)).to.equal('empty');
    expect(ui.emptyMessage()).to.equal('Tulevia tapahtumia ei ole.');
    expect(liveRegion(el), 'the page chose the filters: nothing to announce').to.equal('');
    expect(ui.downloadAllButton()).to.equal(null);
  });

  it('speaks of "these choices" only once the visitor has chosen something', async () => {
    const { el, ui } = await calendar({ organizer: 'viola' });
    await ui.choose('Kenelle', 'Lapset, joiden vanhemmat eroavat');
    await ui.choose('Osallistumistapa', 'Verkossa');
    expect(ui.emptyMessage()).to.equal('Tulevia tapahtumia ei löytynyt näillä valinnoilla.');
    expect(liveRegion(el)).to.equal('Tulevia tapahtumia ei löytynyt näillä valinnoilla.');
  });

  it('fires a cancelable ero-event-select when a person opens the details', async () => {
    const { el, ui } = await calendar();
    const seen: EventSelectDetail[] = [];
    el.addEventListener('ero-event-select', (e) => seen.push(e.detail));
    const card = ui.card('Tiistairyhmä eronneille vanhemmille');
    ui.detailsButton(card).click();
    await ui.settle();
    expect(seen.map((d) => [d.event.id, d.occurrence.start, d.occurrence.end, d.occurrence.recurrenceId])).to.deep.equal([
      ['tiistairyhma', '2026-10-06T18:00:00+03:00', '2026-10-06T19:30:00+03:00', '2026-10-06T18:00:00'],
    ]);
    expect(ui.detailsButton(card).getAttribute('aria-expanded')).to.equal('true');
    expect(ui.details(card)).not.to.equal(null);
    expect(ui.details(card)!.textContent).to.contain('aika pysyy klo 18 myös kellojen siirron jälkeen');

    const other = ui.card('Eroneuvo verkossa');
    el.addEventListener('ero-event-select', (e) => e.preventDefault(), { once: true });
    ui.detailsButton(other).click();
    await ui.settle();
    expect(ui.detailsButton(other).getAttribute('aria-expanded')).to.equal('false');
    expect(ui.details(other)).to.equal(null);
  });

  it('downloads one event as a valid .ics with its whole series', async () => {
    const { ui } = await calendar();
    const [file] = await ui.downloads(() => ui.addToCalendarButton(ui.card('Tiistairyhmä eronneille vanhemmille')).click());
    expect(file.name).to.equal('Tiistairyhmä eronneille vanhemmille.ics');
    expect(file.type).to.equal('text/calendar;charset=utf-8');
    expect(uids(file.text)).to.deep.equal(['tiistairyhma@tapahtumat.example.fi']);
    expect(file.text).to.contain('\r\nRRULE:FREQ=WEEKLY;UNTIL=20261110T215959Z;BYDAY=TU\r\n');
  });

  it('downloads every event of the filtered calendar that has something to come', async () => {
    const { ui } = await calendar();
    const [all] = await ui.downloads(() => ui.downloadAllButton()!.click());
    expect(all.name).to.equal('Eroauttamisen tapahtumat.ics');
    expect(uids(all.text)).to.deep.equal([
      'tiistairyhma@tapahtumat.example.fi',
      'eroneuvo-kuukausittain@tapahtumat.example.fi',
      'ammattilaisten-perjantai@tapahtumat.example.fi',
      'iltachat@tapahtumat.example.fi',
      'lasten-ryhma-taynna@tapahtumat.example.fi',
      'lahisten-ilta@tapahtumat.example.fi',
      'suljettu-ilmoittautuminen@tapahtumat.example.fi',
    ]);
    await ui.choose('Kenelle', 'Lapset, joiden vanhemmat eroavat');
    const [children] = await ui.downloads(() => ui.downloadAllButton()!.click());
    expect(uids(children.text)).to.deep.equal(['lasten-ryhma-taynna@tapahtumat.example.fi']);
  });

  it('leaves out an event with a rule it cannot read, says so, and shows the rest', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const { el, ui } = await calendar({ src: feedUrl({ file: 'test/fixtures/events-bad-rule.json' }) });
      expect(ui.names()).to.deep.equal(['Viikoittainen ryhmä', 'Viikoittainen ryhmä', 'Viikoittainen ryhmä']);
      expect(ui.notices()).to.equal('Yhtä kohdetta ei voitu näyttää virheellisten tietojen vuoksi.');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = original;
    }
    const said = (text: string): boolean => warnings.some((w) => w.includes(text));
    expect(said('$.events[0].rrule (id "vuosittain"): "FREQ=YEARLY;BYWEEKNO=40": BYWEEKNO is not supported in a FREQ=YEARLY rule')).to.equal(true);
    expect(said('(id "viikoittain"): "2026-10-14T18:00" is not an occurrence of the event; ignored; the event is shown without it.')).to.equal(true);
  });

  it('takes `now` as a Date property too', async () => {
    const mounted = await mount('ero-event-calendar', { src }, (el) => {
      el.now = new Date('2026-11-20T12:00:00+02:00');
    });
    await settled(mounted);
    expect(new EventCalendarHarness(mounted.el).agenda()[0]).to.equal('Ammattilaisten konsultaatio | pe 27.11.2026 klo 10.00–11.00');
  });

  it('lets headings fit the page outline', async () => {
    const { el } = await calendar({ 'heading-level': '2', 'page-size': '3' });
    expect(el.shadowRoot!.querySelectorAll('h2[part~="occurrence-name"]')).to.have.length(3);
  });

  it('shows the seed events of the sample feed: the Toivo group in Mikkeli, Eroneuvo on first Tuesdays', async () => {
    const mounted = await mount('ero-event-calendar', { src: feedUrl({ file: SAMPLE }), now: NOW, 'page-size': '50' });
    await settled(mounted);
    const ui = new EventCalendarHarness(mounted.el);
    const toivo = ui.card('Toivo-ryhmä, Mikkeli');
    expect(ui.when(toivo)).to.equal('ke 7.10.2026 klo 17.00–19.00');
    expect(ui.badges(toivo)).to.deep.equal(['Esimerkkitieto']);
    expect(ui.fact(toivo, 'Ilmoittautuminen')).to.equal('Ilmoittautuminen on päättynyt');
    expect(ui.cards().filter((c) => ui.names()[ui.cards().indexOf(c)] === 'Eroneuvo-tilaisuus verkossa').map((c) => ui.when(c))).to.deep.equal([
      'ti 3.11.2026 klo 18.00–19.30',
      'ti 1.12.2026 klo 18.00–19.30',
      'ti 2.2.2027 klo 18.00–19.30',
      'ti 2.3.2027 klo 18.00–19.30',
    ]);
    expect(ui.names()).not.to.include('Kehittäjätiimin ensimmäinen tapaaminen');
  });
});

describe('<ero-event-calendar>: large data', () => {
  it('shows the 500 generated recurring events of the large-data story: all valid, in time order', async () => {
    const feed = generateEventFeed(500);
    expect(parseFeed(feed).issues).to.deep.equal([]);
    const mounted = await mount('ero-event-calendar', { now: NOW, 'page-size': '25' }, (el) => {
      el.feed = feed;
    });
    await settled(mounted);
    const ui = new EventCalendarHarness(mounted.el);
    expect(ui.cards()).to.have.length(25);
    const starts = ui.cards().map((card) => Date.parse(card.querySelector('time')!.getAttribute('datetime')!));
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
    expect(shownCount(mounted.el)).to.match(/^Näytetään 25\/\d{4} tapahtumaa$/);
    await expect(mounted.el).to.be.accessible();
  });
});

describe('<ero-event-calendar>: month view', () => {
  it('is a table with a caption, weekday column headers and today marked', async () => {
    const { el, ui } = await calendar({ view: 'month' });
    const table = ui.table()!;
    expect(ui.caption()).to.equal('lokakuu 2026');
    const headers = [...table.querySelectorAll('thead th')];
    expect(headers.map((th) => th.getAttribute('scope'))).to.deep.equal(Array(7).fill('col'));
    expect(headers.map((th) => th.querySelector('.visually-hidden')!.textContent)).to.deep.equal([
      'maanantai',
      'tiistai',
      'keskiviikko',
      'torstai',
      'perjantai',
      'lauantai',
      'sunnuntai',
    ]);
    // 1.10.2026 is a Thursday: the fourth column of the first week.
    const firstWeek = [...table.querySelectorAll('tbody tr:first-child td')];
    expect(firstWeek.map((td) => td.querySelector('.day-number')?.textContent ?? '')).to.deep.equal(['', '', '', '1', '2', '3', '4']);
    expect(ui.dayCell(1).getAttribute('aria-current')).to.equal('date');
    expect(liveRegion(el), 'loaded with the page: nothing to announce').to.equal('');
  });

  it('lists each day\'s occurrences as buttons, including one that runs past midnight', async () => {
    const { ui } = await calendar({ view: 'month' });
    expect(ui.dayEntries(6)).to.deep.equal(['17.00 Eroneuvo verkossa', '18.00 Tiistairyhmä eronneille vanhemmille']);
    expect(ui.dayEntries(30)).to.deep.equal(['10.00 Ammattilaisten konsultaatio', '22.00 Iltachat vanhemmille']);
    expect(ui.dayEntries(31)).to.deep.equal([]);
  });

  it('changes month with its buttons and announces the new month', async () => {
    const { el, ui } = await calendar({ view: 'month' });
    expect(ui.previousMonthButton().disabled).to.equal(true);
    ui.nextMonthButton().click();
    await ui.settle();
    expect(ui.caption()).to.equal('marraskuu 2026');
    expect(liveRegion(el)).to.equal('marraskuu 2026: 4 tapahtumaa');
    expect(ui.dayEntries(5)).to.deep.equal(['18.00 Eroneuvo verkossa (siirretty torstaille)']);
    expect(ui.dayEntries(3)).to.deep.equal(['18.00 Tiistairyhmä eronneille vanhemmille']);
    ui.previousMonthButton().click();
    await ui.settle();
    expect(ui.caption()).to.equal('lokakuu 2026');
  });

  it('goes back to the current month when the `month` attribute is removed', async () => {
    const { el, ui } = await calendar({ view: 'month', month: '2026-12' });
    expect(ui.caption()).to.equal('joulukuu 2026');
    el.removeAttribute('month');
    await ui.settle();
    expect(ui.caption()).to.equal('lokakuu 2026');
  });

  it('opens on the `month` attribute and can go back in time with show-past', async () => {
    const { ui } = await calendar({ view: 'month', month: '2026-09', 'show-past': '' });
    expect(ui.caption()).to.equal('syyskuu 2026');
    expect(ui.dayEntries(1)).to.deep.equal(['17.00 Eroneuvo verkossa', '18.00 Tiistairyhmä eronneille vanhemmille']);
    expect(ui.previousMonthButton().disabled).to.equal(false);
  });

  it('hides past occurrences of the month by default', async () => {
    const { ui } = await calendar({ view: 'month', month: '2026-09' });
    expect(ui.dayEntries(1)).to.deep.equal([]);
    expect(ui.emptyMessage()).to.equal('Tässä kuussa ei ole tapahtumia.');
  });

  it('shows the chosen occurrence under the table, moves focus there and fires ero-event-select', async () => {
    const { el, ui } = await calendar({ view: 'month' });
    const seen: string[] = [];
    el.addEventListener('ero-event-select', (e) => seen.push(`${e.detail.event.id} ${e.detail.occurrence.start}`));
    ui.dayButton(30, 'Iltachat').click();
    await ui.settle();
    expect(seen).to.deep.equal(['iltachat 2026-10-30T22:00:00+02:00']);
    expect(ui.dayButton(30, 'Iltachat').getAttribute('aria-pressed')).to.equal('true');
    expect(ui.names()).to.deep.equal(['Iltachat vanhemmille']);
    expect(el.shadowRoot!.activeElement?.classList.contains('selected')).to.equal(true);
    expect(ui.details(ui.cards()[0])).not.to.equal(null);
  });

  it('lets the host page take over the selection by cancelling the event', async () => {
    const { el, ui } = await calendar({ view: 'month' });
    el.addEventListener('ero-event-select', (e) => e.preventDefault());
    ui.dayButton(8, 'Lasten vertaisryhmä').click();
    await ui.settle();
    expect(ui.cards()).to.deep.equal([]);
  });

  it('switches between list and month with the view buttons', async () => {
    const { el, ui } = await calendar();
    ui.viewButton('Kuukausi').click();
    await ui.settle();
    expect(ui.table()).not.to.equal(null);
    expect(ui.viewButton('Kuukausi').getAttribute('aria-pressed')).to.equal('true');
    expect(liveRegion(el)).to.equal('lokakuu 2026: 10 tapahtumaa');
    ui.viewButton('Lista').click();
    await ui.settle();
    expect(ui.table()).to.equal(null);
  });
});

describe('<ero-event-calendar>: languages', () => {
  it('speaks Swedish, with feed text in Swedish where the feed has it', async () => {
    const { el, ui } = await calendar({ lang: 'sv' });
    const group = ui.card('Tisdagsgruppen för skilda föräldrar');
    expect(ui.when(group)).to.equal('tis 6.10.2026 kl. 18.00–19.30');
    expect(ui.fact(group, 'Plats')).to.equal('Perhekeskus, Raatihuoneenkatu 5, 50100 S:t Michel');
    expect(ui.fact(group, 'Anmälan')).to.match(/^Anmälan är öppen, senast 31\.12\.2026 kl\. 16\.00, 3 platser kvar/);
    expect(shownCount(el)).to.equal('20 av 21 evenemang visas');
    const fallback = ui.card('Lasten vertaisryhmä').querySelector('[part~="occurrence-name"]')!;
    expect(fallback.getAttribute('lang')).to.equal('fi');
  });

  it('speaks English', async () => {
    const { el, ui } = await calendar({ lang: 'en', view: 'month' });
    expect(ui.caption()).to.equal('October 2026');
    ui.nextMonthButton().click();
    await ui.settle();
    expect(liveRegion(el)).to.equal('November 2026: 4 events');
    ui.previousMonthButton().click();
    await ui.settle();
    expect(liveRegion(el)).to.equal('October 2026: 10 events');
    ui.dayButton(30, 'Late-night chat').click();
    await ui.settle();
    expect(ui.when(ui.cards()[0])).to.equal('Fri, 30 Oct 2026, 22.00 – Sat, 31 Oct 2026, 1.00');
  });

  it('writes its menus anew in the new language', async () => {
    const { el, ui } = await calendar({ organizer: 'viola' });
    el.setAttribute('lang', 'sv');
    // The language is read from a mutation observer, in the next task.
    await new Promise((r) => setTimeout(r));
    await ui.settle();
    expect([...ui.menu('Kommun')!.options].map((option) => option.text)).to.deep.equal(['Alla', 'Pieksämäki', 'S:t Michel']);
  });

  it('re-renders at once when the page language changes', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'fi';
    document.body.append(wrapper);
    try {
      const mounted = await mount('ero-event-calendar', { src, now: NOW, 'page-size': '3' });
      wrapper.append(mounted.el);
      await settled(mounted);
      expect(shownCount(mounted.el)).to.equal('Näytetään 3/21 tapahtumaa');
      wrapper.lang = 'en';
      await new Promise((r) => setTimeout(r));
      await mounted.el.updateComplete;
      expect(shownCount(mounted.el)).to.equal('Showing 3 of 21 events');
      expect(liveRegion(mounted.el), 'the same events in another language are no news').to.equal('');
      expect(new EventCalendarHarness(mounted.el).names()[1]).to.equal('Tuesday group for separated parents');
    } finally {
      wrapper.remove();
    }
  });
});

describe('<ero-event-calendar>: accessibility', () => {
  it('passes axe in the list, with details open, in every language', async () => {
    for (const lang of ['fi', 'sv', 'en']) {
      const { el, ui } = await calendar({ lang, 'page-size': '8' });
      ui.detailsButton(ui.cards()[1]).click();
      await ui.settle();
      await expect(el).to.be.accessible();
    }
  });

  it('passes axe in the month view, with an occurrence chosen, in every language', async () => {
    for (const lang of ['fi', 'sv', 'en']) {
      const { el, ui } = await calendar({ lang, view: 'month' });
      ui.dayButton(6, '18.00').click();
      await ui.settle();
      await expect(el).to.be.accessible();
    }
  });

  it('passes axe in the loading, empty and error states', async () => {
    const loading = await mount('ero-event-calendar', { src: feedUrl({ file: 'test/fixtures/events.json', delay: 2000 }) });
    expect(shownState(loading.el)).to.equal('loading');
    await expect(loading.el).to.be.accessible();
    await expect((await calendar({ 'target-group': 'professional', region: '19' })).el).to.be.accessible();
    await expect((await calendar({ view: 'month', month: '2027-12' })).el).to.be.accessible();
    const broken = await mount('ero-event-calendar', { src: feedUrl({ status: 500 }) }, (el) => {
      el.innerHTML = '<a href="https://example.fi/tapahtumat">Tapahtumat järjestön sivuilla</a>';
    });
    await settled(broken);
    expect(shownState(broken.el)).to.equal('error');
    await expect(broken.el).to.be.accessible();
  });

  it('works by keyboard alone: Tab reaches the controls in order, Enter and Space press them', async () => {
    const { el, ui } = await calendar({ organizer: 'lapin-ensi', attendance: 'online', 'target-group': 'parent', 'page-size': '1' });
    const start = document.createElement('button');
    start.textContent = 'before';
    el.before(start);
    start.focus();
    const stops: string[] = [];
    for (let i = 0; i < 7; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      stops.push(active ? `${active.localName}:${active.textContent!.replace(/\s+/g, ' ').trim()}` : 'outside');
    }
    start.remove();
    expect(stops).to.deep.equal([
      'button:Lista',
      'button:Kuukausi',
      'button:LisätietojaLisätietoja: Eroneuvo verkossa',
      'button:Lisää kalenteriinLisää kalenteriin: Eroneuvo verkossa (.ics)',
      'button:Näytä lisää tapahtumia',
      'button:Lataa kaikki kalenteriin (.ics)',
      'outside',
    ]);
    ui.detailsButton(ui.cards()[0]).focus();
    await sendKeys({ press: 'Enter' });
    await ui.settle();
    expect(ui.detailsButton(ui.cards()[0]).getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    expect((el.shadowRoot!.activeElement as HTMLElement).textContent).to.contain('Lisää kalenteriin');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.textContent).to.equal('Liity verkossa: Eroneuvo verkossa');
  });

  it('works by keyboard in the month view: Space changes month, Enter opens an occurrence', async () => {
    const { el, ui } = await calendar({ view: 'month' });
    ui.nextMonthButton().focus();
    await sendKeys({ press: 'Space' });
    await ui.settle();
    expect(ui.caption()).to.equal('marraskuu 2026');
    expect(el.shadowRoot!.activeElement).to.equal(ui.nextMonthButton());
    ui.dayButton(3, 'Tiistairyhmä').focus();
    await sendKeys({ press: 'Enter' });
    await ui.settle();
    expect(ui.names()).to.deep.equal(['Tiistairyhmä eronneille vanhemmille']);
    expect(el.shadowRoot!.activeElement?.classList.contains('selected')).to.equal(true);
  });

  it('reflows at 320 px: the list without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { el, ui } = await calendar({ 'page-size': '5' });
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const lefts = new Set(ui.cards().map((c) => Math.round(c.getBoundingClientRect().left)));
      expect(lefts.size).to.equal(1);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('reflows at 320 px: the month becomes a list of the days that have events', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { el, ui } = await calendar({ view: 'month' });
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      const shown = [...el.shadowRoot!.querySelectorAll<HTMLElement>('td')].filter((td) => td.offsetParent !== null);
      expect(shown.map((td) => td.querySelector<HTMLElement>('.day-label')!.innerText)).to.deep.equal([
        'ti 6.10.2026',
        'to 8.10.2026',
        'ti 13.10.2026',
        'ke 14.10.2026',
        'ti 20.10.2026',
        'ti 27.10.2026',
        'pe 30.10.2026',
      ]);
      expect(ui.dayButton(30, 'Iltachat').getBoundingClientRect().right).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<ero-event-calendar>: subscribing to the hosted calendar', () => {
  const HOSTED = 'https://tapahtumat.example.fi/eroauttaminen/tapahtumat.ics';

  /** Runs `act` with console.warn caught; returns what it said. */
  async function warnings(act: () => Promise<unknown>): Promise<string[]> {
    const said: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => said.push(message);
    try {
      await act();
    } finally {
      console.warn = original;
    }
    return said;
  }

  it('offers "Subscribe to calendar" as a webcal:// link, with the file\'s https address beside it', async () => {
    const { el, ui } = await calendar({ 'subscribe-url': HOSTED });
    expect(ui.subscribeLinks()).to.deep.equal([
      { text: 'Tilaa kalenteri', href: 'webcal://tapahtumat.example.fi/eroauttaminen/tapahtumat.ics' },
      { text: 'Kalenterin osoite (.ics)', href: HOSTED },
    ]);
    await expect(el).to.be.accessible();
  });

  it('says it in Swedish and English', async () => {
    expect((await calendar({ 'subscribe-url': HOSTED, lang: 'sv' })).ui.subscribeLinks().map((l) => l.text)).to.deep.equal([
      'Prenumerera på kalendern',
      'Kalenderns adress (.ics)',
    ]);
    const english = await calendar({ 'subscribe-url': HOSTED, lang: 'en', view: 'month' });
    expect(english.ui.subscribeLinks().map((l) => l.text)).to.deep.equal(['Subscribe to calendar', 'Calendar address (.ics)']);
    await expect(english.el).to.be.accessible();
  });

  it('takes an address relative to the page, and keeps http as webcal', async () => {
    const relative = await calendar({ 'subscribe-url': '/kalenteri.ics' });
    expect(relative.ui.subscribeLinks()[0].href).to.equal(`webcal://${location.host}/kalenteri.ics`);
    const http = await calendar({ 'subscribe-url': 'http://example.fi/k.ics' });
    expect(http.ui.subscribeLinks().map((l) => l.href)).to.deep.equal(['webcal://example.fi/k.ics', 'http://example.fi/k.ics']);
  });

  it('shows the links when the filters leave no events, as the hosted calendar has them all', async () => {
    const { ui } = await calendar({ 'subscribe-url': HOSTED, 'target-group': 'professional', region: '19' });
    expect(ui.emptyMessage()).to.equal('Tulevia tapahtumia ei ole.');
    expect(ui.subscribeLinks()).to.have.length(2);
  });

  it('refuses an address that is not http(s), with a warning that names the attribute', async () => {
    for (const [value, why] of [
      ['webcal://tapahtumat.example.fi/k.ics', 'is a webcal: address'],
      ['javascript:alert(1)', 'is a javascript: address'],
      ['ftp://example.fi/k.ics', 'is a ftp: address'],
      ['http://', 'is not a URL'],
    ]) {
      let shown: { text: string; href: string }[] = [];
      const said = await warnings(async () => {
        shown = (await calendar({ 'subscribe-url': value })).ui.subscribeLinks();
      });
      expect(shown, value).to.deep.equal([]);
      expect(said, value).to.deep.equal([
        `[eroauttaminen] <ero-event-calendar> subscribe-url: "${value}" ${why}; give the https:// address of the hosted .ics file (the webcal:// link is made from it); no "Subscribe" link is shown.`,
      ]);
    }
  });

  it('takes the links away when the attribute is removed', async () => {
    const { el, ui } = await calendar({ 'subscribe-url': HOSTED });
    el.removeAttribute('subscribe-url');
    await ui.settle();
    expect(ui.subscribeLinks()).to.deep.equal([]);
    el.setAttribute('subscribe-url', HOSTED);
    await ui.settle();
    expect(ui.subscribeLinks()).to.have.length(2);
  });

  it('is reached by keyboard after "Download all"', async () => {
    const { el, ui } = await calendar({ 'subscribe-url': HOSTED, 'hide-filters': '' });
    ui.downloadAllButton()!.focus();
    const stops: string[] = [];
    for (let i = 0; i < 2; i++) {
      await sendKeys({ press: 'Tab' });
      stops.push((el.shadowRoot!.activeElement as HTMLElement).textContent!.trim());
    }
    expect(stops).to.deep.equal(['Tilaa kalenteri', 'Kalenterin osoite (.ics)']);
  });
});

describe('<ero-event-calendar>: all-day, multi-day and duration events', () => {
  const allDay = feedUrl({ file: 'test/fixtures/events-all-day.json', key: 'all-day' });

  it('shows all-day events by their days, and an event given by its duration with its end', async () => {
    const { ui } = await calendar({ src: allDay, now: '2027-04-01T08:00' });
    expect(ui.agenda().slice(0, 4)).to.deep.equal([
      'Kolmen päivän koulutus | ti 30.3.2027 klo 18.00 – pe 2.4.2027 klo 12.00',
      'Viikonloppukurssi | la 3.4.2027 – su 4.4.2027',
      'Vertaisryhmä eroperheiden vanhemmille | ti 6.4.2027 klo 18.00–19.30',
      'Vertaisryhmä eroperheiden vanhemmille | ti 13.4.2027 klo 18.00–19.30',
    ]);
  });

  it('puts a multi-day event on every day it covers, in each month, and counts it there', async () => {
    const { el, ui } = await calendar({ src: allDay, now: '2027-04-01T08:00', view: 'month', month: '2027-04' });
    for (const day of [1, 2]) expect(ui.dayEntries(day), `1.–2.4.`).to.include('Kolmen päivän koulutus');
    for (const day of [28, 29, 30]) expect(ui.dayEntries(day), `${day}.4.`).to.deep.equal(['Perheleiri']);
    expect(ui.dayEntries(3)).to.deep.equal(['Viikonloppukurssi']);
    expect(ui.dayEntries(10), 'left out by a date EXDATE').to.deep.equal([]);
    ui.nextMonthButton().click();
    await ui.settle();
    expect(ui.dayEntries(1)).to.deep.equal(['Perheleiri']);
    expect(ui.dayEntries(2)).to.deep.equal(['Perheleiri']);
    expect(ui.dayEntries(3)).to.deep.equal([]);
    expect(liveRegion(el)).to.equal('toukokuu 2027: 1 tapahtuma');
  });

  it('keeps an all-day event on its own dates whatever time zone the feed gives it', async () => {
    // A date has no time of day: a one-day event on 10.4. is on 10.4., read in New York or Sydney
    // alike, as in its .ics (DTSTART;VALUE=DATE), not from New York's midnight to the next.
    const event = (id: string, timeZone: string, rest: Record<string, string> = {}) => ({
      id: id.replace(' ', '-'), name: { fi: id }, organizer: 'viola', targetGroups: ['parent'], attendance: 'online',
      online: { platform: 'video', url: 'https://tapahtumat.example.fi/liity' }, start: '2027-04-10', timeZone, ...rest,
    });
    const feed = {
      version: '1.0', publisher: { name: { fi: 'Testi' } }, updated: '2026-09-20T10:00:00+03:00',
      organizations: [{ id: 'viola', name: { fi: 'Viola' }, area: { regions: ['10'] } }],
      events: [
        event('New York', 'America/New_York', { end: '2027-04-10' }),
        event('Sydney', 'Australia/Sydney', { end: '2027-04-11' }),
        event('Los Angeles', 'America/Los_Angeles', { duration: 'P1D', rrule: 'FREQ=WEEKLY;COUNT=2' }),
      ],
    };
    for (const view of ['list', 'month']) {
      const el = document.createElement('ero-event-calendar');
      el.setAttribute('now', '2027-04-01T08:00');
      el.setAttribute('view', view);
      el.setAttribute('month', '2027-04');
      el.feed = feed as never;
      document.body.append(el);
      try {
        await el.updateComplete;
        const ui = new EventCalendarHarness(el);
        await ui.settle();
        if (view === 'list') {
          expect(ui.agenda()).to.deep.equal([
            'Los Angeles | la 10.4.2027',
            'New York | la 10.4.2027',
            'Sydney | la 10.4.2027 – su 11.4.2027',
            'Los Angeles | la 17.4.2027',
          ]);
        } else {
          expect(ui.dayEntries(9)).to.deep.equal([]);
          expect(ui.dayEntries(10)).to.have.members(['Los Angeles', 'New York', 'Sydney']);
          expect(ui.dayEntries(11)).to.deep.equal(['Sydney']);
          expect(ui.dayEntries(12)).to.deep.equal([]);
          expect(ui.dayEntries(17)).to.deep.equal(['Los Angeles']);
          expect(ui.dayEntries(18)).to.deep.equal([]);
        }
      } finally {
        el.remove();
      }
    }
  });

  it('names each month-table button with its date', async () => {
    const { ui } = await calendar({ src: allDay, now: '2027-04-01T08:00', view: 'month', month: '2027-04' });
    expect(ui.dayButtonNames(6)).to.deep.equal(['ti 6.4.2027, 18.00 Vertaisryhmä eroperheiden vanhemmille']);
    expect(ui.dayButtonNames(29)).to.deep.equal(['to 29.4.2027, Perheleiri']);
  });
});

describe('<ero-event-calendar>: month view by keyboard and for reading', () => {
  it('keeps focus on a month button when going back disables the previous-month button', async () => {
    const { el, ui } = await calendar({ view: 'month' });
    ui.nextMonthButton().focus();
    await sendKeys({ press: 'Enter' });
    await ui.settle();
    ui.previousMonthButton().focus();
    await sendKeys({ press: 'Enter' });
    await ui.settle();
    expect(ui.previousMonthButton().disabled).to.equal(true);
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(ui.nextMonthButton());
  });

  it('moves focus to a details region named by the event and its time when an occurrence opens', async () => {
    const { el, ui } = await calendar({ view: 'month' });
    ui.dayButton(6, 'Tiistairyhmä').click();
    await ui.settle();
    const focused = el.shadowRoot!.activeElement!;
    expect(focused.getAttribute('role')).to.equal('region');
    expect(focused.getAttribute('aria-label')).to.equal('Tiistairyhmä eronneille vanhemmille, ti 6.10.2026 klo 18.00–19.30');
    await expect(el).to.be.accessible();
  });

  it('wraps names between words at 600 px (200 % zoom), never inside one', async () => {
    await setViewport({ width: 600, height: 800 });
    try {
      const { el } = await calendar({ view: 'month' });
      const names = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button[part~="occurrence-button"] span[lang]')].filter((s) => s.offsetParent);
      expect(names.length).to.be.greaterThan(3);
      for (const name of names) {
        const text = [...name.childNodes].find((node): node is Text => node.nodeType === Node.TEXT_NODE && Boolean(node.textContent?.trim()))!;
        for (const match of text.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, match.index!);
          range.setEnd(text, match.index! + match[0].length);
          expect(range.getClientRects().length, `"${match[0]}" is on one line`).to.equal(1);
        }
      }
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
