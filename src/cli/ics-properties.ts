/**
 * Which iCalendar properties `import ics` reads, which are the calendar programs' own bookkeeping
 * (passed without a word), and why the feed carries none of the rest.
 */

/** Read by the importer: in the event or in its overrides. */
export const READ = new Set([
  'UID', 'DTSTART', 'DTEND', 'DURATION', 'RRULE', 'EXRULE', 'EXDATE', 'RDATE', 'RECURRENCE-ID', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'GEO', 'URL', 'STATUS', 'CLASS',
  'X-GOOGLE-CONFERENCE', 'X-MICROSOFT-SKYPETEAMSMEETINGURL', 'X-APPLE-STRUCTURED-LOCATION', 'X-MICROSOFT-CDO-ALLDAYEVENT',
  // Other forms of what is read: the HTML description, the Teams meeting's SIP address and details, Outlook's list of locations.
  'X-ALT-DESC', 'X-MICROSOFT-ONLINEMEETINGCONFLINK', 'X-MICROSOFT-ONLINEMEETINGINFORMATION', 'X-MICROSOFT-LOCATIONS',
]);
/** The calendar programs' own bookkeeping, which says nothing to the people who read the feed. */
export const BOOKKEEPING = new Set([
  'DTSTAMP', 'CREATED', 'LAST-MODIFIED', 'SEQUENCE', 'TRANSP', 'PRIORITY', 'X-MICROSOFT-DISALLOW-COUNTER', 'X-MICROSOFT-REQUESTEDATTENDANCEMODE',
  'X-MICROSOFT-ISRESPONSEREQUESTED', 'X-APPLE-TRAVEL-ADVISORY-BEHAVIOR', 'X-APPLE-TRAVEL-DURATION', 'X-APPLE-TRAVEL-START', 'X-APPLE-CREATOR-IDENTITY',
  'X-APPLE-CREATOR-TEAM-IDENTITY', 'X-MOZ-GENERATION', 'X-MOZ-LASTACK', 'X-MOZ-RECEIVED-SEQUENCE', 'X-MOZ-RECEIVED-DTSTAMP',
  // The calendar's own: its id, owner, colour, refresh and the span Outlook exported.
  'PRODID', 'VERSION', 'CALSCALE', 'METHOD', 'NAME', 'X-WR-CALNAME', 'X-WR-TIMEZONE', 'X-WR-RELCALID', 'X-PRIMARY-CALENDAR', 'X-OWNER',
  'X-APPLE-CALENDAR-COLOR', 'COLOR', 'X-CALSTART', 'X-CALEND', 'X-CLIPSTART', 'X-CLIPEND', 'X-PUBLISHED-TTL', 'REFRESH-INTERVAL', 'SOURCE',
]);
export const isBookkeeping = (name: string): boolean => BOOKKEEPING.has(name) || name.startsWith('X-MICROSOFT-CDO-') || name.startsWith('X-MS-OLK-');

export const WHY: Record<string, string> = {
  ATTENDEE: 'the feed publishes no participants',
  ORGANIZER: 'the feed names the organising organisation, not a person or a mailbox',
  CATEGORIES: "the feed has no categories; an event's kind and target groups are its vocabulary",
  ATTACH: 'the feed has no attachments; link to the file from the description or the event\'s web page',
  CONTACT: 'the feed refers to contacts by id; add the contact to the feed and to the event\'s "contacts"',
  VALARM: 'reminders are set by each person who subscribes',
  DESCRIPTION: 'the feed describes events, not calendars',
  'X-WR-CALDESC': 'the feed describes events, not calendars',
};
