/**
 * <ero-contact-list>: people to contact, filtered by organisation, project and region, each with
 * a tel: link in Finnish format, a mailto link and a vCard download.
 */
import { html, type PropertyValues, type TemplateResult } from 'lit';
import type { FeedData } from '../../feed/feed-data.js';
import type { Contact } from '../../feed/types.js';
import { contactListMessages } from '../../i18n/messages/contact-list.js';
import { countText, emptyState, FeedElement } from '../../internal/feed-element.js';
import { contactStyles, contactTemplate, downloadVCard } from '../../internal/contact-view.js';
import { toHeadingLevel } from '../../internal/heading.js';
import { tokens } from '../../internal/token-list.js';
import type { Thing } from '../../internal/json-ld.js';
import { contactListStyles } from './contact-list.styles.js';
import { filterContacts } from './filter.js';
import { contactJsonLd } from './json-ld.js';
import { property } from 'lit/decorators.js';
import { resettable } from '../../internal/resettable.js';

/**
 * @customElement ero-contact-list
 * @summary People to contact about separation support, with phone, email and vCard links.
 *
 * @attr organization - Show only contacts of these organisation ids (space-separated).
 * @attr project - Show only contacts of these project ids (space-separated).
 * @attr region - Show only contacts serving this region (maakunta code, e.g. "10" for Etelä-Savo).
 * @attr heading-level - Level of the heading of each name, 2–6 (default 3).
 * @attr no-json-ld - Leave out the schema.org JSON-LD (Person) that describes the contacts to search engines.
 *
 * @slot - Fallback content, e.g. a link to the organisation's contact page. Shown when the feed fails.
 *
 * @csspart card - One contact card (also `contact`).
 * @csspart contact - One contact card.
 * @csspart card-title - The name heading in a card (also `contact-name`).
 * @csspart contact-name - The name heading in a card.
 * @csspart link - The phone and email links.
 * @csspart phone - A phone link (also `link`).
 * @csspart email - An email link (also `link`).
 * @csspart button - The vCard button.
 * @csspart vcard - The vCard button.
 *
 * @cssprop --ero-contact-list-min-column - Narrowest column before the grid wraps (default 16em).
 * @cssprop --ero-contact-list-gap - Space between cards (default var(--ero-space)).
 */
export class ContactList extends FeedElement {
  static styles = [...FeedElement.styles, contactStyles, contactListStyles];

  @resettable @property() organization = '';
  @resettable @property() project = '';
  @resettable @property() region = '';
  @resettable @property({ attribute: 'heading-level' }) headingLevel = '3';

  /** @internal */
  private get messages() {
    return contactListMessages.in(this.locale.lang);
  }

  /** @internal */
  private contacts: Contact[] = [];
  /** Whether the list has been shown with data, so that a later change of selection is news. @internal */
  private shown = false;

  protected willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.feedController.data;
    this.contacts = data
      ? filterContacts(data, {
          organizations: tokens(this.organization),
          projects: tokens(this.project),
          region: this.region.trim() || undefined,
        })
      : [];
    // The count is said only when the page changes the selection after the list has shown (a
    // visitor's choice on the page, most likely): not as the page loads, when every widget would
    // speak at once, nor when the language changes.
    if (this.shown && (changed.has('organization') || changed.has('project') || changed.has('region'))) this.announcer.acted = true;
    this.shown ||= Boolean(data);
  }

  protected jsonLd(data: FeedData): Thing[] {
    return this.contacts.map((contact) => contactJsonLd(contact, data, this.locale.lang));
  }

  protected resultAnnouncement(): string {
    return countText(this.contacts.length, this.messages);
  }

  protected renderFeed(data: FeedData): TemplateResult {
    const { contacts } = this;
    if (!contacts.length) return emptyState(this.messages.empty);
    const ctx = {
      data,
      lang: this.locale.lang,
      common: this.common,
      headingLevel: toHeadingLevel(this.headingLevel, 3),
    };
    const save = (contact: Contact): void => downloadVCard(contact, data, this.locale.lang, this);
    return html`
      <ul class="contacts" role="list" aria-label=${this.messages.listLabel}>
        ${contacts.map((contact) => html`<li>${contactTemplate(contact, ctx, save)}</li>`)}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ero-contact-list': ContactList;
  }
}

