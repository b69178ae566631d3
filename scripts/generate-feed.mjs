// A deterministic feed of N invented services for stories, tests and benchmarks: the same
// count and seed give the same JSON on every machine. Every item is marked "example": true.
//
//   node scripts/generate-feed.mjs [--count 5000] [--seed 1] [--out file.json]
//
// In a browser or a test, pass the municipalities yourself:
//   import { MUNICIPALITIES } from '../src/feed/vocabulary/areas.js';
//   generateFeed({ count: 5000, seed: 1, municipalities: MUNICIPALITIES });

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

/**
 * A feed of `count` services by `count / 10` organisations, spread over the given municipalities:
 * about half serve one to three municipalities, a third a region, the rest all of Finland.
 * @param {{ count?: number, seed?: number, municipalities: readonly { code: string, region: string, name: { fi: string, sv: string } }[] }} options
 */
export function generateFeed({ count = 5000, seed = 1, municipalities }) {
  if (!municipalities?.length) throw new Error('generateFeed needs the municipalities (code, region, name)');
  const random = seededRandom(seed);
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

  return {
    version: '1.0',
    publisher: { name: { fi: 'Generoitu testisyöte', sv: 'Genererat testflöde', en: 'Generated test feed' } },
    updated: '2026-11-01T12:00:00+02:00',
    organizations,
    services,
  };
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
    options: { count: { type: 'string', default: '5000' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } },
  });
  const feed = generateFeed({ count: Number(values.count), seed: Number(values.seed), municipalities: await loadMunicipalities() });
  const json = `${JSON.stringify(feed)}\n`;
  if (values.out) {
    await writeFile(values.out, json);
    console.error(`Wrote ${feed.services.length} services to ${values.out} (${(json.length / 1024).toFixed(0)} KB)`);
  } else process.stdout.write(json);
}

const runAsScript = typeof process !== 'undefined' && process.argv?.[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (runAsScript) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
