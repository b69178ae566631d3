/**
 * <ero-service-finder>: search and filter separation-support services by municipality or region,
 * target group, service type, channel, language, "open now" and "free", with the state in the
 * address when the page wants it.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { emit } from '../../events.js';
import type { FeedData } from '../../feed/feed-data.js';
import type { Channel, Service, ServiceType, TargetGroup } from '../../feed/types.js';
import { isMunicipalityCode, isRegionCode } from '../../feed/vocabulary/areas.js';
import type { Lang } from '../../i18n/lang.js';
import { serviceFinderMessages, type ServiceFinderMessages } from '../../i18n/messages/service-finder.js';
import { commonWithVocabulary, type CommonWithVocabulary } from '../../i18n/messages/vocabulary.js';
import { FeedElement } from '../../internal/feed-element.js';
import { toHeadingLevel } from '../../internal/heading.js';
import { whenIdle } from '../../internal/idle.js';
import type { Thing } from '../../internal/json-ld.js';
import { safeUrl } from '../../internal/safe-url.js';
import type { FilterChangeDetail } from './events.js';
import { filterFormTemplate, filterLabel } from './filter-form.js';
import {
  activeFilters,
  CHANNELS,
  compactFilters,
  filterServices,
  mergeFilters,
  primaryLanguage,
  SERVICE_TYPES,
  ServiceIndex,
  serviceLanguages,
  TARGET_GROUPS,
  withoutFilter,
  type ActiveFilter,
  type FinderFilters,
} from './filter.js';
import { serviceJsonLd } from './json-ld.js';
import { serviceFinderStyles } from './service-finder.styles.js';
import { serviceStyles, serviceTemplate } from './service-view.js';
import { DEFAULT_URL_PREFIX, hasUrlState, readUrlState, toUrlStateMode, writeUrlState } from './url-state.js';

const DEFAULT_PAGE_SIZE = 20;
/** How long typing must pause before the new result count is announced. */
const ANNOUNCE_DELAY = 800;
const FIRST_LANGUAGES = ['fi', 'sv', 'en'];

type PinnedText = 'municipality' | 'region' | 'targetGroup' | 'serviceType' | 'channel';

const words = (value: string): string[] => value.split(/[\s,]+/).filter(Boolean);

const indexes = new WeakMap<FeedData, ServiceIndex>();
function serviceIndex(data: FeedData): ServiceIndex {
  let index = indexes.get(data);
  if (!index) {
    index = new ServiceIndex(data.services, (id) => data.organization(id));
    indexes.set(data, index);
  }
  return index;
}

const languageLists = new WeakMap<FeedData, string[]>();
/** The languages services in the feed are given in: fi, sv, en first, then the rest by code. */
function feedLanguages(data: FeedData): string[] {
  let list = languageLists.get(data);
  if (!list) {
    const all = new Set(data.services.flatMap(serviceLanguages));
    list = [...FIRST_LANGUAGES.filter((l) => all.has(l)), ...[...all].filter((l) => !FIRST_LANGUAGES.includes(l)).sort()];
    languageLists.set(data, list);
  }
  return list;
}

const instantConverter = {
  fromAttribute(value: string | null): number | undefined {
    const time = value ? Date.parse(value) : NaN;
    return Number.isNaN(time) ? undefined : time;
  },
};

