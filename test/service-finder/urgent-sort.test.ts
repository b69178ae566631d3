/**
 * <ero-service-finder sort="urgent">: what a family in crisis can reach now comes first (lines
 * that answer around the clock, then lines open now, then offices open now, then the rest), and
 * the order follows the clock.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/service-finder/define.js';
import type { Feed } from '../../src/feed/types.js';
import { feedUrl, newVisit } from '../helpers/feed-server.js';
import { mount, settled } from '../helpers/mount.js';
import { ServiceFinderHarness } from '../helpers/service-finder-harness.js';

const FILE = 'test/fixtures/services-urgent.json';
// Monday 5 January 2026 in Helsinki (UTC+2).
const MONDAY_MORNING = '2026-01-05T10:00:00+02:00';
const MONDAY_16 = '2026-01-05T16:00:00+02:00';

async function finder(attributes: Record<string, string> = {}) {
  const src = feedUrl({ file: FILE, key: 'service-finder-urgent' });
  const mounted = await mount('ero-service-finder', { src, municipality: '491', now: MONDAY_MORNING, ...attributes });
  await settled(mounted);
  return { el: mounted.el, ui: new ServiceFinderHarness(mounted.el) };
}

/** What a screen reader user hears as the results' order: "Kriisilinja: Avoinna nyt". */
const statuses = (ui: ServiceFinderHarness) => ui.names().map((name) => `${name}: ${ui.channelStatus(name, ui.channels(name)[0])}`);

describe('<ero-service-finder sort="urgent">', () => {
  before(() => {
    newVisit();
    localStorage.clear();
  });

  it('ranks by relevance by default: the local services first, open or not', async () => {
    const { ui } = await finder();
    expect(ui.names()).to.deep.equal([
      'Iltaryhmä',
      'Perheneuvolan toimisto',
      'Kriisichat',
      'Kriisilinja',
      'Neuvontapuhelin',
      'Tilapäisesti suljettu linja',
    ]);
  });

  it('puts lines open around the clock first, then lines open now, then offices open now, then closed ones', async () => {
    const { el, ui } = await finder({ sort: 'urgent' });
    expect(statuses(ui)).to.deep.equal([
      'Kriisichat: Avoinna nyt',
      'Kriisilinja: Avoinna nyt',
      'Neuvontapuhelin: Avoinna nyt',
      'Perheneuvolan toimisto: Avoinna nyt',
      'Iltaryhmä: Suljettu nyt',
      'Tilapäisesti suljettu linja: Suljettu nyt',
    ]);
    expect(el.shadowRoot!.querySelector('.order')!.textContent).to.equal(
      'Nyt avoinna olevat ensin, ympäri vuorokauden päivystävät linjat ensimmäisinä.',
    );
    await expect(el).to.be.accessible();
  });

  it('puts a line open now before a closed service that matches the search better', async () => {
    const { ui } = await finder({ query: 'puhelin' });
    expect(ui.names()).to.deep.equal(['Neuvontapuhelin', 'Kriisilinja']);
    const { ui: urgent } = await finder({ query: 'puhelin', sort: 'urgent', now: '2026-01-05T20:00:00+02:00' });
    expect(urgent.names()).to.deep.equal(['Kriisilinja', 'Neuvontapuhelin']);
  });

  it('orders by the channels the page pins', async () => {
    const { ui } = await finder({ sort: 'urgent', channel: 'on-site' });
    expect(ui.names()).to.deep.equal(['Perheneuvolan toimisto', 'Iltaryhmä']);
  });

  it('re-sorts when the time given passes a closing time, keeping the relevance order within each group', async () => {
    const { el, ui } = await finder({ sort: 'urgent' });
    el.setAttribute('now', MONDAY_16);
    await el.updateComplete;
    // The closed ones as relevance ranks them: the local services before the national line.
    expect(ui.names()).to.deep.equal([
      'Kriisichat',
      'Kriisilinja',
      'Iltaryhmä',
      'Perheneuvolan toimisto',
      'Neuvontapuhelin',
      'Tilapäisesti suljettu linja',
    ]);
  });

  it('re-sorts as the minute turns on its own clock, to what a fresh finder shows', async () => {
    const feed = (await (await fetch(feedUrl({ file: FILE }))).json()) as Feed;
    const realNow = Date.now;
    let time = Date.parse('2026-01-05T15:59:59.900+02:00');
    Date.now = () => time;
    const mountAt = async () => {
      const mounted = await mount('ero-service-finder', { municipality: '491', sort: 'urgent' }, (el) => (el.feed = feed));
      await mounted.el.updateComplete;
      return new ServiceFinderHarness(mounted.el);
    };
    try {
      const ui = await mountAt();
      expect(ui.names().slice(2, 4)).to.deep.equal(['Neuvontapuhelin', 'Perheneuvolan toimisto']);
      time = Date.parse(MONDAY_16);
      const waiting = realNow();
      // The finder reads the clock again when the minute begins, 0.1 s later.
      while (ui.names()[2] !== 'Iltaryhmä' && realNow() - waiting < 3000) await new Promise((r) => setTimeout(r, 20));
      const fresh = await mountAt();
      expect(ui.names()).to.deep.equal(fresh.names());
      expect(ui.names().slice(2)).to.deep.equal(['Iltaryhmä', 'Perheneuvolan toimisto', 'Neuvontapuhelin', 'Tilapäisesti suljettu linja']);
    } finally {
      Date.now = realNow;
    }
  });

  it('warns about an unknown order and ranks by relevance', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const { ui } = await finder({ sort: 'soonest' });
      expect(ui.names()[0]).to.equal('Iltaryhmä');
    } finally {
      console.warn = original;
    }
    expect(warnings).to.deep.equal([
      '[eroauttaminen] <ero-service-finder> sort="soonest" is not a known order ("relevance" or "urgent"); sorted by relevance.',
    ]);
  });

  it('takes the order in any case and says nothing about the default', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      expect((await finder({ sort: ' Urgent ' })).ui.names()[0]).to.equal('Kriisichat');
      expect((await finder({ sort: 'relevance' })).ui.names()[0]).to.equal('Iltaryhmä');
    } finally {
      console.warn = original;
    }
    expect(warnings).to.deep.equal([]);
  });
});
