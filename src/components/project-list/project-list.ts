/**
 * <ero-project-list>: development projects in a responsive grid of cards, filtered by
 * organisation, region, target group, status and funder, ongoing ones first.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Pager } from '../../controllers/pager.js';
import { Clock } from '../../controllers/clock.js';
import { Disclosure } from '../../controllers/disclosure.js';
import { emit } from '../../events.js';
import { isRealDate } from '../../feed/dates.js';
import type { FeedData } from '../../feed/feed-data.js';
import type { Contact, Project } from '../../feed/types.js';
import { targetGroupTerms } from '../../feed/vocabulary/terms.js';
import { projectMessages } from '../../i18n/messages/project.js';
import { countText, emptyState, FeedElement } from '../../internal/feed-element.js';
import { contactStyles, downloadVCard } from '../../internal/contact-view.js';
import { toHeadingLevel } from '../../internal/heading.js';
import { knownTokens, tokens, warnUnknownTokens } from '../../internal/token-list.js';
import type { Thing } from '../../internal/json-ld.js';
import { projectJsonLd } from '../project-card/json-ld.js';
import { projectStyles } from '../project-card/project-card.styles.js';
import { projectTemplate, toLayout, type ProjectViewContext } from '../project-card/project-view.js';
import { PROJECT_STATUSES } from '../project-card/status.js';
import { filterProjects, sortProjects, type ProjectFilter } from './filter.js';
import { projectListStyles } from './project-list.styles.js';
import { resettable } from '../../internal/resettable.js';

const FILTERS = ['organization', 'region', 'targetGroup', 'status', 'funder'];

/**
 * @customElement ero-project-list
 * @summary Development projects as cards in a responsive grid, filtered by organisation, region, target group, status and funder; ongoing ones first.
 *
 * @attr organization - Only projects that these organisation ids run or are partners in (space-separated).
 * @attr region - Only projects whose area reaches this region (maakunta code, e.g. "10" for Etelä-Savo).
 * @attr target-group - Only projects for any of these target groups: child, parent, close-ones, professional (space-separated).
 * @attr status - Only projects with any of these statuses: upcoming, ongoing, ended (space-separated).
 * @attr funder - Only projects with a funder whose name or programme contains this text, in any language, ignoring case; alternatives separated by commas ("ESR, STM").
 * @attr layout - compact (default): cards with a "Show details" button that opens them in place; full: every card in full.
 * @attr heading-level - Level of each project name heading, 2–6 (default 3).
 * @attr page-size - Show this many projects at first and a button for the next ones; 0 (default) shows all.
 * @attr limit - Deprecated alias of page-size (warns once); page-size wins when both are set.
 * @attr today - The date (YYYY-MM-DD) statuses are computed for; by default today in Europe/Helsinki. For previews.
 * @attr no-json-ld - Leave out the schema.org JSON-LD (Project) that describes the projects to search engines.
 *
 * @fires ero-project-select - A person pressed "Show details" on a card; detail: id, project, layout. Cancelable: preventDefault() keeps the card closed, e.g. to open the site's own project page.
 *
 * @slot - Fallback content, e.g. a link to the organisation's projects page. Shown when the feed fails.
 *
 * @csspart card - One project card (also `project`, and `compact` or `full`).
 * @csspart project - One project card.
 * @csspart compact - A card in the compact layout.
 * @csspart full - A card in the full layout.
 * @csspart card-title - The project name heading of a card.
 * @csspart status - A status badge (also `status-upcoming`, `status-ongoing` or `status-ended`).
 * @csspart status-upcoming - The "Upcoming" badge.
 * @csspart status-ongoing - The "Ongoing" badge.
 * @csspart status-ended - The "Ended" badge.
 * @csspart description - The short description of a card.
 * @csspart details-button - "Show details" on a compact card.
 * @csspart details-panel - The open part of a card.
 * @csspart section - A section of an open card (also `section-goals`, `section-contacts`, …).
 * @csspart section-goals - The goals section.
 * @csspart section-contacts - The contacts section.
 * @csspart section-materials - The materials section.
 * @csspart section-links - The links section.
 * @csspart section-social - The social media section.
 * @csspart section-title - The heading of each section.
 * @csspart link - Every link (materials also `material`, social accounts also `social`).
 * @csspart material - A material link.
 * @csspart social - A social media link.
 * @csspart contact - A contact card in the contacts section.
 * @csspart contact-name - A contact's name heading.
 * @csspart phone - A phone link.
 * @csspart email - An email link.
 * @csspart button - The "Show details", "Show more" and vCard buttons.
 * @csspart vcard - A contact's vCard button.
 * @csspart more-button - "Show more" (also `button`).
 * @csspart count - The "Showing 12 of 40 projects" line.
 * @csspart title - Deprecated: use card-title.
 * @csspart summary - Deprecated: use count.
 *
 * @cssprop --ero-project-list-min-column - Narrowest column before the grid wraps (default 20em).
 * @cssprop --ero-project-list-gap - Space between cards (default var(--ero-space)).
 * @cssprop --ero-project-card-padding - Space inside a card (default var(--ero-space)).
 * @cssprop --ero-project-card-border - Colour of the card border (default var(--ero-color-border-subtle)).
 * @cssprop --ero-project-card-background - Card background (default var(--ero-color-background)).
 * @cssprop --ero-project-card-description-lines - Lines of description a closed card shows (default 4).
 * @cssprop --ero-project-status-upcoming - Dot colour of "Upcoming" (default var(--ero-color-primary)).
 * @cssprop --ero-project-status-ongoing - Dot colour of "Ongoing" (default var(--ero-color-success)).
 * @cssprop --ero-project-status-ended - Dot colour of "Ended" (default var(--ero-color-text-muted)).
 */
