/**
 * The month grid: a real <table> with a caption and weekday column headers, each day listing its
 * occurrences as buttons, with buttons to the months around it and the chosen occurrence's card
 * below. Below 45em wide it becomes a list of the days that have events.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { emptyState } from '../../internal/feed-element.js';
import { dateTimeFormat, formatTime, HELSINKI } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import type { EventCalendarMessages } from '../../i18n/messages/event-calendar.js';
import { entryKey, type Entry } from './agenda.js';
import { eventName, formatDay, formatWhen } from './describe.js';
import { DAY, dateKey, daysInMonth, parseLocal, toInstant, toWall, weekday, type WallTime } from '../../feed/time/zoned-time.js';

const HOUR = 3_600_000;

/** A month, as the wall time at which its first day begins. */
export type Month = WallTime;

/** "2026-10" → the month; undefined when it is not such a month. */
export function parseMonth(value: string): Month | undefined {
  return parseLocal(`${value.trim()}-01T00:00`);
}

export function addMonths(month: Month, count: number): Month {
  const date = new Date(month);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + count);
}

/** The Helsinki month of an instant. */
export function monthOf(instant: number): Month {
  const date = new Date(toWall(instant, HELSINKI));
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth());
}

/** The instants at which the month starts and ends in Helsinki. */
export function monthRange(month: Month): [number, number] {
  return [toInstant(month, HELSINKI), toInstant(addMonths(month, 1), HELSINKI)];
}

/** "lokakuu 2026", "oktober 2026", "October 2026". */
export function monthName(month: Month, lang: Lang): string {
  return dateTimeFormat(lang, { month: 'long', year: 'numeric' }).format(month + 14 * DAY);
}

export interface MonthViewContext {
  readonly lang: Lang;
  readonly today: string;
  readonly selected?: string;
  readonly onSelect: (entry: Entry) => void;
}

/** Weeks of the month, Monday first; days outside the month are undefined. */
function weeks(month: Month): (WallTime | undefined)[][] {
  const date = new Date(month);
  const cells: (WallTime | undefined)[] = Array.from({ length: weekday(month) }, () => undefined);
  for (let day = 0; day < daysInMonth(date.getUTCFullYear(), date.getUTCMonth() + 1); day++) cells.push(month + day * DAY);
  while (cells.length % 7) cells.push(undefined);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}

/** The button of one occurrence on one day; its name starts with the day, as the cell's other days are out of sight. */
function occurrenceButton(day: WallTime, entry: Entry, ctx: MonthViewContext): TemplateResult {
  const name = eventName(entry.event, entry.occurrence.override, ctx.lang);
  const key = entryKey(entry);
  // A timed occurrence shows its time on the day it starts; the days it continues on, and all-day ones, show none.
  const startsToday = dateKey(toWall(entry.occurrence.start, HELSINKI)) === dateKey(day);
  return html`<li>
    <button
      type="button"
      part="occurrence-button"
      class=${entry.occurrence.cancelled ? 'cancelled' : ''}
      aria-pressed=${String(key === ctx.selected)}
      @click=${() => ctx.onSelect(entry)}
    >
      <span class="visually-hidden">${formatDay(day + 10 * HOUR, ctx.lang)},</span>
      ${!entry.schedule.allDay && startsToday ? html`<span class="time">${formatTime(entry.occurrence.start, ctx.lang)}</span>` : nothing}
      <span lang=${name.lang}>${name.text}</span>
    </button>
  </li>`;
}

function dayCell(day: WallTime | undefined, entries: readonly Entry[], ctx: MonthViewContext): TemplateResult {
  if (day === undefined) return html`<td class="outside"></td>`;
  // 10:00 UTC falls on the same date in Helsinki all year.
  return html`
    <td class=${entries.length ? 'has-events' : 'no-events'} aria-current=${dateKey(day) === ctx.today ? 'date' : nothing}>
      <span class="day-number">${new Date(day).getUTCDate()}</span>
      <span class="day-label">${formatDay(day + 10 * HOUR, ctx.lang)}</span>
      ${entries.length ? html`<ul role="list">${entries.map((entry) => occurrenceButton(day, entry, ctx))}</ul>` : nothing}
    </td>
  `;
}

