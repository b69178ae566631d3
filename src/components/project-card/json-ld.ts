/**
 * A development project as a schema.org Project, a subtype of Organization: its running
 * organisation as parentOrganization, partners as members, funders, and its period as
 * foundingDate and dissolutionDate.
 */
import type { FeedData } from '../../feed/feed-data.js';
import type { Project } from '../../feed/types.js';
import type { Lang } from '../../i18n/lang.js';
import { areaServed, localized, organization, type Thing } from '../../internal/json-ld.js';
import { safeUrl } from '../../internal/safe-url.js';

export function projectJsonLd(project: Project, data: FeedData, lang: Lang): Thing {
  const named = (name: Project['name'] | undefined, url: string | undefined): Thing => ({ '@type': 'Organization', name: localized(name, lang), url: safeUrl(url) });
  return {
    '@type': 'Project',
    name: localized(project.name, lang),
    description: localized(project.description, lang),
    foundingDate: project.startDate,
    dissolutionDate: project.endDate,
    parentOrganization: organization(data.organization(project.organization), lang),
    member: project.partners?.map((p) => organization(data.organization(p.organization), lang) ?? named(p.name, p.url)),
    funder: project.funders?.map((f) => named(f.name, f.url)),
    areaServed: areaServed(project.area, lang),
  };
}
