/**
 * A large, deterministic feed of invented projects for the "large data" stories: the same seed
 * always gives the same projects, so designers and screenshots see the same page every time.
 */
import type { Feed, Project, TargetGroup } from '../../src/feed/types.js';
import { REGIONS } from '../../src/feed/vocabulary/areas.js';

/** mulberry32: a tiny seeded PRNG, good enough for invented sample data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const THEMES = ['Lapsen ääni', 'Vanhemmuus', 'Sovinto', 'Vertaistuki', 'Läheiset', 'Etäapu', 'Arjen tuki', 'Turvallinen ero'];
const PLACES = ['Etelä-Savossa', 'Lapissa', 'Kainuussa', 'verkossa', 'kylillä', 'Pohjois-Savossa', 'koko Suomessa'];
const FUNDERS = [
  { fi: 'Sosiaali- ja terveysjärjestöjen avustuskeskus STEA', sv: 'Social- och hälsoorganisationernas understödscentral STEA', en: 'Funding Centre for Social Welfare and Health Organisations STEA' },
  { fi: 'Euroopan sosiaalirahasto ESR+', sv: 'Europeiska socialfonden ESF+', en: 'European Social Fund Plus ESF+' },
  { fi: 'Sosiaali- ja terveysministeriö', sv: 'Social- och hälsovårdsministeriet', en: 'Ministry of Social Affairs and Health' },
];
const GROUPS: TargetGroup[] = ['child', 'parent', 'close-ones', 'professional'];
const ORGANIZATIONS = [
  { id: 'eroapu-ry', name: { fi: 'Eroapu ry' } },
  { id: 'perhetuki-saatio', name: { fi: 'Perhetuen säätiö', sv: 'Stiftelsen för familjestöd' } },
  { id: 'kylien-perheet', name: { fi: 'Kylien perheet ry' } },
  { id: 'lapsen-aani', name: { fi: 'Lapsen ääni ry', sv: 'Barnets röst rf' } },
];

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)];
const isoDate = (year: number, month: number, day: number): string =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

function project(next: () => number, index: number): Project {
  const startYear = 2015 + Math.floor(next() * 15);
  const years = 1 + Math.floor(next() * 3);
  const total = Math.round(50_000 + next() * 950_000);
  const funder = pick(next, FUNDERS);
  const theme = pick(next, THEMES);
  const groups = GROUPS.filter(() => next() < 0.5);
  return {
    id: `generated-${index + 1}`,
    name: { fi: `${theme} ${pick(next, PLACES)} ${index + 1}`, en: `Example project ${index + 1}` },
    organization: pick(next, ORGANIZATIONS).id,
    startDate: isoDate(startYear, 1 + Math.floor(next() * 12), 1),
    ...(next() < 0.9 ? { endDate: isoDate(startYear + years, 12, 31) } : {}),
    funders: [{ name: funder, amount: Math.round(total * 0.8) }],
    budget: { total },
    description: { fi: `Keksitty esimerkkihanke numero ${index + 1}: ${theme.toLowerCase()} eron keskellä.` },
    goals: [{ fi: 'Lapsen osallisuus vahvistuu.' }, { fi: 'Vanhemmat saavat tukea ajoissa.' }],
    targetGroups: groups.length ? groups : ['parent'],
    area: { regions: [pick(next, REGIONS).code] },
    example: true,
  };
}

/** A feed of `count` invented projects (all marked as examples) by four invented organisations. */
export function generatedProjectFeed(count: number, seed = 2026): Feed {
  const next = random(seed);
  return {
    version: '1.0',
    publisher: { name: { fi: 'Esimerkkijulkaisija' } },
    updated: '2026-11-23T12:00:00+02:00',
    organizations: ORGANIZATIONS.map((organization) => ({ ...organization, example: true })),
    projects: Array.from({ length: count }, (_, i) => project(next, i)),
  };
}
