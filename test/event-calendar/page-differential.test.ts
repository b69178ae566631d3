// The page shows what the model places, for events nobody wrote by hand. Random events (rules of
// every frequency, starts in the hours that the clock changes skip or repeat, lengths across a
// change and past midnight, all-day ones, four zones, EXDATEs, RDATEs, cancelled and moved
// occurrences) are each shown by <ero-event-calendar>. Every card's date and time, as read and in
// `datetime`, every month-table day and each card's download (read by ical.js) are compared with
// what is expected, written out here with Intl alone: for a timed occurrence, from the instants of
// src/feed/time (which test/node/ics-differential.test.mjs compares with ical.js reading the
// .ics); for an all-day one, from the feed's own dates, which no zone moves. Without this, an
// all-day event in another zone was shown over two days (New York's midnight to the next).
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import '../../src/components/event-calendar/define.js';
import type { EventCalendar } from '../../src/components/event-calendar/event-calendar.js';
import { occurrencesBetween, type Occurrence } from '../../src/feed/time/occurrences.js';
import { compileSchedule } from '../../src/feed/time/schedule.js';
import { EventCalendarHarness } from '../helpers/event-calendar-harness.js';
import { liveRegion } from '../helpers/mount.js';
import { random } from '../helpers/random.js';

const NOW = '2026-01-01T00:00';
const NOW_MS = Date.UTC(2025, 11, 31, 22);
/** Compared up to here, well inside the calendar's two years. */
const UNTIL_MS = Date.UTC(2027, 11, 1);
const HELSINKI = 'Europe/Helsinki';

const ZONES = ['Europe/Helsinki', 'Europe/Helsinki', 'America/New_York', 'Australia/Sydney', 'UTC'];
/** Days of the clock changes in Helsinki, New York and Sydney in 2026–2027, and plain ones. */
const DAYS = ['2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31', '2026-03-08', '2026-11-01', '2026-04-05', '2026-10-04', '2026-06-15', '2027-01-31'];
const TIMES = ['00:00', '03:00', '03:30', '04:00', '04:30', '01:30', '02:30', '18:00', '23:30'];
const LENGTHS = ['PT30M', 'PT1H30M', 'PT5H', 'PT26H', 'P2D'];
const RULES = [
  undefined,
  'FREQ=WEEKLY;COUNT=6',
  'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA,SU;COUNT=8',
  'FREQ=DAILY;INTERVAL=3;COUNT=5',
  'FREQ=MONTHLY;BYDAY=-1SU;COUNT=4',
  'FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=4',
  'FREQ=YEARLY;BYMONTH=3,10;BYDAY=-1SU;COUNT=4',
];

interface RandomEvent {
  id: string;
  start: string;
  duration: string;
  timeZone: string;
  rrule?: string;
  exdates?: string[];
  rdates?: string[];
  overrides?: { recurrenceId: string; start?: string; cancelled?: boolean }[];
}

/** The entry that names a wall time of an event: a date for an all-day one, else minutes. */
const entry = (recurrenceId: string, allDay: boolean) => recurrenceId.slice(0, allDay ? 10 : 16);

/** A wall time or date one day later: "2026-10-04T18:00" → "2026-10-05T18:00". */
const nextDay = (wall: string) => `${new Date(Date.parse(`${wall.slice(0, 10)}T00:00Z`) + 86_400_000).toISOString().slice(0, 10)}${wall.slice(10)}`;

/**
 * Now and then an EXDATE, a cancelled occurrence and one moved a day on, named by the rule's
 * wall time (the model's recurrence id, which test/node/ics-differential.test.mjs checks).
 */
function withChanges(event: RandomEvent, next: (n: number) => number): RandomEvent {
  const allDay = event.start.length === 10;
  const ids = occurrencesBetween(compileSchedule(event), NOW_MS, UNTIL_MS).map((o) => entry(o.recurrenceId, allDay));
  if (ids.length < 4) return event;
  const changed: RandomEvent = { ...event };
  if (next(3) === 0) changed.exdates = [ids[1]!];
  const overrides = [
    ...(next(3) === 0 ? [{ recurrenceId: ids[2]!, cancelled: true }] : []),
    ...(next(3) === 0 ? [{ recurrenceId: ids[3]!, start: nextDay(ids[3]!) }] : []),
  ];
  if (overrides.length) changed.overrides = overrides;
  // An extra date now and then: a day (at the start's time), or a time in an hour that a
  // clock change skips or repeats, or on a day that the rule gives already.
  if (next(3) === 0) changed.rdates = [allDay || next(2) ? nextDay(DAYS[next(DAYS.length)]!).slice(0, 10) : `${DAYS[next(4)]}T03:30`];
  if (next(5) === 0) changed.rdates = [...(changed.rdates ?? []), ids[4] ?? ids[0]!];
  return changed;
}

