/** Styles of <ero-project-list>: a grid of project cards that reflows to one column at 320 px. */
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const projectListStyles = css`
  .projects {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--ero-project-list-min-column, 20em)), 1fr));
    gap: var(--ero-project-list-gap, ${token('--ero-space')});
  }
  .projects > li.wide {
    grid-column: 1 / -1;
  }
  .summary {
    margin-bottom: 0.75em;
    color: ${token('--ero-color-text-muted')};
  }
  .more {
    margin-top: ${token('--ero-space')};
  }
  .notices {
    margin-top: 0.75em;
  }
`;
