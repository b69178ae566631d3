/**
 * Dates, times and money for people to read, through Intl and always in Europe/Helsinki,
 * whatever the visitor's device is set to.
 */
import { intlLocale, type Lang } from './lang.js';

export const HELSINKI = 'Europe/Helsinki';

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

/** A calendar date such as 2024-08-01 → "1.8.2024" (fi, sv), "1 Aug 2024" (en). */
export function formatDate(isoDate: string, lang: Lang): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  // Noon UTC is the same calendar day in Helsinki at any time of year.
  return dateTimeFormat(lang, dateOptions(lang)).format(Date.UTC(y, m - 1, d, 12));
}

/** An instant as a Helsinki date and time, e.g. "12.11.2026 klo 14.05". */
export function formatDateTime(instant: number | Date, lang: Lang): string {
  return dateTimeFormat(lang, { ...dateOptions(lang), hour: 'numeric', minute: '2-digit' }).format(instant);
}

export function formatMoney(amount: number, currency: string, lang: Lang): string {
  return cached(`${lang}|money|${currency}`, () =>
    new Intl.NumberFormat(intlLocale(lang), { style: 'currency', currency, maximumFractionDigits: 0 }),
  ).format(amount);
}
