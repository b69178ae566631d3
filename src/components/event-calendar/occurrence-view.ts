/**
 * How one occurrence looks in the agenda and under the month grid: name, time, place, organiser,
 * target groups, registration with its link or deadline, details and "Add to calendar".
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { disclosureButton, disclosurePanel, type DisclosureState } from '../../controllers/disclosure.js';
import type { FeedData } from '../../feed/feed-data.js';
import { HELSINKI } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import type { CommonMessages } from '../../i18n/messages/common.js';
import type { EventCalendarMessages } from '../../i18n/messages/event-calendar.js';
import { heading, type HeadingLevel } from '../../internal/heading.js';
import { formatPhone, telHref } from '../../internal/phone.js';
import { mailtoHref, safeUrl } from '../../internal/safe-url.js';
import { token } from '../../styles/tokens.js';
import type { Entry } from './agenda.js';
import { eventDescription, eventName, formatMoment, formatWhen, organizerName, placeOf, type Text } from './describe.js';
import { registrationState } from './registration.js';
import { dateKey, isoInZone, toWall } from '../../feed/time/zoned-time.js';

export interface OccurrenceViewContext {
  readonly data: FeedData;
  readonly lang: Lang;
  readonly messages: EventCalendarMessages;
  readonly common: CommonMessages;
  readonly headingLevel: HeadingLevel;
  readonly now: number;
}

export interface OccurrenceActions {
  /** The card's details, open or closed. */
  readonly disclosure: DisclosureState;
  readonly onSave: () => void;
}

/** The visible `label`, and for screen readers the label with the event's name, so that every card's controls differ. */
function named(label: string, name: string): TemplateResult {
  return html`<span aria-hidden="true">${label}</span><span class="visually-hidden">${`${label}: ${name}`}</span>`;
}

/** ": Toivo-ryhmä" for screen readers, so that each phone, e-mail and web link says whose it is. */
function hiddenName(name: Text): TemplateResult {
  return html`<span class="visually-hidden" lang=${name.lang}>: ${name.text}</span>`;
}

/** One row of a card's facts: "Aika", "Paikka", "Ilmoittautuminen"… */
function fact(label: string, value: unknown, lang?: string): TemplateResult {
  return html`<div>
    <dt>${label}</dt>
    <dd lang=${lang ?? nothing}>${value}</dd>
  </div>`;
}

function registrationFacts(entry: Entry, ctx: OccurrenceViewContext, name: Text): TemplateResult | typeof nothing {
  const { event, occurrence } = entry;
  const { messages, lang, common } = ctx;
  if (occurrence.cancelled) return nothing;
  // `opens` and `deadline` are times of day, read in the event's own zone even when it is all day.
  const state = registrationState(event.registration, occurrence.start, ctx.now, event.timeZone ?? HELSINKI);
  const registration = event.registration;
  const notes = [
    state.status === 'not-yet-open' && state.opens !== undefined ? messages.opens(formatMoment(state.opens, lang, messages)) : '',
    state.status === 'open' && state.deadline !== undefined ? messages.deadline(formatMoment(state.deadline, lang, messages)) : '',
    state.status === 'open' && state.seatsLeft !== undefined ? messages.seatsLeft(state.seatsLeft) : '',
  ].filter(Boolean);
  const canRegister = state.status === 'open' || state.status === 'not-yet-open';
  const url = canRegister ? safeUrl(registration?.url) : undefined;
  const email = canRegister && !url ? mailtoHref(registration?.email) : undefined;
  const phone = canRegister && !url ? registration?.phone : undefined;
  return fact(
    messages.registration,
    html`<span class="status ${state.status}" part="registration-status">${messages.status[state.status]}</span>${notes.length
        ? `, ${notes.join(', ')}`
        : nothing}
      ${url
        ? html`<a part="link register" href=${url}>${named(messages.register, name.text)}</a>`
        : nothing}
      ${email
        ? html`<span class="contact">${common.email}: <a part="link" href=${email}>${registration?.email}${hiddenName(name)}</a></span>`
        : nothing}
      ${phone
        ? html`<span class="contact">${common.phone}: <a part="link" href=${telHref(phone)}>${formatPhone(phone)}${hiddenName(name)}</a></span>`
        : nothing}`,
  );
}

function details(entry: Entry, ctx: OccurrenceViewContext, name: Text): TemplateResult {
  const { event, occurrence } = entry;
  const description = eventDescription(event, occurrence.override, ctx.lang);
  const online = safeUrl(event.online?.url);
  const page = safeUrl(event.url);
  return html`
      ${description ? html`<p lang=${description.lang}>${description.text}</p>` : nothing}
      ${online && !occurrence.cancelled
        ? html`<p><a part="link" href=${online}>${ctx.messages.joinOnline}${hiddenName(name)}</a></p>`
        : nothing}
      ${page ? html`<p><a part="link" href=${page}>${ctx.common.website}${hiddenName(name)}</a></p>` : nothing}
  `;
}

