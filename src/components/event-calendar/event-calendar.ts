/**
 * <ero-event-calendar>: peer groups and info sessions from the feed, recurring or one-off, in an
 * agenda or a month grid, with filters, registration states and .ics export. Times are read
 * and shown in Europe/Helsinki wall-clock time across DST.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { municipalityName } from '../../feed/area.js';
import type { FeedData } from '../../feed/feed-data.js';
import type { TargetGroup } from '../../feed/types.js';
import { emit } from '../../events.js';
import { formatDateTime, HELSINKI } from '../../i18n/format.js';
import { localize } from '../../i18n/lang.js';
import { eventCalendarMessages, type EventCalendarMessages } from '../../i18n/messages/event-calendar.js';
import { downloadText } from '../../internal/download.js';
import { FeedElement } from '../../internal/feed-element.js';
import { toHeadingLevel } from '../../internal/heading.js';
import type { Thing } from '../../internal/json-ld.js';
import { safeUrl } from '../../internal/safe-url.js';
import { compiledFeed, entriesBetween, entryKey, type CompiledEvent, type Entry } from './agenda.js';
import { eventName, formatWhen } from './describe.js';
import { eventCalendarStyles } from './event-calendar.styles.js';
import { calendarFile, uidHost } from './event-file.js';
import type { EventSelectDetail } from './events.js';
import { eventMatcher, filterChoices, type EventFilter, type MenuName } from './filter.js';
import { icsFileName } from './ics.js';
import { eventJsonLd } from './json-ld.js';
import { addMonths, monthName, monthOf, monthRange, monthStyles, monthTable, parseMonth, type Month } from './month-view.js';
import { occurrenceStyles, occurrenceTemplate, type OccurrenceViewContext } from './occurrence-view.js';
import { nextOccurrence } from '../../feed/time/occurrences.js';
import { DAY, dateKey, isoInZone, parseLocal, toInstant, toWall } from '../../feed/time/zoned-time.js';

export type CalendarView = 'list' | 'month';

/** A whole number ≥ 1 from an attribute, or the default when it is not one. */
const positive = (value: number, fallback: number): number => (value >= 1 ? Math.floor(value) : fallback);
const reported = new WeakSet<FeedData>();

/** Says once per feed, on the console, which events or entries could not be used and why. */
function reportProblems(data: FeedData): void {
  if (reported.has(data)) return;
  reported.add(data);
  for (const problem of compiledFeed(data).problems) {
    const outcome = problem.dropped ? 'the event is left out' : 'the event is shown without it';
    console.warn(`[eroauttaminen] <ero-event-calendar> ${problem.path} (id "${problem.itemId}"): ${problem.message}; ${outcome}.`);
  }
}

/** A visitor's filter menu: its label, the text of each value, and whether the values go by that text. */
interface Menu {
  readonly label: string;
  readonly text: (value: string) => string;
  readonly byText?: boolean;
}