/**
 * @customElement ero-service-finder
 * @summary Find separation-support services near you or available remotely, by place, target group, type, channel and language.
 *
 * @attr src - Feed URL, or several separated by spaces, merged by id.
 * @attr municipality - Pin a municipality (kunta code, e.g. "491" for Mikkeli). Services for its region or all of Finland are included. Its control is not shown.
 * @attr region - Pin a region (maakunta code, e.g. "10"). People may still choose one of its municipalities.
 * @attr target-group - Pin target groups, space-separated: child, parent, close-ones, professional.
 * @attr service-type - Pin service types, space-separated (e.g. "mediation child-custody-officer").
 * @attr channel - Pin channels, space-separated: on-site, phone, video, chat, web.
 * @attr language - Pin languages the service is given in, space-separated codes (e.g. "sv").
 * @attr open-now - Pin "open now".
 * @attr free - Pin "free of charge".
 * @attr query - Initial search text; people can change it.
 * @attr report-url - Address of the page where services report themselves as missing (http(s) or mailto).
 * @attr url-state - Keep the filters in the page address: "query" or "hash". Off by default.
 * @attr url-prefix - Prefix of the address parameters (default "ero-"); give two finders on one page different ones.
 * @attr heading-level - Level of each service name heading, 2–6 (default 3).
 * @attr page-size - How many results to show at first and on each "Show more" (default 20).
 * @attr now - The instant that "open now" refers to (ISO 8601); the current time when not set.
 * @attr lang - fi (default), sv or en; otherwise the closest lang on the page.
 * @attr timeout - Milliseconds to wait for the feed (default 10000).
 * @attr cache - Where the last feed is kept: local (default), session or none.
 * @attr no-json-ld - Leave out the schema.org JSON-LD (Service) that describes the services to search engines.
 *
 * @fires ero-filter-change - The filters changed; detail: filters, count, cause (typing, choice, history).
 * @fires ero-service-select - A person opens a service; detail: id, service. Cancelable: preventDefault() keeps it closed so the page can open its own view.
 * @fires ero-feed-load - The feed loaded; detail: sources and item issues.
 * @fires ero-feed-error - A feed source failed; detail: url, kind, message, status, stale.
 *
 * @slot - Fallback content, e.g. a link to the municipality's service page. Shown when the feed fails.
 *
 * @csspart form - The search form.
 * @csspart input - The search field.
 * @csspart select - The municipality, service type and language lists.
 * @csspart fieldset - A group of checkboxes.
 * @csspart button - Every button (search, clear, remove filter, show more).
 * @csspart scope - The line that names the filters pinned by the page.
 * @csspart results - The results section.
 * @csspart count - The number of results.
 * @csspart service - One service card.
 * @csspart service-name - The name heading of a service.
 * @csspart badge - A channel badge.
 * @csspart status - "Open now" or "Closed now".
 * @csspart link - The phone, chat, web, email and other links.
 * @csspart details - The disclosure with a service's full details.
 * @csspart summary - The summary that opens the details.
 * @csspart report-link - The "report a missing service" link.
 * @csspart state - The loading, empty and error boxes.
 * @csspart notices - Notes about stored data or left-out items.
 *
 * @cssprop --ero-service-finder-gap - Space between fields and between results (default var(--ero-space)).
 * @cssprop --ero-service-finder-field-min - Narrowest filter column before the form wraps (default 14em).
 * @cssprop --ero-service-finder-form-background - Background of the form (default var(--ero-color-surface)).
 */
export class ServiceFinder extends FeedElement {
  static styles = [...FeedElement.styles, serviceStyles, serviceFinderStyles];

  @property() municipality = '';
  @property() region = '';
  @property({ attribute: 'target-group' }) targetGroup = '';
  @property({ attribute: 'service-type' }) serviceType = '';
  @property() channel = '';
  @property() language = '';
  @property({ type: Boolean, attribute: 'open-now' }) openNow = false;
  @property({ type: Boolean }) free = false;
  @property() query = '';
  @property({ attribute: 'report-url' }) reportUrl = '';
  @property({ attribute: 'url-state' }) urlState = '';
  @property({ attribute: 'url-prefix' }) urlPrefix = DEFAULT_URL_PREFIX;
  @property({ attribute: 'heading-level' }) headingLevel = '3';
  @property({ type: Number, attribute: 'page-size' }) pageSize = DEFAULT_PAGE_SIZE;
  @property({ converter: instantConverter }) now?: number | Date;

  /** What the person has chosen; the pinned attributes apply on top. Setting it does not touch the address. */
  @property({ attribute: false }) filters: FinderFilters = {};

  @state() private visible = DEFAULT_PAGE_SIZE;
  @state() private liveMessage = '';
  @state() private clock = Date.now();

  private results: Service[] = [];
  private resultsData?: FeedData;
  private prepared?: { data: FeedData; lang: Lang };
  private filtersKey = '';
  private timeKey = 0;
  private typing = false;
  private targetMessage = '';
  private pendingChange?: FilterChangeDetail['cause'];
  private focusAfterUpdate?: () => HTMLElement | null | undefined;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private clockTimer?: ReturnType<typeof setInterval>;

  private get messages(): ServiceFinderMessages {
    return serviceFinderMessages[this.locale.lang];
  }

  /** @internal The common strings and, for the finder alone, the vocabularies' labels. */
  protected override get common(): CommonWithVocabulary {
    return commonWithVocabulary[this.locale.lang];
  }

