/**
 * Hostile input for the XSS tests: text and URL payloads that try to run script, a poisoner that
 * puts them into every text or URL field of a feed, and checks of what a browser would run.
 */
import type { Feed } from '../../src/feed/types.js';

/** A payload that runs sets this flag on the window; it must stay unset. */
export const FLAG = '__eroXss';
const run = `window.${FLAG}=1`;

export const TEXT_PAYLOADS: readonly string[] = [
  `<img src=x onerror="${run}">`,
  `<script>${run}</script>`,
  `"><svg onload=${run}>`,
  `'><iframe srcdoc="<script>parent.${FLAG}=1</script>"></iframe>`,
  `</script><script>${run}</script>`,
  `</title></textarea></style><img src=x onerror=${run}>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${run}>`,
  `<a href="javascript:${run}">link</a>`,
  `&lt;img src=x onerror=${run}&gt; &amp;`,
  `\${${run}} {{constructor.constructor('${run}')()}}`,
  `<details open ontoggle=${run}>`,
  `\u2028<b onmouseover=${run}>\u2029</b>`,
];

export const URL_PAYLOADS: readonly string[] = [
  `javascript:${run}`,
  `JaVaScRiPt:${run}`,
  `java\tscript:${run}`,
  `java\nscript:${run}`,
  ` \u0001javascript:${run}`,
  `&#106;avascript:${run}`,
  `javascript&colon;${run}`,
  `data:text/html,<script>${run}</script>`,
  `DATA:text/html;base64,PHNjcmlwdD53aW5kb3cuX19lcm9Yc3M9MTwvc2NyaXB0Pg==`,
  `vbscript:msgbox(1)`,
  `//evil.example/${FLAG}`,
  `https://ok.example/"><img src=x onerror=${run}>`,
  `https://ok.example/#'onmouseover='${run}`,
];

/** Payloads that are still valid http(s) addresses: items that carry them are kept and linked. */
export const LINKABLE_URL_PAYLOADS = URL_PAYLOADS.filter((p) => /^https:\/\/\S+$/.test(p));

/** Schema-valid e-mail addresses that try to smuggle a scheme or attribute into a mailto link. */
export const EMAIL_PAYLOAD = `javascript:${run}//"onmouseover='x'@evil.example`;

/** Text that tries to start new lines, properties or components in an exported .ics or .vcf. */
export const LINE_PAYLOADS: readonly string[] = [
  'Ryhmä\r\nBEGIN:VEVENT\r\nSUMMARY:evil\r\nEND:VEVENT',
  'Nimi\nEMAIL:evil@x.example',
  'Nimi\rTEL:+358000',
  'A;B,C\\n\r\n ATTACH:http://evil.example',
  'END:VCARD\r\nBEGIN:VCARD\r\nFN:evil',
];

/** True for `fi`/`sv`/`en` values, a contact's name and the few other free-text strings. */
const isText = (key: string, value: unknown, parentKey: string): boolean =>
  ['fi', 'sv', 'en'].includes(key) || (typeof value === 'string' && ['handle', 'format'].includes(key)) ||
  (parentKey === 'contacts' && key === 'name' && typeof value === 'string');

const URL_KEYS = ['url', 'chatUrl', 'videoUrl'];

function walk(value: unknown, visit: (key: string, value: unknown, parentKey: string) => unknown, parentKey = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => walk(v, visit, parentKey));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => {
      const replaced = visit(key, v, parentKey);
      return [key, replaced === undefined ? walk(v, visit, key) : replaced];
    }),
  );
}

/** The feed with every text that people read replaced by `payload` (keyword lists too). */
export function withText(feed: Feed, payload: string): Feed {
  return walk(feed, (key, value, parentKey) => {
    if (!isText(key, value, parentKey)) return undefined;
    return Array.isArray(value) ? value.map(() => payload) : payload;
  }) as Feed;
}

/** The feed with every URL field, and every e-mail address, replaced. */
export function withUrls(feed: Feed, url: string, email = EMAIL_PAYLOAD): Feed {
  return walk(feed, (key, value) => {
    if (URL_KEYS.includes(key) && typeof value === 'string') return url;
    if (key === 'email' && typeof value === 'string') return email;
    return undefined;
  }) as Feed;
}

/** `root` (when an element) and every element under it, through every open shadow root. */
export function allElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = root instanceof Element ? [root] : [];
  if (root instanceof Element && root.shadowRoot) found.push(...allElements(root.shadowRoot));
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...allElements(el.shadowRoot));
  }
  return found;
}

/** The text under `root`, shadow roots included, whitespace collapsed. */
export function deepText(root: Element | ShadowRoot): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    if (node instanceof HTMLSlotElement) return;
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return collapse(parts.join(' '));
}

export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data', 'poster'];

/** What a browser would run or load from the DOM under `root`: on* handlers and script-like URLs. */
export function runnable(root: Element | ShadowRoot): string[] {
  const found: string[] = [];
  for (const el of allElements(root)) {
    for (const { name, value } of el.attributes) {
      if (name.startsWith('on')) found.push(`<${el.localName} ${name}>`);
      const url = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      if (URL_ATTRIBUTES.includes(name) && /^(javascript|data|vbscript):/.test(url)) found.push(`<${el.localName} ${name}="${value}">`);
    }
    if (el.localName === 'script' && (el as HTMLScriptElement).type !== 'application/ld+json') found.push('<script>');
    if (['iframe', 'object', 'embed'].includes(el.localName)) found.push(`<${el.localName}>`);
  }
  return found;
}

/** Whether a payload ran. */
export const ran = (): boolean => FLAG in window;

/** Lines of an iCalendar or vCard file, unfolded (RFC 5545 §3.1, RFC 6350 §3.2). */
export function unfold(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n').slice(0, -1);
}
