/**
 * Our vocabularies as importers meet them: codes or their fi/sv/en labels typed by people,
 * municipality and region names in free text, and keyword guesses of target groups and service
 * types for sources (HSDS, PTV) that have neither.
 */
import { commonWithVocabularyByLang } from '../i18n/messages/all.js';
import { MUNICIPALITIES, REGIONS, municipalityByCode, regionByCode, type Municipality, type Region } from '../feed/vocabulary/areas.js';
import { rules } from '../feed/schema-rules.js';
import type { Area, Channel, ServiceType, TargetGroup } from '../feed/types.js';

export const TARGET_GROUPS = rules.$defs.TargetGroup.enum as readonly TargetGroup[];
export const SERVICE_TYPES = rules.$defs.ServiceType.enum as readonly ServiceType[];
export const CHANNELS = rules.$defs.Channel.enum as readonly Channel[];

const key = (value: string): string => value.trim().toLowerCase().replace(/\s+/g, ' ');

function lookup<T extends string>(codes: readonly T[], labels: (Record<T, string> | undefined)[], extra: Record<string, T> = {}): Map<string, T> {
  const map = new Map<string, T>();
  for (const code of codes) map.set(code, code);
  for (const table of labels) for (const code of codes) if (table) map.set(key(table[code]), code);
  for (const [word, code] of Object.entries(extra)) map.set(key(word), code);
  return map;
}

const messages = Object.values(commonWithVocabularyByLang);
const targetGroupWords = lookup(TARGET_GROUPS, [...messages.map((m) => m.targetGroups), ...messages.map((m) => m.targetGroupsShort)], {
  lapsi: 'child', barn: 'child', child: 'child', vanhempi: 'parent', förälder: 'parent', läheinen: 'close-ones', närstående: 'close-ones', ammattilainen: 'professional',
});
const serviceTypeWords = lookup(SERVICE_TYPES, messages.map((m) => m.serviceTypes), {
  neuvonta: 'counselling', sovittelu: 'mediation', medling: 'mediation', kriisi: 'crisis', terapia: 'therapy', oikeusapu: 'legal-aid',
});
const channelWords = lookup(CHANNELS, messages.map((m) => m.channels), {
  'paikan päällä': 'on-site', lähipalvelu: 'on-site', 'in person': 'on-site', onsite: 'on-site', puhelin: 'phone', telefon: 'phone',
  videopuhelu: 'video', etävastaanotto: 'video', verkko: 'web', verkossa: 'web', online: 'web', webb: 'web', chatti: 'chat', chatt: 'chat',
});

/** A target group from its code or any of its fi/sv/en labels. */
export const toTargetGroup = (value: string): TargetGroup | undefined => targetGroupWords.get(key(value));
export const toServiceType = (value: string): ServiceType | undefined => serviceTypeWords.get(key(value));
export const toChannel = (value: string): Channel | undefined => channelWords.get(key(value));

const municipalityNames = new Map<string, Municipality>();
for (const m of MUNICIPALITIES) {
  municipalityNames.set(key(m.name.fi), m);
  municipalityNames.set(key(m.name.sv), m);
}
const regionNames = new Map<string, Region>();
for (const r of REGIONS) for (const name of Object.values(r.name)) regionNames.set(key(name), r);

/** A municipality from its 3-digit code or its Finnish or Swedish name. */
export function findMunicipality(value: string): Municipality | undefined {
  return municipalityByCode.get(value.trim()) ?? municipalityNames.get(key(value));
}

/** A region (maakunta) from its 2-digit code or its fi/sv/en name. */
export function findRegion(value: string): Region | undefined {
  return regionByCode.get(value.trim()) ?? regionNames.get(key(value));
}

/** Code padded to its official width ("91" → "091"), as some sources drop leading zeros. */
export function padCode(code: string | number, width: 2 | 3): string {
  const text = String(code).trim();
  return /^\d+$/.test(text) ? text.padStart(width, '0').slice(-width) : text;
}

const WHOLE_COUNTRY = /\b(koko (suomi|suomen|maa|maan)|valtakunnallinen|valtakunnallisesti|hela (finland|landet)|riksomfattande|nationwide|whole country|all of finland)\b/iu;

/**
 * The area that free text names: municipalities and regions by their exact (capitalised) fi/sv/en
 * names, or the whole country. Inflected forms ("Mikkelissä") are not recognised.
 */
