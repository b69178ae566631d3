/** Styles of <ero-project-list>: a grid of project cards that reflows to one column at 320 px; opened cards stay in their column. */
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const projectListStyles = css`
  .projects {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--ero-project-list-min-column, 20em)), 1fr));
    gap: var(--ero-project-list-gap, ${token('--ero-space')});
  }
  /* An opened card grows down in its own column, so no hole opens beside the cards before it;
     while one is open, the others keep their own height instead of stretching to its. */
  .projects.has-open {
    align-items: start;
  }
  .summary {
    margin-bottom: 0.75em;
    color: ${token('--ero-color-text-muted')};
  }
  .more-button {
    margin-top: ${token('--ero-space')};
  }
  .notices {
    margin-top: 0.75em;
  }
`;
