/**
 * Which projects a <ero-project-list> shows and in what order. Pure logic: no DOM.
 */
import { servesRegion } from '../../feed/area.js';
import type { FeedData } from '../../feed/feed-data.js';
import type { LocalizedText, Project, TargetGroup } from '../../feed/types.js';
import { intlLocale, localize, type Lang } from '../../i18n/lang.js';
import { projectStatus, type ProjectStatus } from '../project-card/status.js';

export interface ProjectFilter {
  /** Organisation ids; a project matches when one of them runs it or is a partner in it. */
  readonly organizations?: readonly string[];
  /** A region code: the project's area, else its organisation's area, reaches the region. */
  readonly region?: string;
  /** A project matches when it names any of these target groups. */
  readonly targetGroups?: readonly TargetGroup[];
  /** A project matches when its status on `today` is any of these. */
  readonly statuses?: readonly ProjectStatus[];
  /**
   * Words to find in a funder's name or programme, in any language, ignoring case; several
   * alternatives are separated by commas ("ESR, sosiaali- ja terveysministeriö").
   */
  readonly funder?: string;
}

const lower = (value: string): string => value.toLocaleLowerCase('fi');

const texts = (value: LocalizedText | undefined): string[] =>
  value ? [value.fi, value.sv, value.en].filter((t): t is string => Boolean(t)).map(lower) : [];

function byOrganization(project: Project, ids: readonly string[]): boolean {
  return ids.includes(project.organization) || Boolean(project.partners?.some((p) => p.organization && ids.includes(p.organization)));
}

function byRegion(data: FeedData, project: Project, region: string): boolean {
  return servesRegion(project.area ?? data.organization(project.organization)?.area, region);
}

function byFunder(project: Project, funder: string): boolean {
  const wanted = funder.split(',').map((w) => lower(w.trim())).filter(Boolean);
  if (!wanted.length) return true;
  const haystack = (project.funders ?? []).flatMap((f) => [...texts(f.name), ...texts(f.programme)]);
  return wanted.some((word) => haystack.some((text) => text.includes(word)));
}

export function filterProjects(data: FeedData, filter: ProjectFilter, today: string): Project[] {
  const { organizations, region, targetGroups, statuses, funder } = filter;
  return data.projects.filter(
    (project) =>
      (!organizations?.length || byOrganization(project, organizations)) &&
      (!region || byRegion(data, project, region)) &&
      (!targetGroups?.length || targetGroups.some((g) => project.targetGroups?.includes(g))) &&
      (!statuses?.length || statuses.includes(projectStatus(project, today))) &&
      (!funder || byFunder(project, funder)),
  );
}

const RANK: Record<ProjectStatus, number> = { ongoing: 0, upcoming: 1, ended: 2 };

/**
 * Ongoing projects first, then upcoming, then ended. Within a group, what a visitor looks for
 * first: ongoing ones newest first (by start), upcoming ones soonest to start first, ended ones
 * most recently ended first. Equal dates fall back to the name in the reader's language.
 */
export function sortProjects(projects: readonly Project[], today: string, lang: Lang): Project[] {
  const collator = new Intl.Collator(intlLocale(lang));
  const keyed = projects.map((project) => ({ project, status: projectStatus(project, today), name: localize(project.name, lang).text }));
  const byDate = (a: (typeof keyed)[number], b: (typeof keyed)[number]): number => {
    if (a.status === 'upcoming') return a.project.startDate.localeCompare(b.project.startDate);
    if (a.status === 'ended') return (b.project.endDate ?? '').localeCompare(a.project.endDate ?? '');
    return b.project.startDate.localeCompare(a.project.startDate);
  };
  keyed.sort((a, b) => RANK[a.status] - RANK[b.status] || byDate(a, b) || collator.compare(a.name, b.name));
  return keyed.map((k) => k.project);
}
