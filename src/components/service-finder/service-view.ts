/**
 * How one service looks in the finder's results: a card with the essentials (organisation,
 * channels, remote availability, phone/chat/web links, opening hours) that opens to the full details.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { areaNames } from '../../feed/area.js';
import type { FeedData } from '../../feed/feed-data.js';
import { channelKinds } from '../../feed/service-channels.js';
import type { Address, LocalizedText, OpeningHours, Service } from '../../feed/types.js';
import { dateTimeFormat, formatDate } from '../../i18n/format.js';
import { intlLocale, localize, type Lang } from '../../i18n/lang.js';
import type { CommonWithVocabulary } from '../../i18n/messages/vocabulary.js';
import { serviceFinderMessages, type ServiceFinderMessages } from '../../i18n/messages/service-finder.js';
import { heading, type HeadingLevel } from '../../internal/heading.js';
import { formatPhone, telHref } from '../../internal/phone.js';
import { mailtoHref, safeUrl } from '../../internal/safe-url.js';
import { token } from '../../styles/tokens.js';
import { isRemote, serviceLanguages } from './filter.js';
import { currentHours, dayRanges, formatWallTime, isAroundTheClock, isOpenAt, WEEKDAYS } from './opening-hours.js';

export interface ServiceViewContext {
  readonly data: FeedData;
  readonly lang: Lang;
  readonly common: CommonWithVocabulary;
  readonly messages: ServiceFinderMessages;
  readonly headingLevel: HeadingLevel;
  /** The instant that "open now" refers to. */
  readonly now: number;
  /** Called when a person presses a service's details summary, before it opens. */
  readonly onOpen: (event: Event, service: Service) => void;
}

const SHORT_DESCRIPTION = 180;
const AREA_NAMES_SHOWN = 4;

