/** Styles of one service card in <ero-service-finder>'s results, its channels and its details. */
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const serviceStyles = css`
  .card.service {
    gap: 0.4em;
  }
  .organization,
  .label,
  .hours-note {
    color: ${token('--ero-color-text-muted')};
  }
  .badges {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.3em;
    margin: 0;
    vertical-align: middle;
  }
  .reach {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  .links a,
  .contacts a {
    display: inline-block;
    min-height: 24px;
  }
  .remote::before {
    content: '✓ ' / '';
  }
  .hours ul {
    margin-top: 0.1em;
  }
  .open {
    color: ${token('--ero-color-success')};
  }
  .closed {
    color: ${token('--ero-color-text-muted')};
  }
  .details-toggle {
    margin: 0;
  }
  .details-button {
    display: flex;
    align-items: center;
    width: fit-content;
    min-height: 44px;
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    color: ${token('--ero-color-link')};
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .details-button::before {
    content: '▸' / '';
    display: inline-block;
    width: 1em;
  }
  .details-button[aria-expanded='true']::before {
    content: '▾' / '';
  }
  .details-body {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
    padding-top: 0.5em;
    border-top: 1px solid ${token('--ero-color-border-subtle')};
  }
  dl {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.4em;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  /* Single columns of minmax(0, 1fr): as wide as the card, never as a long word at large text. */
  .service-channels {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }
  .service-channel {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
    padding-left: 0.75em;
    border-left: 3px solid ${token('--ero-color-border-subtle')};
    overflow-wrap: anywhere;
  }
  .channel-name {
    margin: 0;
    font-size: 1em;
  }
  .contacts {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
  }
  /* Inline, so that at large text they wrap with the line rather than stick out of it whole. */
  .charge,
  .phone-hours {
    margin-left: 0.4em;
    color: ${token('--ero-color-text-muted')};
  }
  .closure,
  .alert {
    padding: 0.4em 0.6em;
    border-left: 4px solid ${token('--ero-color-warning')};
    background: ${token('--ero-color-surface')};
  }
`;
