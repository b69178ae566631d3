/**
 * The instances of a recurring iCalendar event (VEVENTs with its UID and a RECURRENCE-ID) as the
 * feed's overrides: a moved or longer occurrence, another name, description or place, or a
 * cancelled one (STATUS:CANCELLED). An instance that changes nothing the page would show (as our
 * own files add near the clock changes) gives no override; what an override cannot hold is
 * reported.
 */
import { all, first, readDuration, readTimes, unescapeText, type IcsComponent, type IcsProperty } from '../feed/ics/read.js';
import { place } from '../feed/time/occurrences.js';
import { compileSchedule, RecurrenceError, type Schedule } from '../feed/time/schedule.js';
import { DAY, toInstant, toWall } from '../feed/time/zoned-time.js';
import type { EventOverride, FeedEvent } from '../feed/types.js';
import type { Draft } from './feed-builder.js';
import { feedTime } from './ics-clock.js';
import type { IcsFile, MappedEvent } from './ics-event.js';
import { textOf } from './ics-event.js';
import { cleanDescription, eventPlace, localized } from './ics-place.js';
import { isBookkeeping } from './ics-properties.js';

/** Properties an override takes; any other that differs from the series' (and is not bookkeeping) is reported. */
const READ = new Set(['UID', 'RECURRENCE-ID', 'DTSTART', 'DTEND', 'DURATION', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'STATUS', 'GEO', 'X-APPLE-STRUCTURED-LOCATION', 'X-ALT-DESC']);

const same = (a: IcsProperty, b: IcsProperty): boolean => a.value === b.value && JSON.stringify([...a.params]) === JSON.stringify([...b.params]);

function compiled(event: Draft<FeedEvent>): Schedule | undefined {
  try {
    return compileSchedule(event as FeedEvent);
  } catch (error) {
    if (error instanceof RecurrenceError) return undefined;
    throw error;
  }
}

/** The times of an instance as an override's start and end, where they differ from the occurrence the series gives. */
function movedTimes(instance: IcsComponent, mapped: MappedEvent, schedule: Schedule, original: number, override: Draft<EventOverride>): string | undefined {
  const { clock } = mapped;
  const dtstart = first(instance, 'DTSTART');
  const [start] = dtstart ? (readTimes(dtstart) ?? []) : [];
  if (!dtstart || !start) return undefined;
  if ((start.kind === 'date') !== clock.allDay) return 'it is all day where the series is not (or the other way round), which an override cannot change';
  const asked = clock.wall(start, dtstart.line);
  const dtend = first(instance, 'DTEND');
  const [end] = dtend ? (readTimes(dtend) ?? []) : [];
  const duration = first(instance, 'DURATION');
  const length = duration ? readDuration(duration.value) : undefined;
  const endWall = end ? clock.wall(end, dtend!.line) : length !== undefined ? asked + length : undefined;
  const placed = place(schedule, original);
  if (asked !== placed.startWall) override.start = clock.format(asked);
  const startWall = clock.allDay ? asked : toWall(toInstant(asked, clock.zone), clock.zone);
  if (endWall !== undefined && endWall !== startWall + schedule.duration && endWall > asked) {
    override.end = clock.format(clock.allDay ? endWall - DAY : endWall);
  }
  return undefined;
}

/** Name, description and place of an instance, where they differ from the series'. */
function changedWords(instance: IcsComponent, master: IcsComponent, file: IcsFile, override: Draft<EventOverride>, seriesLink: string | undefined, uid: string, id: string): void {
  const differs = (name: string): IcsProperty | undefined => {
    const own = first(instance, name);
    const series = first(master, name);
    return own && !(series && same(own, series)) ? own : undefined;
  };
  const name = textOf(file, differs('SUMMARY'));
  if (name) override.name = localized(name.text, name.lang);
  const description = differs('DESCRIPTION');
  const cleaned = cleanDescription(description && unescapeText(description.value));
  if (cleaned.text) override.description = localized(cleaned.text, textOf(file, description)!.lang);
  for (const what of cleaned.removed) file.notCarried(description!, uid, id, `${what} were taken out of the occurrence's description`);
  const location = differs('LOCATION');
  if (location) {
    const placeOf = eventPlace(instance, cleaned.links, name?.lang ?? file.lang);
    if (placeOf.location) override.location = placeOf.location;
    else file.notCarried(location, uid, id, 'an override holds another place, but cannot make one occurrence online; the series\' place is shown');
    if (placeOf.online && placeOf.online.url !== seriesLink) file.notCarried(location, uid, id, 'an override holds a place but not its own meeting link; the series\' link is shown');
  }
  for (const property of instance.properties) {
    if (READ.has(property.name) || isBookkeeping(property.name) || all(master, property.name).some((p) => same(p, property))) continue;
    file.notCarried(property, uid, id, 'an override holds only its times, name, description and place');
  }
}

/**
 * The overrides of `instances` (all with a RECURRENCE-ID), added to the mapped event. An instance
 * that cannot be read is reported; one that changes nothing is dropped without a word, as there
 * is nothing to lose.
 */
export function addOverrides(mapped: MappedEvent, master: IcsComponent, instances: readonly IcsComponent[], file: IcsFile, uid: string, id: string): void {
  const { event, clock, locator } = mapped;
  const schedule = compiled(event);
  if (!schedule) return;
  const overrides = [...(event.overrides ?? [])];
  for (const instance of instances) {
    const rid = first(instance, 'RECURRENCE-ID')!;
    const [time] = readTimes(rid) ?? [];
    const at = locator.at(rid.line);
    if (!time) {
      file.builder.leaveOut(at, `RECURRENCE-ID "${rid.value}" is not a real date or time; the changed occurrence was left out`, 'the occurrence is shown as the series gives it', id);
      continue;
    }
    if (rid.params.get('RANGE')?.[0] === 'THISANDFUTURE') {
      file.builder.warn(at, 'RANGE=THISANDFUTURE changes this and every later occurrence, but the feed changes only this one', 'split the series in two in the calendar', id);
    }
    const timeOfDay = clock.allDay ? 0 : ((schedule.start % DAY) + DAY) % DAY;
    const original = time.kind === 'date' ? time.wall + timeOfDay : clock.wall(time, rid.line);
    // A day names the occurrence of that day, in a timed series too.
    const override: Draft<EventOverride> = { recurrenceId: time.kind === 'date' ? feedTime(original, true) : clock.format(original) };
    const status = first(instance, 'STATUS')?.value.trim().toUpperCase();
    if (status === 'CANCELLED' || file.cancelsAll) {
      override.cancelled = true;
    } else {
      const problem = movedTimes(instance, mapped, schedule, original, override);
      if (problem) file.builder.leaveOut(at, `${problem}; the occurrence is shown at the series' times`, 'make it an event of its own in the calendar', id);
      changedWords(instance, master, file, override, event.online?.url, uid, id);
    }
    if (Object.keys(override).length === 1) continue;
    locator.set(`overrides[${overrides.length}]`, rid.line);
    overrides.push(override);
  }
  if (overrides.length) event.overrides = overrides;
}
