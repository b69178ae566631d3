/**
 * <ero-service-finder>: search and filter separation-support services by municipality or region,
 * target group, service type, channel, language, "open now" and "free", with the state in the
 * address when the page wants it.
 */
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Clock, type GivenTime } from '../../controllers/clock.js';
import { Disclosure } from '../../controllers/disclosure.js';
import { FocusAfterUpdate } from '../../controllers/focus.js';
import { MenuFill } from '../../controllers/menu-fill.js';
import { Pager } from '../../controllers/pager.js';
import { emit } from '../../events.js';
import type { FeedData } from '../../feed/feed-data.js';
import type { Service } from '../../feed/types.js';
import { serviceFinderMessages, type ServiceFinderMessages } from '../../i18n/messages/service-finder.js';
import { commonWithVocabulary, type CommonWithVocabulary } from '../../i18n/messages/vocabulary.js';
import { FeedElement } from '../../internal/feed-element.js';
import { toHeadingLevel } from '../../internal/heading.js';
import type { Thing } from '../../internal/json-ld.js';
import { AddressController } from './address-controller.js';
import { filtersFromForm, pinnedFilters, readFilters, sortOrder, warnAboutAttributes } from './attributes.js';
import type { FilterChangeDetail } from './events.js';
import { compactFilters, mergeFilters, removableFilters, withoutFilter, type FinderFilters } from './filter.js';
import { filterFormTemplate } from './filter-form.js';
import { CurrentResults, feedLanguages, NO_LANGUAGES } from './finder-data.js';
import { servicesJsonLd } from './json-ld.js';
import { NO_SERVICES } from './ranked.js';
import { countAnnouncement, resultsTemplate, scopeTemplate } from './results-view.js';
import { serviceFinderStyles } from './service-finder.styles.js';
import { serviceStyles } from './service-view.styles.js';
import { DEFAULT_URL_PREFIX } from './url-state.js';
import { resettable } from '../../internal/resettable.js';

const DEFAULT_PAGE_SIZE = 20;
/** How long typing must pause before the new result count is announced. */
const ANNOUNCE_DELAY = 800;

/**
 * @customElement ero-service-finder
 * @summary Find separation-support services near you or available remotely, by place, target group, type, channel and language.
 *
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
 * @attr page-size - How many results to show at first and on each "Show more" (default 20); 0 shows all.
 * @attr limit - Deprecated alias of page-size (warns once); page-size wins when both are set.
 * @attr sort - "relevance" (default) or "urgent", for crisis pages: open now through a phone, chat or video line that answers around the clock first, then open now through any line, then open now on site, then the rest; relevance within each group.
 * @attr now - The instant that "open now" refers to: ISO 8601, or a Helsinki wall time "2026-01-05T10:00"; the current time when not set (or not a time of the years 1000–9989, with a console warning).
 * @attr no-json-ld - Leave out the schema.org JSON-LD (Service) that describes the services to search engines.
 *
 * @fires ero-filter-change - The filters changed; detail: filters, count, cause (typing, choice, history).
 * @fires ero-service-select - A person opens a service's details; detail: id, service. Cancelable: preventDefault() keeps them closed so the page can show its own view.
 *
 * @slot - Fallback content, e.g. a link to the municipality's service page. Shown when the feed fails.
 *
 * @csspart form - The search form.
 * @csspart input - The search field.
 * @csspart select - The municipality, service type and language lists.
 * @csspart fieldset - A group of checkboxes.
 * @csspart button - Every button (search, clear, remove filter, show more).
 * @csspart search-button - The search button.
 * @csspart clear-button - "Clear all".
 * @csspart remove-button - A button that removes one filter when nothing is found.
 * @csspart suggestion-button - "Did you mean …?".
 * @csspart scope - The line that names the filters pinned by the page.
 * @csspart results - The results section.
 * @csspart count - The number of results.
 * @csspart card - One service card (also `service`).
 * @csspart service - One service card.
 * @csspart card-title - The name heading of a service (also `service-name`).
 * @csspart service-name - The name heading of a service.
 * @csspart badge - A channel badge.
 * @csspart channel - One service channel (an office, phone line, chat…) with its contacts and hours.
 * @csspart channel-name - The name heading of a service channel.
 * @csspart alert - A service's temporary notice.
 * @csspart closure - "Temporarily closed until…".
 * @csspart status - "Open now" or "Closed now".
 * @csspart link - The phone, chat, web, email and other links.
 * @csspart phone - A phone link (also `link`).
 * @csspart email - An email link (also `link`).
 * @csspart web - A web page link (also `link`).
 * @csspart chat - A chat link (also `link`).
 * @csspart video - A video meeting link (also `link`).
 * @csspart details-button - The button that opens a service's full details.
 * @csspart details-panel - A service's full details.
 * @csspart more-button - "Show more" (also `button`).
 * @csspart report-link - The "report a missing service" link.
 * @csspart details - Deprecated: use details-panel.
 * @csspart summary - Deprecated: use details-button.
 *
 * @cssprop --ero-service-finder-gap - Space between fields and between results (default var(--ero-space)).
 * @cssprop --ero-service-finder-field-min - Narrowest filter column before the form wraps (default 14em).
 * @cssprop --ero-service-finder-form-background - Background of the form (default var(--ero-color-surface)).
 */