function randomEvents(seed: number, count: number): RandomEvent[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[next(list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const allDay = next(6) === 0;
    const day = pick(DAYS);
    const rrule = pick(RULES);
    const event: RandomEvent = {
      id: `e${i}`,
      start: allDay ? day : `${day}T${pick(TIMES)}`,
      duration: allDay ? pick(['P1D', 'P3D']) : pick(LENGTHS),
      timeZone: pick(ZONES),
      ...(rrule ? { rrule } : {}),
    };
    return withChanges(event, next);
  });
}

const feedOf = (event: RandomEvent) => ({
  version: '1.0',
  publisher: { name: { fi: 'Testi' } },
  updated: '2025-12-01T10:00:00+02:00',
  organizations: [{ id: 'viola', name: { fi: 'Viola' }, area: { regions: ['10'] } }],
  events: [
    {
      ...event,
      name: { fi: event.id },
      organizer: 'viola',
      targetGroups: ['parent'],
      attendance: 'online',
      online: { platform: 'video', url: 'https://tapahtumat.example.fi/liity' },
    },
  ],
});

// Helsinki's dates and clock, written with Intl only.
const parts = (ms: number) =>
  Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: HELSINKI, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', weekday: 'short', hourCycle: 'h23' })
      .formatToParts(ms)
      .map((p) => [p.type, p.value]),
  );
