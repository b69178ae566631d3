/**
 * The addresses of a calendar that the publisher hosts (made by `export ics`), from the
 * subscribe-url attribute: webcal:// for the visitor's calendar program to subscribe to, and the
 * plain http(s) address for a program that asks for one. Pure logic: no DOM.
 */
import { safeUrl } from '../../internal/safe-url.js';

export interface Subscription {
  /** The address with webcal: in place of http(s):, which calendar programs open as a subscription. */
  readonly webcal: string;
  /** The http(s) address, resolved against the page. */
  readonly url: string;
}

/**
 * The subscription for an attribute's value, which may be relative to `base` (the page); or a
 * sentence that says what is wrong when the value is not an http(s) address.
 */
export function subscription(value: string, base: string): Subscription | string {
  const url = safeUrl(value, base);
  const scheme = url ? new URL(url).protocol : /^\s*([a-z][\w+.-]*:)/i.exec(value)?.[1]?.toLowerCase();
  if (!url || (scheme !== 'https:' && scheme !== 'http:')) {
    const because = scheme && scheme !== 'https:' && scheme !== 'http:' ? `a ${scheme} address` : 'not a URL';
    return `"${value}" is ${because}; give the https:// address of the hosted .ics file (the webcal:// link is made from it)`;
  }
  return { webcal: `webcal:${url.slice(scheme.length)}`, url };
}
