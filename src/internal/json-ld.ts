/**
 * schema.org JSON-LD for search engines: a `<script type="application/ld+json">` child of the
 * component's host (light DOM, where crawlers read it), and the small mappings the components share.
 */
import { areaNames } from '../feed/area.js';
import type { Address, Area, LocalizedText, Organization, TargetGroup } from '../feed/types.js';
import { localize, type Lang } from '../i18n/lang.js';
import { commonMessages } from '../i18n/messages/common.js';
import { safeUrl } from './safe-url.js';

/** A schema.org node; the tests type-check the mappings' output against schema-dts. */
export type Thing = Record<string, unknown>;

/** The vocabulary's namespace: the context, and the prefix of its enumeration members. Never fetched. */
export const SCHEMA_ORG = 'https://schema.org';

/** JSON that no text in it can end the script it sits in: `<` is written as \u003c. */
export const jsonLdText = (items: readonly Thing[]): string =>
  JSON.stringify({ '@context': SCHEMA_ORG, '@graph': items }).replace(/</g, '\\u003c');

interface TrustedTypesPolicy {
  createScript(text: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript(text: string): string }): TrustedTypesPolicy;
}

// One policy for every copy of the kit on the page; its only output is re-serialised JSON.
const POLICY = Symbol.for('eroauttaminen.trusted-types');
type PolicyHolder = { [POLICY]?: TrustedTypesPolicy | null; trustedTypes?: TrustedTypesFactory };

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
        createScript: (text) => JSON.stringify(JSON.parse(text)).replace(/</g, '\\u003c'),
      });
    } catch {
      page[POLICY] = null;
    }
  }
  return page[POLICY]?.createScript(json) ?? null;
}

const SELECTOR = ':scope > script[data-ero-json-ld]';

/** Puts `items` in the host's one JSON-LD script, or removes the script when there are none. */
export function writeJsonLd(host: HTMLElement, items: readonly Thing[]): void {
  const json = items.length ? jsonLdText(items) : '';
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
  groups?.map((group) => ({ '@type': 'Audience', audienceType: commonMessages[lang].targetGroups[group] }));

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
