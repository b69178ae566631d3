/**
 * Where an iCalendar event happens, as the feed says it: LOCATION (Google's one line, Apple's
 * name and address on two lines, Outlook's rooms separated by "; ") as an address with the
 * municipality's code, GEO and Apple's structured location as coordinates, and the online
 * meeting link from X-GOOGLE-CONFERENCE, X-MICROSOFT-SKYPETEAMSMEETINGURL, URL, LOCATION or the
 * Teams and Meet joining instructions in DESCRIPTION, which are taken out of the description.
 */
import { first, param, unescapeText, type IcsComponent } from '../feed/ics/read.js';
import type { Address, LocalizedText, OnlineLocation } from '../feed/types.js';
import { plainText } from './feed-builder.js';
import { findMunicipality } from './vocabulary.js';

/** Links that join an online meeting (not the services' help and settings pages): one makes the event (also) online. */
const MEETING = new RegExp(
  '^https://(?:' +
    [
      'teams\\.microsoft\\.com/(?:l/meetup-join|meet)/',
      'teams\\.live\\.com/meet/',
      'meet\\.google\\.com/[a-z]{3}-[a-z]{4}-[a-z]{3}',
      '(?:[a-z0-9-]+\\.)*zoom\\.us/(?:j|my|w)/',
      '(?:[a-z0-9-]+\\.)*webex\\.com/(?:meet|join)/',
      'whereby\\.com/[^/?#]+',
      'meet\\.jit\\.si/[^/?#]+',
    ].join('|') +
    ')',
  'i',
);
/**
 * LOCATION values that say "online" without giving a place: Outlook fills them in for Teams
 * meetings, and our own files write "Verkossa (videoyhteys)" and its sv and en forms.
 */
const ONLINE_WORDS = /^(?:microsoft teams(?:[ -]?(?:meeting|-?kokous|-?möte))?|teams(?:-kokous)?|google meet|zoom(?: meeting)?|etäyhteys|etänä|webinaari|(?:verkossa|på nätet|online)(?: \([^)]*\))?)$/i;
const URL_TEXT = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]]/g;
const COUNTRIES = /^(suomi|finland|fi)$/i;

export const isMeetingLink = (url: string): boolean => MEETING.test(url);

export interface CleanDescription {
  readonly text?: string;
  /** Meeting links found in it (also in the instructions taken out). */
  readonly links: readonly string[];
  /** What was taken out, e.g. "the Microsoft Teams joining instructions". */
  readonly removed: readonly string[];
}

const BLOCKS: readonly { name: string; pattern: RegExp }[] = [
  // Google Calendar puts Meet's links and phone numbers between two lines of "-::~:~::~:…::-".
  { name: 'the Google Meet joining instructions', pattern: /-::~[:~]*::-[\s\S]*?-::~[:~]*::-/ },
  // Outlook and Teams append the meeting between lines of underscores.
  { name: 'the Microsoft Teams joining instructions', pattern: /_{20,}\s*\n[\s\S]*?(?:teams\.microsoft\.com|Microsoft Teams)[\s\S]*?(?:_{20,}|$)/i },
];

