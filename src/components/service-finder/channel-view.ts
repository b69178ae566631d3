/**
 * A service's channels in its card: each office, phone line, chat, video or web channel with its
 * own contacts, hours, exceptional hours and "open now", the offices in the chosen place first.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ExceptionalHours, PhoneNumber, Service, ServiceChannel, WebAddress } from '../../feed/types.js';
import { formatDate } from '../../i18n/format.js';
import { localize, type Lang } from '../../i18n/lang.js';
import { heading, type HeadingLevel } from '../../internal/heading.js';
import { formatPhone, telHref } from '../../internal/phone.js';
import { mailtoHref, safeUrl } from '../../internal/safe-url.js';
import { channelHours, hasHours, isChannelOpenOn, orderedChannels, type ChosenPlace } from './channels.js';
import { comingExceptions, currentHours, formatWallTime, type WallClock } from './opening-hours.js';
import { addressText, hoursLine, languageName, localized, type TextContext } from './view-parts.js';

export interface ChannelViewContext extends TextContext {
  /** The level of the service's name; each channel's name is one below. */
  readonly headingLevel: HeadingLevel;
  readonly now: number;
  readonly clock: WallClock;
  readonly place: ChosenPlace;
  /** True while the whole service is closed for a while: no channel is open. */
  readonly closed: boolean;
}

type Name = { readonly text: string; readonly lang: Lang };

/** The service's channels as a list, or nothing for a 1.0 service. */
export function serviceChannelsTemplate(service: Service, serviceName: Name, ctx: ChannelViewContext): TemplateResult | typeof nothing {
  if (!service.serviceChannels?.length) return nothing;
  return html`
    <ul role="list" class="service-channels" aria-label=${ctx.messages.serviceChannels(serviceName.text)}>
      ${orderedChannels(service, ctx.place).map((channel) => html`<li class="service-channel" part="channel">${channelTemplate(channel, serviceName, ctx)}</li>`)}
    </ul>
  `;
}

function channelTemplate(channel: ServiceChannel, serviceName: Name, ctx: ChannelViewContext): TemplateResult {
  const { messages, lang } = ctx;
  const name = channel.name ? localize(channel.name, lang) : undefined;
  const type = messages.channelTypes[channel.type];
  // Whose link it is, for screen readers: the channel's own name, or the service's.
  const whose = name ?? serviceName;
  const level = Math.min(ctx.headingLevel + 1, 6) as HeadingLevel;
  // Only a channel's own languages: the service's are in its details.
  const languages = channel.languages ?? [];
  return html`
    ${heading(level, html`${type}${name ? html`: <span lang=${name.lang}>${name.text}</span>` : nothing}`, 'channel-name')}
    ${channel.description ? html`<p>${localized(channel.description, lang)}</p>` : nothing}
    ${channel.address ? html`<p class="address">${addressText(channel.address, lang)}${channel.address.note ? html` – ${localized(channel.address.note, lang)}` : nothing}</p>` : nothing}
    ${contactsTemplate(channel, whose, ctx)} ${hoursTemplate(channel, ctx)}
    ${languages.length ? html`<p><span class="label">${messages.languages}:</span> ${languages.map((code) => languageName(code, lang)).join(', ')}</p>` : nothing}
    ${channel.instructions ? html`<p><span class="label">${messages.instructions}:</span> ${localized(channel.instructions, lang)}</p>` : nothing}
    ${channel.accessibility ? html`<p><span class="label">${messages.accessibility}:</span> ${localized(channel.accessibility, lang)}</p>` : nothing}
  `;
}

function contactsTemplate(channel: ServiceChannel, whose: Name, ctx: ChannelViewContext): TemplateResult | typeof nothing {
  const phones = channel.phones ?? [];
  const emails = (channel.emails ?? []).filter((email) => mailtoHref(email.address));
  const urls = (channel.urls ?? []).filter((address) => safeUrl(address.url));
  if (!phones.length && !emails.length && !urls.length) return nothing;
  return html`
    <ul role="list" class="contacts">
      ${phones.map((phone) => html`<li>${phoneTemplate(phone, whose, ctx)}</li>`)}
      ${emails.map(
        (email) => html`<li>
          <span class="label">${email.label ? localized(email.label, ctx.lang) : ctx.common.email}:</span>
          <a part="link email" href=${mailtoHref(email.address)!}>${email.address}</a>
        </li>`,
      )}
      ${urls.map((address) => html`<li>${webTemplate(address, channel, whose, ctx)}</li>`)}
    </ul>
  `;
}

