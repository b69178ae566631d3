/**
 * <ero-event-calendar>: peer groups and info sessions from the feed, recurring or one-off, in an
 * agenda or a month grid, with filters, registration states and .ics export. Times are read
 * and shown in Europe/Helsinki wall-clock time across DST.
 */
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Clock, type GivenTime } from '../../controllers/clock.js';
import { FocusAfterUpdate } from '../../controllers/focus.js';
import { MenuFill } from '../../controllers/menu-fill.js';
import { Pager } from '../../controllers/pager.js';
import type { FeedData } from '../../feed/feed-data.js';
import type { EventCalendarMessages } from '../../i18n/messages/event-calendar.js';
import { FeedElement } from '../../internal/feed-element.js';
import { toHeadingLevel } from '../../internal/heading.js';
import type { Thing } from '../../internal/json-ld.js';
import { compiledFeed, type Entry } from './agenda.js';
import { agendaList, announce, calendarMessages } from './agenda-view.js';
import { calendarOf, MAX_WEEKS, type CalendarState } from './calendar-state.js';
import { eventName } from './describe.js';
import { downloadEvents, downloadUpcoming, filesTemplate, readSubscribeUrl, type DownloadContext } from './downloads.js';
import { eventCalendarStyles } from './event-calendar.styles.js';
import { warnAboutFilter, type EventFilter, type MenuName } from './filter.js';
import { eventsJsonLd } from './json-ld.js';
import { addMonths, monthName, monthOf, monthPanel, monthRange, parseMonth, type Month } from './month-view.js';
import { monthStyles } from './month-view.styles.js';
import { occurrenceStyles, occurrenceTemplate, type OccurrenceViewContext } from './occurrence-view.js';
import { Selection } from './selection.js';
import type { Subscription } from './subscription.js';
import { openMenus, toolbarTemplate, type CalendarView } from './toolbar.js';
import { resettable } from '../../internal/resettable.js';

export type { CalendarView } from './toolbar.js';

/**
 * @customElement ero-event-calendar
 * @summary Peer groups and info sessions: upcoming list or month grid, filters, registration and .ics export.
 *
 * @attr view - "list" (default): upcoming occurrences; "month": a month grid. Visitors can switch.
 * @attr weeks - How many weeks ahead the list looks (default 26, at most 520: ten years).
 * @attr page-size - How many occurrences the list shows at first and on each "Show more" (default 20); 0 shows all.
 * @attr limit - Deprecated alias of page-size (warns once); page-size wins when both are set.
 * @attr month - The month the grid opens on, YYYY-MM (default: the current month).
 * @attr target-group - Only events for these groups (space-separated: child, parent, close-ones, professional).
 * @attr region - Only events for people in this region (maakunta code, e.g. "10" for Etelä-Savo).
 * @attr municipality - Only events for people in this municipality (kunta code, e.g. "491" for Mikkeli).
 * @attr attendance - "online" or "on-site"; mixed events match both.
 * @attr organizer - Only events of these organisation ids (space-separated).
 * @attr show-past - Also show occurrences that have ended.
 * @attr hide-filters - Hide the visitor's filter menus.
 * @attr heading-level - Level of each event name heading, 2–6 (default 3).
 * @attr subscribe-url - The http(s) address of the .ics file you host (made by `export ics`): adds a "Subscribe to calendar" link to its webcal:// address and a link to the file.
 * @attr now - The current time for demos and tests: ISO 8601, or a Helsinki wall time "2026-10-01T12:00" (years 1000–9989; otherwise the real time, with a console warning).
 * @attr no-json-ld - Leave out the schema.org JSON-LD (Event) that describes the events to search engines.
 *
 * @fires ero-event-select - A person opens an occurrence's details (its button or the month table); detail: event, occurrence. Cancelable: preventDefault() keeps them closed so the page can show its own view.
 *
 * @slot - Fallback content, e.g. a link to the organisation's event page. Shown when the feed fails.
 *
 * @csspart card - One occurrence card (also `occurrence`).
 * @csspart occurrence - One occurrence card.
 * @csspart card-title - The name heading in a card (also `occurrence-name`).
 * @csspart occurrence-name - The name heading in a card.
 * @csspart registration-status - The registration state (open, full, closed…).
 * @csspart badge - Cancelled, time changed and example badges.
 * @csspart link - Links in a card (register, join online, website, email, phone) and the subscribe links.
 * @csspart register - The registration link (also `link`).
 * @csspart button - Every button: details, add to calendar, views, months, show more, download all.
 * @csspart details-button - The button that opens an occurrence's details.
 * @csspart details-panel - An occurrence's details.
 * @csspart add-to-calendar - "Add to calendar" (.ics) in a card.
 * @csspart more-button - "Show more" (also `button`).
 * @csspart count - "Showing 20 of 40 events" beside "Show more".
 * @csspart toolbar - The views switch and the filters.
 * @csspart filters - The filter menus.
 * @csspart select - A filter menu.
 * @csspart month - The month table.
 * @csspart occurrence-button - An occurrence in the month table.
 * @csspart previous-month - The previous month button.
 * @csspart next-month - The next month button.
 * @csspart download-all - "Download all (.ics)".
 * @csspart subscribe - The "Subscribe to calendar" (webcal://) link, with subscribe-url.
 * @csspart subscribe-address - The link to the hosted .ics file beside it.
 * @csspart show-more - Deprecated: use more-button.
 * @csspart details - Deprecated: use details-button.
 *
 * @cssprop --ero-event-calendar-accent - The stripe at the start of each card (default var(--ero-color-primary)).
 * @cssprop --ero-event-calendar-gap - Space between the toolbar, the list and the buttons (default var(--ero-space)).
 */
