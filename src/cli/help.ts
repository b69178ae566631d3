/** The --help text of every command, in English (the language of the command line and its errors). */

const IMPORT_COMMON = `
Output:
  -o, --output <file>        Write the feed to a file (default: standard output)
  --publisher <name>         The feed's publisher, in Finnish (default: taken from the data, with a warning)
  --publisher-url <url>      The publisher's website
  --updated <date-time>      The feed's "updated" time (default: now), e.g. 2026-11-20T12:00:00+02:00

Our vocabulary (the source has none of it):
  --type <list>              Service types for every service, instead of guessing from keywords:
                             counselling, peer-support, mediation, child-custody-officer, family-work,
                             crisis, shelter, chat, supervised-meetings, therapy, legal-aid, information
  --target-group <list>      Target groups for every service, instead of guessing: child, parent,
                             close-ones, professional
  --channel <list>           Channels for services whose source shows no way to reach them:
                             on-site, phone, video, chat, web
  --municipality <list>      Area for items whose source names none we recognise (names or 3-digit codes)
  --region <list>            … the same with regions (names or 2-digit maakunta codes)
  --whole-country            … the same with the whole country
  --match <words>            Import only services with one of these whole words in their names,
                             descriptions or keywords, e.g. "ero|sovittelu"; "ero*" allows endings
Lists are separated by commas. Where the importer guesses (types, target groups, areas), it warns
for each item, so that you can check the result.

Report:
  --report <text|json>       How problems are printed on standard error (default text); json is one
                             document { exitCode, errors, warnings, problems: [{ severity, source,
                             where, itemId, message, fix, leftOut }], notes }

Every value of the input that is not carried into the feed is named in a warning with its file,
record and field (a JSONPath, or row and column in a spreadsheet).

Exit codes: 0 the feed was written and nothing was left out or changed; 1 it was written, but
something was left out or changed (each named in a warning); 2 it could not run and nothing was
written (bad usage, an unreadable input, or an input in a version or shape it cannot read).
`;

