/**
 * A feed of version 1.0 (no service channels) keeps working in the 1.1 finder: every service is
 * shown with its own phone, hours and badges, and no channel list appears.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/service-finder/define.js';
import { feedUrl, newVisit } from '../helpers/feed-server.js';
import { mount, settled } from '../helpers/mount.js';
import { ServiceFinderHarness } from '../helpers/service-finder-harness.js';

const src = feedUrl({ file: 'test/fixtures/sample-1.0.json', key: 'service-finder-feed-1.0' });
// Monday 14 December 2026 at 10.00 in Helsinki.
const MONDAY = '2026-12-14T10:00:00+02:00';

describe('<ero-service-finder> with a 1.0 feed', () => {
  before(() => {
    newVisit();
    localStorage.clear();
  });

  it('shows the 1.0 services with their own phone and hours, and no channel lists', async () => {
    const mounted = await mount('ero-service-finder', { src, now: MONDAY, 'page-size': '100' });
    await settled(mounted);
    expect(mounted.errors).to.deep.equal([]);
    expect(mounted.loads[0].detail.issues).to.deep.equal([]);
    const ui = new ServiceFinderHarness(mounted.el);
    expect(ui.cards()).to.have.length(23);
    for (const name of ui.names()) expect(ui.channels(name), name).to.deep.equal([]);
    const name = 'Lastenvalvoja, Mikkeli';
    expect(ui.link(name, 'phone')?.getAttribute('href')).to.equal('tel:+358401234567');
    expect(ui.hours(name).join(' ')).to.contain('9.00–11.00');
    expect(ui.badges(name)).to.include.members(['Paikan päällä', 'Puhelin', 'Video']);
    await expect(mounted.el).to.be.accessible();
  });
});
