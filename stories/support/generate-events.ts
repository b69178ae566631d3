/**
 * A large, deterministic feed for the "large data" stories and for measuring: `count` recurring
 * events (weekly, fortnightly, monthly by weekday position), spread over organisations,
 * municipalities, target groups and registration states. The same seed gives the same feed.
 */
import type { Feed, FeedEvent, TargetGroup } from '../../src/feed/types.js';

/** mulberry32: a tiny seeded PRNG, good enough to vary test data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ORGANIZATIONS = [
  { id: 'viola', name: 'VIOLA – väkivallasta vapaaksi ry', region: '10' },
  { id: 'lapin-ensi', name: 'Lapin ensi- ja turvakoti ry', region: '19' },
  { id: 'essote', name: 'Essote', region: '10' },
  { id: 'mll', name: 'Mannerheimin Lastensuojeluliitto', region: '01' },
];
const PLACES = [
  ['491', 'Mikkeli'],
  ['593', 'Pieksämäki'],
  ['698', 'Rovaniemi'],
  ['091', 'Helsinki'],
  ['178', 'Juva'],
  ['740', 'Savonlinna'],
] as const;
const KINDS = [
  ['peer-group', 'Vertaisryhmä', 'Kamratgrupp', 'Peer group'],
  ['info-session', 'Infotilaisuus', 'Informationsträff', 'Information session'],
  ['training', 'Koulutus', 'Utbildning', 'Training'],
  ['lecture', 'Luento', 'Föreläsning', 'Lecture'],
] as const;
const GROUPS: readonly TargetGroup[] = ['child', 'parent', 'close-ones', 'professional'];
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR'];
const RULES = [
  (day: string) => `FREQ=WEEKLY;BYDAY=${day};COUNT=8`,
  (day: string) => `FREQ=WEEKLY;INTERVAL=2;BYDAY=${day};COUNT=6`,
  (day: string) => `FREQ=MONTHLY;BYDAY=1${day};COUNT=6`,
  (day: string) => `FREQ=MONTHLY;BYDAY=-1${day}`,
];

const pad = (n: number): string => String(n).padStart(2, '0');

export function generateEventFeed(count = 500, seed = 2026): Feed {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const events = Array.from({ length: count }, (_, i): FeedEvent => {
    const organizer = pick(ORGANIZATIONS);
    const [code, town] = pick(PLACES);
    const [kind, fi, sv, en] = pick(KINDS);
    const online = next() < 0.4;
    const dayIndex = Math.floor(next() * DAYS.length);
    // 7.9.2026 is a Monday; start on the chosen weekday of a week in September–November.
    const start = new Date(Date.UTC(2026, 8, 7 + dayIndex + 7 * Math.floor(next() * 12)));
    const date = `${start.getUTCFullYear()}-${pad(start.getUTCMonth() + 1)}-${pad(start.getUTCDate())}`;
    const hour = 9 + Math.floor(next() * 11);
    const capacity = 5 + Math.floor(next() * 20);
    return {
      id: `generated-${i + 1}`,
      name: { fi: `${fi} ${i + 1}, ${town}`, sv: `${sv} ${i + 1}, ${town}`, en: `${en} ${i + 1}, ${town}` },
      kind,
      organizer: organizer.id,
      targetGroups: [pick(GROUPS), ...(next() < 0.3 ? [pick(GROUPS)] : [])].filter((g, j, all) => all.indexOf(g) === j) as [TargetGroup, ...TargetGroup[]],
      attendance: online ? 'online' : 'on-site',
      ...(online
        ? { online: { platform: 'video' as const }, area: { regions: [organizer.region] } }
        : { location: { locality: { fi: town }, municipality: code } }),
      start: `${date}T${pad(hour)}:00`,
      end: `${date}T${pad(hour + 1)}:30`,
      rrule: pick(RULES)(DAYS[dayIndex]),
      registration: next() < 0.3 ? { required: false } : { required: true, capacity, registered: Math.floor(next() * (capacity + 1)) },
      example: true,
    };
  });
  return {
    version: '1.0',
    publisher: { name: { fi: 'Generoitu esimerkkisyöte' } },
    updated: '2026-09-01T12:00:00+03:00',
    organizations: ORGANIZATIONS.map(({ id, name, region }) => ({ id, name: { fi: name }, area: { regions: [region] } })),
    events,
  };
}
