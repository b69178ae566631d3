/**
 * The calendar as files: an event, or every event of the filtered calendar, written as .ics and
 * downloaded; and the links to the calendar that the publisher hosts (subscribe-url).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedData } from '../../feed/feed-data.js';
import type { Lang } from '../../i18n/lang.js';
import type { EventCalendarMessages } from '../../i18n/messages/event-calendar.js';
import { downloadText } from '../../internal/download.js';
import { safeUrl } from '../../internal/safe-url.js';
import { upcoming, type CompiledEvent } from './agenda.js';
import { calendarFile, uidHost } from './event-file.js';
import { icsFileName } from './ics.js';
import { subscription, type Subscription } from './subscription.js';

export interface DownloadContext {
  /** The element, which holds the temporary download link. */
  readonly host: HTMLElement;
  readonly data: FeedData;
  readonly lang: Lang;
  readonly messages: EventCalendarMessages;
  /** The element's src: its first feed's address makes the UIDs when the publisher has no web address. */
  readonly src: string;
}

/** Downloads `events` as one .ics file named after `name`. */
export function downloadEvents(ctx: DownloadContext, events: readonly CompiledEvent[], name: string, calendarName?: string): void {
  const { data, lang, messages } = ctx;
  const host = uidHost(data.publishers[0]?.url, safeUrl(ctx.src.trim().split(/\s+/)[0], document.baseURI));
  const text = calendarFile(events, { data, lang, messages, host }, calendarName);
  downloadText(text, 'text/calendar;charset=utf-8', icsFileName(name), ctx.host);
}

/** Downloads the events that have an occurrence to come after `now` (or all, with `showPast`) as the whole calendar. */
export function downloadUpcoming(ctx: DownloadContext, events: readonly CompiledEvent[], now: number, showPast: boolean): void {
  const { calendarName } = ctx.messages;
  downloadEvents(ctx, upcoming(events, now, showPast), calendarName, calendarName);
}

/** The links of a subscribe-url attribute's value; none, with a warning that says why, when it is not an http(s) address. */
export function readSubscribeUrl(value: string | null): Subscription | undefined {
  // A removed attribute is null.
  if (!value?.trim()) return undefined;
  const found = subscription(value, document.baseURI);
  if (typeof found !== 'string') return found;
  console.warn(`[eroauttaminen] <ero-event-calendar> subscribe-url: ${found}; no "Subscribe" link is shown.`);
  return undefined;
}

export interface FilesOptions {
  readonly messages: EventCalendarMessages;
  /** "Download all", when the filtered calendar has events. */
  readonly onDownloadAll?: () => void;
  readonly subscription?: Subscription;
}

/** "Download all", and with subscribe-url "Subscribe to calendar" (webcal) and the calendar's address. */
export function filesTemplate({ messages, onDownloadAll, subscription }: FilesOptions): TemplateResult | typeof nothing {
  if (!onDownloadAll && !subscription) return nothing;
  return html`
    ${onDownloadAll
      ? html`<p class="download-all">
          <button type="button" class="primary" part="button download-all" @click=${onDownloadAll}>${messages.downloadAll}</button>
        </p>`
      : nothing}
    ${subscription
      ? html`<p class="subscribe">
          <a part="link subscribe" href=${subscription.webcal}>${messages.subscribe}</a>
          <a part="link subscribe-address" href=${subscription.url}>${messages.subscribeAddress}</a>
        </p>`
      : nothing}
  `;
}