/** DESCRIPTION as plain text: HTML (Google) read as text with its links kept, joining instructions taken out. */
export function cleanDescription(raw: string | undefined): CleanDescription {
  if (!raw) return { links: [], removed: [] };
  let text = raw.replace(/\r\n?/g, '\n');
  const removed: string[] = [];
  const links = new Set<string>();
  for (const block of BLOCKS) {
    const match = block.pattern.exec(text);
    if (!match) continue;
    for (const url of match[0].match(URL_TEXT) ?? []) if (isMeetingLink(url)) links.add(url);
    text = text.replace(match[0], '\n');
    removed.push(block.name);
  }
  // Outlook writes a link as "text<https://…>", Google as <a href="…">text</a>: keep the address.
  text = text
    .replace(/<a\s[^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/gi, (_, href: string, label: string) => (label.trim() === href ? href : `${label} (${href})`))
    .replace(/<(https?:\/\/[^>\s]+)>/g, ' $1');
  for (const url of text.match(URL_TEXT) ?? []) if (isMeetingLink(url)) links.add(url);
  return { text: plainText(text), links: [...links], removed };
}

/** Text in the feed's form: Finnish is required, so text in another language is also the Finnish one. */
export function localized(text: string, lang: string): LocalizedText {
  return lang === 'fi' || (lang !== 'sv' && lang !== 'en') ? { fi: text } : { fi: text, [lang]: text };
}

/**
 * An address from one line of text: "Perhekeskus, Raatihuoneenkatu 5, 50100 Mikkeli, Suomi"
 * gives the place's name, the street, the postal code and the town (and its municipality code).
 * Text that is not read so stays whole as the place's name, so that nothing is lost.
 */
export function addressFromText(text: string, lang: string): Address {
  const parts = text.split(/\s*[\n,]\s*/).map((p) => p.trim()).filter(Boolean);
  while (parts.length > 1 && COUNTRIES.test(parts[parts.length - 1])) parts.pop();
  const address: Address = {};
  let town = parts.findIndex((p) => /^\d{5}\s+\S/.test(p));
  if (town >= 0) {
    const [, code, locality] = /^(\d{5})\s+(.+)$/.exec(parts[town])!;
    address.postalCode = code;
    address.locality = localized(locality, lang);
  } else if (findMunicipality(parts[parts.length - 1])) {
    town = parts.length - 1;
    address.locality = localized(parts[town], lang);
  }
  const before = town >= 0 ? parts.slice(0, town) : parts;
  const after = town >= 0 ? parts.slice(town + 1) : [];
  const street = town >= 0 && before.length && /\d/.test(before[before.length - 1]) ? before.pop() : undefined;
  if (street) address.street = localized(street, lang);
  const name = [...before, ...after].join(', ');
  if (name) address.name = localized(name, lang);
  const municipality = address.locality && findMunicipality(address.locality.fi);
  if (municipality) address.municipality = municipality.code;
  return address;
}

export interface EventPlace {
  readonly location?: Address;
  readonly online?: OnlineLocation;
  /** The event's own web page (URL that is not a meeting). */
  readonly url?: string;
  /** LOCATION says the event is online, but no link was found. */
  readonly onlineWithoutLink: boolean;
  /** Further meeting links or places, which the feed cannot hold (one of each per event). */
  readonly extra: readonly string[];
}

/** A coordinate pair from GEO ("61.6886;27.2723") or Apple's "geo:61.6886,27.2723". */
function coordinates(component: IcsComponent): { latitude: number; longitude: number } | undefined {
  const apple = first(component, 'X-APPLE-STRUCTURED-LOCATION');
  const text = first(component, 'GEO')?.value ?? (apple?.value.startsWith('geo:') ? apple.value.slice(4) : undefined);
  const [latitude, longitude] = (text ?? '').split(/[;,]/).map(Number);
  const ok = Number.isFinite(latitude) && Number.isFinite(longitude) && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180 && text !== undefined;
  return ok ? { latitude, longitude } : undefined;
}

/** The event's place and meeting link from its properties and the links of its cleaned description. */
export function eventPlace(component: IcsComponent, descriptionLinks: readonly string[], lang: string): EventPlace {
  const links: string[] = [];
  const places: string[] = [];
  let onlineWithoutLink = false;
  for (const name of ['X-MICROSOFT-SKYPETEAMSMEETINGURL', 'X-GOOGLE-CONFERENCE']) {
    const value = first(component, name)?.value.trim();
    if (value && /^https?:\/\//.test(value)) links.push(value);
  }
  const url = first(component, 'URL')?.value.trim();
  if (url && isMeetingLink(url)) links.push(url);
  const location = first(component, 'LOCATION');
  const locationText = location ? unescapeText(location.value).trim() : '';
  // Outlook lists rooms and the meeting with "; ", our own files "place / link".
  for (const part of locationText.split(/\s*;\s*|\s+\/\s+(?=https?:\/\/)/).filter(Boolean)) {
    if (/^https?:\/\/\S+$/.test(part)) links.push(part);
    else if (ONLINE_WORDS.test(part)) onlineWithoutLink = true;
    else places.push(part);
  }
  if (!places.length) {
    const title = first(component, 'X-APPLE-STRUCTURED-LOCATION');
    const named = title && param(title, 'X-TITLE');
    if (named && coordinates(component)) places.push(named);
  }
  links.push(...descriptionLinks);
  const [link, ...moreLinks] = [...new Set(links)];
  const [place, ...morePlaces] = places;
  const address = place === undefined ? undefined : { ...addressFromText(place, lang), ...(coordinates(component) ?? {}) };
  return {
    location: address,
    online: link ? { ...(isMeetingLink(link) && { platform: 'video' as const }), url: link } : undefined,
    url: url && !isMeetingLink(url) && /^https?:\/\/\S+$/.test(url) ? url : undefined,
    onlineWithoutLink: onlineWithoutLink && !link,
    extra: [...moreLinks, ...morePlaces],
  };
}

/** Whether the event is met in person, online or both, from its place and link. */
export function attendanceOf(place: EventPlace): 'on-site' | 'online' | 'mixed' {
  const online = Boolean(place.online) || place.onlineWithoutLink;
  return place.location && online ? 'mixed' : online ? 'online' : 'on-site';
}
