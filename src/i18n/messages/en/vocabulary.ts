/** English UI strings of the service types and channels, loaded when a page first shows English. */
import type { VocabularyMessages } from '../vocabulary.js';

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

export default en;
