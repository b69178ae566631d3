/**
 * The list view: the first occurrences of the window as a list of cards, and how many there are
 * in all, with "Show more" while some are not shown; and what the live region says of them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { emptyState } from '../../internal/feed-element.js';
import type { Pager } from '../../controllers/pager.js';
import type { Lang } from '../../i18n/lang.js';
import { eventCalendarMessages, type EventCalendarMessages } from '../../i18n/messages/event-calendar.js';
import type { Entry } from './agenda.js';
import type { EventFilter } from './filter.js';

export interface AgendaViewContext {
  readonly messages: EventCalendarMessages;
  /** The card of an occurrence. */
  readonly card: (entry: Entry) => TemplateResult;
  /** How many are shown, and "Show more". */
  readonly pager: Pager;
}

/** `shown` are the first of `count` occurrences. */
export function agendaList(shown: readonly Entry[], count: number, ctx: AgendaViewContext): TemplateResult {
  const { messages } = ctx;
  if (!count) return emptyState(messages.empty);
  return html`
    <ol class="agenda" role="list" aria-label=${messages.listLabel}>
      ${shown.map((entry, index) => html`<li data-index=${index} tabindex="-1">${ctx.card(entry)}</li>`)}
    </ol>
    ${count > shown.length
      ? html`<p class="more">
          <span part="count">${messages.shownOf(shown.length, count)}</span>
          ${ctx.pager.button(count, () => messages.showMore, 'show-more')}
        </p>`
      : nothing}
  `;
}

/** "Näytetään 20/21 tapahtumaa", "1 tapahtuma", or that nothing matches; a month's count after its name. */
export function announce(count: number, shown: number, messages: EventCalendarMessages, monthName?: string): string {
  if (monthName !== undefined) return `${monthName}: ${messages.count(count)}`;
  if (!count) return messages.empty;
  return count > shown ? messages.shownOf(shown, count) : messages.count(count);
}

/**
 * The calendar's texts in `lang`. The empty state speaks of "these choices" only once the visitor
 * has chosen something in the menus (`choice`); before that, there simply are none.
 */
export function calendarMessages(lang: Lang, choice: EventFilter): EventCalendarMessages {
  const messages = eventCalendarMessages.in(lang);
  if (Object.values(choice).some(Boolean)) return messages;
  return { ...messages, empty: messages.noUpcoming, emptyMonth: messages.noneThisMonth };
}
