import { expect } from '@open-wc/testing';
import {
  closureOn,
  hasLocalOffice,
  isServiceOpenOn,
  isShown,
  orderedChannels,
} from '../../src/components/service-finder/channels.js';
import { helsinkiWallClock } from '../../src/components/service-finder/opening-hours.js';
import type { Service, ServiceChannel } from '../../src/feed/types.js';

const office = (name: string, municipality: string): ServiceChannel => ({
  type: 'on-site',
  name: { fi: name },
  address: { municipality },
  hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '16:00' }],
});
const chat: ServiceChannel = { type: 'chat', hours: [{ days: ['mo', 'we'], opens: '18:00', closes: '21:00' }] };
const service = (more: Partial<Service>): Service => ({
  id: 's',
  name: { fi: 'Perheneuvola' },
  organization: 'o',
  types: ['counselling'],
  targetGroups: ['parent'],
  area: { regions: ['10'] },
  serviceChannels: [office('Mikkeli', '491'), office('Savonlinna', '740'), chat],
  ...more,
});
// Monday 14 December 2026 at 10.00 and at 19.00 in Helsinki.
const morning = helsinkiWallClock(Date.parse('2026-12-14T10:00:00+02:00'));
const evening = helsinkiWallClock(Date.parse('2026-12-14T19:00:00+02:00'));

describe('service channels', () => {
  it('shows every service but the inactive ones', () => {
    expect(isShown(service({}))).to.equal(true);
    expect(isShown(service({ status: 'temporarily-closed' }))).to.equal(true);
    expect(isShown(service({ status: 'inactive' }))).to.equal(false);
  });

  it('keeps a temporary closure through its last day, and one without an end until the status changes', () => {
    const closed = service({ status: 'temporarily-closed', closedThrough: '2027-01-10' });
    expect(closureOn(closed, '2027-01-10')).to.deep.equal({ through: '2027-01-10' });
    expect(closureOn(closed, '2027-01-11')).to.equal(undefined);
    expect(closureOn(service({ status: 'temporarily-closed' }), '2030-01-01')).to.deep.equal({ through: undefined });
    expect(closureOn(service({}), '2027-01-01')).to.equal(undefined);
  });

  it('is open now through any channel, or through one of the chosen kinds', () => {
    expect(isServiceOpenOn(service({}), morning)).to.equal(true);
    expect(isServiceOpenOn(service({}), morning, ['chat'])).to.equal(false);
    expect(isServiceOpenOn(service({}), evening, ['chat'])).to.equal(true);
    expect(isServiceOpenOn(service({ status: 'temporarily-closed' }), morning)).to.equal(false);
    const ownHours = service({ serviceChannels: undefined, channels: ['on-site'], hours: office('Mikkeli', '491').hours });
    expect(isServiceOpenOn(ownHours, morning)).to.equal(true);
    expect(isServiceOpenOn({ ...ownHours, status: 'temporarily-closed' }, morning)).to.equal(false);
  });

  it('puts the offices of the chosen municipality or region first and keeps the rest in order', () => {
    const names = (place: { municipality?: string; region?: string }) =>
      orderedChannels(service({}), place).map((c) => c.name?.fi ?? c.type);
    expect(names({})).to.deep.equal(['Mikkeli', 'Savonlinna', 'chat']);
    expect(names({ municipality: '740' })).to.deep.equal(['Savonlinna', 'Mikkeli', 'chat']);
    expect(names({ municipality: '091' })).to.deep.equal(['Mikkeli', 'Savonlinna', 'chat']);
    expect(hasLocalOffice(service({}), { municipality: '740' })).to.equal(true);
    expect(hasLocalOffice(service({}), { region: '10' })).to.equal(true);
    expect(hasLocalOffice(service({}), { region: '19' })).to.equal(false);
  });
});
