// A deterministic feed of N invented services and M events for stories, tests and benchmarks:
// the same counts and seed give the same JSON on every machine. Every item is marked
// "example": true. Events are one-off or recurring (RRULE), online, on site or both, and a share
// of them runs across the DST changes of autumn 2026 and spring 2027.
//
//   node scripts/generate-feed.mjs [--count 5000] [--events <count>] [--seed 1] [--out file.json]
//
// On the command line --events defaults to --count (N services and N events); the function's
// `events` defaults to 0, so callers that want services only get exactly what they got before.
// In a browser or a test, pass the municipalities yourself:
//   import { MUNICIPALITIES } from '../src/feed/vocabulary/areas.js';
//   generateFeed({ count: 5000, events: 5000, seed: 1, municipalities: MUNICIPALITIES });

/** mulberry32: a small, fast, seeded PRNG with a good enough spread for test data. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = {
  counselling: ['Eroneuvonta', 'Skilsmässorådgivning', 'Separation counselling'],
  'peer-support': ['Vertaisryhmä', 'Kamratgrupp', 'Peer group'],
  mediation: ['Perheasioiden sovittelu', 'Medling i familjeärenden', 'Family mediation'],
  'child-custody-officer': ['Lastenvalvoja', 'Barnatillsyningsman', 'Child welfare officer'],
  'family-work': ['Perhetyö', 'Familjearbete', 'Family work'],
  crisis: ['Kriisiapu', 'Krishjälp', 'Crisis help'],
  shelter: ['Turvakoti', 'Skyddshem', 'Shelter'],
  chat: ['Chat-palvelu', 'Chattjänst', 'Chat service'],
  'supervised-meetings': ['Valvotut tapaamiset', 'Övervakade umgängen', 'Supervised meetings'],
  therapy: ['Pari- ja perheterapia', 'Par- och familjeterapi', 'Couple and family therapy'],
  'legal-aid': ['Oikeusapu', 'Rättshjälp', 'Legal aid'],
  information: ['Tietoa erosta', 'Information om skilsmässa', 'Information on separation'],
};
const AUDIENCE = {
  child: ['lapsille', 'för barn', 'for children'],
  parent: ['vanhemmille', 'för föräldrar', 'for parents'],
  'close-ones': ['läheisille', 'för närstående', 'for close ones'],
  professional: ['ammattilaisille', 'för yrkesverksamma', 'for professionals'],
};
const CHANNELS = ['on-site', 'phone', 'video', 'chat', 'web'];
const SENTENCES = [
  'Tukea erotilanteeseen ja sen jälkeiseen arkeen.',
  'Keskustelemme lapsen asioista ja yhteistyövanhemmuudesta.',
  'Palvelu on luottamuksellinen, ja voit asioida nimettömästi.',
  'Ajan voi varata puhelimitse tai verkossa.',
  'Mukaan pääsee myös etäyhteydellä, asuinpaikasta riippumatta.',
  'Apua sopimuksiin lapsen huollosta, asumisesta ja tapaamisista.',
  'Ryhmä kokoontuu kahden viikon välein.',
  'Tarjoamme tietoa, ohjausta ja vertaistukea.',
];
const KEYWORDS = ['ero', 'avioero', 'huoltajuus', 'tapaamisoikeus', 'elatus', 'vanhemmuus', 'riidat', 'uusperhe'];
const HOURS = [
  [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '16:00' }],
  [{ days: ['mo', 'we'], opens: '17:00', closes: '20:00' }],
  [{ days: ['fr', 'sa'], opens: '22:00', closes: '02:00' }],
  [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '24:00' }],
  [
    { days: ['mo', 'tu', 'we', 'th'], opens: '09:00', closes: '15:00' },
    { days: ['tu'], opens: '17:00', closes: '19:00', channel: 'phone' },
  ],
];
const ORG_KINDS = ['municipality', 'wellbeing-county', 'association', 'foundation', 'parish'];
const ORG_NAMES = ['Perhekeskus', 'Perheneuvola', 'Eroauttajat', 'Lapsiperheiden tuki', 'Seurakuntayhtymä', 'Perheasiain neuvottelukeskus'];

const EVENT_KINDS = {
  'peer-group': ['Vertaisryhmä', 'Kamratgrupp', 'Peer group'],
  'info-session': ['Infotilaisuus', 'Informationsträff', 'Information session'],
  training: ['Koulutus', 'Utbildning', 'Training'],
  lecture: ['Luento', 'Föreläsning', 'Lecture'],
};
const PLATFORMS = ['video', 'chat', 'phone', 'web'];
const RRULE_DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
/** Events start from 1 September 2026 to the end of May 2027, so they cross both DST changes. */
const EVENTS_FROM = Date.UTC(2026, 8, 1);
const EVENT_DAYS = 272;
/** The weeks before Finland's DST changes (25 October 2026, 28 March 2027): a weekly group here meets on both sides. */
const DST_WEEKS = [Date.UTC(2026, 9, 19), Date.UTC(2027, 2, 22)];
const DAY_MS = 86_400_000;

