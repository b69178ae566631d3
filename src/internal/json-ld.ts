/**
 * schema.org JSON-LD for search engines: a `<script type="application/ld+json">` child of the
 * component's host (light DOM, where crawlers read it), and the small mappings the components share.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { areaNames } from '../feed/area.js';
import type { Address, Area, LocalizedText, Organization, TargetGroup } from '../feed/types.js';
import { localize, type Lang } from '../i18n/lang.js';
import { commonMessages } from '../i18n/messages/common.js';
import { cancelIdle, whenIdle } from './idle.js';
import { safeUrl } from './safe-url.js';

/** A schema.org node; the tests type-check the mappings' output against schema-dts. */
export type Thing = Record<string, unknown>;

/** The vocabulary's namespace: the context, and the prefix of its enumeration members. Never fetched. */
export const SCHEMA_ORG = 'https://schema.org';

/** One node as JSON that no text in it can end the script it sits in: `<` is written as \u003c. */
const nodeText = (item: Thing): string => JSON.stringify(item).replace(/</g, '\\u003c');

/** The graph around nodes already written by nodeText: the same text as stringifying the whole graph. */
const graphText = (nodes: readonly string[]): string => `{"@context":"${SCHEMA_ORG}","@graph":[${nodes.join(',')}]}`;

/** JSON that no text in it can end the script it sits in: `<` is written as \u003c. */
export const jsonLdText = (items: readonly Thing[]): string => graphText(items.map(nodeText));

interface TrustedTypesPolicy {
  createScript(text: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript(text: string): string }): TrustedTypesPolicy;
}

// One policy for every copy of the kit on the page; its only output is JSON that the kit wrote.
const POLICY = Symbol.for('eroauttaminen.trusted-types');
type PolicyHolder = { [POLICY]?: TrustedTypesPolicy | null; trustedTypes?: TrustedTypesFactory };

/**
 * The text this module has just serialised and is handing to the policy. The policy passes it as
 * it is; anything else (another copy of the kit, or any script on the page that finds the policy)
 * is parsed and serialised again, so that it can only ever be JSON. Module-private: no other
 * script can set it.
 */
let issued: string | undefined;

/**
 * The script's text as the page allows it. Under Trusted Types, script text is a sink even for a
 * data block, so it goes through the `eroauttaminen` policy; null when the page refuses that policy.
 */
function scriptText(json: string): unknown {
  const page = globalThis as PolicyHolder;
  if (!page.trustedTypes) return json;
  if (page[POLICY] === undefined) {
    try {
      page[POLICY] = page.trustedTypes.createPolicy('eroauttaminen', {
        createScript: (text) => (text === issued ? text : JSON.stringify(JSON.parse(text)).replace(/</g, '\\u003c')),
      });
    } catch {
      page[POLICY] = null;
    }
  }
  issued = json;
  try {
    return page[POLICY]?.createScript(json) ?? null;
  } finally {
    issued = undefined;
  }
}

const SELECTOR = ':scope > script[data-ero-json-ld]';

/** Puts `items` in the host's one JSON-LD script, or removes the script when there are none. */
export function writeJsonLd(host: HTMLElement, items: readonly Thing[]): void {
  writeJsonLdText(host, items.length ? jsonLdText(items) : '');
}

function writeJsonLdText(host: HTMLElement, json: string): void {
  const old = host.querySelectorAll<HTMLScriptElement>(SELECTOR);
  if (old.length === 1 && old[0].text === json) return;
  old.forEach((script) => script.remove());
  const text = json && scriptText(json);
  if (!text) return;
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.dataset.eroJsonLd = '';
  script.text = text as string;
  host.append(script);
}

/**
 * Writes a host's JSON-LD off the visitor's path: after the next frame has been painted, in
 * slices of the browser's idle time (a calendar of 5,000 events describes thousands), and at
 * once when someone awaits it (`flush`, which the components' `updateComplete` calls). A host
 * that leaves the page stops writing until it comes back.
 */
