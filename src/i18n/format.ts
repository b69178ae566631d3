/**
 * Dates, times and money for people to read, through Intl and always in Europe/Helsinki,
 * whatever the visitor's device is set to.
 */
import { HELSINKI, toWall } from '../feed/time/zoned-time.js';
import { intlLocale, type Lang } from './lang.js';

export { HELSINKI };

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

export function dateTimeFormat(lang: Lang, options: Intl.DateTimeFormatOptions, timeZone = HELSINKI): Intl.DateTimeFormat {
  return cached(`${lang}|${timeZone}|${JSON.stringify(options)}`, () =>
    new Intl.DateTimeFormat(intlLocale(lang), { ...options, timeZone }),
  );
}

/** Finnish and Swedish in Finland write 1.8.2024; English readers get an unambiguous 1 Aug 2024. */
export function dateOptions(lang: Lang): Intl.DateTimeFormatOptions {
  return lang === 'en' ? { day: 'numeric', month: 'short', year: 'numeric' } : { day: 'numeric', month: 'numeric', year: 'numeric' };
}

/*
 * fi and sv are written from the numbers of the Helsinki wall time in the Finnish way (6.10.2026,
 * 18.00) rather than with Intl's own pattern: an engine whose locale data lacks sv-FI or fi
 * (WebKitGTK falls back to Sweden's 2026-10-06 and 18:00) then still writes what a reader in
 * Finland expects. The numbers come from the kit's zoned time (checked against Intl), not from
 * formatToParts for each date: a calendar writes hundreds of them.
 */
const wallOf = (instant: number | Date): Date => new Date(toWall(+instant, HELSINKI));

function dateOf(instant: number | Date, lang: Lang): string {
  if (lang === 'en') return dateTimeFormat(lang, dateOptions(lang)).format(instant);
  const wall = wallOf(instant);
  return `${wall.getUTCDate()}.${wall.getUTCMonth() + 1}.${wall.getUTCFullYear()}`;
}

/** "18.00" (fi, sv), "18:00" (en), in Helsinki. */
export function formatTime(instant: number | Date, lang: Lang): string {
  if (lang === 'en') return dateTimeFormat(lang, { hour: 'numeric', minute: '2-digit', hourCycle: 'h23' }).format(instant);
  const wall = wallOf(instant);
  return `${wall.getUTCHours()}.${String(wall.getUTCMinutes()).padStart(2, '0')}`;
}

/** The short weekday names from Monday, as Intl writes them alone in `lang`; asked once per language. */
const weekdayNames = new Map<Lang, string[]>();

function weekdayName(lang: Lang, instant: number | Date): string {
  let names = weekdayNames.get(lang);
  if (!names) {
    const format = dateTimeFormat(lang, { weekday: 'short' });
    // Noon UTC on Monday 1.1.2024 and the six days after: the same days in Helsinki.
    names = Array.from({ length: 7 }, (_, i) => format.formatToParts(Date.UTC(2024, 0, 1 + i, 12)).find((p) => p.type === 'weekday')?.value ?? '');
    weekdayNames.set(lang, names);
  }
  return names[(wallOf(instant).getUTCDay() + 6) % 7];
}

/** A calendar date such as 2024-08-01 → "1.8.2024" (fi, sv), "1 Aug 2024" (en). */
export function formatDate(isoDate: string, lang: Lang): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  // Noon UTC is the same calendar day in Helsinki at any time of year.
  return dateOf(Date.UTC(y, m - 1, d, 12), lang);
}

/** An instant's Helsinki date: "6.10.2026" (fi, sv), "6 Oct 2026" (en). */
export function formatInstantDate(instant: number | Date, lang: Lang): string {
  return dateOf(instant, lang);
}

/** "ti 6.10.2026" (fi), "tis 6.10.2026" (sv), "Tue 6 Oct 2026" (en), in Helsinki. */
export function formatWeekdayDate(instant: number | Date, lang: Lang): string {
  if (lang === 'en') return dateTimeFormat(lang, { weekday: 'short', ...dateOptions(lang) }).format(instant);
  return `${weekdayName(lang, instant)} ${dateOf(instant, lang)}`;
}

const AT: Record<Lang, string> = { fi: 'klo', sv: 'kl.', en: '' };

/** An instant as a Helsinki date and time, e.g. "12.11.2026 klo 14.05". */
export function formatDateTime(instant: number | Date, lang: Lang): string {
  if (lang === 'en') return dateTimeFormat(lang, { ...dateOptions(lang), hour: 'numeric', minute: '2-digit' }).format(instant);
  return `${dateOf(instant, lang)} ${AT[lang]} ${formatTime(instant, lang)}`;
}

export function formatMoney(amount: number, currency: string, lang: Lang): string {
  return cached(`${lang}|money|${currency}`, () =>
    new Intl.NumberFormat(intlLocale(lang), { style: 'currency', currency, maximumFractionDigits: 0 }),
  ).format(amount);
}