/**
 * @customElement ero-event-calendar
 * @summary Peer groups and info sessions: upcoming list or month grid, filters, registration and .ics export.
 *
 * @attr src - Feed URL, or several separated by spaces, merged by id.
 * @attr view - "list" (default): upcoming occurrences; "month": a month grid. Visitors can switch.
 * @attr weeks - How many weeks ahead the list looks (default 26).
 * @attr limit - How many occurrences the list shows before "Show more" (default 20).
 * @attr month - The month the grid opens on, YYYY-MM (default: the current month).
 * @attr target-group - Only events for these groups (space-separated: child, parent, close-ones, professional).
 * @attr region - Only events for people in this region (maakunta code, e.g. "10" for Etelä-Savo).
 * @attr municipality - Only events for people in this municipality (kunta code, e.g. "491" for Mikkeli).
 * @attr attendance - "online" or "on-site"; mixed events match both.
 * @attr organizer - Only events of these organisation ids (space-separated).
 * @attr show-past - Also show occurrences that have ended.
 * @attr hide-filters - Hide the visitor's filter menus.
 * @attr heading-level - Level of each event name heading, 2–6 (default 3).
 * @attr now - The current time for demos and tests: ISO 8601, or a Helsinki wall time "2026-10-01T12:00".
 * @attr lang - fi (default), sv or en; otherwise the closest lang on the page.
 * @attr timeout - Milliseconds to wait for the feed (default 10000).
 * @attr cache - Where the last feed is kept: local (default), session or none.
 * @attr no-json-ld - Leave out the schema.org JSON-LD (Event) that describes the events to search engines.
 *
 * @fires ero-event-select - A person opens an occurrence's details; cancelable. Detail: event, occurrence.
 * @fires ero-feed-load - The feed loaded; detail: sources and item issues.
 * @fires ero-feed-error - A feed source failed; detail: url, kind, message, status, stale.
 *
 * @slot - Fallback content, e.g. a link to the organisation's event page. Shown when the feed fails.
 *
 * @csspart occurrence - One occurrence card.
 * @csspart occurrence-name - The name heading in a card.
 * @csspart registration-status - The registration state (open, full, closed…).
 * @csspart badge - Cancelled, time changed and example badges.
 * @csspart link - Links in a card (register, join online, website, email, phone).
 * @csspart button - Every button: details, add to calendar, views, months, show more, download all.
 * @csspart toolbar - The views switch and the filters.
 * @csspart filters - The filter menus.
 * @csspart month - The month table.
 * @csspart occurrence-button - An occurrence in the month table.
 * @csspart state - The loading, empty and error boxes.
 * @csspart notices - Notes about stored data or left-out items.
 *
 * @cssprop --ero-event-calendar-accent - The stripe at the start of each card (default var(--ero-color-primary)).
 * @cssprop --ero-event-calendar-gap - Space between the toolbar, the list and the buttons (default var(--ero-space)).
 */
export class EventCalendar extends FeedElement {
  static styles = [...FeedElement.styles, occurrenceStyles, monthStyles, eventCalendarStyles];

  @property() view: CalendarView = 'list';
  @property({ type: Number }) weeks = 26;
  @property({ type: Number }) limit = 20;
  @property() month = '';
  @property({ attribute: 'target-group' }) targetGroup = '';
  @property() region = '';
  @property() municipality = '';
  @property() attendance = '';
  @property() organizer = '';
  @property({ type: Boolean, attribute: 'show-past' }) showPast = false;
  @property({ type: Boolean, attribute: 'hide-filters' }) hideFilters = false;
  @property({ attribute: 'heading-level' }) headingLevel = '3';
  /** The current time: a Date, milliseconds, ISO 8601, or a Helsinki wall time; the clock when unset. */
  @property() now?: Date | number | string;

  /** @internal */
  @state() private shownView: CalendarView = 'list';
  /** @internal */
  @state() private shownMonth?: Month;
  /** @internal */
  @state() private choice: EventFilter = {};
  /** @internal */
  @state() private shownCount = 20;
  /** @internal */
  @state() private expanded: ReadonlySet<string> = new Set();
  /** @internal */
  @state() private selected?: string;

  /** @internal The events the attributes select. */
  private scoped: readonly CompiledEvent[] = [];
  /** @internal */
  private filtered: readonly CompiledEvent[] = [];
  /** @internal */
  private entries: readonly Entry[] = [];
  /** @internal */
  private choices: Record<MenuName, string[]> = filterChoices([]);
  /** @internal */
  private memo = '';
  /** @internal */
  private memoData?: FeedData;
  /** @internal */
  private focusAfterUpdate?: string;

  /** @internal */
  private get messages(): EventCalendarMessages {
    return eventCalendarMessages[this.locale.lang];
  }

  /** @internal The current instant; without `now`, the clock to the minute, so renders agree. */
  private get time(): number {
    const { now } = this;
    if (now instanceof Date) return now.getTime();
    if (typeof now === 'number') return now;
    const wall = now ? parseLocal(now) : undefined;
    const parsed = wall === undefined ? Date.parse(now ?? '') : toInstant(wall, HELSINKI);
    return Number.isNaN(parsed) ? Math.floor(Date.now() / 60_000) * 60_000 : parsed;
  }