/**
 * The occurrences on each day of the month: an all-day one, or one of 24 hours or more, on every
 * day it covers; a shorter one (an evening chat until 00:30) on the day it starts, as calendar
 * programs show them.
 */
function byDay(month: Month, entries: readonly Entry[]): Map<string, Entry[]> {
  const days = new Map<string, Entry[]>();
  const next = addMonths(month, 1);
  for (const entry of entries) {
    const { occurrence: { start, end }, schedule } = entry;
    const first = Math.floor(toWall(start, HELSINKI) / DAY) * DAY;
    // An occurrence that ends at midnight does not reach into the next day.
    const last = schedule.allDay || end - start >= DAY ? toWall(end - 1, HELSINKI) : first;
    for (let day = Math.max(first, month); day <= last && day < next; day += DAY) {
      const key = dateKey(day);
      days.set(key, [...(days.get(key) ?? []), entry]);
    }
  }
  return days;
}

export function monthTable(month: Month, entries: readonly Entry[], ctx: MonthViewContext): TemplateResult {
  const days = byDay(month, entries);
  // 5.1.2026 was a Monday.
  const weekdays = Array.from({ length: 7 }, (_, i) => Date.UTC(2026, 0, 5 + i, 12));
  const short = dateTimeFormat(ctx.lang, { weekday: 'short' });
  const long = dateTimeFormat(ctx.lang, { weekday: 'long' });
  return html`
    <table class="month" part="month">
      <caption>
        ${monthName(month, ctx.lang)}
      </caption>
      <thead>
        <tr>
          ${weekdays.map(
            (day) => html`<th scope="col"><span aria-hidden="true">${short.format(day)}</span><span class="visually-hidden">${long.format(day)}</span></th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${weeks(month).map(
          (week) => html`<tr>
            ${week.map((day) => dayCell(day, day === undefined ? [] : (days.get(dateKey(day)) ?? []), ctx))}
          </tr>`,
        )}
      </tbody>
    </table>
  `;
}

export interface MonthPanelContext extends MonthViewContext {
  readonly messages: EventCalendarMessages;
  readonly canGoBack: boolean;
  readonly onMonth: (step: -1 | 1) => void;
  /** The card of an occurrence. */
  readonly card: (entry: Entry) => TemplateResult;
}

/** "Toivo-ryhmä, ti 6.10.2026 klo 17.00–18.30": the name of the region that opening an occurrence moves focus to. */
function selectedLabel({ event, occurrence, schedule }: Entry, ctx: MonthPanelContext): string {
  const when = formatWhen(occurrence.start, occurrence.end, ctx.lang, ctx.messages, schedule.allDay);
  return `${eventName(event, occurrence.override, ctx.lang).text}, ${when}`;
}

/** The buttons to the months before and after, the month's table, and the chosen occurrence's card. */
export function monthPanel(month: Month, entries: readonly Entry[], ctx: MonthPanelContext): TemplateResult {
  const { messages } = ctx;
  const selected = entries.find((entry) => entryKey(entry) === ctx.selected);
  return html`
    <div class="month-nav">
      <button type="button" part="button previous-month" ?disabled=${!ctx.canGoBack} @click=${() => ctx.onMonth(-1)}>
        <span aria-hidden="true">‹</span> ${messages.previousMonth}
      </button>
      <button type="button" part="button next-month" @click=${() => ctx.onMonth(1)}>
        ${messages.nextMonth} <span aria-hidden="true">›</span>
      </button>
    </div>
    ${monthTable(month, entries, ctx)}
    ${entries.length ? nothing : emptyState(messages.emptyMonth)}
    ${selected
      ? html`<div class="selected" role="region" aria-label=${selectedLabel(selected, ctx)} tabindex="-1">${ctx.card(selected)}</div>`
      : nothing}
  `;
}