/** "Ajanvaraus: 044 123 4567" as a link whose name also says whose line it is; a fax number is not a link. */
function phoneTemplate(phone: PhoneNumber, whose: Name, ctx: ChannelViewContext): TemplateResult {
  const { messages, lang } = ctx;
  const kind = phone.kind && phone.kind !== 'voice' && phone.kind !== 'mobile' ? messages.phoneKinds[phone.kind] : undefined;
  const label = phone.label ? localized(phone.label, lang) : kind;
  const number = `${formatPhone(phone.number)}${phone.extension ? ` (${phone.extension})` : ''}`;
  const charge = phone.chargeNote ? localized(phone.chargeNote, lang) : phone.charge ? messages.charges[phone.charge] : undefined;
  const hours = phone.hours?.length ? currentHours(phone.hours, ctx.now) : [];
  return html`
    ${phone.kind === 'fax'
      ? html`${label}: ${number}`
      : html`<a part="link phone" href=${telHref(phone.number)}>${label ? html`${label}: ` : nothing}${number}<span class="visually-hidden" lang=${whose.lang}>, ${whose.text}</span></a>`}
    ${charge ? html`<span class="charge">(${charge})</span>` : nothing}
    ${hours.length ? html`<span class="phone-hours">${hours.map((spec) => hoursLine(spec, ctx, false)).join(', ')}</span>` : nothing}
  `;
}

function webTemplate(address: WebAddress, channel: ServiceChannel, whose: Name, ctx: ChannelViewContext): TemplateResult {
  const { messages, common } = ctx;
  const fallback =
    channel.type === 'chat' ? messages.chat : channel.type === 'video' ? messages.video : channel.type === 'e-service' ? messages.eService : common.website;
  const part = channel.type === 'on-site' || channel.type === 'phone' ? 'web' : channel.type;
  return html`<a part="link ${part}" href=${safeUrl(address.url)!}
    >${address.label ? localized(address.label, ctx.lang) : fallback}<span class="visually-hidden" lang=${whose.lang}>: ${whose.text}</span></a
  >`;
}

/** "24.12.2026: 9.00–12.00", "25.12.2026–26.12.2026: suljettu". */
export function exceptionLine(exception: ExceptionalHours, ctx: TextContext): string {
  const from = formatDate(exception.from, ctx.lang);
  const days = exception.through && exception.through !== exception.from ? `${from}–${formatDate(exception.through, ctx.lang)}` : from;
  const hours = exception.closed ? ctx.messages.closedDay : `${formatWallTime(exception.opens!)}–${formatWallTime(exception.closes!)}`;
  return `${days}: ${hours}`;
}

function hoursTemplate(channel: ServiceChannel, ctx: ChannelViewContext): TemplateResult | typeof nothing {
  const { messages, lang } = ctx;
  const note = channel.hoursNote ? html`<p class="hours-note">${localized(channel.hoursNote, lang)}</p>` : nothing;
  if (!hasHours(channel)) return note;
  const open = !ctx.closed && isChannelOpenOn(channel, ctx.clock);
  const regular = channel.hours?.length ? currentHours(channelHours(channel), ctx.now) : [];
  const exceptions = comingExceptions(channel.exceptionalHours, ctx.now);
  return html`
    <div class="hours">
      <p><strong class=${open ? 'open' : 'closed'} part="status">${open ? messages.openNowStatus : messages.closedNowStatus}</strong></p>
      ${regular.length ? html`<ul role="list">${regular.map((spec) => html`<li>${hoursLine(spec, ctx, false)}</li>`)}</ul>` : nothing}
      ${exceptions.length
        ? html`<p class="label">${messages.exceptionalHours}:</p>
            <ul role="list" class="exceptions">
              ${exceptions.map((e) => html`<li>${exceptionLine(e, ctx)}${e.note ? html` (${localized(e.note, lang)})` : nothing}</li>`)}
            </ul>`
        : nothing}
      ${note}
    </div>
  `;
}