export class ServiceFinder extends FeedElement {
  static styles = [...FeedElement.styles, serviceStyles, serviceFinderStyles];

  @resettable @property() municipality = '';
  @resettable @property() region = '';
  @resettable @property({ attribute: 'target-group' }) targetGroup = '';
  @resettable @property({ attribute: 'service-type' }) serviceType = '';
  @resettable @property() channel = '';
  @resettable @property() language = '';
  @resettable @property({ type: Boolean, attribute: 'open-now' }) openNow = false;
  @resettable @property({ type: Boolean }) free = false;
  @resettable @property() query = '';
  @resettable @property({ attribute: 'report-url' }) reportUrl = '';
  @resettable @property({ attribute: 'url-state' }) urlState = '';
  @resettable @property({ attribute: 'url-prefix' }) urlPrefix = DEFAULT_URL_PREFIX;
  @resettable @property({ attribute: 'heading-level' }) headingLevel = '3';
  @property({ type: Number, attribute: 'page-size' }) pageSize?: number;
  /** @deprecated Use `pageSize`. */
  @property({ type: Number }) limit?: number;
  @resettable @property() sort: 'relevance' | 'urgent' = 'relevance';
  /** The current time: a Date, milliseconds, ISO 8601, or a Helsinki wall time; the clock when unset, or when not a time of the years 1000–9989 (with a console warning). */
  @property() now?: GivenTime;

  /** What the person has chosen; the pinned attributes apply on top. Setting it does not touch the address. */
  @resettable @property({ attribute: false }) filters: FinderFilters = {};

  private readonly results = new CurrentResults();
  private readonly clock = new Clock(this, 'minute');
  protected static override announceDelay = ANNOUNCE_DELAY;
  private readonly pager = new Pager(this, {
    fallback: DEFAULT_PAGE_SIZE,
    items: () => this.renderRoot.querySelectorAll<HTMLElement>('[part~="service"]'),
    onMore: () => (this.announcer.acted = true),
  });
  private readonly address = new AddressController(this, (filters) => this.followHistory(filters));
  private pendingChange?: FilterChangeDetail['cause'];
  private readonly focusLater = new FocusAfterUpdate(this);
  private readonly menuFill = new MenuFill(this);

  private get messages(): ServiceFinderMessages {
    return serviceFinderMessages.in(this.locale.lang);
  }

  /** @internal The common strings and, for the finder alone, the vocabularies' labels. */
  protected override get common(): CommonWithVocabulary {
    return commonWithVocabulary(this.locale.lang);
  }

  /** The filters the page pins by attributes; invalid values are left out (and reported once). */
  get pinnedFilters(): FinderFilters {
    return pinnedFilters(this);
  }

