/**
 * Small pieces of a service card that its parts share: shortened text, language names, lines of
 * hours, localized feed text, and the hidden names that tell screen-reader users whose link it is.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Address, LocalizedText, OpeningHours } from '../../feed/types.js';
import { dateTimeFormat, formatDate } from '../../i18n/format.js';
import { intlLocale, localize, type Lang } from '../../i18n/lang.js';
import type { CommonWithVocabulary } from '../../i18n/messages/vocabulary.js';
import { serviceFinderMessages, type ServiceFinderMessages } from '../../i18n/messages/service-finder.js';
import { dayRanges, formatWallTime, isAroundTheClock, WEEKDAYS } from './opening-hours.js';

/** What text needs: the language and its strings. */
export interface TextContext {
  readonly lang: Lang;
  readonly common: CommonWithVocabulary;
  readonly messages: ServiceFinderMessages;
}

const SHORT_DESCRIPTION = 180;

/** Text cut at a word boundary, with an ellipsis, when it is longer than `max` characters. */
export function shorten(text: string, max = SHORT_DESCRIPTION): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max / 2 ? space : max).replace(/[\s,.;:–-]+$/, '')}…`;
}

const displayNames = new Map<Lang, Intl.DisplayNames>();
const languageNames = new Map<string, string>();

/** "se" → "Pohjoissaame" (fi), "Nordsamiska" (sv), "Northern Sami" (en); an unknown code stays as it is. */
export function languageName(code: string, lang: Lang): string {
  const key = `${lang}|${code}`;
  let found = languageNames.get(key);
  if (found === undefined) languageNames.set(key, (found = nameOfLanguage(code, lang)));
  return found;
}

function nameOfLanguage(code: string, lang: Lang): string {
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([intlLocale(lang)], { type: 'language', fallback: 'code' });
    displayNames.set(lang, names);
  }
  let name: string | undefined = serviceFinderMessages.in(lang).languageNames[code];
  try {
    name ??= names.of(code);
  } catch {
    // An invalid tag keeps its code.
  }
  name ??= code;
  return name.charAt(0).toLocaleUpperCase(intlLocale(lang)) + name.slice(1);
}

const weekdayNames = new Map<Lang, string[]>();

function weekdayName(index: number, lang: Lang): string {
  let names = weekdayNames.get(lang);
  // 5 January 2026 is a Monday.
  if (!names) weekdayNames.set(lang, (names = WEEKDAYS.map((_, i) => dateTimeFormat(lang, { weekday: 'short' }, 'UTC').format(Date.UTC(2026, 0, 5 + i)))));
  return names[index];
}

/**
 * One line of opening hours: "Puhelin: ma–pe 9.00–15.00 (31.8.2026 asti)"; without the channel
 * when the status line already names it.
 */
export function hoursLine(
  spec: OpeningHours,
  ctx: TextContext,
  withChannel = true,
): string {
  const { lang, common, messages } = ctx;
  const channel = withChannel && spec.channel ? `${common.channels[spec.channel]}: ` : '';
  if (isAroundTheClock(spec)) {
    const text = messages.aroundTheClock;
    return channel ? `${channel}${text.charAt(0).toLocaleLowerCase(intlLocale(lang))}${text.slice(1)}` : text;
  }
  const days = dayRanges(spec.days)
    .map(([first, last]) => {
      const a = weekdayName(WEEKDAYS.indexOf(first), lang);
      return first === last ? a : `${a}–${weekdayName(WEEKDAYS.indexOf(last), lang)}`;
    })
    .join(', ');
  const from = spec.validFrom && formatDate(spec.validFrom, lang);
  const through = spec.validThrough && formatDate(spec.validThrough, lang);
  const period = from && through ? `${from}–${through}` : from ? messages.validFrom(from) : through ? messages.validThrough(through) : '';
  return `${channel}${days} ${formatWallTime(spec.opens)}–${formatWallTime(spec.closes)}${period ? ` (${period})` : ''}`;
}

export function localized(text: LocalizedText | undefined, lang: Lang): TemplateResult | typeof nothing {
  if (!text) return nothing;
  const value = localize(text, lang);
  return html`<span lang=${value.lang}>${value.text}</span>`;
}

/** ": Nollalinja", for screen readers, so that each "More details" or "Website" says whose it is. */
export function hiddenName(name: { text: string; lang: Lang }): TemplateResult {
  return html`<span class="visually-hidden" lang=${name.lang}>: ${name.text}</span>`;
}

export function addressText(address: Address, lang: Lang): string {
  const text = (value: LocalizedText | undefined) => (value ? localize(value, lang).text : '');
  const place = [address.postalCode, text(address.locality)].filter(Boolean).join(' ');
  return [text(address.name), text(address.street), place].filter(Boolean).join(', ');
}

export function row(label: string, value: unknown): TemplateResult {
  return html`<div class="row"><dt>${label}</dt><dd>${value}</dd></div>`;
}