export class ProjectList extends FeedElement {
  static styles = [...FeedElement.styles, contactStyles, projectStyles, projectListStyles];

  @resettable @property() organization = '';
  @resettable @property() region = '';
  @resettable @property({ attribute: 'target-group' }) targetGroup = '';
  @resettable @property() status = '';
  @resettable @property() funder = '';
  @resettable @property() layout = 'compact';
  @resettable @property({ attribute: 'heading-level' }) headingLevel = '3';
  @property({ type: Number, attribute: 'page-size' }) pageSize?: number;
  /** @deprecated Use `pageSize`. */
  @property({ type: Number }) limit?: number;
  /** The date statuses are computed for (YYYY-MM-DD); empty means today in Helsinki. */
  @resettable @property() today = '';

  /** The compact cards a person has opened. @internal */
  private readonly disclosure = new Disclosure<Project>(this, {
    key: (project) => project.id,
    select: (project) => emit(this, 'ero-project-select', { id: project.id, project, layout: toLayout(this.layout, 'compact') }, { cancelable: true }),
  });
  /** @internal Today in Helsinki; a new day updates the statuses. */
  private readonly clock = new Clock(this, 'day');
  /** @internal */
  private readonly pager = new Pager(this, {
    fallback: 0,
    items: () => this.renderRoot.querySelectorAll<HTMLElement>('.projects > li > .card'),
    onMore: () => (this.announcer.acted = true),
  });

  /** @internal */
  private filter: ProjectFilter = {};
  /** @internal */
  private projects: Project[] = [];
  /** What `projects` was computed from. @internal */
  private inputs: readonly unknown[] = [];

  /** @internal */
  private get messages() {
    return projectMessages.in(this.locale.lang);
  }

  /** @internal */
  private get date(): string {
    return isRealDate(this.today) ? this.today : this.clock.today;
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.pager.resolve();
    if (!this.hasUpdated || FILTERS.some((name) => changed.has(name as keyof ProjectList))) {
      if (changed.has('targetGroup')) warnUnknownTokens(this.localName, 'target-group', this.targetGroup, targetGroupTerms);
      if (changed.has('status')) warnUnknownTokens(this.localName, 'status', this.status, PROJECT_STATUSES);
      this.filter = {
        organizations: tokens(this.organization),
        region: this.region.trim() || undefined,
        targetGroups: knownTokens(this.targetGroup, targetGroupTerms),
        statuses: knownTokens(this.status, PROJECT_STATUSES),
        funder: this.funder.trim() || undefined,
      };
      this.pager.reset();
      // A new selection after the list has shown is most likely a visitor's choice on the page.
      this.announcer.acted = this.hasUpdated && this.feedController.status === 'ready';
    }
    const data = this.feedController.data;
    const today = this.date;
    // Opening a card or showing more re-renders without re-filtering and re-sorting.
    const inputs = [data, this.filter, today, this.locale.lang] as const;
    if (inputs.some((value, i) => value !== this.inputs[i])) {
      this.inputs = inputs;
      this.projects = data ? sortProjects(filterProjects(data, this.filter, today), today, this.locale.lang) : [];
    }
  }

  protected jsonLd(data: FeedData): Thing[] {
    return this.projects.map((project) => projectJsonLd(project, data, this.locale.lang));
  }

  protected resultAnnouncement(): string {
    return countText(this.projects.length, this.messages);
  }

  protected renderFeed(data: FeedData): TemplateResult {
    const { projects } = this;
    if (!projects.length) return emptyState(this.messages.empty);
    const lang = this.locale.lang;
    const ctx: ProjectViewContext = {
      data,
      lang,
      common: this.common,
      headingLevel: toHeadingLevel(this.headingLevel, 3),
      today: this.date,
      onSaveContact: (contact: Contact) => downloadVCard(contact, data, lang, this),
    };
    const layout = toLayout(this.layout, 'compact');
    const shown = this.pager.slice(projects);
    const remaining = projects.length - shown.length;
    return html`
      ${remaining ? html`<p class="summary" part="count summary">${this.messages.shownOf(shown.length, projects.length)}</p>` : nothing}
      <ul class="projects ${layout === 'compact' && this.disclosure.anyOpen(shown) ? 'has-open' : ''}" role="list" aria-label=${this.messages.listLabel}>
        ${shown.map(
          (project) => html`<li>
            ${projectTemplate(project, ctx, { layout, disclosure: this.disclosure.state(project, 'project-details'), focusable: true })}
          </li>`,
        )}
      </ul>
      ${this.pager.button(projects.length, this.messages.showMore)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ero-project-list': ProjectList;
  }
}