  /** @internal */
  private get currentMonth(): Month {
    return this.shownMonth ?? parseMonth(this.month) ?? monthOf(this.time);
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('view')) this.shownView = this.view === 'month' ? 'month' : 'list';
    if (changed.has('month')) this.shownMonth = undefined;
    if (changed.has('limit')) this.shownCount = positive(this.limit, 20);
    this.computeEntries();
  }

  protected updated(): void {
    if (!this.focusAfterUpdate) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate);
    this.focusAfterUpdate = undefined;
    target?.focus();
  }

  /** @internal The attributes' filter: what the embedding page wants this calendar to show at all. */
  private scope(): EventFilter {
    const { targetGroup, region, municipality, attendance, organizer } = this;
    return { targetGroup, region, municipality, attendance, organizer };
  }

  /** @internal [from, to) of what is shown: the list looks `weeks` ahead (and back, with show-past). */
  private window(): [number, number] {
    if (this.shownView === 'month') return monthRange(this.currentMonth);
    const span = positive(this.weeks, 26) * 7 * DAY;
    return [this.showPast ? this.time - span : this.time, this.time + span];
  }

  /** @internal */
  private computeEntries(): void {
    const data = this.feedController.data;
    const [from, to] = this.window();
    const key = JSON.stringify([this.scope(), this.choice, from, to, this.showPast, this.time]);
    if (data === this.memoData && key === this.memo) return;
    this.memoData = data;
    this.memo = key;
    if (!data) {
      this.scoped = this.filtered = this.entries = [];
      return;
    }
    reportProblems(data);
    const scope = this.scope();
    const inScope = eventMatcher(data, scope);
    const scoped = (this.scoped = compiledFeed(data).events.filter((c) => inScope(c.event)));
    this.choices = filterChoices(scoped.map((c) => c.event));
    const chosen = eventMatcher(data, this.choice);
    this.filtered = scoped.filter((c) => chosen(c.event));
    const now = this.time;
    this.entries = entriesBetween(this.filtered, from, to).filter((e) => this.showPast || e.occurrence.end > now);
  }

  /** The events the attributes select that have an occurrence to come (or any, with show-past). */
  protected jsonLd(data: FeedData): Thing[] {
    const now = this.time;
    return this.scoped
      .filter((c) => this.showPast || nextOccurrence(c.schedule, now))
      .map((c) => eventJsonLd(c, data, this.locale.lang));
  }

  protected announcement(): string {
    if (this.feedController.status !== 'ready') return super.announcement();
    const { messages, entries } = this;
    if (this.shownView === 'month') return `${monthName(this.currentMonth, this.locale.lang)}: ${messages.count(entries.length)}`;
    if (!entries.length) return this.emptyText();
    return entries.length > this.shownCount ? messages.shownOf(this.shownCount, entries.length) : messages.count(entries.length);
  }

  /** @internal "No events match these choices" only when the visitor chose something in the menus. */
  private emptyText(): string {
    const { messages } = this;
    const chosen = Object.values(this.choice).some(Boolean);
    if (this.shownView === 'month') return chosen ? messages.emptyMonth : messages.noneThisMonth;
    return chosen ? messages.empty : messages.noUpcoming;
  }

  /** @internal Fires ero-event-select; false when the host page took over. */
  private select(entry: Entry): boolean {
    const { event, occurrence } = entry;
    const detail: EventSelectDetail = {
      event,
      occurrence: {
        recurrenceId: occurrence.recurrenceId,
        start: isoInZone(occurrence.start, HELSINKI),
        end: isoInZone(occurrence.end, HELSINKI),
        cancelled: occurrence.cancelled,
      },
    };
    return emit(this, 'ero-event-select', detail, { cancelable: true });
  }

  /** @internal */
  private toggle(entry: Entry): void {
    const key = entryKey(entry);
    const expanded = new Set(this.expanded);
    if (expanded.has(key)) expanded.delete(key);
    else if (this.select(entry)) expanded.add(key);
    this.expanded = expanded;
  }

  /** @internal Month view: show the occurrence's card under the table and move focus to it. */
  private choose(entry: Entry): void {
    if (!this.select(entry)) return;
    const key = entryKey(entry);
    this.selected = key;
    this.expanded = new Set([...this.expanded, key]);
    this.focusAfterUpdate = '.selected';
  }

  /** @internal */
  private changeMonth(step: number): void {
    this.shownMonth = addMonths(this.currentMonth, step);
    this.selected = undefined;
    // A button that becomes disabled loses focus to the page: hand it to the other one.
    if (!this.canGoBack()) this.focusAfterUpdate = 'button[part~="next-month"]';
  }

  /** @internal Whether the month before the shown one may be shown. */
  private canGoBack(): boolean {
    return this.showPast || this.currentMonth > monthOf(this.time);
  }

  /** @internal */
  private showMore(): void {
    this.focusAfterUpdate = `.agenda > li[data-index="${this.shownCount}"]`;
    this.shownCount += positive(this.limit, 20);
  }

  /** @internal */
  private chooseFilter(name: MenuName, value: string): void {
    this.choice = { ...this.choice, [name]: value || undefined };
    this.shownCount = positive(this.limit, 20);
    this.selected = undefined;
  }

  /** @internal */
  private download(data: FeedData, events: readonly CompiledEvent[], name: string, calendarName?: string): void {
    const host = uidHost(data.publishers[0]?.url, safeUrl(this.src.trim().split(/\s+/)[0], document.baseURI));
    const text = calendarFile(events, { data, lang: this.locale.lang, messages: this.messages, host }, calendarName);
    downloadText(text, 'text/calendar;charset=utf-8', icsFileName(name), this);
  }

  /** @internal The filtered events that still have an occurrence to come (or any, with show-past). */
  private downloadAll(data: FeedData): void {
    const now = this.time;
    const events = this.filtered.filter((c) => this.showPast || nextOccurrence(c.schedule, now));
    this.download(data, events, this.messages.calendarName, this.messages.calendarName);
  }

  protected renderFeedNotices(data: FeedData): TemplateResult | typeof nothing {
    const unusable = compiledFeed(data).problems.filter((p) => p.dropped).length;
    if (!unusable) return super.renderFeedNotices(data);
    const staleSince = this.feedController.staleSince;
    return html`
      <div class="notices" part="notices">
        ${staleSince !== undefined
          ? html`<p class="notice stale">${this.common.stale(formatDateTime(staleSince, this.locale.lang))}</p>`
          : nothing}
        <p class="notice hidden-items">${this.common.itemsHidden(data.droppedCount + unusable)}</p>
      </div>
    `;
  }

  protected renderFeed(data: FeedData): TemplateResult {
    const { messages } = this;
    const ctx: OccurrenceViewContext = {
      data,
      lang: this.locale.lang,
      messages,
      common: this.common,
      headingLevel: toHeadingLevel(this.headingLevel, 3),
      now: this.time,
    };
    return html`
      <div class="calendar">
        <div class="toolbar" part="toolbar">
          <div class="views" role="group" aria-label=${messages.view}>
            ${(['list', 'month'] as const).map(
              (view) => html`<button
                type="button"
                part="button"
                aria-pressed=${String(this.shownView === view)}
                @click=${() => (this.shownView = view)}
              >
                ${view === 'list' ? messages.viewList : messages.viewMonth}
              </button>`,
            )}
          </div>
          ${this.renderFilters(data)}
        </div>
        ${this.shownView === 'month' ? this.renderMonth(ctx) : this.renderList(ctx)}
        ${this.filtered.length
          ? html`<p class="download-all">
              <button type="button" class="primary" part="button download-all" @click=${() => this.downloadAll(data)}>
                ${messages.downloadAll}
              </button>
            </p>`
          : nothing}
      </div>
    `;
  }

  /** @internal Menus for what the attributes leave open and the events actually vary in. */
  private renderFilters(data: FeedData): TemplateResult | typeof nothing {
    const { messages, common } = this;
    const lang = this.locale.lang;
    const menus: Record<MenuName, Menu> = {
      targetGroup: { label: messages.forWhom, text: (group) => common.targetGroups[group as TargetGroup] },
      attendance: { label: messages.attendance, text: (way) => (way === 'online' ? messages.online : messages.onSite) },
      municipality: { label: messages.municipality, text: (code) => municipalityName(code, lang), byText: true },
      organizer: {
        label: messages.organizer,
        text: (id) => {
          const organization = data.organization(id);
          return organization ? localize(organization.name, lang).text : id;
        },
        byText: true,
      },
    };
    const shown = (Object.keys(menus) as MenuName[]).filter((name) => !this[name].trim() && this.choices[name].length > 1);
    if (this.hideFilters || !shown.length) return nothing;
    return html`<fieldset class="filters" part="filters">
      <legend>${messages.filters}</legend>
      ${shown.map((name) => this.renderSelect(name, menus[name]))}
    </fieldset>`;
  }

  /** @internal One labelled <select> of the visitor's filters. */
  private renderSelect(name: MenuName, menu: Menu): TemplateResult {
    const current = this.choice[name] ?? '';
    const options = this.choices[name].map((value) => [value, menu.text(value)]);
    // One collator for the sort: localeCompare with a locale builds one for every comparison.
    const { compare } = new Intl.Collator(this.locale.lang);
    if (menu.byText) options.sort((a, b) => compare(a[1], b[1]));
    return html`
      <label>
        <span>${menu.label}</span>
        <select @change=${(e: Event) => this.chooseFilter(name, (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!current}>${this.messages.all}</option>
          ${options.map(([value, text]) => html`<option value=${value} ?selected=${value === current}>${text}</option>`)}
        </select>
      </label>
    `;
  }

  /** @internal */
  private card(entry: Entry, ctx: OccurrenceViewContext): TemplateResult {
    const key = entryKey(entry);
    return occurrenceTemplate(entry, ctx, {
      id: `details-${key.replace(/[^\w-]/g, '-')}`,
      expanded: this.expanded.has(key),
      onToggle: () => this.toggle(entry),
      onSave: () => this.download(ctx.data, [entry], eventName(entry.event, undefined, ctx.lang).text),
    });
  }

  /** @internal */
  private renderList(ctx: OccurrenceViewContext): TemplateResult {
    const { entries, messages } = this;
    if (!entries.length) return html`<p class="state empty" part="state">${this.emptyText()}</p>`;
    const visible = entries.slice(0, this.shownCount);
    return html`
      <ol class="agenda" role="list" aria-label=${messages.listLabel}>
        ${visible.map((entry, index) => html`<li data-index=${index} tabindex="-1">${this.card(entry, ctx)}</li>`)}
      </ol>
      ${entries.length > visible.length
        ? html`<p class="more">
            <span>${messages.shownOf(visible.length, entries.length)}</span>
            <button type="button" part="button show-more" @click=${() => this.showMore()}>${messages.showMore}</button>
          </p>`
        : nothing}
    `;
  }

  /** @internal "Toivo-ryhmä, ti 6.10.2026 klo 17.00–18.30": the name of the details region that opening an occurrence moves to. */
  private selectedLabel({ event, occurrence, schedule }: Entry): string {
    const lang = this.locale.lang;
    const when = formatWhen(occurrence.start, occurrence.end, lang, this.messages, schedule.allDay);
    return `${eventName(event, occurrence.override, lang).text}, ${when}`;
  }

  /** @internal */
  private renderMonth(ctx: OccurrenceViewContext): TemplateResult {
    const { messages, entries } = this;
    const month = this.currentMonth;
    const canGoBack = this.canGoBack();
    const selected = entries.find((entry) => entryKey(entry) === this.selected);
    return html`
      <div class="month-nav">
        <button type="button" part="button previous-month" ?disabled=${!canGoBack} @click=${() => this.changeMonth(-1)}>
          <span aria-hidden="true">‹</span> ${messages.previousMonth}
        </button>
        <button type="button" part="button next-month" @click=${() => this.changeMonth(1)}>
          ${messages.nextMonth} <span aria-hidden="true">›</span>
        </button>
      </div>
      ${monthTable(month, entries, {
        lang: ctx.lang,
        today: dateKey(toWall(this.time, HELSINKI)),
        selected: this.selected,
        onSelect: (entry) => this.choose(entry),
      })}
      ${entries.length ? nothing : html`<p class="state empty" part="state">${this.emptyText()}</p>`}
      ${selected
        ? html`<div class="selected" role="region" aria-label=${this.selectedLabel(selected)} tabindex="-1">${this.card(selected, ctx)}</div>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ero-event-calendar': EventCalendar;
  }
}
