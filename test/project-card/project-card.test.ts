import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '../helpers/commands.js';
import '../../src/components/project-card/define.js';
import type { ProjectSelectDetail } from '../../src/components/project-card/events.js';
import type { Feed } from '../../src/feed/types.js';
import { feedUrl, newVisit } from '../helpers/feed-server.js';
import { liveRegion, mount, settled, shownState } from '../helpers/mount.js';
import { ProjectHarness, seenText } from '../helpers/project-harness.js';

const src = feedUrl({ file: 'test/fixtures/projects.json', key: 'project-card' });
const NBSP = '\u00a0';

async function projectCard(attributes: Record<string, string>, children = '') {
  const mounted = await mount('ero-project-card', { src, today: '2025-06-01', ...attributes }, (el) => {
    el.innerHTML = children;
  });
  await settled(mounted);
  return { el: mounted.el, ui: new ProjectHarness(mounted.el) };
}

/** Collects console.error messages while `run` runs. */
async function consoleErrors(run: () => Promise<unknown>): Promise<string[]> {
  const messages: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.error = original;
  }
  return messages;
}

describe('<ero-project-card>', () => {
  before(() => {
    newVisit();
    localStorage.clear();
  });

  describe('full layout', () => {
    it('shows name, status, organisation, partners, period, area, target groups and funding', async () => {
      const { ui } = await projectCard({ project: 'matkalla' });
      expect(ui.names()).to.deep.equal(['Matkalla riittävään vanhemmuuteen']);
      expect(ui.status().seen).to.equal('Käynnissä');
      expect(ui.status().heard).to.equal('Hankkeen tila: Käynnissä');
      expect(ui.facts()).to.deep.equal({
        Toteuttaja: 'Itä-Suomen sosiaalialan osaamiskeskus ISO',
        Hankeaika: '1.8.2024–31.12.2026',
        Yhteistyökumppanit: 'Etelä-Savon hyvinvointialue Kainuun hyvinvointialue Pohjois-Savon hyvinvointialue',
        'Toiminta-alue': 'Etelä-Savo, Pohjois-Savo, Kainuu',
        Kohderyhmät: 'Eroavat vanhemmat Lapset, joiden vanhemmat eroavat Ammattilaiset',
        Kokonaisbudjetti: `2${NBSP}248${NBSP}352${NBSP}€`,
        Rahoittaja: `Euroopan sosiaalirahasto ESR+ Uudistuva ja osaava Suomi 2021–2027 Rahoitusosuus 1${NBSP}798${NBSP}681${NBSP}€ (80${NBSP}%)`,
      });
    });

    it('shows the description and the goals as a numbered list', async () => {
      const { ui } = await projectCard({ project: 'matkalla' });
      expect(seenText(ui.card().querySelector('[part~="description"]')!)).to.equal('Hanke tukee lastensuojelun asiakasperheitä monialaisesti.');
      const goals = [...ui.section('Tavoitteet')!.querySelectorAll('ol > li')].map(seenText);
      expect(goals).to.deep.equal([
        'Uudistaa monialaisen yhdessä työskentelyn tapoja',
        'Tuoda lastensuojelun henkilöstölle osaamista ja työvälineitä',
        'Vahvistaa lasten, nuorten ja vanhempien osallisuutta',
      ]);
    });

    it('shows contacts as <ero-contact-list> does, with tel and mailto links', async () => {
      const { ui } = await projectCard({ project: 'matkalla' });
      const contacts = ui.section('Yhteystiedot')!;
      expect(contacts.querySelector('[part~="contact-name"]')!.textContent).to.equal('Päivi Malinen');
      expect(contacts.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+358440246415');
      expect(contacts.querySelector('a[href^="tel:"]')!.textContent).to.equal('044 024 6415: Päivi Malinen');
      expect(contacts.querySelector('a[href^="mailto:"]')!.getAttribute('href')).to.equal('mailto:paivi.malinen@isonet.fi');
      expect(contacts.querySelector('button')!.textContent).to.contain('Tallenna yhteystieto: Päivi Malinen (vCard)');
    });

    it('also shows contacts that name the project from their side', async () => {
      const { ui } = await projectCard({ project: 'turvassa' });
      expect(ui.section('Yhteystiedot')!.querySelector('[part~="contact-name"]')!.textContent).to.equal('Emmi Heikkinen');
    });

    it('shows each material\'s type as text, e.g. "PDF-tiedosto"', async () => {
      const { ui } = await projectCard({ project: 'matkalla' });
      expect(ui.links('Materiaalit').map((l) => l.seen)).to.deep.equal([
        'Hankkeen esittelydiat (Esitys, PDF)↗',
        'Hankesuunnitelma (PDF-tiedosto)↗',
        'Riittävä vanhemmuus (Blogikirjoitus)↗',
        'Esittelyvideo (Video)↗',
      ]);
      expect(ui.links('Materiaalit')[1].href).to.equal('https://www.isonet.fi/suunnitelma.pdf');
    });

    it('marks links to other sites as external, in words for screen readers, and sends no referrer', async () => {
      const { ui } = await projectCard({ project: 'matkalla' });
      const [page] = ui.links('Lisätietoa');
      expect(page.heard).to.equal('Hankkeen sivu↗ (ulkoinen sivusto)');
      const anchor = ui.section('Lisätietoa')!.querySelector('a')!;
      expect(anchor.rel).to.equal('external noreferrer');
      expect(anchor.target).to.equal('');
      expect(ui.links('Seuraa somessa')).to.deep.equal([
        { seen: 'Facebook: isonet↗', heard: 'Facebook: isonet↗ (ulkoinen sivusto)', href: 'https://www.facebook.com/isonet' },
      ]);
    });

    it('does not mark links to the site itself as external', async () => {
      const feed: Feed = {
        version: '1.0',
        publisher: { name: { fi: 'Testi' } },
        updated: '2026-11-01T12:00:00+02:00',
        organizations: [{ id: 'o', name: { fi: 'Järjestö' } }],
        projects: [
          { id: 'p', name: { fi: 'Hanke' }, organization: 'o', startDate: '2024-01-01', links: [{ title: { fi: 'Oma sivu' }, url: `${location.origin}/hankkeet/p` }] },
        ],
      };
      const mounted = await mount('ero-project-card', { project: 'p' }, (el) => {
        el.feed = feed;
      });
      const ui = new ProjectHarness(mounted.el);
      expect(ui.links('Lisätietoa')).to.deep.equal([{ seen: 'Oma sivu', heard: 'Oma sivu', href: `${location.origin}/hankkeet/p` }]);
    });

    it('names partner organisations from the feed and links them to their site', async () => {
      const { ui } = await projectCard({ project: 'lape-etela-savo' });
      expect(ui.facts()['Yhteistyökumppanit']).to.equal('VIOLA – väkivallasta vapaaksi ry↗ Mikkelin kaupunki');
      expect(ui.card().querySelector('.fact a')!.getAttribute('href')).to.equal('https://www.violary.fi/');
      expect(ui.facts().Rahoittaja).to.equal('Sosiaali- ja terveysministeriö↗');
    });

    it('falls back to the organisation\'s area when the project has none', async () => {
      const { ui } = await projectCard({ project: 'vanhemmuus-vahvaksi' });
      expect(ui.facts()['Toiminta-alue']).to.equal('Lappi');
    });

    it('marks invented projects as example data', async () => {
      expect((await projectCard({ project: 'turvassa' })).ui.text()).to.contain('Esimerkkitieto');
      expect((await projectCard({ project: 'matkalla' })).ui.text()).not.to.contain('Esimerkkitieto');
    });
  });

  describe('status', () => {
    const statusOn = async (today: string) => (await projectCard({ project: 'matkalla', today })).ui.status().seen;

    it('is "Tulossa" the day before the start', async () => {
      expect(await statusOn('2024-07-31')).to.equal('Tulossa');
    });

    it('is "Käynnissä" on the start day and on the end day', async () => {
      expect(await statusOn('2024-08-01')).to.equal('Käynnissä');
      expect(await statusOn('2026-12-31')).to.equal('Käynnissä');
    });

    it('is "Päättynyt" the day after the end day', async () => {
      expect(await statusOn('2027-01-01')).to.equal('Päättynyt');
    });

    it('is localized in Swedish and English', async () => {
      const status = async (lang: string, today: string) => (await projectCard({ project: 'matkalla', lang, today })).ui.status();
      expect((await status('sv', '2024-07-31')).seen).to.equal('Kommande');
      expect((await status('sv', '2025-01-01')).heard).to.equal('Projektets status: Pågående');
      expect((await status('sv', '2027-01-01')).seen).to.equal('Avslutat');
      expect((await status('en', '2024-07-31')).seen).to.equal('Upcoming');
      expect((await status('en', '2025-01-01')).heard).to.equal('Project status: Ongoing');
      expect((await status('en', '2027-01-01')).seen).to.equal('Ended');
    });

    it('reads "from" a start date when there is no end date', async () => {
      expect((await projectCard({ project: 'pelkka-nimi' })).ui.facts().Hankeaika).to.equal('1.1.2020 alkaen');
      expect((await projectCard({ project: 'pelkka-nimi', lang: 'sv' })).ui.facts().Projekttid).to.equal('från 1.1.2020');
      expect((await projectCard({ project: 'pelkka-nimi', lang: 'en' })).ui.facts()['Project period']).to.equal('from 1 Jan 2020');
    });
  });

  describe('languages', () => {
    it('formats money and dates the Finland-Swedish way in Swedish', async () => {
      const { ui } = await projectCard({ project: 'matkalla', lang: 'sv' });
      const facts = ui.facts();
      expect(facts.Projekttid).to.equal('1.8.2024–31.12.2026');
      expect(facts['Total budget']).to.equal(`2${NBSP}248${NBSP}352${NBSP}€`);
      expect(facts['Finansiär']).to.equal(
        `Europeiska socialfonden ESF+ Ett förnyande och kompetent Finland 2021–2027 Finansieringsandel 1${NBSP}798${NBSP}681${NBSP}€ (80${NBSP}%)`,
      );
      expect(facts['Målgrupper']).to.equal('Föräldrar som skiljer sig Barn vars föräldrar skiljer sig Yrkesverksamma');
      expect(facts['Verksamhetsområde']).to.equal('Södra Savolax, Norra Savolax, Kajanaland');
    });

    it('formats money and dates for English readers', async () => {
      const { ui } = await projectCard({ project: 'matkalla', lang: 'en' });
      const facts = ui.facts();
      expect(facts['Project period']).to.equal('1 Aug 2024–31 Dec 2026');
      expect(facts['Total budget']).to.equal('€2,248,352');
      expect(facts.Funder).to.equal(`European Social Fund Plus ESF+ Innovation and Skills in Finland 2021–2027 Funding share €1,798,681 (80${NBSP}%)`);
      expect(ui.links('Materials')[1].seen).to.equal('Hankesuunnitelma (PDF file)↗');
    });

    it('marks feed text that falls back to Finnish with lang="fi"', async () => {
      const { ui } = await projectCard({ project: 'matkalla', lang: 'sv' });
      expect(ui.title().textContent).to.equal('Matkalla riittävään vanhemmuuteen');
      expect(ui.title().getAttribute('lang')).to.equal('fi');
      const en = await projectCard({ project: 'matkalla', lang: 'en' });
      expect(en.ui.title().textContent).to.equal('On the way to good-enough parenthood');
      expect(en.ui.title().hasAttribute('lang')).to.equal(false);
      const goal = en.ui.section('Goals')!.querySelector('li span')!;
      expect(goal.getAttribute('lang')).to.equal('fi');
    });
  });

  describe('missing optional fields', () => {
    it('shows only what the project has, with no empty sections and no "undefined"', async () => {
      const { ui } = await projectCard({ project: 'pelkka-nimi' });
      expect(ui.facts()).to.deep.equal({
        Toteuttaja: 'Lapin ensi- ja turvakoti ry',
        Hankeaika: '1.1.2020 alkaen',
        'Toiminta-alue': 'Lappi',
      });
      expect(ui.sectionTitles()).to.deep.equal([]);
      expect(ui.card().querySelector('[part~="description"]')).to.equal(null);
      expect(ui.text()).to.equal('Pelkkä nimi -hanke Käynnissä Esimerkkitieto Toteuttaja Lapin ensi- ja turvakoti ry Hankeaika 1.1.2020 alkaen Toiminta-alue Lappi');
      expect(ui.el.shadowRoot!.innerHTML).not.to.match(/undefined|NaN|null/);
    });

    it('leaves out the budget, shares and sections a project does not have', async () => {
      const { ui } = await projectCard({ project: 'valo', lang: 'en' });
      expect(Object.keys(ui.facts())).to.deep.equal(['Run by', 'Project period', 'Area', 'Target groups', 'Funder']);
      expect(ui.facts().Funder).to.equal('Euroopan sosiaalirahasto (ESR)');
      expect(ui.sectionTitles()).to.deep.equal([]);
      for (const list of ui.card().querySelectorAll('ul, ol, dl')) expect(list.children.length).to.be.above(0);
      expect(ui.text()).not.to.match(/undefined|NaN|null|–\s*$/);
    });
  });

  describe('compact layout', () => {
    it('shows the essentials, the target groups and a "Show details" button, without the details', async () => {
      const { ui } = await projectCard({ project: 'matkalla', layout: 'compact' });
      expect(Object.keys(ui.facts())).to.deep.equal(['Toteuttaja', 'Hankeaika']);
      expect([...ui.card().querySelectorAll('.tags .badge')].map(seenText)).to.deep.equal(['Vanhemmat', 'Lapset', 'Ammattilaiset']);
      expect(ui.sectionTitles()).to.deep.equal([]);
      const button = ui.detailsButton()!;
      expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Näytä tiedot hankkeesta Matkalla riittävään vanhemmuuteen');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('opens in place and fires ero-project-select', async () => {
      const { el, ui } = await projectCard({ project: 'matkalla', layout: 'compact' });
      const selected: CustomEvent<ProjectSelectDetail>[] = [];
      el.addEventListener('ero-project-select', (e) => selected.push(e));
      ui.detailsButton()!.click();
      await el.updateComplete;
      expect(selected).to.have.length(1);
      expect(selected[0].detail.id).to.equal('matkalla');
      expect(selected[0].detail.layout).to.equal('compact');
      expect(selected[0].bubbles && selected[0].composed && selected[0].cancelable).to.equal(true);
      expect(ui.sectionTitles()).to.deep.equal(['Tavoitteet', 'Yhteystiedot', 'Materiaalit', 'Lisätietoa', 'Seuraa somessa']);
      const button = ui.detailsButton()!;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)).to.contain(ui.section('Tavoitteet')!);
      expect(seenText(button)).to.equal('Piilota tiedot');
    });

    it('closes again without firing a second event', async () => {
      const { el, ui } = await projectCard({ project: 'matkalla', layout: 'compact' });
      let count = 0;
      el.addEventListener('ero-project-select', () => count++);
      ui.detailsButton()!.click();
      await el.updateComplete;
      ui.detailsButton()!.click();
      await el.updateComplete;
      expect(count).to.equal(1);
      expect(ui.sectionTitles()).to.deep.equal([]);
      expect(ui.detailsButton()!.getAttribute('aria-expanded')).to.equal('false');
    });

    it('stays closed when the site takes over with preventDefault()', async () => {
      const { el, ui } = await projectCard({ project: 'matkalla', layout: 'compact' });
      el.addEventListener('ero-project-select', (e) => e.preventDefault());
      ui.detailsButton()!.click();
      await el.updateComplete;
      expect(ui.sectionTitles()).to.deep.equal([]);
      expect(ui.detailsButton()!.getAttribute('aria-expanded')).to.equal('false');
    });

    it('opens by keyboard, keeps focus on the button and then tabs into the details', async () => {
      const { el, ui } = await projectCard({ project: 'matkalla', layout: 'compact' });
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      try {
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(ui.focused()).to.equal('button: Näytä tiedot hankkeesta Matkalla riittävään vanhemmuuteen');
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(ui.focused()).to.equal('button: Piilota tiedot hankkeesta Matkalla riittävään vanhemmuuteen');
        expect(ui.detailsButton()!.getAttribute('aria-expanded')).to.equal('true');
        await sendKeys({ press: 'Tab' });
        expect(ui.focused()).to.equal('a: 044 024 6415: Päivi Malinen');
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        await sendKeys({ press: 'Space' });
        await el.updateComplete;
        expect(ui.detailsButton()!.getAttribute('aria-expanded')).to.equal('false');
      } finally {
        before.remove();
      }
    });
  });

  describe('embedding', () => {
    it('puts the site\'s logos, actions and extra content into the card', async () => {
      const { ui } = await projectCard(
        { project: 'matkalla' },
        '<div slot="logos"><img alt="EU:n osarahoittama" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></div>' +
          '<a slot="actions" href="#liity">Liity kokemusasiantuntijaksi</a><p slot="extra">Uutisia</p><a href="#hanke">Hankkeen sivu</a>',
      );
      const assigned = (name: string) =>
        ui.card().querySelector<HTMLSlotElement>(`slot[name="${name}"]`)!.assignedElements().map((e) => e.textContent || e.querySelector('img')!.alt);
      expect(assigned('logos')).to.deep.equal(['EU:n osarahoittama']);
      expect(assigned('actions')).to.deep.equal(['Liity kokemusasiantuntijaksi']);
      expect(assigned('extra')).to.deep.equal(['Uutisia']);
      // The fallback link (default slot) is for when the feed fails; it is not shown in the card.
      expect(ui.el.shadowRoot!.querySelector('slot:not([name])')).to.equal(null);
    });

    it('fits the page outline with heading-level', async () => {
      const { el } = await projectCard({ project: 'matkalla', 'heading-level': '3' });
      const root = el.shadowRoot!;
      expect(root.querySelector('h3[part~="title"]')!.textContent).to.equal('Matkalla riittävään vanhemmuuteen');
      expect([...root.querySelectorAll('h4')].map((h) => h.textContent)).to.deep.equal([
        'Tavoitteet',
        'Yhteystiedot',
        'Materiaalit',
        'Lisätietoa',
        'Seuraa somessa',
      ]);
      expect(root.querySelector('h5[part~="contact-name"]')!.textContent).to.equal('Päivi Malinen');
      expect(root.querySelector('h2')).to.equal(null);
    });

    it('says clearly, with the fallback content, when the project is not in the feed', async () => {
      let shown!: { el: HTMLElement; ui: ProjectHarness };
      const errors = await consoleErrors(async () => {
        shown = await projectCard({ project: 'no-such-project' }, '<a href="/hankkeet">Hankkeet</a>');
      });
      expect(shownState(shown.el)).to.equal('error');
      expect(shown.el.shadowRoot!.querySelector('.state')!.textContent).to.contain('Hanketta ei löytynyt tietolähteestä.');
      expect(shown.el.shadowRoot!.querySelector<HTMLSlotElement>('.state slot')!.assignedElements()[0].textContent).to.equal('Hankkeet');
      // Not announced as the page loads: the box is there to read.
      expect(liveRegion(shown.el)).to.equal('');
      expect(errors.filter((m) => m.includes('project="no-such-project"'))).to.have.length(1);
    });

    it('says which attribute is missing when no project is chosen', async () => {
      let shown!: { el: HTMLElement };
      const errors = await consoleErrors(async () => {
        shown = await projectCard({});
      });
      expect(shown.el.shadowRoot!.querySelector('.state')!.textContent).to.contain('Näytettävää hanketta ei ole valittu.');
      expect(errors.some((m) => m.includes('no project attribute'))).to.equal(true);
    });

    it('shows the error box with the fallback when the feed fails', async () => {
      const mounted = await mount('ero-project-card', { src: feedUrl({ status: 500 }), project: 'matkalla' }, (el) => {
        el.innerHTML = '<a href="/hankkeet">Hankkeet</a>';
      });
      await settled(mounted);
      expect(shownState(mounted.el)).to.equal('error');
      expect(mounted.el.shadowRoot!.querySelector<HTMLSlotElement>('.state slot')!.assignedElements()[0].textContent).to.equal('Hankkeet');
      expect(liveRegion(mounted.el)).to.equal('');
    });
  });

  describe('the bundled sample feed (the seeds\' projects)', () => {
    const sample = feedUrl({ key: 'project-card-sample' });
    const SEEDS = ['kuka-huomaa-mut', 'turvassa', 'matkalla-riittavaan-vanhemmuuteen', 'vanhemmuus-vahvaksi-erossa', 'lape-etela-savo', 'valo'];

    it('shows ISO\'s budget and EU share as the project page states them', async () => {
      const { ui } = await projectCard({ src: sample, project: 'matkalla-riittavaan-vanhemmuuteen' });
      expect(ui.facts().Kokonaisbudjetti).to.equal(`2${NBSP}248${NBSP}352${NBSP}€`);
      expect(ui.facts().Rahoittaja).to.contain(`Rahoitusosuus 1${NBSP}798${NBSP}681${NBSP}€ (80${NBSP}%)`);
      expect(ui.facts().Hankeaika).to.equal('1.8.2024–31.12.2026');
    });

    it('shows Innokylä\'s "Valmis" as the computed status "Päättynyt"', async () => {
      const { ui } = await projectCard({ src: sample, project: 'valo', today: '2026-11-23' });
      expect(ui.status().seen).to.equal('Päättynyt');
      expect(ui.facts().Hankeaika).to.equal('1.10.2018–31.10.2020');
    });

    it('renders every seed project in fi, sv and en with nothing empty or "undefined"', async () => {
      for (const project of SEEDS) {
        for (const lang of ['fi', 'sv', 'en']) {
          const { el, ui } = await projectCard({ src: sample, project, lang });
          const where = `${project} (${lang})`;
          expect(ui.names(), where).to.have.length(1);
          expect(ui.text(), where).not.to.match(/undefined|NaN|\bnull\b|\[object/);
          for (const node of el.shadowRoot!.querySelectorAll('dd, li, [part~="section"], [part~="title"]')) {
            expect(node.textContent!.trim(), `${where}: empty ${node.localName}`).not.to.equal('');
          }
        }
      }
    });
  });

  describe('accessibility', () => {
    it('passes axe in the full layout in every language', async () => {
      for (const lang of ['fi', 'sv', 'en']) {
        const { el } = await projectCard({ project: 'matkalla', lang });
        await expect(el).to.be.accessible();
      }
    });

    it('passes axe in the compact layout, closed and open', async () => {
      const { el, ui } = await projectCard({ project: 'lape-etela-savo', layout: 'compact' });
      await expect(el).to.be.accessible();
      ui.detailsButton()!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('passes axe in the loading, not-found and error states', async () => {
      const loading = await mount('ero-project-card', { src: feedUrl({ delay: 2000 }), project: 'matkalla' });
      expect(shownState(loading.el)).to.equal('loading');
      await expect(loading.el).to.be.accessible();
      await consoleErrors(async () => {
        await expect((await projectCard({ project: 'nope' })).el).to.be.accessible();
      });
      const broken = await mount('ero-project-card', { src: feedUrl({ status: 404 }), project: 'matkalla' });
      await settled(broken);
      await expect(broken.el).to.be.accessible();
    });

    it('reflows at 320 px without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const { el } = await projectCard({ project: 'lape-etela-savo' });
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        const matkalla = await projectCard({ project: 'matkalla' });
        expect(matkalla.el.scrollWidth).to.be.at.most(matkalla.el.clientWidth);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });
});