export function areaFromText(text: string): { area?: Area; matched: string[] } {
  const matched: string[] = [];
  const municipalities = new Set<string>();
  const regions = new Set<string>();
  const wholeCountry = WHOLE_COUNTRY.exec(text);
  if (wholeCountry) matched.push(wholeCountry[0]);
  // Names have up to three words ("Pedersören kunta", "Södra Savolax"): try the longest first.
  const words = text.split(/[^\p{L}\p{N}:-]+/u).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    for (let length = 3; length >= 1; length--) {
      const phrase = words.slice(i, i + length).join(' ');
      if (length > words.length - i || !/^\p{Lu}/u.test(phrase)) continue;
      const region = regionNames.get(key(phrase));
      const municipality = municipalityNames.get(key(phrase));
      const exact = (names: readonly string[]): boolean => names.includes(phrase);
      if (region && exact(Object.values(region.name))) {
        regions.add(region.code);
      } else if (municipality && exact([municipality.name.fi, municipality.name.sv])) {
        municipalities.add(municipality.code);
      } else {
        continue;
      }
      matched.push(phrase);
      i += length - 1;
      break;
    }
  }
  if (wholeCountry) return { area: { wholeCountry: true }, matched };
  if (!municipalities.size && !regions.size) return { matched };
  const area: Area = {};
  if (regions.size) area.regions = [...regions];
  if (municipalities.size) area.municipalities = [...municipalities];
  return { area, matched };
}

/** A guess from keywords, with the words that led to it (for the warning people read). */
export interface Guess<T> {
  readonly values: T[];
  readonly evidence: string[];
}

type Patterns<T extends string> = readonly [T, RegExp][];

// Tested against each lower-cased word; Finnish compounds are why most are stems, not whole words.
const TARGET_GROUP_WORDS: Patterns<TargetGroup> = [
  ['child', /^(lapsi|lapset|lapsen|lapsia|lapselle|lapsille|lasten|nuori|nuoret|nuorille|nuorten|barn|barnen|barnens|unga|ungdomar|child|children|kids?|youth|teenagers?)$/u],
  ['parent', /^(vanhem\p{L}*|äiti|äidit|isä|isät|eroavat|eroaville|eroavien|eroperhe\p{L}*|erotilan\p{L}*|avioero\p{L}*|ero|eron\p{L}*|erossa|eroon|lapsiperhe\p{L}*|föräld\p{L}*|barnfamilj\p{L}*|skilsmäss\p{L}*|parents?|parenting|mothers?|fathers?|separating|separation|divorc\p{L}*)$/u],
  ['close-ones', /^(isovanhem\p{L}*|mummo\p{L}*|vaari\p{L}*|läheis\p{L}*|uusperhe\p{L}*|bonusvanhem\p{L}*|närstående|farföräldrar|morföräldrar|grandparents?|relatives|step-?parents?|stepfamil\p{L}*)$/u],
];
// "By professionals" is common in descriptions of any service, so only "for professionals" counts.
const PROFESSIONALS = /(ammattilaisille|työntekijöille|för yrkesverksamma|for professionals|for practitioners)/u;

const SERVICE_TYPE_WORDS: Patterns<ServiceType> = [
  ['child-custody-officer', /(lastenvalvo|barnatillsyningsm)/u],
  ['mediation', /(sovittel|medling|^mediat)/u],
  ['peer-support', /(vertais|kamratstöd|stödgrupp|^peer$)/u],
  ['family-work', /(perhetyö|familjearbete)/u],
  ['crisis', /(kriisi|^kris(hjälp|telefon|center|centret)?$|^crisis$)/u],
  ['shelter', /(turvako|skyddshem|^shelters?$)/u],
  ['supervised-meetings', /(tapaamispaik|valvot\p{L}*tapaam|umgängesstöd|^supervised$)/u],
  ['therapy', /(terapi|^therap)/u],
  ['legal-aid', /(oikeusapu|oikeusavu|rättshjälp|^juridi|^legal$)/u],
  ['chat', /^(chat|chatt|chatti)\p{L}*$/u],
  ['counselling', /(perheneuvol|neuvonta|keskusteluapu|keskustelutuki|^ohjaus|rådgivning|^counsel)/u],
  ['information', /(tietopank|^opas$|^guide$|infomateriaal)/u],
];

function guess<T extends string>(text: string, patterns: Patterns<T>): Guess<T> {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  const values: T[] = [];
  const evidence: string[] = [];
  for (const [value, pattern] of patterns) {
    const word = words.find((w) => pattern.test(w));
    if (word === undefined) continue;
    values.push(value);
    evidence.push(word);
  }
  return { values, evidence };
}

export function guessTargetGroups(text: string): Guess<TargetGroup> {
  const found = guess(text, TARGET_GROUP_WORDS);
  const professional = PROFESSIONALS.exec(text.toLowerCase());
  if (professional) {
    found.values.push('professional');
    found.evidence.push(professional[0]);
  }
  return found;
}

export function guessServiceTypes(text: string): Guess<ServiceType> {
  return guess(text, SERVICE_TYPE_WORDS);
}
