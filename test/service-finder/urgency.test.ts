/** How soon a service can be reached (sort="urgent"), from its channels' hours at one moment. */
import { expect } from '@open-wc/testing';
import { helsinkiWallClock } from '../../src/components/service-finder/opening-hours.js';
import { rankServices, ServiceIndex } from '../../src/components/service-finder/filter.js';
import { urgency, Urgency } from '../../src/components/service-finder/urgency.js';
import type { OpeningHours, Service, ServiceChannel } from '../../src/feed/types.js';

const WEEK: OpeningHours['days'] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const ALL_DAY: OpeningHours[] = [{ days: WEEK, opens: '00:00', closes: '24:00' }];
const OFFICE_HOURS: OpeningHours[] = [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '16:00' }];
// Monday 5 January 2026 at 10.00 and at 20.00 in Helsinki.
const MORNING_INSTANT = Date.parse('2026-01-05T10:00:00+02:00');
const MORNING = helsinkiWallClock(MORNING_INSTANT);
const EVENING = helsinkiWallClock(Date.parse('2026-01-05T20:00:00+02:00'));

function service(id: string, fields: Partial<Service> = {}): Service {
  return { id, name: { fi: id }, organization: 'org', types: ['crisis'], targetGroups: ['parent'], area: { wholeCountry: true }, ...fields };
}
const withChannels = (id: string, ...serviceChannels: ServiceChannel[]) =>
  service(id, { serviceChannels: serviceChannels as [ServiceChannel, ...ServiceChannel[]] });

describe('urgency', () => {
  it('ranks a phone or chat line open around the clock first', () => {
    expect(urgency(withChannels('phone', { type: 'phone', hours: ALL_DAY }), EVENING)).to.equal(Urgency.AroundTheClock);
    expect(urgency(withChannels('chat', { type: 'chat', hours: ALL_DAY }), EVENING)).to.equal(Urgency.AroundTheClock);
  });

  it('takes a phone line\'s hours from its numbers when the channel gives none', () => {
    const line = withChannels('line', { type: 'phone', phones: [{ number: '+358925250111', hours: ALL_DAY }] });
    expect(urgency(line, EVENING)).to.equal(Urgency.AroundTheClock);
  });

  it('ranks a line open now before an office open now, and both before closed ones', () => {
    expect(urgency(withChannels('video', { type: 'video', hours: OFFICE_HOURS }), MORNING)).to.equal(Urgency.RemoteOpen);
    expect(urgency(withChannels('office', { type: 'on-site', hours: OFFICE_HOURS }), MORNING)).to.equal(Urgency.Open);
    expect(urgency(withChannels('office', { type: 'on-site', hours: OFFICE_HOURS }), EVENING)).to.equal(Urgency.Closed);
    expect(urgency(withChannels('no-hours', { type: 'phone' }), MORNING)).to.equal(Urgency.Closed);
  });

  it('counts an office open around the clock as open, not as a line', () => {
    expect(urgency(withChannels('shelter', { type: 'on-site', hours: ALL_DAY }), EVENING)).to.equal(Urgency.Open);
  });

  it('takes the best of the channels that are open', () => {
    const both = withChannels('both', { type: 'on-site', hours: OFFICE_HOURS }, { type: 'phone', hours: ALL_DAY });
    expect(urgency(both, MORNING)).to.equal(Urgency.AroundTheClock);
    expect(urgency(both, MORNING, ['on-site'])).to.equal(Urgency.Open);
    expect(urgency(both, EVENING, ['on-site'])).to.equal(Urgency.Closed);
  });

  it('puts a temporarily closed line, or one closed by exceptional hours today, with the closed ones', () => {
    const closed = service('closed', { status: 'temporarily-closed', closedThrough: '2026-02-01', serviceChannels: [{ type: 'phone', hours: ALL_DAY }] });
    expect(urgency(closed, MORNING)).to.equal(Urgency.Closed);
    const holiday = withChannels('holiday', { type: 'phone', hours: ALL_DAY, exceptionalHours: [{ from: '2026-01-05', closed: true }] });
    expect(urgency(holiday, MORNING)).to.equal(Urgency.Closed);
  });

  it('reads a 1.0 service\'s hours by their channel, and hours without one as the whole service\'s', () => {
    const phoneAllDay = service('v1-phone', { channels: ['on-site', 'phone'], hours: [{ ...ALL_DAY[0], channel: 'phone' }, ...OFFICE_HOURS] });
    expect(urgency(phoneAllDay, EVENING)).to.equal(Urgency.AroundTheClock);
    expect(urgency(phoneAllDay, EVENING, ['on-site'])).to.equal(Urgency.Closed);
    const office = service('v1-office', { channels: ['on-site'], hours: OFFICE_HOURS });
    expect(urgency(office, MORNING)).to.equal(Urgency.Open);
    const line = service('v1-line', { channels: ['phone'], hours: ALL_DAY });
    expect(urgency(line, EVENING)).to.equal(Urgency.AroundTheClock);
  });

  it('sorts by urgency and keeps the relevance order (here: by name) within each group', () => {
    const services = [
      withChannels('office-a', { type: 'on-site', hours: OFFICE_HOURS }),
      withChannels('closed-a', { type: 'on-site' }),
      withChannels('line-a', { type: 'phone', hours: OFFICE_HOURS }),
      withChannels('office-b', { type: 'on-site', hours: OFFICE_HOURS }),
      withChannels('crisis', { type: 'chat', hours: ALL_DAY }),
      withChannels('closed-b', { type: 'phone', hours: [{ days: ['sa'], opens: '10:00', closes: '12:00' }] }),
      withChannels('line-b', { type: 'chat', hours: OFFICE_HOURS }),
    ];
    const ranked = rankServices(new ServiceIndex(services), {}, { lang: 'fi', now: MORNING_INSTANT });
    const byUrgency = ranked.grouped((service) => urgency(service, MORNING));
    expect(byUrgency.first(3).map((s) => s.id)).to.deep.equal(['crisis', 'line-a', 'line-b']);
    expect(byUrgency.all().map((s) => s.id)).to.deep.equal(['crisis', 'line-a', 'line-b', 'office-a', 'office-b', 'closed-a', 'closed-b']);
  });
});
