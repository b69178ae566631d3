/**
 * <ero-project-card>: one development project ("hanke") with its period and status, funding,
 * goals, target groups, area, partners, contacts and materials, in a compact or a full layout.
 */
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { Clock } from '../../controllers/clock.js';
import { Disclosure } from '../../controllers/disclosure.js';
import { emit } from '../../events.js';
import { isRealDate } from '../../feed/dates.js';
import type { FeedData } from '../../feed/feed-data.js';
import type { Contact, Project } from '../../feed/types.js';
import { projectMessages } from '../../i18n/messages/project.js';
import { FeedElement } from '../../internal/feed-element.js';
import { contactStyles, downloadVCard } from '../../internal/contact-view.js';
import { toHeadingLevel } from '../../internal/heading.js';
import type { Thing } from '../../internal/json-ld.js';
import { projectJsonLd } from './json-ld.js';
import { projectStyles } from './project-card.styles.js';
import { projectTemplate, toLayout } from './project-view.js';
import { property } from 'lit/decorators.js';
import { resettable } from '../../internal/resettable.js';

/**
 * @customElement ero-project-card
 * @summary One development project: period and status, funders and budget, goals, target groups, area, partners, contacts and materials.
 *
 * @attr project - The id of the project to show.
 * @attr layout - full (default): everything; compact: name, status, organisation, period, description and a "Show details" button.
 * @attr heading-level - Level of the project name heading, 2–6 (default 2); section headings are one level lower.
 * @attr today - The date (YYYY-MM-DD) the status is computed for; by default today in Europe/Helsinki. For previews.
 * @attr no-json-ld - Leave out the schema.org JSON-LD (Project) that describes the project to search engines.
 *
 * @fires ero-project-select - A person pressed "Show details" on a compact card; detail: id, project, layout. Cancelable: preventDefault() keeps the card closed, e.g. to open the site's own project page.
 *
 * @slot - Fallback content, e.g. a link to the project's own page. Shown when the feed fails or has no such project.
 * @slot logos - A row of logos at the foot of the card, e.g. the funder's and partners' logos.
 * @slot actions - The site's own buttons or links, e.g. "Join the expert group".
 * @slot extra - Any other content at the end of the card body.
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
 * @csspart state - The loading, error and not-found boxes (also `error`).
 * @csspart error - The error and not-found boxes.
 * @csspart title - Deprecated: use card-title.
 *
 * @cssprop --ero-project-card-padding - Space inside the card (default var(--ero-space)).
 * @cssprop --ero-project-card-border - Colour of the card border (default var(--ero-color-border-subtle)).
 * @cssprop --ero-project-card-background - Card background (default var(--ero-color-background)).
 * @cssprop --ero-project-card-description-lines - Lines of description a closed compact card shows (default 4).
 * @cssprop --ero-project-status-upcoming - Dot colour of "Upcoming" (default var(--ero-color-primary)).
 * @cssprop --ero-project-status-ongoing - Dot colour of "Ongoing" (default var(--ero-color-success)).
 * @cssprop --ero-project-status-ended - Dot colour of "Ended" (default var(--ero-color-text-muted)).
 */
export class ProjectCard extends FeedElement {
  static styles = [...FeedElement.styles, contactStyles, projectStyles];

  @resettable @property() project = '';
  @resettable @property() layout = 'full';
  @resettable @property({ attribute: 'heading-level' }) headingLevel = '2';
  /** The date the status is computed for (YYYY-MM-DD); empty means today in Helsinki. */
  @resettable @property() today = '';

  /** @internal */
  /** @internal A compact card's details. */
  private readonly disclosure = new Disclosure<Project>(this, {
    key: (project) => project.id,
    select: (project) => emit(this, 'ero-project-select', { id: project.id, project, layout: toLayout(this.layout, 'full') }, { cancelable: true }),
  });
  /** @internal Today in Helsinki; a new day updates the status. */
  private readonly clock = new Clock(this, 'day');

  /** @internal */
  private shown?: Project;
  /** @internal */
  private reported = '';

  /** @internal */
  private get messages() {
    return projectMessages.in(this.locale.lang);
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('project')) this.disclosure.closeAll();
    const data = this.feedController.data;
    this.shown = data && this.project ? data.project(this.project.trim()) : undefined;
    this.reportMissing(data);
  }

  /** One precise console message per missing project, not one per render. @internal */
  private reportMissing(data: FeedData | undefined): void {
    if (!data || this.shown) return;
    const key = `${this.project}|${data.projects.length}`;
    if (key === this.reported) return;
    this.reported = key;
    console.error(
      this.project
        ? `[eroauttaminen] <ero-project-card> project="${this.project}": no project with this id in the feed (${data.projects.length} projects).`
        : '[eroauttaminen] <ero-project-card> has no project attribute: set it to a project id of the feed.',
    );
  }

  protected jsonLd(data: FeedData): Thing[] {
    return this.shown ? [projectJsonLd(this.shown, data, this.locale.lang)] : [];
  }

  protected resultAnnouncement(): string {
    if (this.shown) return '';
    return this.project ? this.messages.notFound : this.messages.noProject;
  }

  protected renderFeed(data: FeedData): TemplateResult {
    const project = this.shown;
    if (!project) {
      return html`<div class="state error" part="state error">
        <p>${this.project ? this.messages.notFound : this.messages.noProject}</p>
        <slot></slot>
      </div>`;
    }
    const lang = this.locale.lang;
    const ctx = {
      data,
      lang,
      common: this.common,
      headingLevel: toHeadingLevel(this.headingLevel, 2),
      today: isRealDate(this.today) ? this.today : this.clock.today,
      onSaveContact: (contact: Contact) => downloadVCard(contact, data, lang, this),
    };
    return projectTemplate(project, ctx, {
      layout: toLayout(this.layout, 'full'),
      disclosure: this.disclosure.state(project, 'project-details'),
      slots: true,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ero-project-card': ProjectCard;
  }
}
