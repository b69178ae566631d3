import { expect } from '@open-wc/testing';
import { generateFeed } from '../../scripts/generate-feed.mjs';
import '../../src/components/service-finder/define.js';
import { parseFeed, validateSome } from '../../src/feed/parse.js';
import type { Feed } from '../../src/feed/types.js';
import { MUNICIPALITIES } from '../../src/feed/vocabulary/areas.js';
import { mount } from '../helpers/mount.js';
import { ServiceFinderHarness } from '../helpers/service-finder-harness.js';

/** A small feed with one bad service and one bad event (its end before its start). */
function feedWithBadItems(): Feed {
  const feed = generateFeed({ count: 6, events: 3, seed: 3, municipalities: MUNICIPALITIES });
  (feed.services as unknown[]).push({ id: 'bad-service', name: { fi: 'Ei nimeä' } });
  const { duration: _duration, ...event } = feed.events[0];
  feed.events.push({ ...event, id: 'bad-event', start: '2026-10-06T18:00', end: '2026-10-06T17:00' });
  return feed;
}

describe('the whole-feed check', () => {
  it('reports the same issues, in the same order, whichever collection is read first', () => {
    const raw = feedWithBadItems();
    const all = parseFeed(structuredClone(raw)).issues;
    const servicesFirst = parseFeed(structuredClone(raw));
    expect(servicesFirst.feed.services!.map((s) => s.id)).not.to.include('bad-service');
    expect(servicesFirst.issues).to.deep.equal(all);
    expect(all.map((i) => i.itemId)).to.include.members(['bad-service', 'bad-event']);
  });

  it('finds the same items and issues when validated in idle slices that stop and go on', () => {
    const raw = feedWithBadItems();
    const whole = parseFeed(structuredClone(raw));
    const sliced = parseFeed(structuredClone(raw));
    let slices = 0;
    let calls = 0;
    while (!validateSome(sliced, () => calls++ % 2 === 0)) slices++;
    expect(slices).to.be.greaterThan(0);
    expect(sliced.issues).to.deep.equal(whole.issues);
    expect(sliced.feed.events!.map((e) => e.id)).to.deep.equal(whole.feed.events!.map((e) => e.id));
    expect(sliced.feed.services!.map((s) => s.id)).to.deep.equal(whole.feed.services!.map((s) => s.id));
  });

  it('leaves bad items of collections the finder does not show out too, with the notice, console messages and load event', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const feed = feedWithBadItems();
      const mounted = await mount('ero-service-finder', {}, (el) => (el.feed = feed));
      const ui = new ServiceFinderHarness(mounted.el);
      expect(ui.names()).to.have.length(6);
      expect(mounted.el.shadowRoot!.querySelector('.hidden-items')?.textContent).to.equal('2 kohdetta jätettiin pois virheellisten tietojen vuoksi.');
      expect(mounted.loads).to.have.length(1);
      expect(mounted.loads[0].detail.issues.map((i) => i.itemId)).to.include.members(['bad-service', 'bad-event']);
      expect(warnings.some((w) => w.includes('$.events[3].end'))).to.equal(true);
      expect(warnings.some((w) => w.includes('$.services[6]'))).to.equal(true);
    } finally {
      console.warn = original;
    }
  });
});
