import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '../helpers/commands.js';
import '../../src/components/project-list/define.js';
import type { ProjectSelectDetail } from '../../src/components/project-card/events.js';
import { feedUrl, newVisit } from '../helpers/feed-server.js';
import { liveRegion, mount, settled, shownState } from '../helpers/mount.js';
import { ProjectHarness } from '../helpers/project-harness.js';

const src = feedUrl({ file: 'test/fixtures/projects.json', key: 'project-list' });

async function projectList(attributes: Record<string, string> = {}) {
  const mounted = await mount('ero-project-list', { src, today: '2025-06-01', ...attributes });
  await settled(mounted);
  return { el: mounted.el, ui: new ProjectHarness(mounted.el) };
}

const ALL_SORTED = [
  // ongoing, newest start first
  'Matkalla riittävään vanhemmuuteen',
  'Pelkkä nimi -hanke',
  // upcoming, soonest first
  'Tuleva eroauttamisen hanke',
  // ended, latest end first
  'Turvassa',
  'Valo – Kansainvälinen lapsiperheiden kokonaisvaltaisen hyvinvoinnin vahvistaminen',
  'Vanhemmuus vahvaksi erossa',
  'LAPE Etelä-Savo',
];

describe('<ero-project-list>', () => {
  before(() => {
    newVisit();
    localStorage.clear();
  });

  it('shows ongoing projects first, then upcoming, then ended ones', async () => {
    const { el, ui } = await projectList();
    expect(ui.names()).to.deep.equal(ALL_SORTED);
    expect(ui.names().map((name) => ui.status(name).seen)).to.deep.equal([
      'Käynnissä',
      'Käynnissä',
      'Tulossa',
      'Päättynyt',
      'Päättynyt',
      'Päättynyt',
      'Päättynyt',
    ]);
    expect(liveRegion(el), 'loaded with the page: nothing to announce').to.equal('');
  });

  it('shows compact cards by default, each with its own "Show details" button', async () => {
    const { ui } = await projectList();
    expect(ui.cards().every((c) => c.matches('[part~="compact"]'))).to.equal(true);
    expect(ui.detailsButton('Turvassa')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Näytä tiedot hankkeesta Turvassa');
    expect(ui.sectionTitles('Matkalla riittävään vanhemmuuteen')).to.deep.equal([]);
  });

  it('filters by organisation, including projects it is a partner in', async () => {
    expect((await projectList({ organization: 'viola' })).ui.names()).to.deep.equal(['Tuleva eroauttamisen hanke', 'Turvassa', 'LAPE Etelä-Savo']);
  });

  it('filters by region', async () => {
    expect((await projectList({ region: '19' })).ui.names()).to.deep.equal(['Pelkkä nimi -hanke', 'Vanhemmuus vahvaksi erossa']);
  });

  it('filters by target group', async () => {
    expect((await projectList({ 'target-group': 'close-ones' })).ui.names()).to.deep.equal(['Tuleva eroauttamisen hanke', 'Turvassa']);
  });

  it('filters by one or several statuses', async () => {
    expect((await projectList({ status: 'ongoing' })).ui.names()).to.deep.equal(ALL_SORTED.slice(0, 2));
    expect((await projectList({ status: 'ended upcoming' })).ui.names()).to.deep.equal(ALL_SORTED.slice(2));
  });

  it('filters by funder text', async () => {
    expect((await projectList({ funder: 'esr' })).ui.names()).to.deep.equal([
      'Matkalla riittävään vanhemmuuteen',
      'Valo – Kansainvälinen lapsiperheiden kokonaisvaltaisen hyvinvoinnin vahvistaminen',
    ]);
  });

  it('ignores unknown status words and says so on the console', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const { ui } = await projectList({ status: 'ongoing finished' });
      expect(ui.names()).to.deep.equal(ALL_SORTED.slice(0, 2));
    } finally {
      console.warn = original;
    }
    expect(warnings).to.deep.equal(['[eroauttaminen] <ero-project-list> status="ongoing finished": "finished" is not a known value (upcoming, ongoing, ended); ignored.']);
  });

  it('follows attribute changes and announces the new count politely', async () => {
    const { el, ui } = await projectList();
    el.setAttribute('status', 'upcoming');
    await el.updateComplete;
    expect(ui.names()).to.deep.equal(['Tuleva eroauttamisen hanke']);
    expect(liveRegion(el)).to.equal('1 hanke');
    el.setAttribute('region', '01');
    await el.updateComplete;
    expect(shownState(el)).to.equal('empty');
    expect(liveRegion(el)).to.equal('Valinnoilla ei löytynyt hankkeita.');
  });

  it('announces counts in Swedish and English', async () => {
    const reselect = async (lang: string, name: string, value: string) => {
      const { el } = await projectList({ lang });
      el.setAttribute(name, value);
      await el.updateComplete;
      return liveRegion(el);
    };
    expect(await reselect('sv', 'status', 'ongoing ended')).to.equal('6 projekt');
    expect(await reselect('en', 'status', 'upcoming')).to.equal('1 project');
    expect(await reselect('en', 'region', '01')).to.equal('No projects match these choices.');
  });

  it('re-renders at once when the page language changes', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'fi';
    document.body.append(wrapper);
    try {
      const mounted = await mount('ero-project-list', { src, today: '2025-06-01' });
      wrapper.append(mounted.el);
      await settled(mounted);
      const ui = new ProjectHarness(mounted.el);
      expect(ui.status('Turvassa').seen).to.equal('Päättynyt');
      wrapper.lang = 'sv';
      await new Promise((r) => setTimeout(r));
      await mounted.el.updateComplete;
      expect(ui.status('Turvassa').seen).to.equal('Avslutat');
      expect(liveRegion(mounted.el), 'the same projects in another language are no news').to.equal('');
    } finally {
      wrapper.remove();
    }
  });

  it('computes statuses for the given day', async () => {
    const { ui } = await projectList({ today: '2027-01-01', status: 'ongoing' });
    expect(ui.names()).to.deep.equal(['Tuleva eroauttamisen hanke', 'Pelkkä nimi -hanke']);
  });

  describe('opening a project', () => {
    it('opens the card in place and fires ero-project-select', async () => {
      const { el, ui } = await projectList();
      const selected: CustomEvent<ProjectSelectDetail>[] = [];
      el.addEventListener('ero-project-select', (e) => selected.push(e));
      ui.detailsButton('LAPE Etelä-Savo')!.click();
      await el.updateComplete;
      expect(selected.map((e) => e.detail.id)).to.deep.equal(['lape-etela-savo']);
      expect(selected[0].detail.project.name.fi).to.equal('LAPE Etelä-Savo');
      expect(ui.sectionTitles('LAPE Etelä-Savo')).to.deep.equal(['Materiaalit', 'Seuraa somessa']);
      expect(ui.sectionTitles('Turvassa')).to.deep.equal([]);
    });

    it('keeps an opened card in its column: no hole beside the first card, and its neighbours keep their height', async () => {
      await setViewport({ width: 1000, height: 700 });
      try {
        const { el, ui } = await projectList();
        const [first, second] = ui.cards();
        const [firstName, secondName] = ui.names();
        const box = (card: Element) => card.getBoundingClientRect();
        expect(Math.round(box(second).top), 'two cards in the first row').to.equal(Math.round(box(first).top));
        const closed = { first: box(first).height, second: box(second).height };
        ui.detailsButton(secondName)!.click();
        await el.updateComplete;
        expect(ui.detailsButton(secondName)!.getAttribute('aria-expanded')).to.equal('true');
        expect(Math.round(box(second).top)).to.equal(Math.round(box(first).top), 'the opened card stays beside the first one');
        expect(box(second).left).to.be.above(box(first).right);
        expect(Math.abs(box(first).height - closed.first)).to.be.below(2, 'the closed first card keeps its height');
        ui.detailsButton(secondName)!.click();
        ui.detailsButton(firstName)!.click();
        await el.updateComplete;
        expect(box(first).height).to.be.above(closed.first * 1.5, 'the first card opened');
        expect(Math.round(box(second).top)).to.equal(Math.round(box(first).top));
        expect(box(second).height).to.be.at.most(Math.max(closed.first, closed.second) + 1, 'its closed neighbour does not stretch to it');
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('lets the site take over with preventDefault()', async () => {
      const { el, ui } = await projectList();
      el.addEventListener('ero-project-select', (e) => e.preventDefault());
      ui.detailsButton('Turvassa')!.click();
      await el.updateComplete;
      expect(ui.detailsButton('Turvassa')!.getAttribute('aria-expanded')).to.equal('false');
      expect(ui.facts('Turvassa')).not.to.have.property('Kohderyhmät');
    });

    it('keeps compact cards when layout is misspelt', async () => {
      const { ui } = await projectList({ layout: 'ful' });
      expect(ui.cards().every((c) => c.matches('[part~="compact"]'))).to.equal(true);
    });

    it('shows every card in full with layout="full"', async () => {
      const { ui } = await projectList({ layout: 'full' });
      expect(ui.detailsButton('Turvassa')).to.equal(null);
      expect(ui.sectionTitles('Matkalla riittävään vanhemmuuteen')).to.include('Tavoitteet');
    });
  });

  describe('page-size', () => {
    it('shows the first projects, says how many there are, and shows more on request', async () => {
      const { el, ui } = await projectList({ 'page-size': '3' });
      expect(ui.names()).to.deep.equal(ALL_SORTED.slice(0, 3));
      expect(ui.summary()).to.equal('Näytetään 3/7 hanketta');
      expect(liveRegion(el), 'loaded with the page: nothing to announce').to.equal('');
      expect(ui.moreButton()!.textContent!.trim()).to.equal('Näytä vielä 3 hanketta');
      ui.moreButton()!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(ui.names()).to.deep.equal(ALL_SORTED.slice(0, 6));
      expect(ui.moreButton()!.textContent!.trim()).to.equal('Näytä vielä 1 hanke');
    });

    it('moves focus to the first newly shown card', async () => {
      const { el, ui } = await projectList({ 'page-size': '2' });
      ui.moreButton()!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement === ui.card('Tuleva eroauttamisen hanke')).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(ui.focused()).to.equal('button: Näytä tiedot hankkeesta Tuleva eroauttamisen hanke');
    });

    it('starts again from the first page when the filters change', async () => {
      const { el, ui } = await projectList({ 'page-size': '2' });
      ui.moreButton()!.click();
      await el.updateComplete;
      el.setAttribute('status', 'ended');
      await el.updateComplete;
      expect(ui.names()).to.deep.equal(ALL_SORTED.slice(3, 5));
      expect(ui.summary()).to.equal('Näytetään 2/4 hanketta');
    });

    it('has no button when everything fits', async () => {
      const { ui } = await projectList({ 'page-size': '10' });
      expect(ui.moreButton()).to.equal(null);
      expect(ui.summary()).to.equal('');
    });
  });

  it('fits the page outline with heading-level', async () => {
    const { el } = await projectList({ 'heading-level': '2', layout: 'full' });
    expect(el.shadowRoot!.querySelectorAll('h2[part~="title"]')).to.have.length(7);
    expect(el.shadowRoot!.querySelector('h3[part~="section-title"]')!.textContent).to.equal('Tavoitteet');
  });

  describe('accessibility', () => {
    it('passes axe in every language', async () => {
      for (const lang of ['fi', 'sv', 'en']) {
        await expect((await projectList({ lang })).el).to.be.accessible();
      }
    });

    it('passes axe with an open card, in the full layout and with a page size', async () => {
      const { el, ui } = await projectList({ 'page-size': '4' });
      ui.detailsButton('Matkalla riittävään vanhemmuuteen')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await expect((await projectList({ layout: 'full' })).el).to.be.accessible();
    });

    it('passes axe in the empty, loading and error states', async () => {
      await expect((await projectList({ organization: 'nobody' })).el).to.be.accessible();
      const loading = await mount('ero-project-list', { src: feedUrl({ delay: 2000 }) });
      expect(shownState(loading.el)).to.equal('loading');
      await expect(loading.el).to.be.accessible();
      const broken = await mount('ero-project-list', { src: feedUrl({ status: 404 }) });
      await settled(broken);
      expect(shownState(broken.el)).to.equal('error');
      await expect(broken.el).to.be.accessible();
    });

    it('reaches every "Show details" button by Tab, in reading order', async () => {
      const { el } = await projectList({ status: 'ended' });
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      const stops: string[] = [];
      try {
        before.focus();
        for (let i = 0; i < 4; i++) {
          await sendKeys({ press: 'Tab' });
          stops.push(el.shadowRoot!.activeElement?.textContent?.replace(/\s+/g, ' ').trim() ?? 'outside');
        }
      } finally {
        before.remove();
      }
      expect(stops).to.deep.equal(ALL_SORTED.slice(3).map((name) => `Näytä tiedot hankkeesta ${name}`));
    });

    it('lays cards out in columns on a wide screen', async () => {
      await setViewport({ width: 1000, height: 700 });
      try {
        const { ui } = await projectList();
        const lefts = new Set(ui.cards().map((c) => Math.round(c.getBoundingClientRect().left)));
        expect(lefts.size).to.be.above(1);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('reflows to one column at 320 px without horizontal scrolling, open cards included', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const { el, ui } = await projectList();
        ui.detailsButton('Matkalla riittävään vanhemmuuteen')!.click();
        await el.updateComplete;
        const lefts = new Set(ui.cards().map((c) => Math.round(c.getBoundingClientRect().left)));
        expect(lefts.size).to.equal(1);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });
});