export class EventCalendar extends FeedElement {
  static styles = [...FeedElement.styles, occurrenceStyles, monthStyles, eventCalendarStyles];

  @resettable @property() view: CalendarView = 'list';
  @resettable @property({ type: Number }) weeks = 26;
  @property({ type: Number, attribute: 'page-size' }) pageSize?: number;
  /** @deprecated Use `pageSize`. */
  @property({ type: Number }) limit?: number;
  @resettable @property() month = '';
  @resettable @property({ attribute: 'target-group' }) targetGroup = '';
  @resettable @property() region = '';
  @resettable @property() municipality = '';
  @resettable @property() attendance = '';
  @resettable @property() organizer = '';
  @resettable @property({ type: Boolean, attribute: 'show-past' }) showPast = false;
  @resettable @property({ type: Boolean, attribute: 'hide-filters' }) hideFilters = false;
  @resettable @property({ attribute: 'heading-level' }) headingLevel = '3';
  @resettable @property({ attribute: 'subscribe-url' }) subscribeUrl = '';
  /** The current time: a Date, milliseconds, ISO 8601, or a Helsinki wall time; the clock when unset, or when not a time of the years 1000–9989 (with a console warning). */
  @property() now?: GivenTime;

  @state() private shownView: CalendarView = 'list';
  @state() private shownMonth?: Month;
  @state() private choice: EventFilter = {};

  /** @internal What the feed and the settings give: events, menu values, occurrences. */
  private derived?: CalendarState;
  private subscription?: Subscription;
  private readonly focusLater = new FocusAfterUpdate(this);
  private readonly menuFill = new MenuFill(this);
  private readonly selection = new Selection(this);
  /** @internal The current time; a new Helsinki day (today in the month grid) updates the calendar. */
  private readonly clock = new Clock(this, 'day');
  private readonly pager = new Pager(this, {
    fallback: 20,
    items: () => this.renderRoot.querySelectorAll<HTMLElement>('.agenda > li'),
    onMore: () => (this.announcer.acted = true),
  });

  /** @internal The texts in the page's language. */
  private get messages(): EventCalendarMessages {
    return calendarMessages(this.locale.lang, this.choice);
  }

  /** @internal The current instant. */
  private get time(): number {
    return this.clock.instant;
  }

  private get currentMonth(): Month {
    // A removed attribute is null.
    return this.shownMonth ?? parseMonth(this.month ?? '') ?? monthOf(this.time);
  }

