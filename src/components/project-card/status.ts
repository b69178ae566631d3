/**
 * Where a project is in its life (upcoming, ongoing, ended), from its dates and the calendar
 * date in Europe/Helsinki. Pure logic: no DOM; "today" is always passed in.
 */
import { HELSINKI } from '../../i18n/format.js';
import type { Project } from '../../feed/types.js';

export type ProjectStatus = 'upcoming' | 'ongoing' | 'ended';

export const PROJECT_STATUSES: readonly ProjectStatus[] = ['upcoming', 'ongoing', 'ended'];

const isoDateParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: HELSINKI,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar date (YYYY-MM-DD) in Helsinki at `now`. Not the UTC date: from 00:00 to 02:00
 * (03:00 in summer) Helsinki is already on the next day, and a project's last day ends at
 * midnight in Finland.
 */
export function helsinkiDate(now: number | Date = Date.now()): string {
  const parts = Object.fromEntries(isoDateParts.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * Upcoming before `startDate`; ongoing from `startDate` through `endDate`, both days included;
 * ended from the day after `endDate`. Without an `endDate` a started project stays ongoing.
 * `today` is a Helsinki calendar date (see helsinkiDate); ISO dates compare as strings.
 */
export function projectStatus(project: Pick<Project, 'startDate' | 'endDate'>, today: string): ProjectStatus {
  if (today < project.startDate) return 'upcoming';
  if (project.endDate && today > project.endDate) return 'ended';
  return 'ongoing';
}
