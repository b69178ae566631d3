/**
 * The three languages the kit speaks and how an element picks one: its own `lang`,
 * else the closest `lang` above it (across shadow roots), else Finnish.
 */
import type { LocalizedText } from '../feed/types.js';

export const LANGS = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'fi';

/** Maps a BCP 47 tag such as "sv-FI" to a supported language, or undefined. */
export function toLang(tag: string | null | undefined): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGS.find((lang) => lang === primary);
}

/** The language that applies to `element`: the nearest `lang` attribute in the composed tree. */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return toLang(node.getAttribute('lang')) ?? DEFAULT_LANG;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return DEFAULT_LANG;
}

/** Feed text in `lang`, falling back to Finnish; `lang` says which language the text really is in. */
export function localize(text: LocalizedText, lang: Lang): { text: string; lang: Lang } {
  const value = text[lang];
  return value ? { text: value, lang } : { text: text.fi, lang: 'fi' };
}

/** The Intl locale for a UI language: Finnish conventions (24-hour clock, d.M.) in every language. */
export function intlLocale(lang: Lang): string {
  return `${lang}-FI`;
}
