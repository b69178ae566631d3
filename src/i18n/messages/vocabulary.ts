/**
 * Labels of the service types and channels of the feed's vocabulary. Apart from the common
 * strings because only <ero-service-finder> shows them, so the other components' bundles leave
 * them out. Finnish is the reference; Swedish and English must match its shape.
 */
import type { Channel, ServiceType } from '../../feed/types.js';
import type { Lang } from '../lang.js';
import { Translations } from '../translations.js';
import { commonMessages, type CommonMessages } from './common.js';

const fi = {
  serviceTypes: {
    counselling: 'Neuvonta ja ohjaus',
    'peer-support': 'Vertaistuki',
    mediation: 'Perheasioiden sovittelu',
    'child-custody-officer': 'Lastenvalvoja',
    'family-work': 'Perhetyö',
    crisis: 'Kriisiapu',
    shelter: 'Turvakoti',
    chat: 'Chat',
    'supervised-meetings': 'Valvotut tapaamiset',
    therapy: 'Terapia',
    'legal-aid': 'Oikeusapu',
    information: 'Tietoa ja materiaalit',
  } satisfies Record<ServiceType, string>,
  channels: {
    'on-site': 'Paikan päällä',
    phone: 'Puhelin',
    video: 'Video',
    chat: 'Chat',
    web: 'Verkossa',
  } satisfies Record<Channel, string>,
};

export type VocabularyMessages = typeof fi;

export const vocabularyMessages = new Translations('the service types and channels', fi, {
  sv: () => import('./sv/vocabulary.js'),
  en: () => import('./en/vocabulary.js'),
});

/** The common strings with the service types' and channels' labels, for the service finder. */
export type CommonWithVocabulary = CommonMessages & VocabularyMessages;

const merged = new WeakMap<CommonMessages, WeakMap<VocabularyMessages, CommonWithVocabulary>>();

/** Both in `lang`, made once for each pair of loaded sets. */
export function commonWithVocabulary(lang: Lang): CommonWithVocabulary {
  const common = commonMessages.in(lang);
  const vocabulary = vocabularyMessages.in(lang);
  let byVocabulary = merged.get(common);
  if (!byVocabulary) merged.set(common, (byVocabulary = new WeakMap()));
  let both = byVocabulary.get(vocabulary);
  if (!both) byVocabulary.set(vocabulary, (both = { ...common, ...vocabulary }));
  return both;
}
