/**
 * The calendar as files: an event, or every event of the filtered calendar, written as .ics and
 * downloaded.
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

export interface FilesOptions {
  readonly messages: EventCalendarMessages;
  /** "Download all", when the filtered calendar has events. */
  readonly onDownloadAll?: () => void;
}

/** "Download all", when the filtered calendar has events. */
export function filesTemplate({ messages, onDownloadAll }: FilesOptions): TemplateResult | typeof nothing {
  if (!onDownloadAll) return nothing;
  return html`<p class="download-all">
    <button type="button" class="primary" part="button download-all" @click=${onDownloadAll}>${messages.downloadAll}</button>
  </p>`;
}
