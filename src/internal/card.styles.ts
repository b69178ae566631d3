/**
 * The card every list shows its items in (a service, an occurrence, a project, a contact): one
 * box, one border and one spacing for all of them. Each element's styles add only what its own
 * cards need, on the card's second class (`.card.service`, `.card.occurrence`…).
 */
import { css } from 'lit';
import { token } from '../styles/tokens.js';

export const cardStyles = css`
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding: ${token('--ero-space')};
    border: 1px solid ${token('--ero-color-border-subtle')};
    border-radius: ${token('--ero-radius')};
    background: ${token('--ero-color-background')};
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
  }
`;
