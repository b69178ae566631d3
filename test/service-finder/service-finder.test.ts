import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '../helpers/commands.js';
import { generateFeed } from '../../scripts/generate-feed.mjs';
import '../../src/components/service-finder/define.js';
import type { FilterChangeDetail, ServiceSelectDetail } from '../../src/components/service-finder/events.js';
import type { ServiceFinder } from '../../src/components/service-finder/service-finder.js';
import { MUNICIPALITIES } from '../../src/feed/vocabulary/areas.js';
import { feedUrl, newVisit, SAMPLE } from '../helpers/feed-server.js';
import { liveRegion, mount, settled, shownState } from '../helpers/mount.js';
import { ServiceFinderHarness } from '../helpers/service-finder-harness.js';

const src = feedUrl({ file: 'test/fixtures/services.json', key: 'service-finder' });
// Monday 5 January 2026 at 10.00 in Helsinki.
const MONDAY_MORNING = '2026-01-05T10:00:00+02:00';

async function finder(attributes: Record<string, string> = {}, setup?: (el: ServiceFinder) => void) {
  const mounted = await mount('ero-service-finder', { src, now: MONDAY_MORNING, ...attributes }, setup);
  await settled(mounted);
  return { el: mounted.el, ui: new ServiceFinderHarness(mounted.el) };
}

