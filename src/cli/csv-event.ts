/** An event row of the spreadsheet layout (docs/csv-layout.md) as a feed event. */
import type { Address, FeedEvent, TargetGroup } from '../feed/types.js';
import type { Draft } from './feed-builder.js';
import { CellError, parseLocalDateTime, type Row } from './csv-row.js';
import { toTargetGroup } from './vocabulary.js';

type Json = Record<string, unknown>;

export function csvTargetGroups(row: Row): TargetGroup[] | undefined {
  return row.list('target_groups', toTargetGroup, 'a target group', 'use child, parent, close-ones or professional (or their Finnish, Swedish or English names), separated by commas');
}

export function csvEvent(row: Row, item: Json, organizer: string | undefined, address: Address | undefined): Json {
  const event = item as Draft<FeedEvent>;
  if (organizer) event.organizer = organizer;
  const targetGroups = csvTargetGroups(row);
  if (targetGroups) event.targetGroups = targetGroups;
  const kind = row.get('event_kind');
  if (kind) event.kind = kind as FeedEvent['kind'];
  const attendance = row.get('attendance');
  if (attendance) event.attendance = attendance as FeedEvent['attendance'];
  const dateFix = 'write a date and time such as "2026-10-06 18:00" or "6.10.2026 18.00"';
  const start = row.get('start');
  if (start) {
    const parsed = parseLocalDateTime(start);
    if (!parsed) throw new CellError('start', `"${start}" is not a date and time`, dateFix);
    event.start = parsed;
  }
  const end = row.get('end');
  if (end) {
    const parsed = parseLocalDateTime(end, event.start?.slice(0, 10));
    if (!parsed) throw new CellError('end', `"${end}" is not a date and time`, `${dateFix}, or just the time "19:30" on the start day`);
    event.end = parsed;
  }
  if (row.get('time_zone')) event.timeZone = row.get('time_zone');
  if (row.get('rrule')) event.rrule = row.get('rrule')!.toUpperCase();
  const exdates = row.list('exdates', (v) => parseLocalDateTime(v) ?? (/^\d/.test(v) && event.start ? parseLocalDateTime(`${v} ${event.start.slice(11)}`) : undefined), 'a date and time', `${dateFix}; separate several with ";"`);
  if (exdates) event.exdates = exdates;
  if (row.get('project')) event.project = row.get('project');
  const languages = row.list('languages', (v) => v.toLowerCase(), 'a language', '');
  if (languages) event.languages = languages;
  const free = row.yesNo('free');
  if (free !== undefined) event.free = free;
  if (address) event.location = address;
  if (row.get('online_url')) event.online = { url: row.get('online_url') };
  const registration: Json = {};
  for (const field of ['url', 'email', 'phone'] as const) {
    const value = row.get(`registration_${field}`);
    if (value) registration[field] = value;
  }
  const deadline = row.get('registration_deadline');
  if (deadline) {
    const parsed = parseLocalDateTime(deadline) ?? parseLocalDateTime(`${deadline} 23:59`);
    if (!parsed) throw new CellError('registration_deadline', `"${deadline}" is not a date`, dateFix);
    registration.deadline = parsed;
  }
  const capacity = row.get('capacity');
  if (capacity) {
    if (!/^\d+$/.test(capacity)) throw new CellError('capacity', `"${capacity}" is not a whole number`, 'write the number of places, e.g. 12');
    registration.capacity = Number(capacity);
  }
  if (Object.keys(registration).length) event.registration = registration;
  return item;
}