export function occurrenceTemplate(entry: Entry, ctx: OccurrenceViewContext, actions: OccurrenceActions): TemplateResult {
  const { event, occurrence } = entry;
  const { data, lang, messages, common } = ctx;
  const name = eventName(event, occurrence.override, lang);
  const place = placeOf(event, occurrence.override, lang, messages);
  const organizer = organizerName(data, event, lang);
  const moved = Boolean(occurrence.override?.start || occurrence.override?.end) && !occurrence.cancelled;
  // Only the badges a card has: each item of a list is a part of its own for Lit to commit.
  const badges: TemplateResult[] = [];
  if (occurrence.cancelled) badges.push(html`<span class="badge cancelled" part="badge">${messages.cancelled}</span>`);
  if (moved) badges.push(html`<span class="badge moved" part="badge">${messages.moved}</span>`);
  if (event.example) badges.push(html`<span class="badge example" part="badge" title=${common.exampleDataHint}>${common.exampleData}</span>`);
  // The facts every card has are written out here rather than through fact(): each nested
  // template is one more instance for Lit to clone and walk, and a page has 20 cards or more.
  return html`
    <article class="card occurrence ${occurrence.cancelled ? 'cancelled' : ''}" part="card occurrence">
      ${heading(ctx.headingLevel, name.text, 'card-title occurrence-name', name.lang)}
      ${badges.length ? html`<p class="badges">${badges}</p>` : nothing}
      <dl class="facts">
        <div>
          <dt>${messages.when}</dt>
          <dd><time datetime=${entry.schedule.allDay ? dateKey(toWall(occurrence.start, HELSINKI)) : isoInZone(occurrence.start, HELSINKI)}
            >${formatWhen(occurrence.start, occurrence.end, lang, messages, entry.schedule.allDay)}</time
          ></dd>
        </div>
        <div>
          <dt>${messages.where}</dt>
          <dd>${place.onSite ? html`<span lang=${place.onSite.lang}>${place.onSite.text}</span>` : nothing}
          ${place.onSite && place.online ? html`<br />` : nothing}${place.online ?? nothing}</dd>
        </div>
        ${organizer ? fact(messages.organizer, organizer.text, organizer.lang) : nothing}
        <div>
          <dt>${messages.forWhom}</dt>
          <dd>${event.targetGroups.map((group) => common.targetGroups[group]).join(', ')}</dd>
        </div>
        ${registrationFacts(entry, ctx, name)}
      </dl>
      <div class="actions">
        ${disclosureButton(actions.disclosure, named(messages.details, name.text), 'details')}
        <button type="button" part="button add-to-calendar" @click=${actions.onSave}>
          <span aria-hidden="true">${messages.addToCalendar}</span><span class="visually-hidden">${`${messages.addToCalendar}: ${name.text} (.ics)`}</span>
        </button>
      </div>
      ${disclosurePanel(actions.disclosure, () => details(entry, ctx, name))}
    </article>
  `;
}

export const occurrenceStyles = css`
  .card.occurrence {
    border-inline-start: 0.35em solid var(--ero-event-calendar-accent, ${token('--ero-color-primary')});
  }
  .occurrence.cancelled {
    border-inline-start-color: ${token('--ero-color-text-muted')};
  }
  .occurrence.cancelled .occurrence-name,
  .occurrence.cancelled time {
    text-decoration: line-through;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .badge.cancelled {
    background: ${token('--ero-color-error')};
    color: ${token('--ero-color-on-primary')};
  }
  .facts {
    display: grid;
    gap: 0.25em;
  }
  .facts > div {
    display: grid;
    grid-template-columns: minmax(6em, max-content) 1fr;
    gap: 0 0.75em;
  }
  .facts dt {
    color: ${token('--ero-color-text-muted')};
  }
  .facts dd {
    min-width: 0;
  }
  .status {
    font-weight: 700;
  }
  .status.open {
    color: ${token('--ero-color-success')};
  }
  .status.full,
  .status.closed {
    color: ${token('--ero-color-error')};
  }
  .status.not-yet-open {
    color: ${token('--ero-color-warning')};
  }
  dd a,
  .contact {
    display: inline-block;
    margin-inline-start: 0.25em;
    min-height: 24px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .details > * + * {
    margin-top: 0.5em;
  }
  @container (max-width: 24em) {
    .facts > div {
      grid-template-columns: 1fr;
    }
  }
  @media (forced-colors: active) {
    .occurrence {
      border-inline-start-color: CanvasText;
    }
  }
`;
