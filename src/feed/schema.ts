/**
 * The feed format v1 as a JSON Schema (2020-12): the one source of truth.
 * scripts/gen-types.mjs writes schema/feed.schema.json and src/feed/types.ts from it,
 * and src/feed/schema-validator.ts, the run-time validator, from this same object.
 */
import { valueDefinitions } from './schema-values.js';
import { rrulePattern } from './time/rrule-syntax.js';

const id = {
  type: 'string',
  pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$',
  description: 'Stable identifier, unique within its collection. Letters, digits, ".", "_", ":" and "-".',
} as const;

const idList = { type: 'array', items: { $ref: '#/$defs/Id' } } as const;

export const feedSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://eroauttaminen.fi/schema/feed/v1.json',
  title: 'Feed',
  description:
    'Separation-support services, projects, contacts and events in Finland (eroauttaminen-widgets feed format v1). Unknown fields are ignored.',
  type: 'object',
  required: ['version', 'publisher', 'updated'],
  properties: {
    version: {
      type: 'string',
      pattern: '^[0-9]+\\.[0-9]+$',
      description: 'Format version "MAJOR.MINOR". Readers accept every 1.x and refuse other majors.',
    },
    publisher: { $ref: '#/$defs/Publisher' },
    updated: { $ref: '#/$defs/DateTime' },
    organizations: { type: 'array', items: { $ref: '#/$defs/Organization' } },
    services: { type: 'array', items: { $ref: '#/$defs/Service' } },
    projects: { type: 'array', items: { $ref: '#/$defs/Project' } },
    contacts: { type: 'array', items: { $ref: '#/$defs/Contact' } },
    events: { type: 'array', items: { $ref: '#/$defs/Event' } },
  },
  $defs: {
    Id: id,
    ...valueDefinitions,
    Publisher: {
      title: 'Publisher',
      type: 'object',
      required: ['name'],
      properties: {
        name: { $ref: '#/$defs/LocalizedText' },
        url: { $ref: '#/$defs/HttpUrl' },
        email: { $ref: '#/$defs/Email' },
      },
    },
    Organization: {
      title: 'Organization',
      type: 'object',
      required: ['id', 'name'],
      properties: {
        id: { $ref: '#/$defs/Id' },
        name: { $ref: '#/$defs/LocalizedText' },
        alternateName: { $ref: '#/$defs/LocalizedText' },
        kind: {
          type: 'string',
          enum: ['municipality', 'wellbeing-county', 'association', 'foundation', 'company', 'state', 'parish', 'other'],
        },
        description: { $ref: '#/$defs/LocalizedText' },
        url: { $ref: '#/$defs/HttpUrl' },
        email: { $ref: '#/$defs/Email' },
        phone: { $ref: '#/$defs/Phone' },
        area: { $ref: '#/$defs/Area' },
        urls: {
          type: 'array',
          items: { $ref: '#/$defs/WebAddress' },
          description: 'Since 1.1. More home pages, e.g. in other languages.',
        },
        example: { type: 'boolean' },
      },
    },
    Service: {
      title: 'Service',
      type: 'object',
      required: ['id', 'name', 'organization', 'types', 'targetGroups', 'area'],
      anyOf: [{ required: ['channels'] }, { required: ['serviceChannels'] }],
      properties: {
        id: { $ref: '#/$defs/Id' },
        name: { $ref: '#/$defs/LocalizedText' },
        alternateName: { $ref: '#/$defs/LocalizedText' },
        organization: { $ref: '#/$defs/Id' },
        description: { $ref: '#/$defs/LocalizedText' },
        types: { type: 'array', minItems: 1, items: { $ref: '#/$defs/ServiceType' } },
        targetGroups: { type: 'array', minItems: 1, items: { $ref: '#/$defs/TargetGroup' } },
        channels: {
          type: 'array',
          minItems: 1,
          items: { $ref: '#/$defs/Channel' },
          description:
            'How people reach the service. Since 1.1 it may be left out when serviceChannels are given: readers then take the kinds from them.',
        },
        serviceChannels: {
          type: 'array',
          minItems: 1,
          items: { $ref: '#/$defs/ServiceChannel' },
          description: 'Since 1.1. Each way to reach the service, with its own contacts and hours.',
        },
        status: {
          type: 'string',
          enum: ['active', 'temporarily-closed', 'inactive'],
          description: 'Since 1.1. active when left out; inactive services are not shown.',
        },
        closedThrough: {
          $ref: '#/$defs/Date',
          description: 'Since 1.1. The last day of a temporary closure (status temporarily-closed).',
        },
        alert: { $ref: '#/$defs/LocalizedText', description: 'Since 1.1. A temporary notice shown above the service.' },
        instructions: { $ref: '#/$defs/LocalizedText', description: 'Since 1.1. How to use the service.' },
        eligibility: { $ref: '#/$defs/LocalizedText', description: 'Since 1.1. Who can use the service.' },
        howToApply: { $ref: '#/$defs/LocalizedText', description: 'Since 1.1. How to apply or get started.' },
        area: { $ref: '#/$defs/Area' },
        languages: { type: 'array', items: { $ref: '#/$defs/LanguageCode' } },
        hours: { type: 'array', items: { $ref: '#/$defs/OpeningHours' } },
        hoursNote: { $ref: '#/$defs/LocalizedText' },
        free: { type: 'boolean' },
        fees: { $ref: '#/$defs/LocalizedText' },
        phone: { $ref: '#/$defs/Phone' },
        email: { $ref: '#/$defs/Email' },
        url: { $ref: '#/$defs/HttpUrl' },
        chatUrl: { $ref: '#/$defs/HttpUrl' },
        videoUrl: { $ref: '#/$defs/HttpUrl' },
        address: { $ref: '#/$defs/Address' },
        links: { type: 'array', items: { $ref: '#/$defs/Link' } },
        keywords: { $ref: '#/$defs/LocalizedKeywords' },
        example: { type: 'boolean' },
      },
    },
    Partner: {
      title: 'Partner',
      description: 'A partner organisation: a reference to organizations[] or just a name.',
      type: 'object',
      properties: {
        organization: { $ref: '#/$defs/Id' },
        name: { $ref: '#/$defs/LocalizedText' },
        url: { $ref: '#/$defs/HttpUrl' },
      },
      anyOf: [{ required: ['organization'] }, { required: ['name'] }],
    },
    Funder: {
      title: 'Funder',
      type: 'object',
      required: ['name'],
      properties: {
        name: { $ref: '#/$defs/LocalizedText' },
        programme: { $ref: '#/$defs/LocalizedText' },
        amount: { type: 'number', minimum: 0, description: 'This funder\'s share in the budget currency.' },
        url: { $ref: '#/$defs/HttpUrl' },
      },
    },
    Budget: {
      title: 'Budget',
      type: 'object',
      required: ['total'],
      properties: {
        total: { type: 'number', minimum: 0 },
        currency: { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217; EUR when left out.' },
      },
    },
    Material: {
      title: 'Material',
      type: 'object',
      required: ['type', 'title', 'url'],
      properties: {
        type: { type: 'string', enum: ['file', 'video', 'blog', 'report', 'presentation', 'guide', 'web'] },
        title: { $ref: '#/$defs/LocalizedText' },
        url: { $ref: '#/$defs/HttpUrl' },
        format: { type: 'string', description: 'File format shown to people, e.g. PDF.' },
      },
    },
    SocialAccount: {
      title: 'SocialAccount',
      type: 'object',
      required: ['platform', 'url'],
      properties: {
        platform: {
          type: 'string',
          enum: ['facebook', 'instagram', 'x', 'youtube', 'linkedin', 'tiktok', 'bluesky', 'mastodon', 'other'],
        },
        url: { $ref: '#/$defs/HttpUrl' },
        handle: { type: 'string' },
      },
    },
    Project: {
      title: 'Project',
      type: 'object',
      required: ['id', 'name', 'organization', 'startDate'],
      properties: {
        id: { $ref: '#/$defs/Id' },
        name: { $ref: '#/$defs/LocalizedText' },
        organization: { $ref: '#/$defs/Id' },
        partners: { type: 'array', items: { $ref: '#/$defs/Partner' } },
        startDate: { $ref: '#/$defs/Date' },
        endDate: { $ref: '#/$defs/Date' },
        funders: { type: 'array', items: { $ref: '#/$defs/Funder' } },
        budget: { $ref: '#/$defs/Budget' },
        description: { $ref: '#/$defs/LocalizedText' },
        goals: { type: 'array', items: { $ref: '#/$defs/LocalizedText' } },
        targetGroups: { type: 'array', items: { $ref: '#/$defs/TargetGroup' } },
        area: { $ref: '#/$defs/Area' },
        contacts: idList,
        materials: { type: 'array', items: { $ref: '#/$defs/Material' } },
        links: { type: 'array', items: { $ref: '#/$defs/Link' } },
        social: { type: 'array', items: { $ref: '#/$defs/SocialAccount' } },
        example: { type: 'boolean' },
      },
    },
    Contact: {
      title: 'Contact',
      description: 'A person to contact. The name is as the person writes it and is not translated.',
      type: 'object',
      required: ['id', 'name'],
      properties: {
        id: { $ref: '#/$defs/Id' },
        name: { type: 'string', minLength: 1 },
        title: { $ref: '#/$defs/LocalizedText' },
        organization: { $ref: '#/$defs/Id' },
        projects: idList,
        phone: { $ref: '#/$defs/Phone' },
        email: { $ref: '#/$defs/Email' },
        area: { $ref: '#/$defs/Area' },
        example: { type: 'boolean' },
      },
    },
    OnlineLocation: {
      title: 'OnlineLocation',
      type: 'object',
      properties: {
        platform: { type: 'string', enum: ['video', 'chat', 'phone', 'facebook-live', 'web', 'other'] },
        url: { $ref: '#/$defs/HttpUrl' },
      },
    },
    Registration: {
      title: 'Registration',
      type: 'object',
      properties: {
        required: { type: 'boolean' },
        url: { $ref: '#/$defs/HttpUrl' },
        email: { $ref: '#/$defs/Email' },
        phone: { $ref: '#/$defs/Phone' },
        opens: { $ref: '#/$defs/LocalDateTime' },
        deadline: { $ref: '#/$defs/LocalDateTime' },
        capacity: { type: 'integer', minimum: 0 },
        registered: { type: 'integer', minimum: 0 },
        status: {
          type: 'string',
          enum: ['open', 'full', 'closed'],
          description: 'Overrides the status computed from the deadline and capacity.',
        },
      },
    },
    EventTime: {
      title: 'EventTime',
      description:
        'A date YYYY-MM-DD (an all-day event) or a wall-clock time without an offset, read in the event\'s time zone, e.g. 2026-10-06T18:00. Start and end are of the same kind; an all-day event ends on its end date (inclusive).',
      type: 'string',
      pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$',
    },
    EventOverride: {
      title: 'EventOverride',
      description: 'Changes one occurrence of a recurring event, found by its original start (recurrenceId).',
      type: 'object',
      required: ['recurrenceId'],
      properties: {
        recurrenceId: { $ref: '#/$defs/EventTime' },
        start: { $ref: '#/$defs/EventTime' },
        end: { $ref: '#/$defs/EventTime' },
        cancelled: { type: 'boolean' },
        name: { $ref: '#/$defs/LocalizedText' },
        description: { $ref: '#/$defs/LocalizedText' },
        location: { $ref: '#/$defs/Address' },
      },
    },
    Event: {
      title: 'FeedEvent',
      type: 'object',
      required: ['id', 'name', 'organizer', 'targetGroups', 'attendance', 'start'],
      anyOf: [{ required: ['end'] }, { required: ['duration'] }],
      properties: {
        id: { $ref: '#/$defs/Id' },
        name: { $ref: '#/$defs/LocalizedText' },
        description: { $ref: '#/$defs/LocalizedText' },
        kind: { type: 'string', enum: ['peer-group', 'info-session', 'training', 'lecture', 'other'] },
        organizer: { $ref: '#/$defs/Id' },
        project: { $ref: '#/$defs/Id' },
        targetGroups: { type: 'array', minItems: 1, items: { $ref: '#/$defs/TargetGroup' } },
        attendance: { type: 'string', enum: ['on-site', 'online', 'mixed'] },
        location: { $ref: '#/$defs/Address' },
        online: { $ref: '#/$defs/OnlineLocation' },
        area: { $ref: '#/$defs/Area' },
        start: { $ref: '#/$defs/EventTime' },
        end: { $ref: '#/$defs/EventTime' },
        duration: {
          type: 'string',
          pattern: '^P(?=[0-9T])([0-9]+W)?([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+S)?)?$',
          description:
            'Instead of end: an ISO 8601 length of wall-clock time, e.g. PT1H30M, or P3D for an all-day event (whole days only).',
        },
        timeZone: { $ref: '#/$defs/TimeZone' },
        rrule: {
          type: 'string',
          pattern: rrulePattern(),
          description:
            'An RFC 5545 recurrence rule, FREQ first: FREQ=DAILY|WEEKLY|MONTHLY|YEARLY with INTERVAL, COUNT or UNTIL, WKST, BYDAY (numbered in MONTHLY and YEARLY rules), BYMONTHDAY, BYMONTH, BYYEARDAY (YEARLY) and BYSETPOS.',
        },
        exdates: {
          type: 'array',
          items: { $ref: '#/$defs/EventTime' },
          description: 'Left-out occurrences, by their start; a date leaves out the occurrence that starts on that day.',
        },
        rdates: { type: 'array', items: { $ref: '#/$defs/EventTime' }, description: 'Extra occurrences; a date gives one at the time of day of start.' },
        overrides: { type: 'array', items: { $ref: '#/$defs/EventOverride' } },
        registration: { $ref: '#/$defs/Registration' },
        languages: { type: 'array', items: { $ref: '#/$defs/LanguageCode' } },
        free: { type: 'boolean' },
        url: { $ref: '#/$defs/HttpUrl' },
        contacts: idList,
        example: { type: 'boolean' },
      },
    },
  },
} as const;

/** The collections of a feed, in the order they are read and merged. */
export const COLLECTIONS = ['organizations', 'services', 'projects', 'contacts', 'events'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];