const pad = (n) => String(n).padStart(2, '0');
/** A local date-time "2026-10-21T17:00" of the UTC calendar day `day` (ms) at `hour`:`minute`, read in Europe/Helsinki. */
const wallTime = (day, hour, minute) => `${new Date(day).toISOString().slice(0, 10)}T${pad(hour)}:${pad(minute)}`;

/** Draws from lists with `random`: one item, or between min and max distinct ones. */
function picker(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  // A partial Fisher–Yates shuffle: n distinct items, independent of any engine's sort.
  const some = (list, min, max) => {
    const n = min + Math.floor(random() * (max - min + 1));
    const copy = [...list];
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(random() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  };
  return { pick, some };
}

/**
 * `count` events by the given organisations: 40 % one-off, the rest weekly, fortnightly or
 * monthly with COUNT or UNTIL, some with an EXDATE; one in eight starts in a week before a DST change.
 * A PRNG of its own, derived from the seed, leaves the services the same whatever the count.
 */
function generateEvents({ count, seed, municipalities, organizations, regions }) {
  const random = seededRandom((seed ^ 0x9e3779b9) >>> 0);
  const { pick, some } = picker(random);
  return Array.from({ length: count }, (_, i) => {
    const kind = pick(Object.keys(EVENT_KINDS));
    const targetGroups = some(Object.keys(AUDIENCE), 1, 3);
    const [fi, sv, en] = EVENT_KINDS[kind];
    const [forFi, forSv, forEn] = AUDIENCE[targetGroups[0]];
    const roll = random();
    const attendance = roll < 0.45 ? 'on-site' : roll < 0.85 ? 'online' : 'mixed';
    const place = pick(municipalities);
    const day = i % 8 === 0
      ? DST_WEEKS[(i / 8) % 2] + Math.floor(random() * 6) * DAY_MS
      : EVENTS_FROM + Math.floor(random() * EVENT_DAYS) * DAY_MS;
    const hour = 9 + Math.floor(random() * 11);
    const minute = pick([0, 0, 15, 30]);
    const length = pick([60, 90, 90, 120]);
    const event = {
      id: `event-${i + 1}`,
      name: {
        fi: `${fi} ${forFi}, ${attendance === 'online' ? 'verkossa' : place.name.fi} ${i + 1}`,
        sv: `${sv} ${forSv}, ${attendance === 'online' ? 'på nätet' : place.name.sv} ${i + 1}`,
        en: `${en} ${forEn} ${i + 1}`,
      },
      description: { fi: some(SENTENCES, 1, 2).join(' ') },
      kind,
      organizer: pick(organizations).id,
      targetGroups,
      attendance,
      start: wallTime(day, hour, minute),
      end: wallTime(day, hour + Math.floor((minute + length) / 60), (minute + length) % 60),
      timeZone: 'Europe/Helsinki',
      languages: random() < 0.15 ? ['fi', 'sv'] : ['fi'],
      free: random() < 0.8,
      example: true,
    };
    if (attendance !== 'online') {
      event.location = { locality: { fi: place.name.fi, sv: place.name.sv }, municipality: place.code };
      event.area = { municipalities: [place.code] };
    }
    if (attendance !== 'on-site') {
      event.online = { platform: pick(PLATFORMS), url: `https://example.org/tapahtumat/${i + 1}` };
      event.area = random() < 0.5 ? { regions: [pick(regions)] } : { wholeCountry: true };
    }
    const repeat = random();
    const weekday = RRULE_DAYS[new Date(day).getUTCDay()];
    if (repeat >= 0.4) {
      if (repeat < 0.7) event.rrule = `FREQ=WEEKLY;BYDAY=${weekday};COUNT=${4 + Math.floor(random() * 9)}`;
      else if (repeat < 0.8) event.rrule = `FREQ=WEEKLY;INTERVAL=2;BYDAY=${weekday};COUNT=${3 + Math.floor(random() * 6)}`;
      else if (repeat < 0.9) {
        // The start's own place in its month (2TU), or -1 for a fifth weekday, which is the last.
        const nth = 1 + Math.floor((new Date(day).getUTCDate() - 1) / 7);
        event.rrule = `FREQ=MONTHLY;BYDAY=${nth > 4 ? -1 : nth}${weekday};COUNT=6`;
      }
      else event.rrule = `FREQ=WEEKLY;BYDAY=${weekday};UNTIL=${new Date(day + 70 * DAY_MS).toISOString().slice(0, 10).replace(/-/g, '')}`;
      // Now and then the second meeting is off (a holiday).
      if (random() < 0.2 && !event.rrule.startsWith('FREQ=MONTHLY')) {
        const weeks = event.rrule.includes('INTERVAL=2') ? 2 : 1;
        event.exdates = [wallTime(day + weeks * 7 * DAY_MS, hour, minute)];
      }
    }
    if (random() < 0.5) {
      const capacity = 6 + Math.floor(random() * 15);
      event.registration = {
        required: true,
        url: `https://example.org/tapahtumat/${i + 1}/ilmoittautuminen`,
        deadline: wallTime(day - 3 * DAY_MS, 16, 0),
        capacity,
        registered: Math.floor(random() * (capacity + 1)),
      };
    }
    return event;
  });
}

/**
 * A feed of `count` services by `count / 10` organisations, spread over the given municipalities:
 * about half serve one to three municipalities, a third a region, the rest all of Finland; and
 * `events` events by the same organisations (none unless asked for).
 * @param {{ count?: number, events?: number, seed?: number, municipalities: readonly { code: string, region: string, name: { fi: string, sv: string } }[] }} options
 */
export function generateFeed({ count = 5000, events = 0, seed = 1, municipalities }) {
  if (!municipalities?.length) throw new Error('generateFeed needs the municipalities (code, region, name)');
  const random = seededRandom(seed);
  const { pick, some } = picker(random);
  const regions = [...new Set(municipalities.map((m) => m.region))];
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const area = () => {
    const roll = random();
    if (roll < 0.5) return { municipalities: some(municipalities, 1, 3).map((m) => m.code) };
    if (roll < 0.85) return { regions: [pick(regions)] };
    return { wholeCountry: true };
  };

  const organizations = Array.from({ length: Math.max(1, Math.ceil(count / 10)) }, (_, i) => {
    const home = pick(municipalities);
    return {
      id: `org-${i + 1}`,
      name: { fi: `${pick(ORG_NAMES)} ${home.name.fi} ${i + 1}`, sv: `Familjestöd ${home.name.sv} ${i + 1}` },
      kind: pick(ORG_KINDS),
      area: { regions: [home.region] },
      example: true,
    };
  });

  const services = Array.from({ length: count }, (_, i) => {
    const types = some(Object.keys(TYPES), 1, 2);
    const targetGroups = some(Object.keys(AUDIENCE), 1, 3);
    const channels = some(CHANNELS, 1, 4);
    const served = area();
    const place = served.municipalities ? byCode.get(served.municipalities[0]) : pick(municipalities);
    const [fi, sv, en] = TYPES[types[0]];
    const [forFi, forSv, forEn] = AUDIENCE[targetGroups[0]];
    const service = {
      id: `service-${i + 1}`,
      name: { fi: `${fi} ${forFi}, ${place.name.fi} ${i + 1}`, sv: `${sv} ${forSv}, ${place.name.sv} ${i + 1}`, en: `${en} ${forEn} ${i + 1}` },
      organization: `org-${1 + Math.floor(random() * organizations.length)}`,
      description: { fi: some(SENTENCES, 1, 3).join(' ') },
      types,
      targetGroups,
      channels,
      area: served,
      languages: random() < 0.15 ? ['fi', 'sv'] : random() < 0.05 ? ['se', 'fi'] : ['fi'],
      free: random() < 0.7,
      keywords: { fi: some(KEYWORDS, 0, 3) },
      example: true,
    };
    if (random() < 0.7) service.hours = pick(HOURS);
    if (channels.includes('phone')) service.phone = `+3584${String(10000000 + Math.floor(random() * 89999999))}`;
    if (channels.includes('chat')) service.chatUrl = `https://example.org/chat/${i + 1}`;
    if (random() < 0.7) service.url = `https://example.org/palvelut/${i + 1}`;
    return service;
  });

  const feed = {
    version: '1.0',
    publisher: { name: { fi: 'Generoitu testisyöte', sv: 'Genererat testflöde', en: 'Generated test feed' } },
    updated: '2026-11-01T12:00:00+02:00',
    organizations,
    services,
  };
  if (events > 0) feed.events = generateEvents({ count: events, seed, municipalities, organizations, regions });
  return feed;
}

// Node-only modules are imported by a computed name, so that bundlers for the browser
// (Storybook's vite, the test server) leave them alone.
const nodeImport = (specifier) => import(/* @vite-ignore */ specifier);

/** The municipalities from src/feed/vocabulary/areas.ts, for Node (which cannot import TypeScript). */
export async function loadMunicipalities() {
  const { build } = await nodeImport('esbuild');
  // Bundled, since areas.ts imports municipality-regions.ts beside it.
  const { outputFiles } = await build({
    entryPoints: [new URL('../src/feed/vocabulary/areas.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const module = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
  return module.MUNICIPALITIES;
}

async function main() {
  const { parseArgs } = await nodeImport('node:util');
  const { writeFile } = await nodeImport('node:fs/promises');
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '5000' },
      events: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  const count = Number(values.count);
  const events = Number(values.events ?? values.count);
  if (!Number.isInteger(count) || count < 0 || !Number.isInteger(events) || events < 0) throw new Error('--count and --events take a whole number ≥ 0');
  const feed = generateFeed({ count, events, seed: Number(values.seed), municipalities: await loadMunicipalities() });
  const json = `${JSON.stringify(feed)}\n`;
  if (values.out) {
    await writeFile(values.out, json);
    console.error(`Wrote ${feed.services.length} services and ${feed.events?.length ?? 0} events to ${values.out} (${(json.length / 1024).toFixed(0)} KB)`);
  } else process.stdout.write(json);
}

const runAsScript = typeof process !== 'undefined' && process.argv?.[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (runAsScript) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
