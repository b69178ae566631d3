/**
 * An event as a schema.org Event: its first occurrence, and for a recurring one an eventSchedule
 * (Schedule) with the rule's frequency, weekdays, times and zone; place or virtual location,
 * organiser, target groups and the registration address as an Offer.
 */
import type { FeedData } from '../../feed/feed-data.js';
import type { Lang } from '../../i18n/lang.js';
import { audience, DAY_NAMES, localized, organization, place, SCHEMA_ORG, type Thing } from '../../internal/json-ld.js';
import { safeUrl } from '../../internal/safe-url.js';
import { isUpcoming, type CompiledEvent } from './agenda.js';
import { DAY, dateKey, isoInZone, localKey, toInstant, toWall, type WallTime } from '../../feed/time/zoned-time.js';

const MODES = { online: 'Online', 'on-site': 'Offline', mixed: 'Mixed' };

export function eventJsonLd({ event, schedule }: CompiledEvent, data: FeedData, lang: Lang): Thing {
  const { zone, start, duration, rule } = schedule;
  // An all-day event is given by its days: the first, and the last (the day before its end).
  const at = (wall: WallTime, end = false): string =>
    schedule.allDay ? dateKey(end ? wall - DAY : wall) : isoInZone(toInstant(wall, zone), zone);
  const time = (wall: WallTime): string => localKey(wall).slice(11, 16);
  const until = rule?.until && ('wall' in rule.until ? rule.until.wall : toWall(rule.until.utc, zone));
  const online = safeUrl(event.online?.url);
  const registration = safeUrl(event.registration?.url);
  const ordinals = rule?.byDay?.flatMap((day) => day.ordinal ?? []);
  const exceptions = [...schedule.exdates, ...[...schedule.overrides].flatMap(([wall, o]) => (o.cancelled ? [wall] : []))];
  return {
    '@type': 'Event',
    name: localized(event.name, lang),
    description: localized(event.description, lang),
    startDate: at(start),
    endDate: at(start + duration, true),
    eventSchedule: rule && {
      '@type': 'Schedule',
      repeatFrequency: `P${rule.interval}${rule.freq[0]}`,
      byDay: rule.byDay?.map((day) => DAY_NAMES[day.weekday]),
      byMonthWeek: ordinals?.length ? ordinals : undefined,
      repeatCount: rule.count,
      startDate: dateKey(start),
      endDate: until === undefined ? undefined : dateKey(until),
      startTime: time(start),
      endTime: time(start + duration),
      exceptDate: exceptions.length ? exceptions.map((wall) => at(wall)) : undefined,
      scheduleTimezone: zone,
    },
    eventAttendanceMode: `${SCHEMA_ORG}/${MODES[event.attendance]}EventAttendanceMode`,
    location: [
      event.attendance !== 'online' && place(event.location, lang),
      event.attendance !== 'on-site' && online && { '@type': 'VirtualLocation', url: online },
    ].filter(Boolean),
    organizer: organization(data.organization(event.organizer), lang),
    audience: audience(event.targetGroups, lang),
    inLanguage: event.languages,
    isAccessibleForFree: event.free,
    url: safeUrl(event.url),
    offers: registration && { '@type': 'Offer', url: registration, ...(event.free && { price: 0, priceCurrency: 'EUR' }) },
  };
}

/** The events that have an occurrence to come after `now` (any, with `showPast`), one by one: the page writes them in idle time. */
export function* eventsJsonLd(events: readonly CompiledEvent[], data: FeedData, lang: Lang, now: number, showPast: boolean): Generator<Thing> {
  for (const compiled of events) if (isUpcoming(compiled, now, showPast)) yield eventJsonLd(compiled, data, lang);
}
