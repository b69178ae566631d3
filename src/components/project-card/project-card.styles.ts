/** Styles of a project card, shared by <ero-project-card> and the cards of <ero-project-list>. */
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const projectStyles = css`
  .card.project {
    gap: 0.75em;
    height: 100%;
    padding: var(--ero-project-card-padding, ${token('--ero-space')});
    border: 1px solid var(--ero-project-card-border, ${token('--ero-color-border-subtle')});
    background: var(--ero-project-card-background, ${token('--ero-color-background')});
  }
  .card-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25em 0.75em;
  }
  .card-header .title {
    font-size: 1.25em;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  .status::before {
    content: '';
    display: inline-block;
    width: 0.6em;
    height: 0.6em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    background: var(--ero-project-status-color);
  }
  .status.ongoing {
    --ero-project-status-color: var(--ero-project-status-ongoing, ${token('--ero-color-success')});
  }
  .status.upcoming {
    --ero-project-status-color: var(--ero-project-status-upcoming, ${token('--ero-color-primary')});
  }
  .status.ended {
    --ero-project-status-color: var(--ero-project-status-ended, ${token('--ero-color-text-muted')});
  }
  .facts,
  .details,
  .section {
    display: grid;
    gap: 0.75em;
  }
  .details {
    gap: 1.25em;
  }
  .facts {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
  }
  .fact.wide {
    grid-column: 1 / -1;
  }
  .fact dt {
    font-size: 0.875em;
    font-weight: 700;
    color: ${token('--ero-color-text-muted')};
  }
  .items li + li,
  .goals li + li {
    margin-top: 0.25em;
  }
  .line {
    display: block;
  }
  .programme {
    font-size: 0.875em;
    color: ${token('--ero-color-text-muted')};
  }
  .goals {
    padding-inline-start: 1.5em;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  .project.compact:not(.open) .description {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--ero-project-card-description-lines, 4);
    overflow: hidden;
  }
  .contacts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
    gap: 0.75em;
  }
  .kind {
    font-size: 0.875em;
    white-space: nowrap;
  }
  .external {
    margin-inline-start: 0.2em;
  }
  .details-button {
    align-self: flex-start;
  }
  /* Closed cards side by side in a grid line their buttons up at the foot. */
  .project.compact:not(.open) .details-button {
    margin-top: auto;
  }
  ::slotted([slot='logos']) {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('--ero-space')};
    padding-top: 0.75em;
    border-top: 1px solid ${token('--ero-color-border-subtle')};
  }
  @media (forced-colors: active) {
    .status::before {
      background: CanvasText;
    }
  }
`;