  /** @internal The occurrences the view shows: the list's first page, or the month's all. */
  private get entries(): readonly Entry[] {
    const agenda = this.derived?.agenda;
    if (!agenda) return [];
    return this.shownView === 'month' ? agenda.all() : agenda.first(this.pager.shown);
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('view')) this.shownView = this.view === 'month' ? 'month' : 'list';
    if (changed.has('month')) this.shownMonth = undefined;
    this.pager.resolve();
    warnAboutFilter(this, (name) => changed.has(name));
    if (changed.has('weeks') && this.weeks > MAX_WEEKS) {
      console.warn(`[eroauttaminen] <ero-event-calendar> weeks="${this.weeks}" is more than ${MAX_WEEKS} (ten years); the list looks ${MAX_WEEKS} weeks ahead.`);
    }
    if (changed.has('subscribeUrl')) this.subscription = readSubscribeUrl(this.subscribeUrl);
    this.menuFill.follow(this.locale.lang);
    this.derive();
  }

  /** @internal Also waits for the menus' options, which come once the page is idle after the first render. */
  protected async getUpdateComplete(): Promise<boolean> {
    const first = await super.getUpdateComplete();
    await this.menuFill.complete;
    return (await super.getUpdateComplete()) && first;
  }

  /** @internal Worked out again only for inputs not seen before (calendarState remembers the rest). */
  private derive(): void {
    const data = this.feedController.data;
    const month = this.shownView === 'month' ? monthRange(this.currentMonth) : undefined;
    const { time: now, weeks, showPast, choice } = this;
    this.derived = data && calendarOf(data, { now, weeks, showPast, month, scope: this.scope(), choice });
  }

  /** @internal The page's filter: what its attributes let this calendar show at all. */
  private scope(): EventFilter {
    const { targetGroup, region, municipality, attendance, organizer } = this;
    return { targetGroup, region, municipality, attendance, organizer };
  }

  /** The events the attributes select that have an occurrence to come (or any, with show-past). */
  protected jsonLd(data: FeedData): Iterable<Thing> {
    return eventsJsonLd(this.derived?.scoped ?? [], data, this.locale.lang, this.time, this.showPast);
  }

  protected resultAnnouncement(): string {
    const month = this.shownView === 'month' ? monthName(this.currentMonth, this.locale.lang) : undefined;
    return announce(this.derived?.agenda.count ?? 0, this.pager.shown, this.messages, month);
  }

  /** @internal Month view: show the occurrence's card under the table and move focus to it. */
  private choose(entry: Entry): void {
    if (this.selection.choose(entry)) this.focusLater.request('.selected');
  }

  private changeMonth(step: number): void {
    this.shownMonth = addMonths(this.currentMonth, step);
    this.announcer.acted = true;
    this.selection.unchoose();
    // A button that becomes disabled loses focus to the page: hand it to the other one.
    if (!this.canGoBack()) this.focusLater.request('button[part~="next-month"]');
  }

  private changeView(view: CalendarView): void {
    this.shownView = view;
    this.announcer.acted = true;
  }

  /** @internal Whether the month before the shown one may be shown. */
  private canGoBack(): boolean {
    return this.showPast || this.currentMonth > monthOf(this.time);
  }

  private chooseFilter(name: MenuName, value: string): void {
    this.choice = { ...this.choice, [name]: value || undefined };
    this.announcer.acted = true;
    this.pager.reset();
    this.selection.unchoose();
  }

  private downloads(data: FeedData): DownloadContext {
    return { host: this, data, lang: this.locale.lang, messages: this.messages, src: this.src };
  }

  /** Items left out: the feed's, and events whose recurrence cannot be read. */
  protected hiddenItems(data: FeedData): number {
    return super.hiddenItems(data) + compiledFeed(data).problems.filter((p) => p.dropped).length;
  }

  protected renderFeed(data: FeedData): TemplateResult {
    const ctx: OccurrenceViewContext = {
      data,
      lang: this.locale.lang,
      messages: this.messages,
      common: this.common,
      headingLevel: toHeadingLevel(this.headingLevel, 3),
      now: this.time,
    };
    const filtered = this.derived?.filtered ?? [];
    return html`
      <div class="calendar">
        ${this.renderToolbar(ctx)}
        ${this.shownView === 'month'
          ? this.renderMonth(ctx)
          : agendaList(this.entries, this.derived?.agenda.count ?? 0, {
              messages: ctx.messages,
              card: (entry) => this.card(entry, ctx),
              pager: this.pager,
            })}
        ${filesTemplate({
          messages: ctx.messages,
          onDownloadAll: filtered.length ? () => downloadUpcoming(this.downloads(data), filtered, this.time, this.showPast) : undefined,
          subscription: this.subscription,
        })}
      </div>
    `;
  }

  private renderToolbar(ctx: OccurrenceViewContext): TemplateResult {
    const { derived } = this;
    return toolbarTemplate({
      ...ctx,
      view: this.shownView,
      menus: this.hideFilters || !derived ? [] : openMenus(this.scope()),
      varies: () => derived!.varies,
      choices: () => derived!.choices,
      choice: this.choice,
      allOptions: this.menuFill.filled,
      onReach: this.menuFill.fill,
      onView: (view) => this.changeView(view),
      onChoose: (name, value) => this.chooseFilter(name, value),
    });
  }

  private renderMonth(ctx: OccurrenceViewContext): TemplateResult {
    return monthPanel(this.currentMonth, this.entries, {
      ...ctx,
      today: this.clock.today,
      selected: this.selection.chosen,
      canGoBack: this.canGoBack(),
      onMonth: (step) => this.changeMonth(step),
      onSelect: (entry) => this.choose(entry),
      card: (entry) => this.card(entry, ctx),
    });
  }

  private card(entry: Entry, ctx: OccurrenceViewContext): TemplateResult {
    return occurrenceTemplate(entry, ctx, {
      disclosure: this.selection.state(entry),
      onSave: () => downloadEvents(this.downloads(ctx.data), [entry], eventName(entry.event, undefined, ctx.lang).text),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ero-event-calendar': EventCalendar;
  }
}
