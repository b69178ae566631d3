/**
 * How one contact looks, wherever it is shown: <ero-contact-list> and the contacts of a project
 * card render this same template and styles.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { FeedData } from '../feed/feed-data.js';
import type { Contact } from '../feed/types.js';
import type { Lang } from '../i18n/lang.js';
import { localize } from '../i18n/lang.js';
import type { CommonMessages } from '../i18n/messages/common.js';
import { contactListMessages } from '../i18n/messages/contact-list.js';
import { heading, type HeadingLevel } from './heading.js';
import { formatPhone, telHref } from './phone.js';
import { mailtoHref } from './safe-url.js';
import { token } from '../styles/tokens.js';
import { toVCard, vcardFileName } from './vcard.js';

export interface ContactViewContext {
  readonly data: FeedData;
  readonly lang: Lang;
  readonly common: CommonMessages;
  readonly headingLevel: HeadingLevel;
}

/** The vCard text of a contact as shown in `lang`. */
export function contactVCard(contact: Contact, data: FeedData, lang: Lang): string {
  const title = contact.title && localize(contact.title, lang);
  const organization = data.organization(contact.organization);
  const orgName = organization && localize(organization.name, lang);
  return toVCard({
    name: contact.name,
    title: title?.text,
    organization: orgName?.text,
    phone: contact.phone,
    email: contact.email,
    lang: title?.lang ?? orgName?.lang,
  });
}

/** Offers the vCard as a file download; a Blob URL keeps it working under a strict CSP. */
export function downloadVCard(contact: Contact, data: FeedData, lang: Lang, from: HTMLElement): void {
  const blob = new Blob([contactVCard(contact, data, lang)], { type: 'text/vcard;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = vcardFileName(contact.name);
  link.hidden = true;
  (from.shadowRoot ?? from).append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A contact's card; `nested` inside another card (a project's), where it is not one of the list's cards. */
export function contactTemplate(contact: Contact, ctx: ContactViewContext, onSave: (c: Contact) => void, nested = false): TemplateResult {
  const { data, lang, common } = ctx;
  const messages = contactListMessages.in(lang);
  const title = contact.title && localize(contact.title, lang);
  const organization = data.organization(contact.organization);
  const orgName = organization && localize(organization.name, lang);
  const email = mailtoHref(contact.email);
  return html`
    <article class="card contact" part=${nested ? 'contact' : 'card contact'}>
      ${heading(ctx.headingLevel, contact.name, nested ? 'contact-name' : 'card-title contact-name')}
      ${title ? html`<p class="contact-title" lang=${title.lang}>${title.text}</p>` : nothing}
      ${orgName ? html`<p class="contact-org" lang=${orgName.lang}>${orgName.text}</p>` : nothing}
      ${contact.example
        ? html`<p><span class="badge example" title=${common.exampleDataHint}>${common.exampleData}</span></p>`
        : nothing}
      <ul class="contact-actions" role="list">
        ${contact.phone
          ? html`<li>
              <span class="label">${common.phone}:</span>
              <a part="link phone" href=${telHref(contact.phone)}>${formatPhone(contact.phone)}<span class="visually-hidden">: ${contact.name}</span></a>
            </li>`
          : nothing}
        ${email
          ? html`<li>
              <span class="label">${common.email}:</span>
              <a part="link email" href=${email}>${contact.email}</a>
            </li>`
          : nothing}
      </ul>
      <button type="button" part="button vcard" class="vcard" @click=${() => onSave(contact)}>
        <span aria-hidden="true">${messages.saveContact}</span>
        <span class="visually-hidden">${messages.saveContactOf(contact.name)}</span>
      </button>
    </article>
  `;
}

export const contactStyles = css`
  .card.contact {
    gap: 0.25em;
    height: 100%;
  }
  .contact-title,
  .contact-org {
    color: ${token('--ero-color-text-muted')};
  }
  .contact-actions {
    margin: 0.5em 0;
    display: grid;
    gap: 0.25em;
  }
  .contact-actions .label {
    color: ${token('--ero-color-text-muted')};
  }
  .contact-actions a {
    display: inline-block;
    min-height: 24px;
  }
  .vcard {
    align-self: flex-start;
    margin-top: auto;
  }
`;
