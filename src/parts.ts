/**
 * Every shadow part the kit's elements expose: one vocabulary, so that a theme which styles
 * `::part(card)` or `::part(more-button)` styles it in every element. A test holds this list
 * against custom-elements.json and against what the elements render.
 */

/** The parts, generic names first; a specific name beside a generic one narrows it (`card service`). */
export const PARTS = [
  // Shared by the feed elements
  'state', 'error', 'empty', 'notices', 'retry-button',
  'card', 'card-title', 'badge', 'status', 'link', 'button', 'more-button', 'details-button', 'details-panel', 'count',
  'phone', 'email', 'web', 'chat', 'video',
  'form', 'input', 'select', 'fieldset',
  // <ero-service-finder>
  'service', 'service-name', 'channel', 'channel-name', 'alert', 'closure', 'scope', 'results', 'report-link',
  'search-button', 'clear-button', 'remove-button', 'suggestion-button',
  // <ero-event-calendar>
  'occurrence', 'occurrence-name', 'registration-status', 'register', 'add-to-calendar', 'toolbar', 'filters', 'month',
  'occurrence-button', 'previous-month', 'next-month', 'download-all', 'subscribe', 'subscribe-address',
  // <ero-project-list> and <ero-project-card>
  'project', 'compact', 'full', 'status-upcoming', 'status-ongoing', 'status-ended', 'description',
  'section', 'section-title', 'section-goals', 'section-contacts', 'section-materials', 'section-links', 'section-social',
  'material', 'social',
  // <ero-contact-list>, and the contacts of a project
  'contact', 'contact-name', 'vcard',
  // <ero-quick-exit>
  'bar', 'hint', 'advice',
  // Deprecated: still emitted beside their replacements, gone in 1.0
  'show-more', 'details', 'summary', 'title',
] as const;

export type PartName = (typeof PARTS)[number];

/** Names from 0.1 that drifted apart between elements, and what to style instead. */
export const DEPRECATED_PARTS: Readonly<Record<string, readonly PartName[]>> = {
  'show-more': ['more-button'],
  details: ['details-button', 'details-panel'],
  summary: ['details-button', 'count'],
  title: ['card-title'],
};