/** Text cut at a word boundary, with an ellipsis, when it is longer than `max` characters. */
export function shorten(text: string, max = SHORT_DESCRIPTION): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max / 2 ? space : max).replace(/[\s,.;:–-]+$/, '')}…`;
}

const displayNames = new Map<Lang, Intl.DisplayNames>();

/** "se" → "Pohjoissaame" (fi), "Nordsamiska" (sv), "Northern Sami" (en); an unknown code stays as it is. */
export function languageName(code: string, lang: Lang): string {
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([intlLocale(lang)], { type: 'language', fallback: 'code' });
    displayNames.set(lang, names);
  }
  let name: string | undefined = serviceFinderMessages[lang].languageNames[code];
  try {
    name ??= names.of(code);
  } catch {
    // An invalid tag keeps its code.
  }
  name ??= code;
  return name.charAt(0).toLocaleUpperCase(intlLocale(lang)) + name.slice(1);
}

function weekdayName(index: number, lang: Lang): string {
  // 5 January 2026 is a Monday.
  return dateTimeFormat(lang, { weekday: 'short' }, 'UTC').format(Date.UTC(2026, 0, 5 + index));
}

/**
 * One line of opening hours: "Puhelin: ma–pe 9.00–15.00 (31.8.2026 asti)"; without the channel
 * when the status line already names it.
 */
export function hoursLine(
  spec: OpeningHours,
  ctx: Pick<ServiceViewContext, 'lang' | 'common' | 'messages'>,
  withChannel = true,
): string {
  const { lang, common, messages } = ctx;
  const channel = withChannel && spec.channel ? `${common.channels[spec.channel]}: ` : '';
  if (isAroundTheClock(spec)) {
    const text = messages.aroundTheClock;
    return channel ? `${channel}${text.charAt(0).toLocaleLowerCase(intlLocale(lang))}${text.slice(1)}` : text;
  }
  const days = dayRanges(spec.days)
    .map(([first, last]) => {
      const a = weekdayName(WEEKDAYS.indexOf(first), lang);
      return first === last ? a : `${a}–${weekdayName(WEEKDAYS.indexOf(last), lang)}`;
    })
    .join(', ');
  const from = spec.validFrom && formatDate(spec.validFrom, lang);
  const through = spec.validThrough && formatDate(spec.validThrough, lang);
  const period = from && through ? `${from}–${through}` : from ? messages.validFrom(from) : through ? messages.validThrough(through) : '';
  return `${channel}${days} ${formatWallTime(spec.opens)}–${formatWallTime(spec.closes)}${period ? ` (${period})` : ''}`;
}

function localized(text: LocalizedText | undefined, lang: Lang): TemplateResult | typeof nothing {
  if (!text) return nothing;
  const value = localize(text, lang);
  return html`<span lang=${value.lang}>${value.text}</span>`;
}

function areaText(service: Service, ctx: ServiceViewContext, all: boolean): string {
  const names = areaNames(service.area, ctx.lang);
  if (!names) return ctx.common.wholeCountry;
  if (all || names.length <= AREA_NAMES_SHOWN) return names.join(', ');
  return ctx.messages.areaAndMore(names.slice(0, AREA_NAMES_SHOWN - 1).join(', '), names.length - AREA_NAMES_SHOWN + 1);
}

function channelsTemplate(service: Service, ctx: ServiceViewContext): TemplateResult {
  const { common, messages } = ctx;
  const remote = isRemote(service);
  return html`
    <div class="channels">
      <span class="label">${messages.channels}:</span>
      <ul role="list" class="badges">
        ${channelKinds(service).map((channel) => html`<li class="badge channel" part="badge">${common.channels[channel]}</li>`)}
      </ul>
    </div>
    <p class="reach">
      <span class=${remote ? 'remote' : 'on-site'}>${remote ? messages.remote : messages.onSiteOnly}</span>
      <span><span class="label">${messages.areaServed}:</span> ${areaText(service, ctx, false)}</span>
    </p>
  `;
}

/** ": Nollalinja", for screen readers, so that each "More details" or "Website" says whose it is. */
function hiddenName(name: { text: string; lang: Lang }): TemplateResult {
  return html`<span class="visually-hidden" lang=${name.lang}>: ${name.text}</span>`;
}

function linksTemplate(service: Service, ctx: ServiceViewContext, name: { text: string; lang: Lang }): TemplateResult | typeof nothing {
  const { common, messages } = ctx;
  const chat = safeUrl(service.chatUrl);
  const web = safeUrl(service.url);
  if (!service.phone && !chat && !web) return nothing;
  return html`
    <ul role="list" class="links">
      ${service.phone
        ? html`<li>
            <span class="label">${common.phone}:</span>
            <a part="link phone" href=${telHref(service.phone)}>${formatPhone(service.phone)}</a>
          </li>`
        : nothing}
      ${chat ? html`<li><a part="link chat" href=${chat}>${messages.chat}${hiddenName(name)}</a></li>` : nothing}
      ${web ? html`<li><a part="link web" href=${web}>${common.website}${hiddenName(name)}</a></li>` : nothing}
    </ul>
  `;
}

function hoursTemplate(service: Service, ctx: ServiceViewContext): TemplateResult | typeof nothing {
  const { messages, common, lang, now } = ctx;
  const hours = currentHours(service.hours, now);
  if (!hours.length) return service.hoursNote ? html`<p class="hours-note">${localized(service.hoursNote, lang)}</p>` : nothing;
  const open = isOpenAt(hours, now);
  // Hours that are all for one channel (a phone line) say so in the status: "Puhelin: avoinna nyt".
  const channels = new Set(hours.map((spec) => spec.channel));
  const only = channels.size === 1 ? [...channels][0] : undefined;
  const status = only
    ? (open ? messages.openNowVia : messages.closedNowVia)(common.channels[only])
    : open
      ? messages.openNowStatus
      : messages.closedNowStatus;
  return html`
    <div class="hours">
      <p>
        <span class="label">${messages.hours}:</span>
        <strong class=${open ? 'open' : 'closed'} part="status">${status}</strong>
      </p>
      <ul role="list">
        ${hours.map((spec) => html`<li>${hoursLine(spec, ctx, !only)}</li>`)}
      </ul>
      ${service.hoursNote ? html`<p class="hours-note">${localized(service.hoursNote, lang)}</p>` : nothing}
    </div>
  `;
}

function addressText(address: Address, lang: Lang): string {
  const text = (value: LocalizedText | undefined) => (value ? localize(value, lang).text : '');
  const place = [address.postalCode, text(address.locality)].filter(Boolean).join(' ');
  return [text(address.name), text(address.street), place].filter(Boolean).join(', ');
}

function row(label: string, value: unknown): TemplateResult {
  return html`<div class="row"><dt>${label}</dt><dd>${value}</dd></div>`;
}

function detailsTemplate(service: Service, ctx: ServiceViewContext, showDescription: boolean): TemplateResult {
  const { common, messages, lang } = ctx;
  const email = mailtoHref(service.email);
  const video = safeUrl(service.videoUrl);
  const links = (service.links ?? []).flatMap((link) => {
    const url = safeUrl(link.url);
    return url ? [html`<li><a part="link" href=${url}>${localized(link.title, lang)}</a></li>`] : [];
  });
  return html`
    <div class="details-body">
      ${showDescription && service.description ? html`<p class="description">${localized(service.description, lang)}</p>` : nothing}
      <dl>
        ${row(messages.targetGroup, service.targetGroups.map((g) => common.targetGroups[g]).join(', '))}
        ${row(messages.type, service.types.map((t) => common.serviceTypes[t]).join(', '))}
        ${row(messages.areaServed, areaText(service, ctx, true))}
        ${row(messages.languages, serviceLanguages(service).map((code) => languageName(code, lang)).join(', '))}
        ${service.free || service.fees ? row(messages.price, service.fees ? localized(service.fees, lang) : messages.free) : nothing}
        ${service.address ? row(messages.address, addressText(service.address, lang)) : nothing}
        ${email ? row(common.email, html`<a part="link email" href=${email}>${service.email}</a>`) : nothing}
        ${video ? row(messages.video, html`<a part="link video" href=${video}>${video}</a>`) : nothing}
        ${links.length ? row(messages.links, html`<ul role="list">${links}</ul>`) : nothing}
      </dl>
    </div>
  `;
}

export function serviceTemplate(service: Service, ctx: ServiceViewContext): TemplateResult {
  const { data, lang, common, messages } = ctx;
  const name = localize(service.name, lang);
  const organization = data.organization(service.organization);
  const description = service.description && localize(service.description, lang);
  const summary = description && shorten(description.text);
  const nameId = `name-${service.id}`;
  return html`
    <article class="service" part="service" tabindex="-1" aria-labelledby=${nameId}>
      ${heading(ctx.headingLevel, html`<span id=${nameId}>${name.text}</span>`, 'service-name', name.lang)}
      ${organization ? html`<p class="organization">${localized(organization.name, lang)}</p>` : nothing}
      ${service.example
        ? html`<p><span class="badge example" title=${common.exampleDataHint}>${common.exampleData}</span></p>`
        : nothing}
      ${description ? html`<p class="summary" lang=${description.lang}>${summary}</p>` : nothing}
      ${channelsTemplate(service, ctx)} ${linksTemplate(service, ctx, name)} ${hoursTemplate(service, ctx)}
      <details part="details">
        <summary part="summary" @click=${(event: Event) => ctx.onOpen(event, service)}>
          ${messages.details}${hiddenName(name)}
        </summary>
        ${detailsTemplate(service, ctx, summary !== description?.text)}
      </details>
    </article>
  `;
}

export const serviceStyles = css`
  .service {
    display: flex;
    flex-direction: column;
    gap: 0.4em;
    padding: ${token('--ero-space')};
    border: 1px solid ${token('--ero-color-border-subtle')};
    border-radius: ${token('--ero-radius')};
    background: ${token('--ero-color-background')};
  }
  .organization,
  .label,
  .hours-note {
    color: ${token('--ero-color-text-muted')};
  }
  .badges {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.3em;
    margin: 0;
    vertical-align: middle;
  }
  .reach {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  .links a {
    display: inline-block;
    min-height: 24px;
  }
  .remote::before {
    content: '✓ ' / '';
  }
  .hours ul {
    margin-top: 0.1em;
  }
  .open {
    color: ${token('--ero-color-success')};
  }
  .closed {
    color: ${token('--ero-color-text-muted')};
  }
  summary {
    display: flex;
    align-items: center;
    width: fit-content;
    min-height: 44px;
    list-style: none;
    color: ${token('--ero-color-link')};
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  summary::before {
    content: '▸' / '';
    display: inline-block;
    width: 1em;
  }
  details[open] > summary::before {
    content: '▾' / '';
  }
  .details-body {
    display: grid;
    gap: 0.5em;
    padding-top: 0.5em;
    border-top: 1px solid ${token('--ero-color-border-subtle')};
  }
  dl {
    display: grid;
    gap: 0.4em;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
`;
