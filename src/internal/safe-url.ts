/**
 * The only gate through which a feed URL reaches an href: http(s), mailto and tel pass,
 * everything else (javascript:, data:, vbscript:, relative tricks) is dropped.
 */
const ALLOWED = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * The URL if its scheme is allowed, else undefined. Feed URLs must be absolute; a page's own
 * attributes (e.g. a link to the site's advice page) may be relative to `base`.
 */
export function safeUrl(value: string | undefined | null, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  // As the URL parser does: trim C0 controls and spaces, drop tabs and newlines anywhere.
  const trimmed = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed, base);
    return ALLOWED.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function mailtoHref(email: string | undefined): string | undefined {
  return email ? safeUrl(`mailto:${email.trim()}`) : undefined;
}