/** The live region's text with Intl's no-break spaces ("5 000") as plain ones. */
const spoken = (el: Element) => liveRegion(el).replace(/\s/g, ' ');
const nextFrame = () => new Promise((done) => requestAnimationFrame(() => done(undefined)));
async function until(check: () => boolean, what: string, timeout = 3000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('<ero-service-finder>', () => {
  before(() => {
    newVisit();
    localStorage.clear();
  });

  describe('results', () => {
    it('shows every service with name, organisation and a short description', async () => {
      const { ui } = await finder();
      expect(ui.names()).to.have.length(13);
      expect(ui.count()).to.equal('13 palvelua');
      const card = ui.card('Lastenvalvoja');
      expect(card.textContent).to.contain('Etelä-Savon hyvinvointialue Essote');
      expect(card.querySelector('.summary')!.textContent).to.contain('Lastenvalvoja vahvistaa vanhempien sopimukset');
    });

    it('shows the channels as badges with text and says whether the service can be used remotely', async () => {
      const { ui } = await finder();
      expect(ui.badges('Lastenvalvoja')).to.deep.equal(['Paikan päällä', 'Puhelin']);
      expect(ui.card('Lastenvalvoja').textContent).to.contain('Saatavilla etänä');
      expect(ui.badges('Valvotut tapaamiset')).to.deep.equal(['Paikan päällä']);
      expect(ui.card('Valvotut tapaamiset').textContent).to.contain('Vain paikan päällä');
      expect(ui.card('Kriisipuhelin').textContent).to.contain('Palvelualue: Koko Suomi');
    });

    it('links phone, chat and web pages, each link naming the service', async () => {
      const { ui } = await finder();
      expect(ui.link('Lastenvalvoja', 'phone')!.getAttribute('href')).to.equal('tel:+358442000000');
      expect(ui.link('Lastenvalvoja', 'phone')!.textContent).to.equal('044 200 0000: Lastenvalvoja');
      expect(ui.link('Eroneuvo-chat', 'chat')!.getAttribute('href')).to.equal('https://example.org/chat');
      expect(ui.link('Eroneuvo-chat', 'chat')!.textContent).to.equal('Avaa chat: Eroneuvo-chat');
      expect(ui.link('Eroneuvo-chat', 'web')!.getAttribute('href')).to.equal('https://example.org/eroneuvo');
    });

    it('names each result\'s details group after the service', async () => {
      const { el, ui } = await finder();
      await ui.open('Lastenvalvoja');
      const details = ui.details('Lastenvalvoja')!;
      expect(details.getAttribute('role')).to.equal('group');
      const label = el.shadowRoot!.getElementById(details.getAttribute('aria-labelledby')!);
      expect(label?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Lisätiedot: Lastenvalvoja');
    });

    it('shows the opening hours and whether the service is open now', async () => {
      const { ui } = await finder();
      const hours = ui.card('Lastenvalvoja').querySelector('.hours')!.textContent!.replace(/\s+/g, ' ');
      expect(hours).to.contain('Avoinna nyt');
      expect(hours).to.contain('ma–pe 9.00–15.00');
      expect(hours).to.contain('Puhelin: ma–to 9.00–11.00');
      expect(ui.card('Eroneuvo-chat').textContent).to.contain('Suljettu nyt');
      expect(ui.hours('Kriisipuhelin')).to.deep.equal(['Aukioloajat: Avoinna nyt', 'Ympäri vuorokauden']);
    });

    it('names the channel when all hours are for one, and keeps 24/7 and limited hours apart', async () => {
      const { ui } = await finder();
      expect(ui.hours('Lasten ja nuorten chat')).to.deep.equal(['Aukioloajat: Suljettu nyt', 'ma–pe 14.00–20.00']);
      const mounted = await mount('ero-service-finder', { src: feedUrl({ file: 'test/fixtures/services-hours.json' }), now: MONDAY_MORNING });
      await settled(mounted);
      const hours = new ServiceFinderHarness(mounted.el);
      expect(hours.hours('Puhelinlinja')).to.deep.equal(['Aukioloajat: Puhelin: suljettu nyt', 'ti, to 12.00–13.00']);
      expect(hours.hours('Nollalinja')).to.deep.equal([
        'Aukioloajat: Avoinna nyt',
        'Puhelin: ympäri vuorokauden',
        'Chat: ma–ke 9.00–15.00',
        'Chat: to–pe 14.00–20.00',
      ]);
    });

    it('marks invented services as example data', async () => {
      const { ui } = await finder();
      expect(ui.card('Lastenvalvoja').textContent).to.contain('Esimerkkitieto');
      expect(ui.card('Kriisipuhelin').textContent).not.to.contain('Esimerkkitieto');
    });

    it('opens a service to its full details', async () => {
      const { ui } = await finder();
      expect(ui.isOpen('Valvotut tapaamiset')).to.equal(false);
      await ui.open('Valvotut tapaamiset');
      expect(ui.isOpen('Valvotut tapaamiset')).to.equal(true);
      expect(ui.detailRows('Valvotut tapaamiset')).to.deep.equal([
        'Kenelle: Lapset, joiden vanhemmat eroavat, Eroavat vanhemmat',
        'Palvelun tyyppi: Valvotut tapaamiset',
        'Palvelualue: Mikkeli, Pieksämäki',
        'Kielet: Suomi',
        'Hinta: Maksuton',
        'Osoite: Porrassalmenkatu 1, 50100 Mikkeli',
      ]);
    });

    it('keeps each service\'s details with the service when other results take the cards\' places', async () => {
      const { ui } = await finder();
      const [first] = ui.names();
      await ui.open(first);
      const rows = ui.detailRows(first);
      await ui.search('kriisipuhelin');
      expect(ui.names()[0]).not.to.equal(first);
      for (const name of ui.names()) expect(ui.isOpen(name), name).to.equal(name === first);
      await ui.search('');
      expect(ui.names()[0]).to.equal(first);
      expect(ui.isOpen(first)).to.equal(true);
      expect(ui.detailRows(first)).to.deep.equal(rows);
      for (const name of ui.names().slice(1)) expect(ui.isOpen(name), name).to.equal(false);
    });

    it('lets headings fit the page outline', async () => {
      const { el } = await finder({ 'heading-level': '2' });
      expect(el.shadowRoot!.querySelectorAll('h2[part~="service-name"]')).to.have.length(13);
    });
  });

  describe('free-text search', () => {
    it('finds "lastenvalvoja" in names first and in descriptions after them', async () => {
      const { ui } = await finder();
      await ui.search('lastenvalvoja');
      expect(ui.names()).to.deep.equal(['Lastenvalvoja', 'Lastenvalvojan palvelut', 'Valvotut tapaamiset']);
    });

    it('ignores case and finds inflected words, the exact form first', async () => {
      const { ui } = await finder();
      await ui.search('LASTENVALVOJAN');
      expect(ui.names()).to.deep.equal(['Lastenvalvojan palvelut', 'Lastenvalvoja', 'Valvotut tapaamiset']);
    });

    it('finds "etela-savon" typed without ä, as "etelä-savon" does', async () => {
      const { ui } = await finder();
      await ui.search('etelä-savon');
      const asTyped = ui.names();
      expect(asTyped).to.include('Etelä-Savon turvakoti');
      await ui.search('etela-savon');
      expect(ui.names()).to.have.members(asTyped);
    });

    describe('in the sample feed', () => {
      const sample = feedUrl({ file: SAMPLE, key: 'service-finder-sample' });

      it('finds "vakivalta" typed without ä, as "väkivalta" does', async () => {
        const { ui } = await finder({ src: sample });
        await ui.search('väkivalta');
        const asTyped = ui.names();
        expect(asTyped).to.have.length.above(0);
        await ui.search('vakivalta');
        expect(ui.names()).to.deep.equal(asTyped);
      });

      it('finds Pieksämäki typed as "Pieksamaki"', async () => {
        const { ui } = await finder({ src: sample });
        await ui.search('Pieksamaki');
        expect(ui.names()).to.include('Lapsiperheiden perhetyö, Pieksämäki');
      });

      it('finds "Eroneuvo-tilaisuudet" first for "eroneuvonta"', async () => {
        const { ui } = await finder({ src: sample });
        await ui.search('eroneuvonta');
        expect(ui.names()[0]).to.equal('Eroneuvo-tilaisuudet verkossa');
      });

      it('shows services named for "turvakoti" before those found only through their organisation', async () => {
        const { ui } = await finder({ src: sample });
        await ui.search('turvakoti');
        const names = ui.names();
        expect(names.slice(0, 2)).to.deep.equal(['Turvakoti, Rovaniemi', 'Eroauttaminen, Lapin ensi- ja turvakoti']);
        expect(names.slice(2)).to.include('Nollalinja');
      });
    });

    it('takes the initial search text from the query attribute', async () => {
      const { ui } = await finder({ query: 'sovittelu' });
      expect(ui.searchInput().value).to.equal('sovittelu');
      expect(ui.names()).to.deep.equal(['Perheasioiden sovittelu']);
    });

    it('searches as a person types real keys, and Enter keeps the page where it is', async () => {
      const { ui } = await finder();
      ui.searchInput().focus();
      await sendKeys({ type: 'kriisi' });
      await sendKeys({ press: 'Enter' });
      await ui.el.updateComplete;
      expect(ui.names()).to.deep.equal(['Kriisipuhelin', 'Etelä-Savon turvakoti']);
      expect(ui.focused()).to.equal('search:query');
    });
  });

  describe('filters set by the person', () => {
    it('filters by municipality, with the region\'s and the whole country\'s services', async () => {
      const { ui } = await finder();
      await ui.choose('Kunta tai alue', 'Mikkeli');
      expect(ui.names().slice(0, 2)).to.deep.equal(['Lastenvalvoja', 'Valvotut tapaamiset']);
      expect(ui.names()).to.include('Perheasioiden sovittelu');
      expect(ui.names()).to.include('Kriisipuhelin');
      expect(ui.names()).not.to.include('Vertaisryhmä eronneille vanhemmille');
    });

    /**
     * Runs `test` on a finder with `filters`, on a page that is never idle (left alone, the menus'
     * options come when the page is next idle). WebKit has no requestIdleCallback of its own: it
     * is left without one again.
     */
    async function onNeverIdlePage(filters: ServiceFinder['filters'], test: (ui: ServiceFinderHarness) => Promise<void>): Promise<void> {
      const idle = window.requestIdleCallback;
      window.requestIdleCallback = () => 0;
      const el = document.createElement('ero-service-finder');
      try {
        el.setAttribute('src', src);
        el.setAttribute('now', MONDAY_MORNING);
        el.filters = filters;
        document.body.append(el);
        const ui = new ServiceFinderHarness(el);
        await until(() => ui.names().length > 0, 'the results');
        await test(ui);
      } finally {
        if (idle) window.requestIdleCallback = idle;
        else delete (window as Partial<Window>).requestIdleCallback;
        el.remove();
      }
    }

    it('shows the chosen area at once and every municipality once a visitor reaches the form, also on a page that is never idle', async () => {
      await onNeverIdlePage({ municipality: '491' }, async (ui) => {
        const menu = ui.select('Kunta tai alue')!;
        expect([...menu.options].map((option) => option.text)).to.deep.equal(['Koko Suomi', 'Mikkeli']);
        expect(menu.selectedOptions[0].text).to.equal('Mikkeli');
        const widthBefore = menu.getBoundingClientRect().width;
        menu.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
        await until(() => menu.options.length > 300, 'the full menu');
        expect(menu.selectedOptions[0].text).to.equal('Mikkeli');
        expect(menu.getBoundingClientRect().width).to.equal(widthBefore);
      });
    });

    it('fills the type and language menus with the area menu: until then each holds "all" and the chosen value', async () => {
      await onNeverIdlePage({ languages: ['sv'] }, async (ui) => {
        const texts = (label: string) => [...ui.select(label)!.options].map((option) => option.text);
        expect(texts('Palvelun tyyppi')).to.deep.equal(['Kaikki palvelutyypit']);
        expect(texts('Palvelun kieli')).to.deep.equal(['Kaikki kielet', 'Ruotsi']);
        expect(ui.select('Palvelun kieli')!.selectedOptions[0].text).to.equal('Ruotsi');
        ui.select('Palvelun tyyppi')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
        await until(() => ui.select('Palvelun tyyppi')!.options.length > 5, 'the full menus');
        expect(texts('Palvelun kieli')).to.include.members(['Kaikki kielet', 'Suomi', 'Ruotsi']);
        expect(ui.select('Palvelun kieli')!.selectedOptions[0].text).to.equal('Ruotsi');
        expect(texts('Palvelun tyyppi')).to.include('Lastenvalvoja');
      });
    });

    it('filters by a whole region', async () => {
      const { ui } = await finder();
      await ui.choose('Kunta tai alue', 'Koko Lappi');
      expect(ui.names()).to.include('Lastenvalvojan palvelut');
      expect(ui.names()).not.to.include('Lastenvalvoja');
    });

    it('groups the 309 municipalities by region, in Swedish where the page is Swedish', async () => {
      const { ui } = await finder();
      const area = ui.select('Kunta tai alue')!;
      expect(area.querySelectorAll('optgroup')).to.have.length(19);
      expect(area.querySelectorAll('optgroup option')).to.have.length(309 + 19);
      const sv = await finder({ lang: 'sv' });
      const svArea = sv.ui.select('Kommun eller område')!;
      const group = svArea.querySelector('optgroup[label="Södra Savolax"]')!;
      expect([...group.querySelectorAll('option')].map((o) => o.textContent!.trim())).to.include('S:t Michel');
    });

    it('filters by target group', async () => {
      const { ui } = await finder();
      await ui.check('Kenelle', 'Ammattilaiset');
      expect(ui.names()).to.deep.equal(['Eroauttamisen koulutus ammattilaisille']);
      await ui.check('Kenelle', 'Läheiset');
      expect(ui.names()).to.deep.equal(['Eroauttamisen koulutus ammattilaisille', 'Eroneuvo-chat', 'Kriisipuhelin']);
    });

    it('filters by service type', async () => {
      const { ui } = await finder();
      await ui.choose('Palvelun tyyppi', 'Perheasioiden sovittelu');
      expect(ui.names()).to.deep.equal(['Perheasioiden sovittelu']);
    });

    it('filters by channel', async () => {
      const { ui } = await finder();
      await ui.check('Asiointitapa', 'Verkossa');
      expect(ui.names()).to.deep.equal(['Eroauttamisen koulutus ammattilaisille', 'Eroneuvo-chat']);
    });

    it('filters by the language of the service, naming the languages in the feed', async () => {
      const { ui } = await finder();
      const options = [...ui.select('Palvelun kieli')!.options].map((o) => o.textContent!.trim());
      expect(options).to.deep.equal(['Kaikki kielet', 'Suomi', 'Ruotsi', 'Englanti', 'Pohjoissaame']);
      await ui.choose('Palvelun kieli', 'Pohjoissaame');
      expect(ui.names()).to.deep.equal(['Saamenkielinen perheneuvonta']);
    });

    it('filters to services open now', async () => {
      const { ui } = await finder();
      await ui.check('Muut rajaukset', 'Avoinna nyt');
      expect(ui.names()).to.deep.equal(['Etelä-Savon turvakoti', 'Kriisipuhelin', 'Lastenvalvoja', 'Lastenvalvojan palvelut']);
    });

    it('counts "open now" by the Helsinki clock across midnight', async () => {
      // Saturday 10 January 2026 at 00.15: the Friday 23.30–00.30 chat is still open.
      const { ui } = await finder({ 'open-now': '', now: '2026-01-10T00:15:00+02:00' });
      expect(ui.names()).to.deep.equal(['Etelä-Savon turvakoti', 'Kriisipuhelin', 'Vanhempien yöchat']);
    });

    it('filters to services free of charge', async () => {
      const { ui } = await finder();
      await ui.check('Muut rajaukset', 'Maksuton');
      expect(ui.names()).to.have.length(11);
      expect(ui.names()).not.to.include('Vertaistuki eronneille ruotsiksi');
    });

    it('combines filters and the search', async () => {
      const { ui } = await finder();
      await ui.choose('Kunta tai alue', 'Mikkeli');
      await ui.check('Kenelle', 'Lapset');
      await ui.check('Asiointitapa', 'Puhelin');
      expect(ui.names()).to.deep.equal(['Etelä-Savon turvakoti', 'Kriisipuhelin', 'Lasten ja nuorten chat']);
      await ui.search('chat');
      expect(ui.names()).to.deep.equal(['Lasten ja nuorten chat']);
    });

    it('clears every choice with one button and returns focus to the search field', async () => {
      const { ui } = await finder();
      expect(ui.button('Tyhjennä valinnat')).to.equal(undefined);
      await ui.check('Asiointitapa', 'Verkossa');
      await ui.search('ero');
      await ui.press('Tyhjennä valinnat');
      expect(ui.names()).to.have.length(13);
      expect(ui.searchInput().value).to.equal('');
      expect(ui.checkbox('Asiointitapa', 'Verkossa')!.checked).to.equal(false);
      expect(ui.focused()).to.equal('search:query');
    });
  });

  describe('filters pinned by the page', () => {
    it('pins a municipality: no municipality list, a line that says so, local services first', async () => {
      const { ui } = await finder({ municipality: '491' });
      expect(ui.select('Kunta tai alue')).to.equal(null);
      expect(ui.scope()).to.equal('Palvelut on rajattu: Mikkeli');
      expect(ui.names().slice(0, 2)).to.deep.equal(['Lastenvalvoja', 'Valvotut tapaamiset']);
      expect(ui.names()).to.include('Kriisipuhelin');
      expect(ui.names()).not.to.include('Lastenvalvojan palvelut');
    });

    it('pins a region and still lets people choose one of its municipalities', async () => {
      const { ui } = await finder({ region: '10' });
      const area = ui.select('Kunta tai alue')!;
      expect(area.options[0].textContent!.trim()).to.equal('Koko Etelä-Savo');
      expect(area.querySelectorAll('optgroup')).to.have.length(1);
      expect(ui.names()).to.include('Lastenvalvoja');
      await ui.choose('Kunta tai alue', 'Sulkava');
      expect(ui.names()).not.to.include('Lastenvalvoja');
      expect(ui.names()).to.include('Perheasioiden sovittelu');
    });

    it('pins target groups, channels, types, languages, open now and free, hiding their controls', async () => {
      const { ui } = await finder({ 'target-group': 'child', channel: 'phone chat', free: '' });
      expect(ui.legends()).to.deep.equal(['Muut rajaukset']);
      expect(ui.checkbox('Muut rajaukset', 'Maksuton')).to.equal(null);
      expect(ui.scope()).to.equal('Palvelut on rajattu: Lapset, Puhelin, Chat, Maksuton');
      expect(ui.names()).to.deep.equal([
        'Etelä-Savon turvakoti',
        'Kriisipuhelin',
        'Lasten ja nuorten chat',
        'Saamenkielinen perheneuvonta',
      ]);
      const typed = await finder({ 'service-type': 'crisis', language: 'sv', 'open-now': '' });
      expect(typed.ui.select('Palvelun tyyppi')).to.equal(null);
      expect(typed.ui.select('Palvelun kieli')).to.equal(null);
      expect(typed.ui.names()).to.deep.equal(['Kriisipuhelin']);
    });

    it('warns about pinned values it does not know and ignores them', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const { ui } = await finder({ municipality: '999', channel: 'fax phone' });
        expect(ui.scope()).to.equal('Palvelut on rajattu: Puhelin');
      } finally {
        console.warn = original;
      }
      expect(warnings).to.include('[eroauttaminen] <ero-service-finder> municipality="999": "999" is not a known value; ignored.');
      expect(warnings).to.include('[eroauttaminen] <ero-service-finder> channel="fax phone": "fax" is not a known value (on-site, phone, video, chat, web); ignored.');
    });
  });

  describe('live region and empty state', () => {
    it('announces the number of results politely after a choice, not as the page loads', async () => {
      const { el, ui } = await finder();
      expect(ui.count()).to.equal('13 palvelua');
      expect(liveRegion(el)).to.equal('');
      await ui.check('Asiointitapa', 'Verkossa');
      expect(liveRegion(el)).to.equal('2 palvelua');
    });

    it('keeps quiet while several finders load on one page, and speaks only for the one used', async () => {
      const first = await finder();
      const second = await finder({ 'target-group': 'child' });
      expect(liveRegion()).to.equal('');
      await second.ui.check('Asiointitapa', 'Chat');
      expect(liveRegion()).to.equal('1 palvelu');
      expect(document.querySelectorAll('[aria-live]')).to.have.length(1);
      expect(first.el.shadowRoot!.querySelector('[aria-live]')).to.equal(null);
    });

    it('announces the count once typing pauses, not after every letter', async () => {
      const { el, ui } = await finder();
      await ui.search('k');
      await ui.search('kriisi');
      expect(liveRegion(el)).to.equal('');
      await until(() => liveRegion(el) === '2 palvelua', 'the count after typing');
    });

    it('suggests removing a filter and offers the "report a missing service" link', async () => {
      const { el, ui } = await finder({ 'report-url': 'https://kunta.example/ilmoita-palvelu' });
      await ui.choose('Kunta tai alue', 'Mikkeli');
      await ui.check('Asiointitapa', 'Video');
      await ui.check('Kenelle', 'Ammattilaiset');
      expect(shownState(el)).to.equal('empty');
      expect(ui.emptyState()!.textContent).to.contain('Valinnoilla ei löytynyt palveluja.');
      expect(liveRegion(el)).to.equal('Valinnoilla ei löytynyt palveluja.');
      expect(ui.buttons().map((b) => b.textContent!.trim()).filter((t) => t.startsWith('Poista'))).to.deep.equal([
        'Poista rajaus: Mikkeli',
        'Poista rajaus: Ammattilaiset',
        'Poista rajaus: Video',
      ]);
      expect(ui.reportLink()!.href).to.equal('https://kunta.example/ilmoita-palvelu');
      expect(ui.emptyState()!.contains(ui.reportLink())).to.equal(true);
    });

    it('widens the results when a filter is removed and moves focus to the new count', async () => {
      const { ui } = await finder();
      await ui.check('Asiointitapa', 'Video');
      await ui.check('Kenelle', 'Ammattilaiset');
      await ui.press('Poista rajaus: Video');
      expect(ui.names()).to.deep.equal(['Eroauttamisen koulutus ammattilaisille']);
      expect(ui.focused()).to.equal('p:1 palvelu');
    });

    it('names the search text among the filters to remove', async () => {
      const { ui } = await finder();
      await ui.search('zzz');
      expect(ui.button('Poista rajaus: hakusana ”zzz”')).not.to.equal(undefined);
    });

    it('suggests the nearest word of the feed for a misspelt search, and searches for it on a click', async () => {
      const { el, ui } = await finder();
      await ui.search('lastenvlavoja');
      expect(shownState(el)).to.equal('empty');
      await ui.press('Tarkoititko ”lastenvalvoja”?');
      expect(ui.searchInput().value).to.equal('lastenvalvoja');
      expect(ui.names()).to.include('Lastenvalvoja');
      expect(ui.focused()).to.match(/^p:\d+ palvelua$/);
      await expect(el).to.be.accessible();
    });

    it('suggests nothing for a search with no near word in the feed', async () => {
      const { ui } = await finder();
      await ui.search('zzz');
      expect(ui.buttons().map((b) => b.textContent!.trim()).filter((t) => t.startsWith('Tarkoititko'))).to.deep.equal([]);
    });

    it('says when the page\'s own pinned filters leave nothing', async () => {
      const { ui } = await finder({ municipality: '491', language: 'se' });
      expect(ui.emptyState()!.textContent).to.contain('Tietolähteessä ei ole tähän sopivia palveluja.');
      expect(ui.buttons().filter((b) => b.textContent!.includes('Poista'))).to.have.length(0);
    });

    it('shows the report link only for an http(s) or mailto address', async () => {
      expect((await finder({ 'report-url': 'mailto:palvelut@kunta.example' })).ui.reportLink()!.href).to.equal('mailto:palvelut@kunta.example');
      const original = console.warn;
      console.warn = () => {};
      try {
        expect((await finder({ 'report-url': 'javascript:alert(1)' })).ui.reportLink()).to.equal(null);
      } finally {
        console.warn = original;
      }
    });
  });

  describe('events', () => {
    it('fires ero-filter-change with the filters in effect and the count', async () => {
      const { el, ui } = await finder({ municipality: '491' });
      const changes: FilterChangeDetail[] = [];
      el.addEventListener('ero-filter-change', (e) => changes.push(e.detail));
      await ui.check('Asiointitapa', 'Puhelin');
      await ui.search('kriisi');
      expect(changes).to.deep.equal([
        { filters: { channels: ['phone'], municipality: '491' }, count: 4, cause: 'choice' },
        { filters: { channels: ['phone'], query: 'kriisi', municipality: '491' }, count: 2, cause: 'typing' },
      ]);
    });

    it('fires ero-service-select when a person opens a service', async () => {
      const { el, ui } = await finder();
      const selected: ServiceSelectDetail[] = [];
      el.addEventListener('ero-service-select', (e) => selected.push(e.detail));
      await ui.open('Kriisipuhelin');
      expect(selected.map((d) => d.id)).to.deep.equal(['kriisipuhelin']);
      expect(selected[0].service.phone).to.equal('+358925250111');
      await ui.open('Kriisipuhelin');
      expect(selected).to.have.length(1);
    });

    it('lets the page cancel ero-service-select to show its own view instead', async () => {
      const { el, ui } = await finder();
      el.addEventListener('ero-service-select', (e) => e.preventDefault());
      await ui.open('Kriisipuhelin');
      expect(ui.isOpen('Kriisipuhelin')).to.equal(false);
    });
  });

  describe('URL state', () => {
    let start: string;
    beforeEach(() => {
      start = location.href;
    });
    afterEach(() => {
      history.replaceState(history.state, '', start);
    });

    it('leaves the address alone by default', async () => {
      const { ui } = await finder();
      await ui.check('Asiointitapa', 'Puhelin');
      expect(location.href).to.equal(start);
    });

    it('writes choices to the query string, keeping the page\'s own parameters', async () => {
      const { ui } = await finder({ 'url-state': 'query' });
      await ui.choose('Kunta tai alue', 'Mikkeli');
      await ui.check('Asiointitapa', 'Puhelin');
      const url = new URL(location.href);
      expect(url.searchParams.get('ero-municipality')).to.equal('491');
      expect(url.searchParams.get('ero-channel')).to.equal('phone');
      for (const [key, value] of new URL(start).searchParams) expect(url.searchParams.get(key)).to.equal(value);
    });

    it('restores the filters from the address, as after a reload or from a shared link', async () => {
      const first = await finder({ 'url-state': 'query' });
      await first.ui.check('Kenelle', 'Lapset');
      await first.ui.search('chat');
      first.el.remove();
      const reloaded = await finder({ 'url-state': 'query' });
      expect(reloaded.ui.searchInput().value).to.equal('chat');
      expect(reloaded.ui.checkbox('Kenelle', 'Lapset')!.checked).to.equal(true);
      expect(reloaded.ui.names()).to.deep.equal(['Lasten ja nuorten chat']);
    });

    it('adds a history entry for each choice and one for a whole search, so Back undoes them in turn', async () => {
      // Not counted with history.length, which Chromium caps at 50 entries: Back must skip every
      // letter typed (replaced) and land before the search (pushed once), then before the choice.
      const { el, ui } = await finder({ 'url-state': 'query' });
      await ui.check('Asiointitapa', 'Puhelin');
      await ui.search('k');
      await ui.search('kr');
      await ui.search('kriisi');
      expect(new URL(location.href).searchParams.get('ero-q')).to.equal('kriisi');
      history.back();
      await until(() => ui.searchInput().value === '', 'Back to undo the search');
      await el.updateComplete;
      expect(ui.checkbox('Asiointitapa', 'Puhelin')!.checked).to.equal(true);
      expect(ui.names()).to.have.length(6);
      history.back();
      await until(() => !ui.checkbox('Asiointitapa', 'Puhelin')!.checked, 'Back to undo the choice');
      expect(ui.names()).to.have.length(13);
      history.forward();
      await until(() => ui.checkbox('Asiointitapa', 'Puhelin')!.checked, 'Forward to redo the choice');
    });

    it('keeps the state in the hash when asked to', async () => {
      const { ui } = await finder({ 'url-state': 'hash' });
      await ui.check('Muut rajaukset', 'Maksuton');
      expect(location.hash).to.equal('#ero-free=1');
      expect(location.search).to.equal(new URL(start).search);
    });

    it('keeps two finders on one page apart by their prefixes', async () => {
      const a = await finder({ 'url-state': 'query', 'url-prefix': 'a-' });
      const b = await finder({ 'url-state': 'query', 'url-prefix': 'b-' });
      await a.ui.check('Asiointitapa', 'Chat');
      await b.ui.check('Asiointitapa', 'Video');
      const url = new URL(location.href);
      expect(url.searchParams.get('a-channel')).to.equal('chat');
      expect(url.searchParams.get('b-channel')).to.equal('video');
      expect(a.ui.names()).to.have.length(3);
      expect(b.ui.names()).to.have.length(5);
    });

    it('does not let the address override a pinned filter', async () => {
      history.replaceState(null, '', `${start}${start.includes('?') ? '&' : '?'}ero-municipality=698&ero-free=1`);
      const { ui } = await finder({ 'url-state': 'query', municipality: '491' });
      expect(ui.names()).to.include('Lastenvalvoja');
      expect(ui.names()).not.to.include('Lastenvalvojan palvelut');
      expect(ui.checkbox('Muut rajaukset', 'Maksuton')!.checked).to.equal(true);
    });
  });

  describe('languages', () => {
    it('shows the interface and the feed in Swedish and searches the Swedish text', async () => {
      const { ui } = await finder({ lang: 'sv' });
      expect(ui.select('Kommun eller område')).not.to.equal(null);
      expect(ui.legends()).to.deep.equal(['För vem', 'Kontaktsätt', 'Övriga avgränsningar']);
      expect(ui.count()).to.equal('13 tjänster');
      expect(ui.badges('Barnatillsyningsman')).to.deep.equal(['På plats', 'Telefon']);
      await ui.search('barnatillsyningsmannen');
      expect(ui.names()).to.deep.equal(['Barnatillsyningsmannens tjänster', 'Barnatillsyningsman']);
    });

    it('shows English with Finnish fallbacks marked as Finnish', async () => {
      const { ui } = await finder({ lang: 'en' });
      expect(ui.count()).to.equal('13 services');
      const fallback = ui.card('Eroneuvo-chat').querySelector('[part~="service-name"]')!;
      expect(fallback.getAttribute('lang')).to.equal('fi');
      expect(ui.card('Crisis helpline').querySelector('[part~="service-name"]')!.getAttribute('lang')).to.equal('en');
    });

    it('switches language at once and keeps the filters', async () => {
      const wrapper = document.createElement('div');
      wrapper.lang = 'fi';
      document.body.append(wrapper);
      try {
        const mounted = await mount('ero-service-finder', { src, now: MONDAY_MORNING });
        wrapper.append(mounted.el);
        await settled(mounted);
        const ui = new ServiceFinderHarness(mounted.el);
        await ui.check('Asiointitapa', 'Verkossa');
        wrapper.lang = 'sv';
        await nextFrame();
        await mounted.el.updateComplete;
        expect(ui.checkbox('Kontaktsätt', 'På webben')!.checked).to.equal(true);
        expect(ui.names()).to.deep.equal(['Eroneuvo-chatt', 'Utbildning i skilsmässohjälp för yrkesverksamma']);
        expect(ui.count()).to.equal('2 tjänster');
        expect(liveRegion(mounted.el), 'the page switched the language, not a choice in the finder').to.equal('');
      } finally {
        wrapper.remove();
      }
    });
  });

  describe('5,000 services', () => {
    const large = generateFeed({ count: 5000, seed: 1, municipalities: MUNICIPALITIES });

    async function largeFinder(attributes: Record<string, string> = {}) {
      const mounted = await mount('ero-service-finder', { now: MONDAY_MORNING, ...attributes }, (el) => (el.feed = large));
      await mounted.el.updateComplete;
      return { el: mounted.el, ui: new ServiceFinderHarness(mounted.el) };
    }

    it('renders the first page only and says how many there are', async () => {
      const { ui } = await largeFinder();
      expect(ui.cards()).to.have.length(20);
      expect(ui.count()).to.equal('5 000 palvelua');
      expect(ui.button('Näytä lisää (4 980 jäljellä)')).not.to.equal(undefined);
    });

    it('shows more on request and moves focus to the first new result', async () => {
      const { el, ui } = await largeFinder();
      await ui.press('Näytä lisää (4 980 jäljellä)');
      expect(ui.cards()).to.have.length(40);
      expect(el.shadowRoot!.activeElement).to.equal(ui.cards()[20]);
      expect(spoken(el)).to.equal('5 000 palvelua. Näkyvissä 40 / 5 000');
    });

    it('filters and searches the whole set while rendering one page', async () => {
      const { ui } = await largeFinder({ municipality: '768' });
      const all = Number(ui.count().replace(/\D/g, ''));
      await ui.search('sovittelu');
      const found = Number(ui.count().replace(/\D/g, ''));
      expect(found).to.be.above(0).and.below(all);
      expect(ui.cards().length).to.equal(Math.min(found, 20));
      expect(ui.names().every((name) => name.toLowerCase().includes('sovittelu'))).to.equal(true);
    });

    it('uses the page-size attribute', async () => {
      const { ui } = await largeFinder({ 'page-size': '5' });
      expect(ui.cards()).to.have.length(5);
      await ui.press('Näytä lisää (4 995 jäljellä)');
      expect(ui.cards()).to.have.length(10);
      ui.el.setAttribute('page-size', '3');
      await ui.el.updateComplete;
      expect(ui.cards()).to.have.length(3);
    });
  });

  describe('with the sample feed from the seed documents', () => {
    const sample = feedUrl({ key: 'service-finder-sample' });

    async function sampleFinder(attributes: Record<string, string> = {}) {
      const mounted = await mount('ero-service-finder', { src: sample, now: MONDAY_MORNING, ...attributes });
      await settled(mounted);
      return new ServiceFinderHarness(mounted.el);
    }

    it('shows a small municipality its own services first, then the region\'s, then remote help for all of Finland', async () => {
      const ui = await sampleFinder({ municipality: '768' }); // Sulkava, Etelä-Savo
      const names = ui.names();
      expect(names.slice(0, 2)).to.have.members(['Lastenvalvoja, Savonlinna', 'Perheneuvola, Savonlinna']);
      expect(names).to.include('Perheasioiden sovittelu, Etelä-Savo');
      expect(names).to.include('Nollalinja');
      expect(names).not.to.include('Lastenvalvoja, Mikkeli');
      expect(names).not.to.include('Perheasioiden sovittelu, Lappi');
      expect(names.indexOf('Perheasioiden sovittelu, Etelä-Savo')).to.be.below(names.indexOf('Nollalinja'));
    });

    it('finds the remote help that reaches a family in Sodankylä', async () => {
      const ui = await sampleFinder({ municipality: '758' });
      await ui.check('Asiointitapa', 'Video');
      expect(ui.names()).to.include.members([
        'Perheasioiden sovittelu, Lappi',
        'Vanhemman neuvo -ryhmä kuvapuhelimella',
        'Eroneuvo-tilaisuudet verkossa',
      ]);
      expect(ui.names()).not.to.include('Lastenvalvoja, Rovaniemi');
    });

    it('ranks the child welfare officers first for "lastenvalvoja", in Finnish and Swedish', async () => {
      const ui = await sampleFinder();
      await ui.search('lastenvalvoja');
      expect(ui.names().slice(0, 4).every((name) => name.startsWith('Lastenvalvoja,'))).to.equal(true);
      const sv = await sampleFinder({ lang: 'sv' });
      await sv.search('barnatillsyningsman');
      expect(sv.names().slice(0, 4).every((name) => name.startsWith('Barnatillsyningsman,'))).to.equal(true);
    });

    it('passes axe on the sample feed', async () => {
      const ui = await sampleFinder({ region: '19' });
      await expect(ui.el).to.be.accessible();
    });
  });

  describe('feed states', () => {
    it('shows the good services of a feed with bad items, and says some were left out', async () => {
      const mounted = await mount('ero-service-finder', { src: feedUrl({ file: 'test/fixtures/services-partly-bad.json' }) });
      await settled(mounted);
      const ui = new ServiceFinderHarness(mounted.el);
      expect(ui.names()).to.deep.equal(['Kriisipuhelin']);
      expect(mounted.el.shadowRoot!.textContent).to.contain('Yhtä kohdetta ei voitu näyttää virheellisten tietojen vuoksi.');
    });

    it('shows a localized error and the page\'s fallback content when the feed fails', async () => {
      const mounted = await mount('ero-service-finder', { src: feedUrl({ status: 500 }), lang: 'sv' });
      await settled(mounted);
      expect(shownState(mounted.el)).to.equal('error');
      expect(mounted.el.shadowRoot!.textContent).to.contain('Uppgifterna kunde inte visas');
    });
  });

  describe('accessibility', () => {
    it('passes axe with results, with details open, and in every language', async () => {
      for (const lang of ['fi', 'sv', 'en']) {
        const { el, ui } = await finder({ lang, 'report-url': 'https://kunta.example/ilmoita' });
        await ui.open(ui.names()[0]);
        await expect(el).to.be.accessible();
      }
    });

    it('passes axe with choices made, pinned filters and 5,000 services', async () => {
      const { el, ui } = await finder({ region: '10', 'target-group': 'parent' });
      await ui.choose('Kunta tai alue', 'Mikkeli');
      await ui.check('Asiointitapa', 'Puhelin');
      await ui.search('lastenvalvoja');
      await expect(el).to.be.accessible();
      const mounted = await mount('ero-service-finder', {}, (e) => (e.feed = generateFeed({ count: 5000, seed: 2, municipalities: MUNICIPALITIES })));
      await expect(mounted.el).to.be.accessible();
    });

    it('passes axe in the empty, loading and error states', async () => {
      const { el, ui } = await finder({ 'report-url': 'https://kunta.example/ilmoita' });
      await ui.search('zzz');
      await expect(el).to.be.accessible();
      const loading = await mount('ero-service-finder', { src: feedUrl({ delay: 3000 }) });
      expect(shownState(loading.el)).to.equal('loading');
      await expect(loading.el).to.be.accessible();
      const broken = await mount('ero-service-finder', { src: feedUrl({ status: 404 }) });
      await settled(broken);
      await expect(broken.el).to.be.accessible();
    });

    it('reaches every control by Tab in reading order, with a visible focus', async () => {
      const { el, ui } = await finder({ query: 'kriisipuhelin' });
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      const stops: string[] = [];
      try {
        for (let i = 0; i < 20; i++) {
          await sendKeys({ press: 'Tab' });
          stops.push(ui.focused());
          const active = el.shadowRoot!.activeElement;
          if (active) {
            expect(active.matches(':focus-visible'), `${ui.focused()} shows focus`).to.equal(true);
            expect(getComputedStyle(active).outlineStyle, `${ui.focused()} outline`).not.to.equal('none');
          }
        }
      } finally {
        before.remove();
      }
      expect(stops).to.deep.equal([
        'search:query',
        'button:Hae',
        'select:area',
        'select:type',
        'select:language',
        'checkbox:Lapset',
        'checkbox:Vanhemmat',
        'checkbox:Läheiset',
        'checkbox:Ammattilaiset',
        'checkbox:Paikan päällä',
        'checkbox:Puhelin',
        'checkbox:Video',
        'checkbox:Chat',
        'checkbox:Verkossa',
        'checkbox:Avoinna nyt',
        'checkbox:Maksuton',
        'button:Tyhjennä valinnat',
        'a:tel:+358925250111',
        'button:Lisätiedot: Kriisipuhelin',
        'outside',
      ]);
    });

    it('checks boxes and opens details with the keyboard', async () => {
      const { ui } = await finder({ query: 'kriisipuhelin' });
      ui.checkbox('Asiointitapa', 'Puhelin')!.focus();
      await sendKeys({ press: 'Space' });
      // Firefox toggles a checkbox on the key's release, which may come after sendKeys returns.
      await waitUntil(() => ui.checkbox('Asiointitapa', 'Puhelin')!.checked, 'Space checks the box', { timeout: 2000 });
      ui.detailsButton('Kriisipuhelin').focus();
      await sendKeys({ press: 'Enter' });
      await ui.el.updateComplete;
      expect(ui.isOpen('Kriisipuhelin')).to.equal(true);
    });

    it('reflows at 320 px without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const { el, ui } = await finder();
        await ui.open('Lastenvalvoja');
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        const lefts = new Set(ui.cards().map((c) => Math.round(c.getBoundingClientRect().left)));
        expect(lefts.size).to.equal(1);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });
});
