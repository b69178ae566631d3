/**
 * Where a project is in its life (upcoming, ongoing, ended), from its dates and the calendar
 * date in Europe/Helsinki. Pure logic: no DOM; "today" is always passed in.
 */
import { helsinkiDate } from '../../feed/time/zoned-time.js';
import type { Project } from '../../feed/types.js';

export { helsinkiDate };

export type ProjectStatus = 'upcoming' | 'ongoing' | 'ended';

export const PROJECT_STATUSES: readonly ProjectStatus[] = ['upcoming', 'ongoing', 'ended'];

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
