/** Swedish UI strings of the service types and channels, loaded when a page first shows Swedish. */
import type { VocabularyMessages } from '../vocabulary.js';

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

export default sv;