export class JsonLdWriter implements ReactiveController {
  /** What to describe, read when the writing starts; undefined when nothing waits to be written. */
  private source?: () => Iterable<Thing>;
  private nodes: string[] = [];
  private items?: Iterator<Thing>;
  private frame?: number;
  private timer?: number;
  private task?: number;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Writes what `source` gives (nothing: no script) once the page has painted and is idle. */
  write(source: () => Iterable<Thing>): void {
    this.cancel();
    this.source = source;
    this.items = undefined;
    this.nodes = [];
    if (this.host.isConnected) this.start();
  }

  /** Finishes a pending write now. */
  flush(): void {
    if (!this.source) return;
    this.cancel();
    this.slice(Infinity);
  }

  hostConnected(): void {
    if (this.source) this.start();
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** After the next frame (a timer where no frame comes, as in a background tab), then in idle time. */
  private start(): void {
    const idle = (): void => {
      this.cancel();
      this.task = whenIdle((deadline) => this.idle(deadline), IDLE_TIMEOUT);
    };
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      clearTimeout(this.timer);
      // A task after the frame's callbacks: the frame is painted by then.
      this.timer = window.setTimeout(idle);
    });
    this.timer = window.setTimeout(idle, FRAME_TIMEOUT);
  }

  private idle(deadline?: IdleDeadline): void {
    this.task = undefined;
    // A page that is never idle gets it all at its timeout; otherwise short slices, so that a
    // key or a click that comes meanwhile waits for one slice at most.
    const budget = deadline?.didTimeout ? Infinity : Math.min(deadline ? deadline.timeRemaining() - 1 : SLICE, SLICE);
    if (!this.slice(performance.now() + budget)) this.task = whenIdle((next) => this.idle(next), IDLE_TIMEOUT);
  }

  /** Serialises nodes until `stopAt` (performance.now()); writes the script and returns true once all are. */
  private slice(stopAt: number): boolean {
    this.items ??= this.source!()[Symbol.iterator]();
    for (let n = 0; ; n++) {
      // Time is read every few nodes: reading it costs about as much as a small node.
      if (n % 8 === 7 && performance.now() >= stopAt) return false;
      const next = this.items.next();
      if (next.done) break;
      this.nodes.push(nodeText(next.value));
    }
    const { nodes } = this;
    this.source = this.items = undefined;
    this.nodes = [];
    writeJsonLdText(this.host, nodes.length ? graphText(nodes) : '');
    return true;
  }

  private cancel(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    cancelIdle(this.task);
    this.frame = this.timer = this.task = undefined;
  }
}

/** A write runs by then even on a page that is never idle (ms). */
const IDLE_TIMEOUT = 2000;
/** The wait for a frame after which a write starts anyway (a tab in the background paints none). */
const FRAME_TIMEOUT = 1000;
/** A slice's longest run (ms), within the idle time the browser gives. */
const SLICE = 8;

export const localized = (text: LocalizedText | undefined, lang: Lang): string | undefined => text && localize(text, lang).text;

/** A short Organization node for a provider, organiser or employer. */
export function organization(org: Organization | undefined, lang: Lang): Thing | undefined {
  return org && {
    '@type': 'Organization',
    name: localized(org.name, lang),
    url: safeUrl(org.url),
    email: org.email,
    telephone: org.phone,
  };
}

/** The area as places: Finland, or its regions and municipalities by name. */
export function areaServed(area: Area | undefined, lang: Lang): Thing[] | undefined {
  if (!area) return undefined;
  const names = areaNames(area, lang);
  if (!names) return [{ '@type': 'Country', name: lang === 'fi' ? 'Suomi' : 'Finland' }];
  return names.length ? names.map((name) => ({ '@type': 'AdministrativeArea', name })) : undefined;
}

export const audience = (groups: readonly TargetGroup[] | undefined, lang: Lang): Thing[] | undefined =>
  groups?.map((group) => ({ '@type': 'Audience', audienceType: commonMessages.in(lang).targetGroups[group] }));

/** A place with its postal address, for a service's office or an event's venue. */
export function place(address: Address | undefined, lang: Lang): Thing | undefined {
  return address && {
    '@type': 'Place',
    name: localized(address.name, lang),
    address: {
      '@type': 'PostalAddress',
      streetAddress: localized(address.street, lang),
      postalCode: address.postalCode,
      addressLocality: localized(address.locality, lang),
      addressCountry: 'FI',
    },
    latitude: address.latitude,
    longitude: address.longitude,
  };
}

export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
