/** Styles of <ero-contact-list>: a grid of contact cards that reflows to one column at 320 px. */
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const contactListStyles = css`
  :host {
    --ero-contact-list-min-column: 16em;
    --ero-contact-list-gap: ${token('--ero-space')};
  }
  .contacts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--ero-contact-list-min-column)), 1fr));
    gap: var(--ero-contact-list-gap);
  }
  .notices {
    margin-top: 0.75em;
  }
`;
