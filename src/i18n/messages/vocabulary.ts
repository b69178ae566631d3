/**
 * Labels of the service types and channels of the feed's vocabulary. Apart from the common
 * strings because only <ero-service-finder> shows them, so the other components' bundles leave
 * them out. Finnish is the reference; Swedish and English must match its shape.
 */
import type { Channel, ServiceType } from '../../feed/types.js';
import type { Lang } from '../lang.js';
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

const sv: VocabularyMessages = {
  serviceTypes: {
    counselling: 'Rådgivning och handledning',
    'peer-support': 'Kamratstöd',
    mediation: 'Medling i familjeärenden',
    'child-custody-officer': 'Barnatillsyningsman',
    'family-work': 'Familjearbete',
    crisis: 'Krishjälp',
    shelter: 'Skyddshem',
    chat: 'Chatt',
    'supervised-meetings': 'Övervakade umgängen',
    therapy: 'Terapi',
    'legal-aid': 'Rättshjälp',
    information: 'Information och material',
  },
  channels: {
    'on-site': 'På plats',
    phone: 'Telefon',
    video: 'Video',
    chat: 'Chatt',
    web: 'På webben',
  },
};

const en: VocabularyMessages = {
  serviceTypes: {
    counselling: 'Counselling and guidance',
    'peer-support': 'Peer support',
    mediation: 'Family mediation',
    'child-custody-officer': 'Child welfare officer',
    'family-work': 'Family work',
    crisis: 'Crisis help',
    shelter: 'Shelter',
    chat: 'Chat',
    'supervised-meetings': 'Supervised meetings',
    therapy: 'Therapy',
    'legal-aid': 'Legal aid',
    information: 'Information and materials',
  },
  channels: {
    'on-site': 'In person',
    phone: 'Phone',
    video: 'Video',
    chat: 'Chat',
    web: 'Online',
  },
};

export const vocabularyMessages: Readonly<Record<Lang, VocabularyMessages>> = { fi, sv, en };

/** The common strings with the service types' and channels' labels, for the service finder. */
export type CommonWithVocabulary = CommonMessages & VocabularyMessages;

export const commonWithVocabulary: Readonly<Record<Lang, CommonWithVocabulary>> = {
  fi: { ...commonMessages.fi, ...fi },
  sv: { ...commonMessages.sv, ...sv },
  en: { ...commonMessages.en, ...en },
};
