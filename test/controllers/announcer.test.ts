/**
 * The page's one polite live region: shared by every widget and by a second copy of the script,
 * and spoken to only after a person acts.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/contact-list/define.js';
import '../../src/components/event-calendar/define.js';
import '../../src/components/project-list/define.js';
import '../../src/components/service-finder/define.js';
import type { EventCalendar } from '../../src/components/event-calendar/event-calendar.js';
import type { ServiceFinder } from '../../src/components/service-finder/service-finder.js';
import { liveRegion as pageRegion } from '../../src/controllers/announcer.js';
import { EventCalendarHarness } from '../helpers/event-calendar-harness.js';
import { feedUrl, newVisit, SAMPLE } from '../helpers/feed-server.js';
import { liveRegion, mount, settled } from '../helpers/mount.js';
import { ServiceFinderHarness } from '../helpers/service-finder-harness.js';

const sample = feedUrl({ file: SAMPLE, key: 'announcer-sample' });

async function page(): Promise<[HTMLElement, HTMLElement, HTMLElement, HTMLElement]> {
  const widgets = await Promise.all([
    mount('ero-service-finder', { src: sample, now: '2026-01-05T10:00' }),
    mount('ero-event-calendar', { src: sample, now: '2026-10-01T12:00' }),
    mount('ero-project-list', { src: sample }),
    mount('ero-contact-list', { src: sample }),
  ]);
  await Promise.all(widgets.map((w) => settled(w)));
  const [finder, calendar, projects, contacts] = widgets;
  return [finder.el, calendar.el, projects.el, contacts.el];
}

/** Every live region in the document and in the widgets' shadow roots. */
function liveRegions(): Element[] {
  const found = [...document.querySelectorAll('[aria-live]')];
  for (const el of document.querySelectorAll('*')) if (el.shadowRoot) found.push(...el.shadowRoot.querySelectorAll('[aria-live]'));
  return found;
}

describe('announcer', () => {
  before(() => {
    newVisit();
    localStorage.clear();
  });

  it('keeps one polite region for the page, in the body, however many widgets there are', async () => {
    await page();
    const regions = liveRegions();
    expect(regions).to.have.length(1);
    expect(regions[0].parentElement).to.equal(document.body);
    expect(regions[0].getAttribute('role')).to.equal('status');
    expect(regions[0].getAttribute('aria-live')).to.equal('polite');
  });

  it('says nothing while the widgets load with the page', async () => {
    await page();
    expect(liveRegion()).to.equal('');
  });

  it('says the count of the widget a person used', async () => {
    const [finder, calendar] = await page();
    await new ServiceFinderHarness(finder as ServiceFinder).check('Asiointitapa', 'Chat');
    const afterFinder = liveRegion();
    expect(afterFinder).to.match(/^\d+ palvelu/);
    const ui = new EventCalendarHarness(calendar as EventCalendar);
    ui.viewButton('Kuukausi').click();
    await ui.settle();
    expect(liveRegion()).to.match(/^lokakuu 2026: \d+ tapahtuma/);
  });

  it('leaves no words behind when the widget that said them is removed', async () => {
    const [finder] = await page();
    await new ServiceFinderHarness(finder as ServiceFinder).check('Asiointitapa', 'Chat');
    expect(liveRegion()).not.to.equal('');
    finder.remove();
    expect(liveRegion()).to.equal('');
  });

  it('speaks through the region another copy of the script made first', async () => {
    // What a second copy (another version, another bundle) finds: the region stored under the shared key.
    pageRegion().remove();
    const foreign = document.createElement('div');
    foreign.setAttribute('role', 'status');
    foreign.setAttribute('aria-live', 'polite');
    document.body.append(foreign);
    (document as Document & Record<symbol, unknown>)[Symbol.for('eroauttaminen.live-region')] = foreign;
    const [finder] = await page();
    await new ServiceFinderHarness(finder as ServiceFinder).check('Asiointitapa', 'Chat');
    expect(foreign.textContent).to.match(/^\d+ palvelu/);
    expect(liveRegions()).to.have.length(1);
  });

  it('makes the region again if the page replaced it', async () => {
    const region = pageRegion();
    region.remove();
    const [finder] = await page();
    await new ServiceFinderHarness(finder as ServiceFinder).check('Asiointitapa', 'Chat');
    expect(pageRegion()).not.to.equal(region);
    expect(pageRegion().isConnected).to.equal(true);
    expect(liveRegion()).to.match(/^\d+ palvelu/);
  });
});
