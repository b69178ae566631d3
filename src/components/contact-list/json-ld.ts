/** A contact as a schema.org Person working for its organisation. */
import type { FeedData } from '../../feed/feed-data.js';
import type { Contact } from '../../feed/types.js';
import type { Lang } from '../../i18n/lang.js';
import { localized, organization, type Thing } from '../../internal/json-ld.js';

export const contactJsonLd = (contact: Contact, data: FeedData, lang: Lang): Thing => ({
  '@type': 'Person',
  name: contact.name,
  jobTitle: localized(contact.title, lang),
  worksFor: organization(data.organization(contact.organization), lang),
  telephone: contact.phone,
  email: contact.email,
});