  /** The filters the page pins by attributes; invalid values are left out (and reported once). */
  get pinnedFilters(): FinderFilters {
    const valid = <T extends string>(value: string, allowed: readonly T[]) =>
      words(value).filter((v): v is T => allowed.includes(v as T));
    return compactFilters({
      municipality: isMunicipalityCode(this.municipality.trim()) ? this.municipality.trim() : undefined,
      region: isRegionCode(this.region.trim()) ? this.region.trim() : undefined,
      targetGroups: valid<TargetGroup>(this.targetGroup, TARGET_GROUPS),
      types: valid<ServiceType>(this.serviceType, SERVICE_TYPES),
      channels: valid<Channel>(this.channel, CHANNELS),
      languages: words(this.language).map(primaryLanguage),
      openNow: this.openNow,
      free: this.free,
    });
  }

  /** The filters in effect: the person's choices with the pinned ones on top. */
  get effectiveFilters(): FinderFilters {
    return mergeFilters(this.pinnedFilters, this.filters);
  }

  private get urlMode() {
    return toUrlStateMode(this.urlState);
  }

  private get instant(): number {
    return this.now === undefined ? this.clock : +this.now;
  }

  private get pageStep(): number {
    const size = Math.trunc(this.pageSize);
    return size >= 1 ? size : DEFAULT_PAGE_SIZE;
  }

  connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    // "Open now" follows the clock while the page stays open.
    this.clockTimer = setInterval(() => (this.clock = Date.now()), 60_000);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    clearInterval(this.clockTimer);
    clearTimeout(this.announceTimer);
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') && this.query !== (changed.get('query') ?? '')) {
      this.filters = compactFilters({ ...this.filters, query: this.query });
    }
    if ((changed.has('urlState') || changed.has('urlPrefix')) && this.urlMode) this.filters = this.filtersFromUrl();
    this.warnAboutAttributes(changed);
    if (changed.has('pageSize')) this.visible = this.pageStep;
    this.updateResults();
    this.updateAnnouncement();
  }

  protected updated(): void {
    if (this.pendingChange) {
      const cause = this.pendingChange;
      this.pendingChange = undefined;
      emit(this, 'ero-filter-change', { filters: this.effectiveFilters, count: this.results.length, cause });
    }
    const target = this.focusAfterUpdate?.();
    this.focusAfterUpdate = undefined;
    target?.focus();
  }

  private warnAboutAttributes(changed: PropertyValues<this>): void {
    const checks: [PinnedText, string, (value: string) => boolean][] = [
      ['municipality', 'municipality', isMunicipalityCode],
      ['region', 'region', isRegionCode],
      ['targetGroup', 'target-group', (v) => TARGET_GROUPS.includes(v as TargetGroup)],
      ['serviceType', 'service-type', (v) => SERVICE_TYPES.includes(v as ServiceType)],
      ['channel', 'channel', (v) => CHANNELS.includes(v as Channel)],
    ];
    for (const [prop, attribute, isValid] of checks) {
      if (!changed.has(prop)) continue;
      const bad = words(this[prop]).filter((v) => !isValid(v));
      if (bad.length) {
        console.warn(`[eroauttaminen] <ero-service-finder> ${attribute}="${this[prop]}": ${bad.map((v) => `"${v}"`).join(', ')} is not a known value; ignored.`);
      }
    }
    if (changed.has('reportUrl') && this.reportUrl && !safeUrl(this.reportUrl)) {
      console.warn(`[eroauttaminen] <ero-service-finder> report-url="${this.reportUrl}" is not an http(s) or mailto address; not shown.`);
    }
  }

  private updateResults(): void {
    const data = this.feedController.data;
    if (!data) return;
    const filters = this.effectiveFilters;
    const filtersKey = JSON.stringify([filters, this.locale.lang]);
    const now = this.instant;
    // The clock only matters to "open now"; its ticking keeps the results otherwise.
    const timeKey = filters.openNow ? now : 0;
    if (data === this.resultsData && filtersKey === this.filtersKey && timeKey === this.timeKey) return;
    // New filters start from the first page again; a new minute or feed keeps what is shown.
    if (filtersKey !== this.filtersKey) this.visible = this.pageStep;
    this.prepareSearch(data);
    this.resultsData = data;
    this.filtersKey = filtersKey;
    this.timeKey = timeKey;
    this.results = filterServices(serviceIndex(data), filters, { lang: this.locale.lang, now });
  }

  /** Indexes the search text while the page is idle, in slices, so that the first letter typed does not wait for it. */
  private prepareSearch(data: FeedData): void {
    const { lang } = this.locale;
    if (this.prepared?.data === data && this.prepared.lang === lang) return;
    this.prepared = { data, lang };
    const index = serviceIndex(data);
    const slice = (deadline?: IdleDeadline): void => {
      const end = performance.now() + 10;
      const hasTime = deadline ? () => deadline.timeRemaining() > 1 : () => performance.now() < end;
      if (!index.prepare(lang, hasTime)) whenIdle(slice);
    };
    whenIdle(slice);
  }

  private updateAnnouncement(): void {
    if (this.feedController.status !== 'ready') return;
    const message = this.countAnnouncement();
    if (message === this.targetMessage) return;
    this.targetMessage = message;
    clearTimeout(this.announceTimer);
    // While someone types, the count is announced once they pause, not after every letter.
    if (this.typing) this.announceTimer = setTimeout(() => (this.liveMessage = message), ANNOUNCE_DELAY);
    else this.liveMessage = message;
  }

  private countAnnouncement(): string {
    const total = this.results.length;
    if (!total) return this.messages.empty;
    const shown = Math.min(total, this.visible);
    return shown < total ? `${this.messages.count(total)}. ${this.messages.shown(shown, total)}` : this.messages.count(total);
  }

  /** The services the page's pinned filters select, whatever a visitor searches. */
  protected jsonLd(data: FeedData): Thing[] {
    const { lang } = this.locale;
    return filterServices(serviceIndex(data), this.pinnedFilters, { lang, now: this.instant }).map((s) => serviceJsonLd(s, data, lang));
  }

  protected announcement(): string {
    return this.feedController.status === 'ready' ? this.liveMessage : super.announcement();
  }

  private filtersFromUrl(): FinderFilters {
    const mode = this.urlMode!;
    if (hasUrlState(location.href, mode, this.urlPrefix)) return readUrlState(location.href, mode, this.urlPrefix);
    return compactFilters({ query: this.query });
  }

  /** Applies the person's new choices and, when the finder keeps its state in the address, records them there. */
  private choose(filters: FinderFilters, cause: FilterChangeDetail['cause'], entry: 'push' | 'replace'): void {
    this.filters = compactFilters(filters);
    this.pendingChange = cause;
    const mode = this.urlMode;
    if (!mode) return;
    const href = writeUrlState(location.href, this.filters, mode, this.urlPrefix);
    if (href === location.href) return;
    if (entry === 'push') history.pushState(history.state, '', href);
    else history.replaceState(history.state, '', href);
  }

  private finishTyping(): void {
    if (!this.typing) return;
    this.typing = false;
    clearTimeout(this.announceTimer);
    this.liveMessage = this.targetMessage;
  }

  private readonly onPopState = (): void => {
    if (!this.urlMode) return;
    const filters = this.filtersFromUrl();
    if (JSON.stringify(filters) === JSON.stringify(compactFilters(this.filters))) return;
    this.finishTyping();
    this.filters = filters;
    this.pendingChange = 'history';
  };

  private readonly onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.name !== 'query') return;
    // The first letter adds a history entry, the rest replace it: Back returns to before the search.
    const entry = this.typing ? 'replace' : 'push';
    this.typing = true;
    this.choose({ ...this.filters, query: input.value }, 'typing', entry);
  };

  private readonly onChange = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.name === 'query') {
      this.finishTyping();
      return;
    }
    this.finishTyping();
    this.choose(this.readForm(target.form!), 'choice', 'push');
  };

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    this.finishTyping();
  };

  private readForm(form: HTMLFormElement): FinderFilters {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '');
    const area = text('area');
    return {
      query: this.filters.query,
      municipality: isMunicipalityCode(area) ? area : undefined,
      region: isRegionCode(area) ? area : undefined,
      types: words(text('type')) as ServiceType[],
      languages: words(text('language')),
      targetGroups: data.getAll('group').map(String) as TargetGroup[],
      channels: data.getAll('channel').map(String) as Channel[],
      openNow: data.has('open'),
      free: data.has('free'),
    };
  }

  private readonly onClear = (): void => {
    this.finishTyping();
    this.choose({}, 'choice', 'push');
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#query');
  };

  private removeFilter(filter: ActiveFilter): void {
    this.choose(withoutFilter(this.filters, filter), 'choice', 'push');
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#count');
  }

  private readonly showMore = (): void => {
    const first = this.visible;
    this.visible += this.pageStep;
    this.focusAfterUpdate = () => this.renderRoot.querySelectorAll<HTMLElement>('[part~="service"]')[first];
  };

  private readonly onOpen = (event: Event, service: Service): void => {
    const details = (event.currentTarget as HTMLElement).closest('details');
    if (details?.open) return;
    if (!emit(this, 'ero-service-select', { id: service.id, service }, { cancelable: true })) event.preventDefault();
  };

  /** The person's choices that still narrow the results (a choice for a pinned filter does not). */
  private removableFilters(): ActiveFilter[] {
    const effective = new Set(activeFilters(this.effectiveFilters).map((f) => `${f.key}|${f.value}`));
    const pinned = new Set(activeFilters(this.pinnedFilters).map((f) => `${f.key}|${f.value}`));
    return activeFilters(this.filters).filter((f) => effective.has(`${f.key}|${f.value}`) && !pinned.has(`${f.key}|${f.value}`));
  }

  protected renderFeed(data: FeedData): TemplateResult {
    const { lang } = this.locale;
    const removable = this.removableFilters();
    return html`
      ${filterFormTemplate({
        lang,
        common: this.common,
        messages: this.messages,
        chosen: this.filters,
        pinned: this.pinnedFilters,
        languages: feedLanguages(data),
        canClear: removable.length > 0,
        onInput: this.onInput,
        onChange: this.onChange,
        onSubmit: this.onSubmit,
        onClear: this.onClear,
      })}
      ${this.renderScope()}
      <section class="results" part="results" aria-labelledby="count">
        <p id="count" class="count" part="count" tabindex="-1">${this.messages.count(this.results.length)}</p>
        ${this.results.length ? this.renderList(data) : this.renderEmpty(removable)}
      </section>
      ${this.results.length ? this.renderReport() : nothing}
    `;
  }

  private renderScope(): TemplateResult | typeof nothing {
    const pinned = activeFilters(this.pinnedFilters);
    if (!pinned.length) return nothing;
    const labels = pinned.map((filter) => filterLabel(filter, { lang: this.locale.lang, common: this.common, messages: this.messages }));
    return html`<p class="scope" part="scope">${this.messages.scope} ${labels.join(', ')}</p>`;
  }

  private renderList(data: FeedData): TemplateResult {
    const ctx = {
      data,
      lang: this.locale.lang,
      common: this.common,
      messages: this.messages,
      headingLevel: toHeadingLevel(this.headingLevel, 3),
      now: this.instant,
      onOpen: this.onOpen,
    };
    const shown = this.results.slice(0, this.visible);
    const left = this.results.length - shown.length;
    return html`
      <ul class="list" role="list" aria-label=${this.messages.resultsLabel}>
        ${repeat(shown, (service) => service.id, (service) => html`<li>${serviceTemplate(service, ctx)}</li>`)}
      </ul>
      ${left > 0
        ? html`<button type="button" class="more" part="button more-button" @click=${this.showMore}>${this.messages.showMore(left)}</button>`
        : nothing}
    `;
  }

  private renderEmpty(removable: ActiveFilter[]): TemplateResult {
    const { messages } = this;
    const labelCtx = { lang: this.locale.lang, common: this.common, messages };
    return html`
      <div class="state empty" part="state empty">
        <p><strong>${removable.length ? messages.empty : messages.emptyFeed}</strong></p>
        ${removable.length
          ? html`
              <p>${messages.tryRemoving}</p>
              <ul role="list">
                ${removable.map(
                  (filter) => html`<li>
                    <button type="button" part="button remove-button" @click=${() => this.removeFilter(filter)}>
                      ${messages.removeFilter(filterLabel(filter, labelCtx))}
                    </button>
                  </li>`,
                )}
              </ul>
            `
          : nothing}
        ${this.renderReport()}
      </div>
    `;
  }

  private renderReport(): TemplateResult | typeof nothing {
    const href = safeUrl(this.reportUrl);
    if (!href) return nothing;
    return html`<p class="report">${this.messages.missing} <a part="link report-link" href=${href}>${this.messages.report}</a></p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ero-service-finder': ServiceFinder;
  }
}
