/**
 * The feed schema's shared value definitions (texts, dates and times, addresses, links, opening
 * hours, target groups, service types and channels, and the service channels built from them),
 * spread into `$defs` by src/feed/schema.ts, the one source of truth. The items that a feed's
 * collections hold (organisations, services, projects, contacts, events) are defined there.
 */
export const valueDefinitions = {
  LocalizedText: {
    title: 'LocalizedText',
    description: 'Text that people read, by language. Finnish is required; readers fall back to it.',
    type: 'object',
    required: ['fi'],
    properties: {
      fi: { type: 'string', minLength: 1 },
      sv: { type: 'string', minLength: 1 },
      en: { type: 'string', minLength: 1 },
    },
  },
  LocalizedKeywords: {
    title: 'LocalizedKeywords',
    description: 'Search words by language.',
    type: 'object',
    properties: {
      fi: { type: 'array', items: { type: 'string' } },
      sv: { type: 'array', items: { type: 'string' } },
      en: { type: 'array', items: { type: 'string' } },
    },
  },
  Date: {
    title: 'IsoDate',
    description: 'A calendar date, YYYY-MM-DD.',
    type: 'string',
    pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
  },
  DateTime: {
    title: 'IsoDateTime',
    description: 'An instant with its UTC offset, e.g. 2026-11-01T12:00:00+02:00.',
    type: 'string',
    pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})$',
  },
  LocalDateTime: {
    title: 'LocalDateTime',
    description: 'Wall-clock time without an offset, read in the item\'s IANA time zone, e.g. 2026-10-06T18:00.',
    type: 'string',
    pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?$',
  },
  Time: {
    title: 'WallTime',
    description: 'Wall-clock time HH:MM; 24:00 means the end of the day.',
    type: 'string',
    pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$',
  },
  TimeZone: {
    title: 'TimeZone',
    description: 'An IANA time-zone name such as Europe/Helsinki.',
    type: 'string',
    pattern: '^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$',
  },
  HttpUrl: {
    title: 'HttpUrl',
    description: 'An absolute http(s) address.',
    type: 'string',
    pattern: '^https?://[^\\s]+$',
  },
  Email: {
    title: 'Email',
    type: 'string',
    pattern: '^[^\\s@<>()]+@[^\\s@<>()]+\\.[^\\s@<>()]+$',
  },
  Phone: {
    title: 'Phone',
    description: 'A phone number, preferably international (+358 44 024 6415); Finnish national numbers are accepted.',
    type: 'string',
    pattern: '^\\+?[0-9][0-9 ()-]{4,24}$',
  },
  LanguageCode: {
    title: 'LanguageCode',
    description: 'A BCP 47 language tag of the language a service or event is given in (fi, sv, en, se, ru, uk, ar, …).',
    type: 'string',
    pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
  },
  TargetGroup: {
    title: 'TargetGroup',
    description:
      'child: children facing their parents\' separation; parent: separating or separated parents; close-ones: the child\'s other close people (grandparents, new partners…); professional: people who work with children and families.',
    type: 'string',
    enum: ['child', 'parent', 'close-ones', 'professional'],
  },
  ServiceType: {
    title: 'ServiceType',
    type: 'string',
    enum: [
      'counselling',
      'peer-support',
      'mediation',
      'child-custody-officer',
      'family-work',
      'crisis',
      'shelter',
      'chat',
      'supervised-meetings',
      'therapy',
      'legal-aid',
      'information',
    ],
  },
  Channel: {
    title: 'Channel',
    description: 'How people reach a service: in person, by phone, by video call, by chat or on the web.',
    type: 'string',
    enum: ['on-site', 'phone', 'video', 'chat', 'web'],
  },
  Area: {
    title: 'Area',
    description: 'The area served: the whole country, regions (maakunta codes) and/or municipalities (kunta codes).',
    type: 'object',
    properties: {
      wholeCountry: { type: 'boolean' },
      regions: { type: 'array', items: { type: 'string', pattern: '^[0-9]{2}$' } },
      municipalities: { type: 'array', items: { type: 'string', pattern: '^[0-9]{3}$' } },
    },
    anyOf: [
      { required: ['wholeCountry'] },
      { required: ['regions'] },
      { required: ['municipalities'] },
    ],
  },
  Address: {
    title: 'Address',
    type: 'object',
    properties: {
      name: { $ref: '#/$defs/LocalizedText' },
      street: { $ref: '#/$defs/LocalizedText' },
      postalCode: { type: 'string', pattern: '^[0-9]{5}$' },
      locality: { $ref: '#/$defs/LocalizedText' },
      municipality: { type: 'string', pattern: '^[0-9]{3}$' },
      latitude: { type: 'number', minimum: -90, maximum: 90 },
      longitude: { type: 'number', minimum: -180, maximum: 180 },
      note: {
        $ref: '#/$defs/LocalizedText',
        description: 'Since 1.1. A second address line or directions: floor, entrance, "käynti sisäpihalta".',
      },
      country: { type: 'string', pattern: '^[A-Z]{2}$', description: 'Since 1.1. ISO 3166-1 alpha-2; FI when left out.' },
    },
  },
  Link: {
    title: 'Link',
    type: 'object',
    required: ['url', 'title'],
    properties: {
      url: { $ref: '#/$defs/HttpUrl' },
      title: { $ref: '#/$defs/LocalizedText' },
    },
  },
  OpeningHours: {
    title: 'OpeningHours',
    description:
      'Regular hours in Europe/Helsinki wall-clock time. A closing time at or before the opening time runs past midnight.',
    type: 'object',
    required: ['days', 'opens', 'closes'],
    properties: {
      days: {
        type: 'array',
        minItems: 1,
        items: { type: 'string', enum: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] },
      },
      opens: { $ref: '#/$defs/Time' },
      closes: { $ref: '#/$defs/Time' },
      channel: { $ref: '#/$defs/Channel' },
      validFrom: { $ref: '#/$defs/Date' },
      validThrough: { $ref: '#/$defs/Date' },
    },
  },
  ChannelType: {
    title: 'ChannelType',
    description:
      'Since 1.1. The kind of a service channel: on-site (an office or other place to visit), phone, video, chat, web (a web page) or e-service (an online form or transaction). For the channel filter, e-service counts as web.',
    type: 'string',
    enum: ['on-site', 'phone', 'video', 'chat', 'web', 'e-service'],
  },
  PhoneNumber: {
    title: 'PhoneNumber',
    description: 'Since 1.1. One phone number of a service channel.',
    type: 'object',
    required: ['number'],
    properties: {
      number: { $ref: '#/$defs/Phone' },
      extension: { type: 'string', pattern: '^[0-9]{1,8}$' },
      kind: {
        type: 'string',
        enum: ['voice', 'mobile', 'sms', 'textphone', 'fax'],
        description: 'What the number takes; voice when left out.',
      },
      label: { $ref: '#/$defs/LocalizedText', description: 'What the number is for, e.g. "Ajanvaraus".' },
      hours: {
        type: 'array',
        items: { $ref: '#/$defs/OpeningHours' },
        description: 'When the line answers, if not the channel\'s hours.',
      },
      charge: {
        type: 'string',
        enum: ['free', 'local-rate', 'charged'],
        description: 'free: no cost to the caller; local-rate: the caller\'s normal call price; charged: a service number with its own price.',
      },
      chargeNote: { $ref: '#/$defs/LocalizedText', description: 'The price of a call, e.g. "0,84 €/min + pvm".' },
      languages: { type: 'array', items: { $ref: '#/$defs/LanguageCode' } },
    },
  },
  EmailAddress: {
    title: 'EmailAddress',
    description: 'Since 1.1. One e-mail address of a service channel.',
    type: 'object',
    required: ['address'],
    properties: {
      address: { $ref: '#/$defs/Email' },
      label: { $ref: '#/$defs/LocalizedText' },
      languages: { type: 'array', items: { $ref: '#/$defs/LanguageCode' } },
    },
  },
  WebAddress: {
    title: 'WebAddress',
    description: 'Since 1.1. A web address with an optional label and the language of the page it leads to.',
    type: 'object',
    required: ['url'],
    properties: {
      url: { $ref: '#/$defs/HttpUrl' },
      label: { $ref: '#/$defs/LocalizedText' },
      language: {
        $ref: '#/$defs/LanguageCode',
        description: 'The language of the page; readers prefer the page in the reader\'s language.',
      },
    },
  },
  ExceptionalHours: {
    title: 'ExceptionalHours',
    description:
      'Since 1.1. Hours that replace the regular ones from one date through another (both included), e.g. a public holiday or a summer closure, in Europe/Helsinki wall-clock time.',
    type: 'object',
    required: ['from'],
    properties: {
      from: { $ref: '#/$defs/Date' },
      through: { $ref: '#/$defs/Date', description: 'The last day; the same day as `from` when left out.' },
      closed: { type: 'boolean' },
      opens: { $ref: '#/$defs/Time' },
      closes: { $ref: '#/$defs/Time' },
      note: { $ref: '#/$defs/LocalizedText', description: 'Why, e.g. "Juhannus" or "Kesätauko".' },
    },
    anyOf: [{ required: ['closed'] }, { required: ['opens', 'closes'] }],
  },
  ServiceChannel: {
    title: 'ServiceChannel',
    description:
      'Since 1.1. One way to reach a service (PTV: service channel; HSDS: service_at_location and its location), with its own contacts and hours.',
    type: 'object',
    required: ['type'],
    properties: {
      id: { $ref: '#/$defs/Id' },
      type: { $ref: '#/$defs/ChannelType' },
      name: { $ref: '#/$defs/LocalizedText' },
      description: { $ref: '#/$defs/LocalizedText' },
      phones: { type: 'array', items: { $ref: '#/$defs/PhoneNumber' } },
      emails: { type: 'array', items: { $ref: '#/$defs/EmailAddress' } },
      urls: {
        type: 'array',
        items: { $ref: '#/$defs/WebAddress' },
        description: 'The chat, video meeting, e-service or web page itself, and other pages about the channel.',
      },
      address: { $ref: '#/$defs/Address' },
      area: { $ref: '#/$defs/Area' },
      hours: { type: 'array', items: { $ref: '#/$defs/OpeningHours' } },
      exceptionalHours: { type: 'array', items: { $ref: '#/$defs/ExceptionalHours' } },
      hoursNote: { $ref: '#/$defs/LocalizedText' },
      languages: { type: 'array', items: { $ref: '#/$defs/LanguageCode' } },
      instructions: { $ref: '#/$defs/LocalizedText', description: 'How to use the channel, e.g. "Soita ja jätä soittopyyntö".' },
      accessibility: { $ref: '#/$defs/LocalizedText', description: 'Accessibility of the place or channel.' },
      example: { type: 'boolean' },
    },
  },
} as const;
