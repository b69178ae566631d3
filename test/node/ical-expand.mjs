// Occurrences of one event two ways, as "start/end" strings that compare directly: as ical.js
// expands the .ics text that we wrote (its own parser, VTIMEZONE reading, RRULE iterator and
// RECURRENCE-ID handling), and as the widgets place them (src/feed/time). Up to `until`.
import ICAL from 'ical.js';
import { loadSrc } from './load-src.mjs';

const { compileSchedule } = await loadSrc('src/feed/time/schedule.ts');
const { occurrencesBetween } = await loadSrc('src/feed/time/occurrences.ts');

export const UNTIL = Date.UTC(2030, 0);
const iso = (ms) => new Date(ms).toISOString();

/** Every occurrence of one UID as ical.js expands it: start and end instants (dates for all-day events). */
export function icalOccurrences(text, uid, until = UNTIL) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const components = calendar.getAllSubcomponents('vevent').filter((v) => v.getFirstPropertyValue('uid') === uid);
  const master = components.find((v) => !v.hasProperty('recurrence-id'));
  const event = new ICAL.Event(master, { exceptions: components.filter((v) => v.hasProperty('recurrence-id')) });
  const seen = [];
  // ical.js 2.2 skips DTSTART when an event has RDATE but no RRULE (kewisch/ical.js#534); RFC 5545 counts it.
  if (master.hasProperty('rdate') && !master.hasProperty('rrule')) seen.push(`${iso(event.startDate.toUnixTime() * 1000)}/${iso(event.endDate.toUnixTime() * 1000)}`);
  const iterator = event.iterator();
  for (let next = iterator.next(); next && next.toUnixTime() * 1000 < until; next = iterator.next()) {
    const { startDate, endDate } = event.getOccurrenceDetails(next);
    seen.push(startDate.isDate ? `${startDate.toString()}/${endDate.toString()}` : `${iso(startDate.toUnixTime() * 1000)}/${iso(endDate.toUnixTime() * 1000)}`);
  }
  // In time order: the DTSTART added above may come after an RDATE before it.
  return seen.sort();
}

const dateOf = (ms, zone) => new Intl.DateTimeFormat('sv-SE', { timeZone: zone }).format(ms);

/** The widgets' occurrences of a feed event that the file shows (cancelled ones are EXDATEs there). */
export function feedOccurrences(event, until = UNTIL) {
  const schedule = compileSchedule(event);
  return occurrencesBetween(schedule, 0, until)
    .filter((o) => !o.cancelled)
    .map((o) => (schedule.allDay ? `${dateOf(o.start, schedule.zone)}/${dateOf(o.end, schedule.zone)}` : `${iso(o.start)}/${iso(o.end)}`));
}