const WEEKDAYS: Record<string, string> = { Mon: 'ma', Tue: 'ti', Wed: 'ke', Thu: 'to', Fri: 'pe', Sat: 'la', Sun: 'su' };
const day = (ms: number) => {
  const p = parts(ms);
  return `${WEEKDAYS[p.weekday!]} ${Number(p.day)}.${Number(p.month)}.${p.year}`;
};
const clock = (ms: number) => {
  const p = parts(ms);
  return `${Number(p.hour)}.${p.minute}`;
};
const dateKey = (ms: number) => {
  const p = parts(ms);
  return `${p.year}-${p.month!.padStart(2, '0')}-${p.day!.padStart(2, '0')}`;
};
const offset = (ms: number) => {
  const p = parts(ms);
  const minutes = Math.round((Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute)) - ms) / 60_000);
  return `+${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};

/** The instant of midnight in Helsinki at the start of a date ("2027-04-01"). */
const midnight = (date: string) => [2, 3].map((h) => Date.parse(`${date}T00:00Z`) - h * 3_600_000).find((ms) => dateKey(ms) === date && parts(ms).hour === '00')!;
/** "2027-12" → "2028-01-01". */
const nextMonth = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)), 1)).toISOString().slice(0, 10);

/** Helsinki's wall clock, as the `now` attribute takes it: "2026-10-25T03:40". */
const wallOf = (ms: number) => `${dateKey(ms)}T${parts(ms).hour!.padStart(2, '0')}:${parts(ms).minute}`;

/**
 * The days of an all-day occurrence, from the feed's own date (its recurrence id) and length: a
 * date is the same day in every zone, so these do not come from the model's instants.
 */
function allDayDates(recurrenceId: string, duration: string): string[] {
  const first = Date.parse(`${recurrenceId.slice(0, 10)}T00:00Z`);
  return Array.from({ length: Number(/^P(\d+)D$/.exec(duration)![1]) }, (_, i) => new Date(first + i * 86_400_000).toISOString().slice(0, 10));
}
const dayOfDate = (date: string) => day(Date.parse(`${date}T12:00Z`));

/** What a card says of one occurrence, and its `datetime`. */
function expected(o: Occurrence, event: RandomEvent, allDay: boolean): { when: string; datetime: string; cancelled: boolean } {
  const { start, end, cancelled } = o;
  if (allDay) {
    const dates = allDayDates(o.override?.start ?? o.recurrenceId, event.duration);
    const [first, last] = [dayOfDate(dates[0]!), dayOfDate(dates.at(-1)!)];
    return { when: first === last ? first : `${first} – ${last}`, datetime: dates[0]!, cancelled };
  }
  const datetime = `${dateKey(start)}T${String(parts(start).hour).padStart(2, '0')}:${parts(start).minute}:00${offset(start)}`;
  return {
    when: day(start) === day(end) ? `${day(start)} klo ${clock(start)}–${clock(end)}` : `${day(start)} klo ${clock(start)} – ${day(end)} klo ${clock(end)}`,
    datetime,
    cancelled,
  };
}

/** The Helsinki days (YYYY-MM-DD) on which the month table shows an occurrence: all it covers when all-day or 24 h or more, else its first. */
function daysShown(o: Occurrence, event: RandomEvent, allDay: boolean): string[] {
  const { start, end } = o;
  if (allDay) return allDayDates(o.override?.start ?? o.recurrenceId, event.duration);
  if (end - start < 24 * 3600_000) return [dateKey(start)];
  const days: string[] = [];
  for (let at = start; at < end; at += 3600_000) {
    const key = dateKey(at);
    if (days.at(-1) !== key) days.push(key);
  }
  return days;
}

async function shown(event: RandomEvent, attributes: Record<string, string>): Promise<{ el: EventCalendar; ui: EventCalendarHarness }> {
  const el = document.createElement('ero-event-calendar');
  for (const [name, value] of Object.entries({ now: NOW, weeks: '104', 'page-size': '0', ...attributes })) el.setAttribute(name, value);
  el.feed = feedOf(event) as never;
  document.body.append(el);
  await el.updateComplete;
  const ui = new EventCalendarHarness(el);
  await ui.settle();
  return { el, ui };
}

describe('<ero-event-calendar>: the page against the model, for random events', () => {
  const events = randomEvents(20261207, 36);

  it('writes every occurrence of 36 random events in its card with the model\'s date and time, in Helsinki', async () => {
    const differences: string[] = [];
    let compared = 0;
    for (const event of events) {
      const schedule = compileSchedule(event);
      const model = occurrencesBetween(schedule, NOW_MS, UNTIL_MS).filter((o) => o.start < UNTIL_MS);
      const want = model.map((o) => expected(o, event, schedule.allDay));
      const { el, ui } = await shown(event, {});
      try {
        const cards = ui.cards().map((card) => ({
          when: ui.when(card),
          datetime: card.querySelector('time')!.getAttribute('datetime')!,
          cancelled: card.classList.contains('cancelled'),
        }));
        // The page looks further ahead (104 weeks): its first cards are the compared ones.
        const got = cards.slice(0, want.length);
        compared += want.length;
        if (JSON.stringify(got) !== JSON.stringify(want)) {
          const at = want.findIndex((w, i) => JSON.stringify(w) !== JSON.stringify(got[i]));
          differences.push(`${JSON.stringify(event)}: #${at} page ${JSON.stringify(got[at])}, expected ${JSON.stringify(want[at])} (${got.length} / ${want.length})`);
        }
      } finally {
        el.remove();
      }
    }
    expect(differences, differences.join('\n')).to.deep.equal([]);
    expect(compared, 'occurrences compared').to.be.greaterThan(100);
    expect(events.filter((e) => e.exdates).length, 'events with an EXDATE').to.be.greaterThan(3);
    expect(events.filter((e) => e.overrides?.some((o) => o.cancelled)).length, 'with a cancelled occurrence').to.be.greaterThan(3);
    expect(events.filter((e) => e.overrides?.some((o) => o.start)).length, 'with a moved one').to.be.greaterThan(3);
    expect(events.filter((e) => e.rdates).length, 'with an RDATE').to.be.greaterThan(3);
  });

  it('starts the list at an occurrence that is going on, for a `now` inside one', async () => {
    const differences: string[] = [];
    let compared = 0;
    for (const event of events) {
      const schedule = compileSchedule(event);
      const third = occurrencesBetween(schedule, NOW_MS, UNTIL_MS).filter((o) => !o.cancelled)[2];
      if (!third) continue;
      const nowMs = third.start + 10 * 60_000;
      const now = wallOf(nowMs);
      // A time in the hour that the autumn change repeats names two instants: not a test of this.
      if (wallOf(nowMs - 3_600_000) === now || wallOf(nowMs + 3_600_000) === now) continue;
      const want = occurrencesBetween(schedule, nowMs, UNTIL_MS).map((o) => expected(o, event, schedule.allDay));
      const { el, ui } = await shown(event, { now });
      try {
        const got = ui.cards().slice(0, want.length).map((card) => ({
          when: ui.when(card),
          datetime: card.querySelector('time')!.getAttribute('datetime')!,
          cancelled: card.classList.contains('cancelled'),
        }));
        compared++;
        if (JSON.stringify(got) !== JSON.stringify(want)) {
          differences.push(`${JSON.stringify(event)} now ${now}: page ${JSON.stringify(got[0])}, expected ${JSON.stringify(want[0])} (${got.length} / ${want.length})`);
        }
      } finally {
        el.remove();
      }
    }
    expect(differences, differences.join('\n')).to.deep.equal([]);
    expect(compared, 'events compared').to.be.greaterThan(15);
  });

  it('puts each occurrence on the month-table days that it covers, and on no other, and counts it in each month', async () => {
    const differences: string[] = [];
    for (const event of events.slice(0, 18)) {
      const schedule = compileSchedule(event);
      const model = occurrencesBetween(schedule, NOW_MS, UNTIL_MS);
      // The month of the first occurrence, and of one a few later: clock-change months for most.
      const months = [...new Set([model[0], model[3]].filter(Boolean).map((o) => dateKey(o!.start).slice(0, 7)))];
      for (const month of months) {
        const want = new Set(model.flatMap((o) => daysShown(o, event, schedule.allDay)).filter((d) => d.startsWith(month)).map((d) => Number(d.slice(8))));
        const { el, ui } = await shown(event, { view: 'month', month });
        try {
          const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)), 0)).getUTCDate();
          for (let d = 1; d <= last; d++) {
            const has = ui.dayEntries(d).some((entry) => entry.split(/\s+/).includes(event.id));
            if (has !== want.has(d)) differences.push(`${JSON.stringify(event)}: ${month}-${d} page ${has}, expected ${want.has(d)}`);
          }
          // The count read out for the month: every occurrence that overlaps it, a long one in each month it covers.
          ui.nextMonthButton().click();
          await ui.settle();
          ui.previousMonthButton().click();
          await ui.settle();
          const [from, to] = [midnight(`${month}-01`), midnight(nextMonth(month))];
          const count = model.filter((o) => o.start < to && o.end > from).length;
          const said = liveRegion(el);
          if (!said.endsWith(`: ${count === 1 ? '1 tapahtuma' : `${count} tapahtumaa`}`)) differences.push(`${JSON.stringify(event)}: ${month} said "${said}", expected ${count}`);
        } finally {
          el.remove();
        }
      }
    }
    expect(differences, differences.join('\n')).to.deep.equal([]);
  });

  it('downloads, from each card, a file whose occurrences ical.js reads as the page shows them', async () => {
    const differences: string[] = [];
    for (const event of events) {
      const { el, ui } = await shown(event, {});
      try {
        const cards = ui.cards();
        const page = cards
          .filter((card) => !card.classList.contains('cancelled'))
          .map((card) => card.querySelector('time')!.getAttribute('datetime')!)
          .map((datetime) => (datetime.length === 10 ? datetime : new Date(Date.parse(datetime)).toISOString()))
          .filter((start) => start < '2027-12');
        const button = cards[0]!.querySelector<HTMLButtonElement>('button[part~="add-to-calendar"]')!;
        const [file] = await ui.downloads(() => button.click());
        const calendar = new ICAL.Component(ICAL.parse(file!.text));
        ICAL.TimezoneService.reset();
        for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
        const vevents = calendar.getAllSubcomponents('vevent');
        const master = vevents.find((v) => !v.hasProperty('recurrence-id'))!;
        const read = new ICAL.Event(master, { exceptions: vevents.filter((v) => v.hasProperty('recurrence-id')) });
        const inFile: string[] = [];
        const iterator = read.iterator();
        for (let next = iterator.next(); next && inFile.length < 200; next = iterator.next()) {
          const { startDate } = read.getOccurrenceDetails(next);
          const start = startDate.isDate ? startDate.toString() : new Date(startDate.toUnixTime() * 1000).toISOString();
          if (start >= NOW.slice(0, 10) && start < '2027-12') inFile.push(start);
          if (start >= '2027-12') break;
        }
        inFile.sort();
        if (JSON.stringify(inFile) !== JSON.stringify(page)) {
          differences.push(`${JSON.stringify(event)}: page ${page.join(' ')}; file ${inFile.join(' ')}`);
        }
      } finally {
        el.remove();
      }
    }
    expect(differences, differences.join('\n')).to.deep.equal([]);
  });
});
