/**
 * vCard 4.0 (RFC 6350) for one contact: escaped values, UTF-8-safe line folding and CRLF
 * line ends, so that names such as "Päivi Malinen" survive any address book.
 */
import { contentLines } from './content-line.js';
import { telHref } from './phone.js';
import { VERSION } from '../version.js';

export interface VCardInput {
  readonly name: string;
  readonly title?: string;
  readonly organization?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly url?: string;
  /** The language of title and organisation, e.g. "fi". */
  readonly lang?: string;
}

/**
 * Escapes a text value (RFC 6350 §3.4): backslash, comma and newlines always; semicolons only in
 * the fields of compound properties (N, ORG), where they separate fields; readers differ elsewhere.
 * Other control characters, which a text value cannot hold (§3.3), are left out.
 */
export function escapeText(value: string, compound = false): string {
  const escaped = value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
  return compound ? escaped.replace(/;/g, '\\;') : escaped;
}

/** Splits a written name into family and given names: the last word is the family name. */
function structuredName(name: string): string {
  const words = name.trim().split(/\s+/);
  const family = words.length > 1 ? words.pop()! : '';
  return [family, words.join(' '), '', '', ''].map((field) => escapeText(field, true)).join(';');
}

export function toVCard(contact: VCardInput): string {
  const language = contact.lang ? `;LANGUAGE=${contact.lang}` : '';
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `PRODID:-//eroauttaminen-widgets//${VERSION}//EN`,
    `FN:${escapeText(contact.name)}`,
    `N:${structuredName(contact.name)}`,
  ];
  if (contact.title) lines.push(`TITLE${language}:${escapeText(contact.title)}`);
  if (contact.organization) lines.push(`ORG${language}:${escapeText(contact.organization, true)}`);
  if (contact.phone) lines.push(`TEL;VALUE=uri;TYPE=work,voice:${telHref(contact.phone)}`);
  if (contact.email) lines.push(`EMAIL;TYPE=work:${contact.email.trim()}`);
  if (contact.url) lines.push(`URL:${contact.url}`);
  lines.push('END:VCARD');
  return contentLines(lines);
}

/** A file name people recognise, e.g. "Päivi Malinen.vcf", without characters file systems refuse. */
export function vcardFileName(name: string): string {
  return `${name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim() || 'contact'}.vcf`;
}
