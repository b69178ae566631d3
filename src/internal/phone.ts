/**
 * Finnish phone numbers: the tel: address (E.164) and the grouping people know from print
 * ("044 024 6415", "09 310 1234", "080 005 005"). Intl has no phone formatting.
 */

/** Digits of the national number, without the leading 0 or +358; undefined for foreign numbers. */
function nationalDigits(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '');
  if (digits.startsWith('+358')) return digits.slice(4).replace(/^0/, '');
  if (digits.startsWith('00358')) return digits.slice(5).replace(/^0/, '');
  if (digits.startsWith('+') || digits.startsWith('00')) return undefined;
  return digits.startsWith('0') ? digits.slice(1) : undefined;
}

/** The number as an RFC 3966 tel: URI, e.g. "tel:+358440246415". */
export function telHref(phone: string): string {
  const national = nationalDigits(phone);
  if (national !== undefined) return `tel:+358${national}`;
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** The length of the area or operator code after the 0: 2 for 044, 1 for 09, 3 for 020x. */
function prefixLength(national: string): number {
  if (/^(20[0-9]|60[0-9]|70[0-9]|75[0-9])/.test(national)) return 3;
  if (/^(4|50|80)/.test(national)) return 2;
  if (/^1[0-9]/.test(national)) return 2;
  if (/^[2-9]/.test(national)) return 1;
  return 2;
}

/** How Finns group the subscriber number: 3+3, 3+4, 4+4 (09 2525 0111), longer ones in threes. */
function groups(rest: string): string[] {
  if (rest.length <= 5) return [rest];
  if (rest.length === 8) return [rest.slice(0, 4), rest.slice(4)];
  const out: string[] = [];
  let i = 0;
  while (rest.length - i > 4) {
    out.push(rest.slice(i, i + 3));
    i += 3;
  }
  out.push(rest.slice(i));
  return out;
}

/** The number as Finns write it; numbers from abroad keep their own form. */
export function formatPhone(phone: string): string {
  const national = nationalDigits(phone);
  if (national === undefined || national.length < 5) return phone.trim();
  const cut = prefixLength(national);
  return [`0${national.slice(0, cut)}`, ...groups(national.slice(cut))].join(' ');
}
