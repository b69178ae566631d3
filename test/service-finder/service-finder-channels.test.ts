/**
 * <ero-service-finder> with feed 1.1 service channels: each result lists its offices, phone
 * lines, chats and e-services with their own contacts and hours, "open now" per channel with the
 * exceptional hours, local offices first, closures and notices, and inactive services hidden.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '../helpers/commands.js';
import '../../src/components/service-finder/define.js';
import { feedUrl, newVisit } from '../helpers/feed-server.js';
import { afterIdle, mount, settled } from '../helpers/mount.js';
import { ServiceFinderHarness } from '../helpers/service-finder-harness.js';

const src = feedUrl({ file: 'test/fixtures/services-channels.json', key: 'service-finder-channels' });
// Monday 14 December 2026 at 10.00 in Helsinki: a normal working day.
const MONDAY = '2026-12-14T10:00:00+02:00';
// Thursday 24 December 2026 (Christmas Eve), 10.00 and 12.30.
const CHRISTMAS_EVE = '2026-12-24T10:00:00+02:00';
const CHRISTMAS_EVE_AFTERNOON = '2026-12-24T12:30:00+02:00';

const MIKKELI_OFFICE = 'Toimipiste: Mikkelin perheneuvola';
const SAVONLINNA_OFFICE = 'Toimipiste: Savonlinnan perheneuvola';
const ADVICE_LINE = 'Puhelinpalvelu: Perheneuvolan neuvontapuhelin';
const E_SERVICE = 'Verkkoasiointi: Yhteydenottopyyntö verkossa';

async function finder(attributes: Record<string, string> = {}) {
  const mounted = await mount('ero-service-finder', { src, now: MONDAY, ...attributes });
  await settled(mounted);
  return new ServiceFinderHarness(mounted.el);
}

interface Node {
  '@type': string;
  name?: string;
  [key: string]: unknown;
}

describe('<ero-service-finder> with service channels', () => {
  before(() => {
    newVisit();
    localStorage.clear();
  });

  describe('channels', () => {
    it('lists each channel of a result under its own heading', async () => {
      const ui = await finder();
      expect(ui.channels('Perheneuvola')).to.deep.equal([MIKKELI_OFFICE, SAVONLINNA_OFFICE, ADVICE_LINE, E_SERVICE]);
      expect(ui.card('Perheneuvola').querySelector('h4[part~="channel-name"]')).to.not.equal(null);
    });

    it('shows each office\'s own address, phone, hours and accessibility', async () => {
      const ui = await finder();
      const office = ui.channel('Perheneuvola', MIKKELI_OFFICE).textContent!.replace(/\s+/g, ' ');
      expect(office).to.contain('Porrassalmenkatu 21 A, 50100 Mikkeli');
      expect(office).to.contain('Esteettömyys: Esteetön sisäänkäynti pihan puolelta');
      expect(office).to.contain('(normaali puhelumaksu)');
      expect(office).to.contain('ma–to 9.00–11.00');
      const savonlinna = ui.channelLinks('Perheneuvola', SAVONLINNA_OFFICE, 'phone');
      expect(savonlinna.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+358445170000']);
    });

    it('names the languages a channel gives of its own', async () => {
      const ui = await finder();
      expect(ui.channel('Eroneuvo', 'Chat: Eroneuvon chat').textContent!.replace(/\s+/g, ' ')).to.contain('Kielet: Suomi, Englanti');
      expect(ui.channel('Perheneuvola', MIKKELI_OFFICE).textContent).not.to.contain('Kielet');
    });

    it('names each phone link by its label and channel, not just the number', async () => {
      const ui = await finder();
      const [booking] = ui.channelLinks('Perheneuvola', MIKKELI_OFFICE, 'phone');
      expect(booking.getAttribute('href')).to.equal('tel:+358447946000');
      expect(booking.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Ajanvaraus: 044 794 6000, Mikkelin perheneuvola');
      const [other] = ui.channelLinks('Perheneuvola', SAVONLINNA_OFFICE, 'phone');
      expect(other.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Ajanvaraus: 044 517 0000, Savonlinnan perheneuvola');
    });

    it('links e-mail, e-services and chats with their labels', async () => {
      const ui = await finder();
      const [email] = ui.channelLinks('Perheneuvola', E_SERVICE, 'email');
      expect(email.getAttribute('href')).to.equal('mailto:perheneuvola@essote.example');
      const [form] = ui.channelLinks('Perheneuvola', E_SERVICE, 'e-service');
      expect(form.getAttribute('href')).to.equal('https://www.essote.example/perheneuvola/yhteydenotto');
      expect(form.textContent!.trim()).to.equal('Jätä yhteydenottopyyntö: Yhteydenottopyyntö verkossa');
      const [chat] = ui.channelLinks('Eroneuvo', 'Chat: Eroneuvon chat', 'chat');
      expect(chat.textContent!.trim()).to.equal('Avaa chat: Eroneuvon chat');
    });

    it('shows a channel\'s regular hours and the coming exceptional hours with their reasons', async () => {
      const ui = await finder();
      expect(ui.channelHours('Perheneuvola', MIKKELI_OFFICE)).to.deep.equal([
        'ma–pe 8.00–16.00',
        '24.12.2026–26.12.2026: suljettu (Joulu)',
        '6.1.2027: suljettu (Loppiainen)',
      ]);
    });

    it('says per channel whether it is open now', async () => {
      const ui = await finder();
      expect(ui.channelStatus('Perheneuvola', MIKKELI_OFFICE)).to.equal('Avoinna nyt');
      expect(ui.channelStatus('Perheneuvola', ADVICE_LINE)).to.equal('Avoinna nyt');
      expect(ui.channelStatus('Eroneuvo', 'Puhelinpalvelu: Eroneuvon puhelin')).to.equal('Avoinna nyt');
      expect(ui.channelStatus('Eroneuvo', 'Chat: Eroneuvon chat')).to.equal('Suljettu nyt');
      expect(ui.channelStatus('Perheneuvola', E_SERVICE)).to.equal('');
    });

    it('honours exceptional hours: offices closed on Christmas Eve, the advice line open until noon', async () => {
      const morning = await finder({ now: CHRISTMAS_EVE });
      expect(morning.channelStatus('Perheneuvola', MIKKELI_OFFICE)).to.equal('Suljettu nyt');
      expect(morning.channelStatus('Perheneuvola', ADVICE_LINE)).to.equal('Avoinna nyt');
      const afternoon = await finder({ now: CHRISTMAS_EVE_AFTERNOON });
      expect(afternoon.channelStatus('Perheneuvola', ADVICE_LINE)).to.equal('Suljettu nyt');
    });

    it('puts the offices in the chosen municipality first, and ranks a service with a local office as local', async () => {
      const ui = await finder({ municipality: '740' });
      expect(ui.channels('Perheneuvola')).to.deep.equal([SAVONLINNA_OFFICE, MIKKELI_OFFICE, ADVICE_LINE, E_SERVICE]);
      expect(ui.names()).to.deep.equal(['Perheneuvola', 'Perheasioiden sovittelu', 'Eroneuvo', 'Kriisipuhelin']);
      const chosen = await finder();
      await chosen.choose('Kunta tai alue', 'Savonlinna');
      expect(chosen.channels('Perheneuvola')[0]).to.equal(SAVONLINNA_OFFICE);
    });

    it('writes channels in Swedish and English', async () => {
      const sv = await finder({ lang: 'sv' });
      expect(sv.channels('Familjerådgivning')[0]).to.equal('Serviceställe: Familjerådgivningen i S:t Michel');
      expect(sv.channelStatus('Familjerådgivning', 'Serviceställe: Familjerådgivningen i S:t Michel')).to.equal('Öppet nu');
      const en = await finder({ lang: 'en' });
      expect(en.channels('Family counselling clinic')[2]).to.equal('Phone service: Advice line');
    });
  });

  describe('closures, notices and status', () => {
    it('shows a temporary closure with its end date, and every channel closed', async () => {
      const ui = await finder();
      expect(ui.notices('Lastenvalvoja, Mikkeli')).to.deep.equal(['Suljettu väliaikaisesti 10.1.2027 asti']);
      expect(ui.channelStatus('Lastenvalvoja, Mikkeli', 'Toimipiste: Lastenvalvojan toimisto')).to.equal('Suljettu nyt');
    });

    it('writes the closure in Swedish and English', async () => {
      const sv = await finder({ lang: 'sv' });
      expect(sv.notices('Barnatillsyningsman, S:t Michel')).to.deep.equal(['Tillfälligt stängt till och med 10.1.2027']);
      const en = await finder({ lang: 'en' });
      expect(en.notices('Lastenvalvoja, Mikkeli')).to.deep.equal(['Temporarily closed through 10 Jan 2027']);
    });

    it('opens again after the closure ends', async () => {
      const ui = await finder({ now: '2027-01-11T10:00:00+02:00' });
      expect(ui.notices('Lastenvalvoja, Mikkeli')).to.deep.equal([]);
      expect(ui.channelStatus('Lastenvalvoja, Mikkeli', 'Toimipiste: Lastenvalvojan toimisto')).to.equal('Avoinna nyt');
    });

    it('shows the service\'s notice', async () => {
      const ui = await finder();
      expect(ui.notices('Perheneuvola')).to.deep.equal(['Tiedote: Perheneuvolan puhelinnumerot vaihtuvat 1.2.2027.']);
    });

    it('hides inactive services', async () => {
      const ui = await finder();
      expect(ui.names()).not.to.include('Erovertaisryhmä, Pieksämäki');
      expect(ui.count()).to.equal('5 palvelua');
      await ui.search('Pieksämäki');
      expect(ui.names()).to.deep.equal([]);
    });

    it('shows who can use the service and how to apply in its details', async () => {
      const ui = await finder();
      await ui.open('Perheneuvola');
      expect(ui.detailRows('Perheneuvola')).to.include.members([
        'Kuka voi käyttää: Etelä-Savon hyvinvointialueella asuvat lapsiperheet.',
        'Näin haet palvelua: Soita ajanvarausnumeroon tai jätä yhteydenottopyyntö verkossa. Lähetettä ei tarvita.',
      ]);
    });
  });

  describe('filters', () => {
    it('finds services by the kinds of their channels', async () => {
      const ui = await finder();
      await ui.check('Asiointitapa', 'Video');
      expect(ui.names()).to.deep.equal(['Perheasioiden sovittelu']);
    });

    it('"open now" counts a service open through any channel, never one closed for a while', async () => {
      const ui = await finder();
      await ui.check('Muut rajaukset', 'Avoinna nyt');
      expect(ui.names()).to.deep.equal(['Eroneuvo', 'Kriisipuhelin', 'Perheneuvola']);
    });

    it('"open now" with a channel asks that a channel of that kind is open', async () => {
      const ui = await finder();
      await ui.check('Muut rajaukset', 'Avoinna nyt');
      await ui.check('Asiointitapa', 'Chat');
      expect(ui.names()).to.deep.equal([]);
      await ui.check('Asiointitapa', 'Chat');
      await ui.check('Asiointitapa', 'Puhelin');
      expect(ui.names()).to.deep.equal(['Eroneuvo', 'Kriisipuhelin', 'Perheneuvola']);
    });
  });

  describe('a 1.0 service in a 1.1 feed', () => {
    it('renders as before: its own phone and hours, no channel list', async () => {
      const ui = await finder();
      expect(ui.channels('Kriisipuhelin')).to.deep.equal([]);
      expect(ui.hours('Kriisipuhelin')).to.deep.equal(['Aukioloajat: Puhelin: avoinna nyt', 'Ympäri vuorokauden']);
      expect(ui.link('Kriisipuhelin', 'phone')!.getAttribute('href')).to.equal('tel:+358925250111');
    });
  });

  describe('accessibility', () => {
    it('names each result\'s channel list and details group', async () => {
      const ui = await finder();
      const card = ui.card('Perheneuvola');
      expect(card.querySelector('.service-channels')!.getAttribute('aria-label')).to.equal('Asiointikanavat: Perheneuvola');
      await ui.open('Perheneuvola');
      const details = ui.details('Perheneuvola')!;
      const label = card.querySelector(`#${details.getAttribute('aria-labelledby')}`);
      expect(label!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Lisätiedot: Perheneuvola');
    });

    it('passes axe with channels, closures and notices, details open, in every language', async () => {
      for (const lang of ['fi', 'sv', 'en']) {
        const ui = await finder({ lang, municipality: '491' });
        for (const name of ui.names()) await ui.open(name);
        await expect(ui.el).to.be.accessible();
      }
    });

    it('reaches every channel\'s links by Tab in reading order, then the details', async () => {
      const ui = await finder({ query: 'perheneuvola' });
      ui.button('Tyhjennä valinnat')!.focus();
      const stops: string[] = [];
      for (let i = 0; i < 7; i++) {
        await sendKeys({ press: 'Tab' });
        stops.push(ui.focused());
      }
      expect(stops).to.deep.equal([
        'a:tel:+358447946000',
        'a:tel:+358445170000',
        'a:tel:+358447946100',
        'a:mailto:perheneuvola@essote.example',
        'a:https://www.essote.example/perheneuvola/yhteydenotto',
        'button:Lisätiedot: Perheneuvola',
        'outside',
      ]);
    });

    it('reflows at 320 px without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const ui = await finder();
        await ui.open('Perheneuvola');
        expect(ui.el.scrollWidth).to.be.at.most(ui.el.clientWidth);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('JSON-LD', () => {
    async function graph(): Promise<Node[]> {
      const ui = await finder();
      await afterIdle();
      const script = [...ui.el.children].find((c): c is HTMLScriptElement => c.localName === 'script');
      return (JSON.parse(script!.text) as { '@graph': Node[] })['@graph'];
    }

    it('describes each channel as a schema.org ServiceChannel with its phone, place and hours', async () => {
      const nodes = await graph();
      const clinic = nodes.find((n) => n.name === 'Perheneuvola')!;
      const channels = clinic.availableChannel as Node[];
      expect(channels.map((c) => [c['@type'], c.name])).to.deep.equal([
        ['ServiceChannel', 'Mikkelin perheneuvola'],
        ['ServiceChannel', 'Savonlinnan perheneuvola'],
        ['ServiceChannel', 'Perheneuvolan neuvontapuhelin'],
        ['ServiceChannel', 'Yhteydenottopyyntö verkossa'],
      ]);
      const office = channels[0];
      expect(((office.serviceLocation as Node).address as Node).streetAddress).to.equal('Porrassalmenkatu 21 A');
      expect((office.servicePhone as Node[])[0].telephone).to.equal('+358447946000');
      const special = (office.serviceLocation as Node).specialOpeningHoursSpecification as Node[];
      expect(special[0]).to.include({ validFrom: '2026-12-24', validThrough: '2026-12-26', opens: '00:00', closes: '00:00' });
      const line = (channels[2].servicePhone as Node[])[0];
      expect(line.hoursAvailable as Node[]).to.deep.include({ '@type': 'OpeningHoursSpecification', validFrom: '2026-12-24', validThrough: '2026-12-24', opens: '09:00', closes: '12:00' });
      expect(channels[3].serviceUrl).to.equal('https://www.essote.example/perheneuvola/yhteydenotto');
    });

    it('leaves out inactive services and keeps a 1.0 service\'s one channel', async () => {
      const nodes = await graph();
      expect(nodes.map((n) => n.name)).not.to.include('Erovertaisryhmä, Pieksämäki');
      const crisis = nodes.find((n) => n.name === 'Kriisipuhelin')!;
      expect((crisis.availableChannel as Node)['@type']).to.equal('ServiceChannel');
      expect(((crisis.availableChannel as Node).servicePhone as Node).telephone).to.equal('+358925250111');
    });
  });
});
