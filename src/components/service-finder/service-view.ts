/**
 * How one service looks in the finder's results: a card with the essentials (organisation,
 * channels, remote availability, phone/chat/web links, opening hours) that opens to the full details.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { disclosureButton, disclosurePanel, type Disclosure } from '../../controllers/disclosure.js';
import { areaNames } from '../../feed/area.js';
import type { FeedData } from '../../feed/feed-data.js';
import { channelKinds } from '../../feed/service-channels.js';
import type { Service } from '../../feed/types.js';
import { formatDate } from '../../i18n/format.js';
import { localize, type Lang } from '../../i18n/lang.js';
import { heading, type HeadingLevel } from '../../internal/heading.js';
import { formatPhone, telHref } from '../../internal/phone.js';
import { mailtoHref, safeUrl } from '../../internal/safe-url.js';
import { isRemote, serviceLanguages } from './filter.js';
import { serviceChannelsTemplate } from './channel-view.js';
import { closureOn, type ChosenPlace } from './channels.js';
import { currentHours, helsinkiWallClock, isOpenOn, type WallClock } from './opening-hours.js';
import { addressText, hiddenName, hoursLine, languageName, localized, row, shorten, type TextContext } from './view-parts.js';

const AREA_NAMES_SHOWN = 4;

export interface ServiceViewContext extends TextContext {
  readonly data: FeedData;
  readonly headingLevel: HeadingLevel;
  /** The instant that "open now" refers to. */
  readonly now: number;
  /** The municipality or region chosen, whose offices come first. */
  readonly place: ChosenPlace;
  /** Which services' details are open. */
  readonly disclosure: Disclosure<Service>;
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
            <a part="link phone" href=${telHref(service.phone)}>${formatPhone(service.phone)}${hiddenName(name)}</a>
          </li>`
        : nothing}
      ${chat ? html`<li><a part="link chat" href=${chat}>${messages.chat}${hiddenName(name)}</a></li>` : nothing}
      ${web ? html`<li><a part="link web" href=${web}>${common.website}${hiddenName(name)}</a></li>` : nothing}
    </ul>
  `;
}

function hoursTemplate(service: Service, ctx: ServiceViewContext, clock: WallClock, closed: boolean): TemplateResult | typeof nothing {
  const { messages, common, lang, now } = ctx;
  const hours = currentHours(service.hours, now);
  if (!hours.length) return service.hoursNote ? html`<p class="hours-note">${localized(service.hoursNote, lang)}</p>` : nothing;
  const open = !closed && isOpenOn(hours, clock);
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
        ${service.eligibility ? row(messages.eligibility, localized(service.eligibility, lang)) : nothing}
        ${service.howToApply ? row(messages.howToApply, localized(service.howToApply, lang)) : nothing}
        ${service.instructions ? row(messages.instructions, localized(service.instructions, lang)) : nothing}
      </dl>
    </div>
  `;
}

/** A temporary closure ("Suljettu väliaikaisesti 31.1.2027 asti") and the service's notice. */
function noticesTemplate(service: Service, ctx: ServiceViewContext, closure: { through?: string } | undefined): TemplateResult | typeof nothing {
  const { messages, lang } = ctx;
  if (!closure && !service.alert) return nothing;
  return html`
    ${closure
      ? html`<p class="closure" part="closure">
          <strong>${closure.through ? messages.closedThrough(formatDate(closure.through, lang)) : messages.closedForNow}</strong>
        </p>`
      : nothing}
    ${service.alert ? html`<p class="alert" part="alert"><strong>${messages.alert}:</strong> ${localized(service.alert, lang)}</p>` : nothing}
  `;
}

export function serviceTemplate(service: Service, ctx: ServiceViewContext): TemplateResult {
  const { data, lang, common, messages } = ctx;
  const clock = helsinkiWallClock(ctx.now);
  const closure = closureOn(service, clock.date);
  const name = localize(service.name, lang);
  const organization = data.organization(service.organization);
  const description = service.description && localize(service.description, lang);
  const summary = description && shorten(description.text);
  const nameId = `name-${service.id}`;
  const disclosure = ctx.disclosure.state(service);
  const buttonId = `details-button-${service.id}`;
  return html`
    <article class="card service" part="card service" tabindex="-1" aria-labelledby=${nameId}>
      ${heading(ctx.headingLevel, html`<span id=${nameId}>${name.text}</span>`, 'card-title service-name', name.lang)}
      ${organization ? html`<p class="organization">${localized(organization.name, lang)}</p>` : nothing}
      ${service.example
        ? html`<p><span class="badge example" title=${common.exampleDataHint}>${common.exampleData}</span></p>`
        : nothing}
      ${noticesTemplate(service, ctx, closure)}
      ${description ? html`<p class="summary" lang=${description.lang}>${summary}</p>` : nothing}
      ${channelsTemplate(service, ctx)} ${linksTemplate(service, ctx, name)} ${hoursTemplate(service, ctx, clock, Boolean(closure))}
      ${serviceChannelsTemplate(service, name, { ...ctx, clock, closed: Boolean(closure) })}
      <p class="details-toggle" id=${buttonId}>${disclosureButton(disclosure, html`${messages.details}${hiddenName(name)}`, 'summary')}</p>
      ${disclosurePanel(disclosure, () => detailsTemplate(service, ctx, summary !== description?.text), { parts: 'details', labelledBy: buttonId })}
    </article>
  `;
}

