import { expect } from '@open-wc/testing';
import { registrationState } from '../../src/components/event-calendar/registration.js';
import type { Registration } from '../../src/feed/types.js';

const zone = 'Europe/Helsinki';
const start = Date.parse('2026-10-14T14:30:00Z'); // 14.10.2026 17:30 in Helsinki
const before = Date.parse('2026-09-25T09:00:00Z');
const status = (registration: Registration | undefined, now = before): string =>
  registrationState(registration, start, now, zone).status;

describe('registration state', () => {
  it('is not required when the feed says so or gives no registration', () => {
    expect(status(undefined)).to.equal('not-required');
    expect(status({ required: false, url: 'https://example.fi/ilmo' })).to.equal('not-required');
  });

  it('is open before the deadline with seats left, and says how many', () => {
    const state = registrationState({ required: true, deadline: '2026-09-30T16:00', capacity: 10, registered: 7 }, start, before, zone);
    expect(state.status).to.equal('open');
    expect(state.seatsLeft).to.equal(3);
    expect(new Date(state.deadline!).toISOString()).to.equal('2026-09-30T13:00:00.000Z');
  });

  it('closes when the deadline (Helsinki time) has passed', () => {
    const registration = { required: true, deadline: '2026-09-30T16:00' };
    expect(status(registration, Date.parse('2026-09-30T12:59:59Z'))).to.equal('open');
    expect(status(registration, Date.parse('2026-09-30T13:00:01Z'))).to.equal('closed');
  });

  it('closes once the occurrence has started, deadline or not', () => {
    expect(status({ required: true }, start)).to.equal('closed');
  });

  it('is full when everyone has registered', () => {
    expect(status({ required: true, capacity: 8, registered: 8 })).to.equal('full');
    expect(status({ required: true, capacity: 8, registered: 9 })).to.equal('full');
  });

  it('is not yet open before its opening time', () => {
    const state = registrationState({ required: true, opens: '2026-10-01T09:00' }, start, before, zone);
    expect(state.status).to.equal('not-yet-open');
    expect(new Date(state.opens!).toISOString()).to.equal('2026-10-01T06:00:00.000Z');
    expect(status({ required: true, opens: '2026-10-01T09:00' }, Date.parse('2026-10-01T06:00:00Z'))).to.equal('open');
  });

  it('lets the publisher\'s explicit status win', () => {
    expect(status({ required: true, capacity: 30, registered: 3, status: 'closed' })).to.equal('closed');
    expect(status({ required: true, capacity: 8, registered: 8, status: 'open' })).to.equal('open');
    expect(status({ required: true, deadline: '2026-09-01T16:00', status: 'full' })).to.equal('full');
  });
});