  /** The filters in effect: the person's choices with the pinned ones on top. */
  get effectiveFilters(): FinderFilters {
    return mergeFilters(this.pinnedFilters, this.filters);
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('filters')) this.filters = readFilters(this.filters);
    if (changed.has('query') && this.query !== (changed.get('query') ?? '')) {
      this.filters = compactFilters({ ...this.filters, query: this.query });
    }
    if ((changed.has('urlState') || changed.has('urlPrefix')) && this.address.mode) this.filters = this.address.read();
    warnAboutAttributes(this, (name) => changed.has(name as keyof ServiceFinder));
    this.menuFill.follow(this.locale.lang);
    this.pager.resolve();
    const options = { lang: this.locale.lang, now: this.clock.instant, sort: sortOrder(this.sort) };
    if (this.results.update(this.feedController.data, this.effectiveFilters, options)) this.pager.reset();
  }

  /** @internal Also fills the menus, which otherwise wait for the page to be idle after the first render. */
  protected async getUpdateComplete(): Promise<boolean> {
    const first = await super.getUpdateComplete();
    if (this.menuFill.filled) return first;
    this.menuFill.fill();
    return (await super.getUpdateComplete()) && first;
  }

  protected updated(): void {
    if (this.pendingChange) {
      const cause = this.pendingChange;
      this.pendingChange = undefined;
      emit(this, 'ero-filter-change', { filters: this.effectiveFilters, count: this.results.count, cause });
    }
  }

  /** The services the page's pinned filters select, whatever a visitor searches. */
  protected jsonLd(data: FeedData): Iterable<Thing> {
    return servicesJsonLd(data, this.pinnedFilters, { lang: this.locale.lang, now: this.clock.instant });
  }

  protected resultAnnouncement(): string {
    return countAnnouncement(this.messages, this.results.count, this.pager.shown);
  }

  /** Applies the person's new choices and, when the finder keeps its state in the address, records them there. */
  private choose(filters: FinderFilters, cause: FilterChangeDetail['cause'], entry: 'push' | 'replace'): void {
    this.filters = compactFilters(filters);
    this.pendingChange = cause;
    this.announcer.acted = true;
    this.address.record(this.filters, entry);
  }

  private followHistory(filters: FinderFilters): void {
    if (JSON.stringify(filters) === JSON.stringify(compactFilters(this.filters))) return;
    this.announcer.finishTyping();
    this.filters = filters;
    this.pendingChange = 'history';
    this.announcer.acted = true;
  }

  private readonly onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.name !== 'query') return;
    // The first letter adds a history entry, the rest replace it: Back returns to before the search.
    const entry = this.announcer.typing ? 'replace' : 'push';
    this.announcer.typing = true;
    this.choose({ ...this.filters, query: input.value }, 'typing', entry);
  };

  private readonly onChange = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    this.announcer.finishTyping();
    if (target.name !== 'query') this.choose(filtersFromForm(target.form!, this.filters.query), 'choice', 'push');
  };

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    this.announcer.finishTyping();
  };

  private readonly onClear = (): void => {
    this.announcer.finishTyping();
    this.choose({}, 'choice', 'push');
    this.focusLater.request('#query');
  };

  private readonly refine = (filters: FinderFilters): void => {
    this.choose(filters, 'choice', 'push');
    this.focusLater.request('#count');
  };

  private readonly disclosure = new Disclosure<Service>(this, {
    key: (service) => service.id,
    select: (service) => emit(this, 'ero-service-select', { id: service.id, service }, { cancelable: true }),
  });

  protected renderFeed(data: FeedData): TemplateResult {
    const { lang } = this.locale;
    const removable = removableFilters(this.filters, this.pinnedFilters);
    const text = { lang, common: this.common, messages: this.messages };
    return html`
      ${filterFormTemplate({
        ...text,
        chosen: this.filters,
        pinned: this.pinnedFilters,
        languages: this.menuFill.filled ? feedLanguages(data) : NO_LANGUAGES,
        canClear: removable.length > 0,
        onInput: this.onInput,
        onChange: this.onChange,
        onSubmit: this.onSubmit,
        onClear: this.onClear,
        allOptions: this.menuFill.filled,
        onReach: this.menuFill.fill,
      })}
      ${scopeTemplate(this.pinnedFilters, text)}
      ${resultsTemplate({
        ...text,
        data,
        headingLevel: toHeadingLevel(this.headingLevel, 3),
        now: this.clock.instant,
        place: this.effectiveFilters,
        disclosure: this.disclosure,
        results: this.results.found?.services ?? NO_SERVICES,
        pager: this.pager,
        removable,
        urgent: this.results.found?.sort === 'urgent',
        reportUrl: this.reportUrl,
        suggestion: this.results.found?.suggestion,
        onRemoveFilter: (filter) => this.refine(withoutFilter(this.filters, filter)),
        onSuggestion: (query) => this.refine({ ...this.filters, query }),
      })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ero-service-finder': ServiceFinder;
  }
}
