import { expect } from '@open-wc/testing';
import { Agenda, compileEvents, entriesBetween, entryKey, upcoming, type CompiledEvent, type Entry } from '../../src/components/event-calendar/agenda.js';
import { nextOccurrence } from '../../src/feed/time/occurrences.js';
import type { FeedEvent } from '../../src/feed/types.js';

const DAY = 86_400_000;
const at = (iso: string): number => Date.parse(iso);
/** "tiistairyhma|2026-10-06T18:00:00 1791298800000–1791304200000": which occurrence, and exactly when. */
const described = (entries: readonly Entry[]): string[] =>
  entries.map((e) => `${entryKey(e)} ${e.occurrence.start}–${e.occurrence.end}${e.occurrence.cancelled ? ' cancelled' : ''}`);

async function fixtureEvents(file: string): Promise<CompiledEvent[]> {
  const feed = (await (await fetch(`/test/fixtures/${file}`)).json()) as { events: FeedEvent[] };
  return [...compileEvents(feed.events).events];
}

/** The agenda of [from, to) against the full, sorted list that the calendar used to build. */
function expectAgendaToMatch(events: readonly CompiledEvent[], from: number, to: number, pages: readonly number[] = [1, 5, 20]): void {
  const agenda = new Agenda(events, from, to);
  const all = entriesBetween(events, from, to);
  const window = `${new Date(from).toISOString()}–${new Date(to).toISOString()}`;
  expect(agenda.count, window).to.equal(all.length);
  for (const n of pages) expect(described(agenda.first(n)), `${window}, first ${n}`).to.deep.equal(described(all.slice(0, n)));
  expect(described(agenda.all()), window).to.deep.equal(described(all));
}

describe('agenda: counting a window and listing its first page', () => {
  it('counts and lists exactly what the full list has, in time order, for the test feed', async () => {
    const events = await fixtureEvents('events.json');
    for (let day = 0; day < 400; day += 9) {
      const from = at('2026-04-01T00:00:00Z') + day * DAY;
      for (const weeks of [1, 4, 26]) expectAgendaToMatch(events, from, from + weeks * 7 * DAY);
    }
  });

  it('agrees at the clock changes, with windows that start and end in the skipped and repeated hours', async () => {
    const events = await fixtureEvents('events-dst.json');
    for (const change of ['2026-10-25T01:00:00Z', '2027-03-28T01:00:00Z']) {
      for (let half = -12; half <= 12; half++) {
        const edge = at(change) + half * 30 * 60_000;
        expectAgendaToMatch(events, edge, edge + 7 * DAY);
        expectAgendaToMatch(events, edge - 7 * DAY, edge);
      }
    }
  });

  it('agrees for all-day, multi-day and duration events, ongoing ones too', async () => {
    const events = await fixtureEvents('events-all-day.json');
    for (let day = 0; day < 120; day += 3) {
      const from = at('2027-03-01T10:00:00Z') + day * DAY;
      expectAgendaToMatch(events, from, from + 3 * DAY);
      expectAgendaToMatch(events, from, from + 60 * DAY);
    }
  });

  it('counts weekly rules (INTERVAL, WKST, COUNT, UNTIL, EXDATE, other zones, long events) exactly as listing them does', () => {
    // A fixed pseudo-random mix, so that a failure can be reproduced.
    let seed = 7;
    const pick = (n: number): number => {
      seed = (seed * 16807) % 2147483647;
      return seed % n;
    };
    const two = (n: number): string => String(n).padStart(2, '0');
    const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
    const events = Array.from({ length: 240 }, (_, i): FeedEvent => {
      const [month, day, hour, minute] = [1 + pick(12), 1 + pick(28), pick(24), [0, 15, 30][pick(3)]];
      const start = Date.UTC(2026, month - 1, day, hour, minute);
      const days = [...new Set([weekdays[pick(7)], weekdays[pick(7)]])].slice(0, 1 + pick(2));
      const limit = [``, `;COUNT=${1 + pick(40)}`, `;UNTIL=2027${two(1 + pick(12))}${two(1 + pick(28))}`, `;UNTIL=2027${two(1 + pick(12))}${two(1 + pick(28))}T010000Z`][pick(4)];
      const rrule = `FREQ=WEEKLY;BYDAY=${days.join(',')}${pick(2) ? `;INTERVAL=${2 + pick(2)}` : ''}${limit}${pick(3) ? '' : `;WKST=${weekdays[pick(7)]}`}`;
      const local = (ms: number): string => new Date(ms).toISOString().slice(0, 16);
      return {
        id: `weekly-${i}`,
        name: { fi: `Ryhmä ${i}` },
        organizer: 'o',
        targetGroups: ['parent'],
        attendance: 'online',
        start: local(start),
        end: local(start + [1, 2, 30, 200][pick(4)] * 3_600_000),
        timeZone: ['Europe/Helsinki', 'America/New_York', 'Pacific/Apia'][pick(3)],
        rrule,
      } as FeedEvent;
    });
    // EXDATEs on real occurrences: the first, and two others.
    for (const { event, schedule } of compileEvents(events).events) {
      const listed = entriesBetween([{ event, schedule }], at('2026-01-01T00:00:00Z'), at('2028-06-01T00:00:00Z'));
      if (listed.length > 3 && pick(2)) {
        event.exdates = [listed[0], listed[pick(listed.length)], listed[pick(listed.length)]].map((e) => e.occurrence.recurrenceId.slice(0, 16));
      }
    }
    const compiled = compileEvents(events.map((event) => ({ ...event })));
    expect(compiled.problems).to.deep.equal([]);
    for (let day = 0; day < 560; day += 23) {
      const from = at('2026-03-01T00:00:00Z') + day * DAY + (day % 48) * 30 * 60_000;
      for (const weeks of [1, 26]) expectAgendaToMatch(compiled.events, from, from + weeks * 7 * DAY, [20]);
    }
  });

  it('finds the events with an occurrence to come (not cancelled) as listing them does', async () => {
    for (const file of ['events.json', 'events-dst.json', 'events-all-day.json']) {
      const events = await fixtureEvents(file);
      for (let day = 0; day < 800; day += 11) {
        const now = at('2026-01-01T09:00:00Z') + day * DAY;
        const listed = events.filter((c) => nextOccurrence(c.schedule, now) !== undefined).map((c) => c.event.id);
        expect(upcoming(events, now, false).map((c) => c.event.id), `${file} at ${new Date(now).toISOString()}`).to.deep.equal(listed);
      }
    }
  });

  it('counts every occurrence of a long window, with no cap, and lists only the page asked for', () => {
    const { events } = compileEvents([
      { id: 'daily', name: { fi: 'Päivittäin' }, organizer: 'o', targetGroups: ['parent'], attendance: 'online', start: '2026-01-01T10:00', end: '2026-01-01T11:00', rrule: 'FREQ=DAILY' },
    ] as FeedEvent[]);
    const agenda = new Agenda(events, at('2026-01-01T00:00:00Z'), at('2036-01-01T00:00:00Z'));
    expect(agenda.count).to.equal(3652);
    expect(described(agenda.first(3)).map((line) => line.split(' ')[0])).to.deep.equal([
      'daily|2026-01-01T10:00:00',
      'daily|2026-01-02T10:00:00',
      'daily|2026-01-03T10:00:00',
    ]);
  });
});
