/**
 * Which contacts a <ero-contact-list> shows for its organisation, project and region filters.
 * Pure logic: no DOM.
 */
import { servesRegion } from '../../feed/area.js';
import type { FeedData } from '../../feed/feed-data.js';
import type { Contact } from '../../feed/types.js';

export interface ContactFilter {
  /** Organisation ids; a contact matches any of them. */
  readonly organizations?: readonly string[];
  /** Project ids; a contact matches when either side names the other. */
  readonly projects?: readonly string[];
  /** A region code: the contact's own area, else its organisation's or projects' area. */
  readonly region?: string;
}

function inProject(data: FeedData, contact: Contact, projectId: string): boolean {
  return Boolean(contact.projects?.includes(projectId) || data.project(projectId)?.contacts?.includes(contact.id));
}

function inRegion(data: FeedData, contact: Contact, region: string): boolean {
  if (contact.area) return servesRegion(contact.area, region);
  if (servesRegion(data.organization(contact.organization)?.area, region)) return true;
  const projects = data.projects.filter((p) => inProject(data, contact, p.id));
  return projects.some((p) => servesRegion(p.area, region));
}

export function filterContacts(data: FeedData, filter: ContactFilter): Contact[] {
  const { organizations, projects, region } = filter;
  return data.contacts.filter(
    (contact) =>
      (!organizations?.length || organizations.includes(contact.organization ?? '')) &&
      (!projects?.length || projects.some((p) => inProject(data, contact, p))) &&
      (!region || inRegion(data, contact, region)),
  );
}
