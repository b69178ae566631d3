/**
 * The clock the elements share: the `now` a page gives, in any of its forms, and the real
 * clock that brings an element up to date on its own when a new day (or minute) begins.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/event-calendar/define.js';
import '../../src/components/project-list/define.js';
import '../../src/components/service-finder/define.js';
import { readInstant } from '../../src/controllers/clock.js';
import { EventCalendarHarness } from '../helpers/event-calendar-harness.js';
import { feedUrl, newVisit } from '../helpers/feed-server.js';
import { mount, settled } from '../helpers/mount.js';
import { ProjectHarness } from '../helpers/project-harness.js';
import { ServiceFinderHarness } from '../helpers/service-finder-harness.js';

const projects = feedUrl({ file: 'test/fixtures/projects.json', key: 'clock-projects' });

/** Runs `test` with Date.now() returning `time.value`, which it may move on. */
async function withClock(time: { value: number }, test: () => Promise<void>): Promise<void> {
  const realNow = Date.now;
  Date.now = () => time.value;
  try {
    await test();
  } finally {
    Date.now = realNow;
  }
}

async function until(check: () => boolean, timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!check() && performance.now() - start < timeout) await new Promise((r) => setTimeout(r, 20));
}

describe('clock', () => {
  before(() => {
    newVisit();
    localStorage.clear();
  });

  it('reads now as ISO 8601, a Helsinki wall time, a Date or milliseconds', () => {
    const instant = Date.parse('2026-01-05T10:00:00+02:00');
    expect(readInstant('2026-01-05T10:00:00+02:00')).to.equal(instant);
    expect(readInstant('2026-01-05T10:00')).to.equal(instant);
    expect(readInstant('2026-07-05T10:00')).to.equal(Date.parse('2026-07-05T10:00:00+03:00'));
    expect(readInstant(new Date(instant))).to.equal(instant);
    expect(readInstant(instant)).to.equal(instant);
  });

  it('has no given time for an empty or unreadable now', () => {
    for (const value of ['', 'tänään', null, undefined, NaN, new Date('x')]) expect(readInstant(value)).to.equal(undefined);
  });

  it('lets the finder take a Helsinki wall time, as the calendar does', async () => {
    const src = feedUrl({ file: 'test/fixtures/services.json', key: 'clock-services' });
    const open = async (now: string) => {
      const mounted = await mount('ero-service-finder', { src, now, 'open-now': '' });
      await settled(mounted);
      return new ServiceFinderHarness(mounted.el).names();
    };
    expect(await open('2026-01-05T22:30')).to.deep.equal(await open('2026-01-05T22:30:00+02:00'));
  });

  it('moves a project to "ended" on its own when the Helsinki day after its end date begins', async () => {
    // Matkalla riittävään vanhemmuuteen ends on 31.12.2026.
    const time = { value: Date.parse('2026-12-31T23:59:59.900+02:00') };
    await withClock(time, async () => {
      const mounted = await mount('ero-project-list', { src: projects });
      await settled(mounted);
      const ui = new ProjectHarness(mounted.el);
      expect(ui.status('Matkalla riittävään vanhemmuuteen').seen).to.equal('Käynnissä');
      time.value = Date.parse('2027-01-01T00:00:00.100+02:00');
      await until(() => ui.status('Matkalla riittävään vanhemmuuteen').seen === 'Päättynyt');
      expect(ui.status('Matkalla riittävään vanhemmuuteen').seen).to.equal('Päättynyt');
    });
  });

  it('keeps a page-given date: the clock does not move a preview', async () => {
    const time = { value: Date.parse('2026-12-31T23:59:59.900+02:00') };
    await withClock(time, async () => {
      const mounted = await mount('ero-project-list', { src: projects, today: '2025-06-01' });
      await settled(mounted);
      const ui = new ProjectHarness(mounted.el);
      time.value = Date.parse('2027-01-01T00:00:00.100+02:00');
      await new Promise((r) => setTimeout(r, 300));
      expect(ui.status('Matkalla riittävään vanhemmuuteen').seen).to.equal('Käynnissä');
    });
  });

  it('marks the new today in the calendar\'s month grid after midnight', async () => {
    const src = feedUrl({ file: 'test/fixtures/events.json', key: 'clock-events' });
    const time = { value: Date.parse('2026-10-14T23:59:59.900+03:00') };
    await withClock(time, async () => {
      const mounted = await mount('ero-event-calendar', { src, view: 'month' });
      await settled(mounted);
      const ui = new EventCalendarHarness(mounted.el);
      await ui.settle();
      const today = () => mounted.el.shadowRoot!.querySelector('[aria-current="date"]')?.textContent ?? '';
      expect(today()).to.match(/^\s*14\b/);
      time.value = Date.parse('2026-10-15T00:00:00.100+03:00');
      await until(() => /^\s*15\b/.test(today()));
      expect(today()).to.match(/^\s*15\b/);
    });
  });
});
