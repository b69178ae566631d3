/**
 * The pager of the finder, the calendar and the project list as a person and a webmaster meet
 * it: one `page-size` attribute (0 shows all), `limit` as a warning alias, and "Show more"
 * handing focus to the first newly shown item.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/event-calendar/define.js';
import '../../src/components/project-list/define.js';
import '../../src/components/service-finder/define.js';
import { sendKeys } from '../helpers/commands.js';
import { EventCalendarHarness } from '../helpers/event-calendar-harness.js';
import { feedUrl, newVisit } from '../helpers/feed-server.js';
import { mount, settled } from '../helpers/mount.js';
import { ProjectHarness } from '../helpers/project-harness.js';
import { ServiceFinderHarness } from '../helpers/service-finder-harness.js';

const events = feedUrl({ file: 'test/fixtures/events.json', key: 'pager-events' });
const services = feedUrl({ file: 'test/fixtures/services.json', key: 'pager-services' });
const projects = feedUrl({ file: 'test/fixtures/projects.json', key: 'pager-projects' });

async function calendar(attributes: Record<string, string>) {
  const mounted = await mount('ero-event-calendar', { src: events, now: '2026-10-01T12:00', ...attributes });
  await settled(mounted);
  const ui = new EventCalendarHarness(mounted.el);
  await ui.settle();
  return { el: mounted.el, ui };
}

async function finder(attributes: Record<string, string>) {
  const mounted = await mount('ero-service-finder', { src: services, now: '2026-01-05T10:00:00+02:00', ...attributes });
  await settled(mounted);
  return { el: mounted.el, ui: new ServiceFinderHarness(mounted.el) };
}

async function projectList(attributes: Record<string, string>) {
  const mounted = await mount('ero-project-list', { src: projects, today: '2025-06-01', ...attributes });
  await settled(mounted);
  return { el: mounted.el, ui: new ProjectHarness(mounted.el) };
}

/** Runs `action` and returns what it wrote with console.warn about `limit`. */
async function limitWarnings(action: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (message: string) => warnings.push(message);
  try {
    await action();
  } finally {
    console.warn = original;
  }
  return warnings.filter((w) => w.includes('limit'));
}

describe('pager', () => {
  before(() => {
    newVisit();
    localStorage.clear();
  });

  it('shows all with page-size="0" in every list', async () => {
    expect((await calendar({ 'page-size': '0' })).ui.cards()).to.have.length(21);
    expect((await finder({ 'page-size': '0' })).ui.cards()).to.have.length(13);
    expect((await projectList({ 'page-size': '0' })).ui.names()).to.have.length(7);
  });

  it('keeps the old limit attribute working, and warns once per element type that it is deprecated', async () => {
    let first!: EventCalendarHarness;
    let second!: EventCalendarHarness;
    const warnings = await limitWarnings(async () => {
      first = (await calendar({ limit: '4' })).ui;
      second = (await calendar({ limit: '6' })).ui;
    });
    expect(first.cards()).to.have.length(4);
    expect(second.cards()).to.have.length(6);
    expect(warnings).to.deep.equal([
      '[eroauttaminen] <ero-event-calendar> limit="4" is deprecated; use page-size (0 shows all). page-size wins when both are set.',
    ]);
  });

  it('warns about limit on the project list too, where it has always meant what page-size means', async () => {
    let ui!: ProjectHarness;
    const warnings = await limitWarnings(async () => {
      ui = (await projectList({ limit: '2' })).ui;
    });
    expect(ui.names()).to.have.length(2);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<ero-project-list> limit="2" is deprecated; use page-size');
  });

  it('lets page-size win when both are set', async () => {
    const { ui } = await finder({ 'page-size': '3', limit: '5' });
    expect(ui.cards()).to.have.length(3);
    expect((await projectList({ limit: '5', 'page-size': '2' })).ui.names()).to.have.length(2);
  });

  it('starts from the first page again when page-size changes', async () => {
    const { el, ui } = await calendar({ 'page-size': '3' });
    ui.showMoreButton()!.click();
    await ui.settle();
    expect(ui.cards()).to.have.length(6);
    el.setAttribute('page-size', '5');
    await ui.settle();
    expect(ui.cards()).to.have.length(5);
  });

  it('calendar: Enter on "Show more" moves focus to the first new occurrence, and Tab goes on inside it', async () => {
    const { el, ui } = await calendar({ 'page-size': '2' });
    ui.showMoreButton()!.focus();
    await sendKeys({ press: 'Enter' });
    await ui.settle();
    expect(ui.cards()).to.have.length(4);
    expect(el.shadowRoot!.activeElement).to.equal(ui.cards()[2].parentElement);
    await sendKeys({ press: 'Tab' });
    expect(ui.cards()[2].contains(el.shadowRoot!.activeElement)).to.equal(true);
  });

  it('finder: Enter on "Show more" moves focus to the first new service', async () => {
    const { el, ui } = await finder({ 'page-size': '4' });
    ui.button('Näytä lisää (9 jäljellä)')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(ui.cards()).to.have.length(8);
    expect(el.shadowRoot!.activeElement).to.equal(ui.cards()[4]);
  });

  it('project list: the last page shows only what is left, and the button goes', async () => {
    const { el, ui } = await projectList({ 'page-size': '3' });
    ui.moreButton()!.click();
    await el.updateComplete;
    expect(ui.moreButton()!.textContent!.trim()).to.equal('Näytä vielä 1 hanke');
    ui.moreButton()!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(ui.names()).to.have.length(7);
    expect(ui.moreButton()).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(ui.card(ui.names()[6]));
  });
});