export const HELP = {
  main: `Usage: eroauttaminen-widgets <command> [options]

Tools for the eroauttaminen-widgets feed format (docs/feed-format.md). They run on Node.js 20+
without a browser.

Commands:
  validate <feed.json…>        Check feeds against the format and the rules its schema cannot express
  import hsds <file|dir…>      Convert Open Referral HSDS 3.0/3.1 JSON into a feed
  import ptv <file…>           Convert Suomi.fi Palvelutietovaranto (PTV) open API v11 JSON into a feed
  import csv <file.csv>        Convert a spreadsheet in the documented layout (docs/csv-layout.md)
  import ics <file|url…>       Convert iCalendar (.ics) exports of Google Calendar, Outlook/Teams and
                               Apple Calendar into feed events
  export ics <feed.json|url>   Write the feed's events (or a filter of them) as a calendar to subscribe to
  merge <feed.json…>           Merge several publishers' feeds by id and report conflicts
  migrate <feed.json>          Rewrite a feed 1.0 as 1.1, with service channels

Options:
  -h, --help                   Show help (also after each command: validate --help)
  -v, --version                Show the version

Problems are printed as "file: error: $.services[3].phone (id "x"): what is wrong." followed by
"Fix: …". Use "-" as a file name to read standard input.
`,
  validate: `Usage: eroauttaminen-widgets validate <feed.json…> [--json] [--quiet]

Checks feeds as the widgets read them (the JSON Schema, ids unique in each collection, real dates,
end after start, IANA time zones) and more: references between items resolve, RRULEs parse,
municipality and region codes exist, web addresses parse, opening hours and registration
periods are in order, and in feed 1.1 a closure's status and end date agree, exceptional hours
are in order and each service channel has the contact its type needs. Several files are checked together, as a page that merges them would
read them: an item may refer to another file's organisation.

Each problem prints its JSONPath, the item's id and a plain fix. Warnings (e.g. hours that have
ended) do not make a feed invalid.

Options:
  --json         Print the result as JSON: { valid, errors, warnings, problems: [...] }
  -q, --quiet    Print errors only
  -h, --help     Show this help

Exit codes: 0 every feed is valid; 1 a feed has errors; 2 a file could not be read or is not JSON.
`,
  import: `Usage: eroauttaminen-widgets import <hsds|ptv|csv|ics> <input…> [options]

Converts other formats into a feed:
  import hsds <file|dir…>    Open Referral HSDS 3.0/3.1 JSON
  import ptv <file…>         Suomi.fi Palvelutietovaranto open API v11 JSON
  import csv <file.csv>      A spreadsheet in the layout of docs/csv-layout.md
  import ics <file|url…>     iCalendar (.ics) from Google Calendar, Outlook/Teams or Apple Calendar

Run "eroauttaminen-widgets import <format> --help" for the options of each.
`,
  'import hsds': `Usage: eroauttaminen-widgets import hsds <file|dir…> [options]

Reads Open Referral HSDS 3.0 or 3.1 JSON: service, organization and service_at_location records,
in full ("service_full.json") or as paged lists ({ "contents": [ … ] }). A directory is searched
for .json files. The same record in several files is read once (with a warning; fields that
differ are named). Another HSDS version or a tabular (CSV) package is refused (exit 2).

What becomes what (docs/cli.md has the full table):
  organization                 → organizations[]
  service                      → services[]: name, description, status (inactive/defunct →
                                 inactive), alert, eligibility, application process, fees
  service_at_location+location → a service channel each: phones (with their descriptions),
                                 schedules, address (address_2 too), languages, accessibility
  phones of the service        → a phone channel
  schedules (WEEKLY/DAILY)     → opening hours in Europe/Helsinki
  service_areas (free text)    → municipalities and regions named in it
  contacts                     → contacts[]
HSDS text is in one language: it goes into "fi", or into the language given by --lang (the feed
requires Finnish, so other languages are also copied into "fi", with a warning).

Options:
  --lang <fi|sv|en>          The language of the HSDS text (default fi)
${IMPORT_COMMON}`,
  'import ptv': `Usage: eroauttaminen-widgets import ptv <file…> [options]
       eroauttaminen-widgets import ptv --api <url> --organization <id> [options]

Reads JSON of the Suomi.fi Palvelutietovaranto (PTV) open API, v11 and the older v8–v10 shapes:
services, service channels and organisations, as pages ({ "itemList": … }), arrays or single
records; give services and channels together, as files or a directory. With --api it reads the
API itself: the organisation, every page of its services and each linked channel.

What becomes what (docs/cli.md has the full table):
  service                      → services[]: names and descriptions in fi/sv/en, instructions,
                                 requirements (eligibility), charge, area, languages, keywords
  each linked service channel  → a service channel: type, every phone with its labels and
                                 charge, e-mails, labelled web pages, address (ETRS-TM35FIN →
                                 WGS84), regular and exceptional hours, languages, instructions
  organisation                 → organizations[]: names, kind, description, home pages fi/sv/en

Options:
  --api <url>                The PTV API, e.g. https://api.palvelutietovaranto.suomi.fi/api/v11/
  --organization <id>        The organisation whose services --api reads
  --service-class <list>     Only services in these service classes (code, e.g. P27, URI or name)
  --ontology-term <list>     Only services with these ontology terms (URI, code or name)
  --dry-run                  List each chosen service and what chose it; write no feed
  --organization-name <name> Name of the one organisation the input refers to without naming it
${IMPORT_COMMON}`,
  'import csv': `Usage: eroauttaminen-widgets import csv <file.csv> [options]

Reads a spreadsheet saved as CSV. The encoding (UTF-8 with or without a byte-order mark, UTF-16
LE/BE, Windows-1252) and the separator (comma, semicolon, tab) are detected and named. Row 1
names the columns; each further row is an organisation, a service, a channel of a service or an
event ("kind" column). See docs/csv-layout.md and docs/cli.md for the columns and
docs/examples/services.csv for an example.

Every problem names its row and column ("row 7, column F (channels)"); a row with an error is
left out of the feed. Values may use our codes or their Finnish, Swedish or English names
("vanhemmat; lapset"); municipalities and regions may be names or codes.

Options:
  -o, --output <file>        Write the feed to a file (default: standard output)
  --publisher <name>         The feed's publisher (default: the first organisation, with a warning)
  --publisher-url <url>      The publisher's website
  --updated <date-time>      The feed's "updated" time (default: now)
  --report <text|json>       How problems are printed on standard error (default text)
  -h, --help                 Show this help

Exit codes: 0 every row was imported as written; 1 something was left out or changed (the feed has
the rest); 2 nothing was written (bad usage, or the file could not be read).
`,
  'import ics': `Usage: eroauttaminen-widgets import ics <file|dir|url…> [options]

Reads iCalendar (.ics) files as Google Calendar, Outlook and Teams, and Apple Calendar export them,
or a calendar's address (https:// or webcal://, e.g. Google's "secret address in iCal format").
Each event (VEVENT) becomes a feed event; its changed occurrences (RECURRENCE-ID) become overrides.

What becomes what (docs/cli.md has the full table):
  UID                          → id (stable: the same calendar gives the same ids)
  SUMMARY, DESCRIPTION         → name, description (HTML read as text; the Teams and Meet joining
                                 instructions are taken out, with a warning)
  DTSTART, DTEND, DURATION     → start, end, duration as wall times in the event's zone; all-day
                                 (VALUE=DATE) events as dates, DTEND's day before as the last day
  TZID, VTIMEZONE              → timeZone: IANA names, Windows names ("FLE Standard Time"), else
                                 the zone whose offsets the VTIMEZONE has (a warning)
  RRULE, EXDATE, RDATE         → rrule, exdates, rdates
  RECURRENCE-ID instances      → overrides: moved or changed occurrences; STATUS:CANCELLED → cancelled
  LOCATION, GEO                → location (name, street, postal code, town and its municipality code)
  meeting links                → online (X-GOOGLE-CONFERENCE, X-MICROSOFT-SKYPETEAMSMEETINGURL,
                                 a Teams, Meet or Zoom link in URL, LOCATION or DESCRIPTION)
  URL (not a meeting)          → url
Left out, each with a warning: private (CLASS:PRIVATE) and cancelled events, rules the feed cannot
hold, and every property the feed has no field for (ATTENDEE, ORGANIZER, CATEGORIES, VALARM …).

Options:
  --organizer <name>         The organisation whose events these are (default: --publisher, else the
                             calendar's name or its events' ORGANIZER, with a warning)
  --target-group <list>      Target groups of every event, instead of guessing from words:
                             child, parent, close-ones, professional
  --municipality <list>      The area of every event (names or 3-digit codes)
  --region <list>            … the same with regions (names or 2-digit maakunta codes)
  --whole-country            … the same with the whole country
  --lang <fi|sv|en>          The language of text without a LANGUAGE parameter (default fi)
  -o, --output <file>        Write the feed to a file (default: standard output)
  --publisher <name>         The feed's publisher (default: the organiser, with a warning)
  --publisher-url <url>      The publisher's website
  --updated <date-time>      The feed's "updated" time (default: now)
  --report <text|json>       How problems are printed on standard error (default text)
  -h, --help                 Show this help

Exit codes: 0 every event was imported as it was; 1 something was left out or changed (each named
in a warning with its line); 2 nothing was written (bad usage, an unreadable file or address, or
a file that is not iCalendar).
`,
  export: `Usage: eroauttaminen-widgets export ics <feed.json|url> [options]

Writes the feed in another format:
  export ics <feed.json|url>   A calendar (.ics) of the feed's events, to host next to the feed

Run "eroauttaminen-widgets export ics --help" for its options.
`,
  'export ics': `Usage: eroauttaminen-widgets export ics <feed.json|url> [options]

Writes the events of a feed, or those a filter picks, as one iCalendar file that people subscribe
to in Google Calendar, Outlook or Apple Calendar. Host it next to the feed and give its address to
<ero-event-calendar subscribe-url="…">, which then offers a webcal:// "Subscribe" link.

The file is the one the calendar's download writes, for every event: the same times (including
the clock changes), stable UIDs (the event's id at the publisher's host), DTSTAMP from the feed's
"updated", so the same feed always gives the same file. Events that cannot be placed in time are
left out with a warning.

Filters, as the calendar's attributes:
  --target-group <list>      Events for these groups: child, parent, close-ones, professional
  --region <name|code>       Events for people in this region (maakunta)
  --municipality <name|code> Events for people in this municipality
  --attendance <kind>        online or on-site (mixed events match both)
  --organizer <ids>          Events of these organisation ids

Options:
  -o, --output <file>        Write the calendar to a file (default: standard output)
  --lang <fi|sv|en>          The language of the names, descriptions and places (default fi)
  --name <text>              The calendar's name (default: the publisher's name)
  --description <text>       A description of the calendar
  --url <url>                Where the .ics will be published (written in the file as SOURCE)
  --feed-url <url>           Where the feed is published: UIDs use its host when the publisher
                             has no web address (default: the input, when it is an address)
  --refresh <duration>       How often subscribers fetch it again (REFRESH-INTERVAL and
                             X-PUBLISHED-TTL; default PT12H)
  --report <text|json>       How problems are printed on standard error (default text)
  -h, --help                 Show this help

Exit codes: 0 every chosen event was written; 1 the calendar was written, but an event or item was
left out or no event matched (each named in a warning); 2 nothing was written (bad usage, or the
feed could not be read or is not a feed of version 1.x).
`,
  merge: `Usage: eroauttaminen-widgets merge <a.json> <b.json…> [-o out.json] [--strict]

Merges feeds by id, as the widgets do with src="a.json b.json": when two feeds publish the same
id, the one listed first wins. Every conflict (the same id with different content) is reported
with both files and the fields that differ; identical copies merge silently. Invalid items are
left out with a warning. The merged feed has the newest "updated" and the first feed's publisher.

Options:
  -o, --output <file>        Write the merged feed to a file (default: standard output)
  --strict                   Treat conflicts as errors (exit code 1)
  --publisher <name>         Publisher of the merged feed (default: the first feed's)
  --publisher-url <url>      The publisher's website
  -h, --help                 Show this help

Exit codes: 0 merged; 1 merged, but with conflicts under --strict, or an input is not a feed of
version 1.x; 2 nothing was written (bad usage, or a file could not be read or is not JSON).
`,
  migrate: `Usage: eroauttaminen-widgets migrate <feed.json> [-o out.json]

Rewrites a feed as version 1.1. Each service gets service channels, one for each kind in its
"channels" that has something to carry: the address goes to the on-site channel, the phone number
to the phone channel, the chat and video addresses to theirs, "url" to the web channel, and hours
to the channel they name (hours without a channel to every channel but the web). The 1.0 fields
stay, so widgets that read only 1.0 show the feed as before. Services that already have service
channels, and invalid ones, are left as they are. Running it twice changes nothing.

Every change is printed as a warning with its JSONPath; check the guesses it names.

Options:
  -o, --output <file>        Write the feed to a file (default: standard output); may be the input
  -h, --help                 Show this help

Exit codes: 0 nothing needed changing; 1 the feed was changed, or an invalid service was left
as it was (see the warnings); 2 nothing was written (bad usage, or the file could not be read, is
not JSON or not a feed of version 1.x).
`,
} as const;
