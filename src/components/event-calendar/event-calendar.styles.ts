/** Styles of <ero-event-calendar>: toolbar, agenda list, month navigation and subscribe links; reflows at 320 px. */
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const eventCalendarStyles = css`
  :host {
    --ero-event-calendar-gap: ${token('--ero-space')};
  }
  .calendar {
    container-type: inline-size;
    display: grid;
    /* A track of minmax(0, 1fr), so that no long option or name widens the calendar past its box. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--ero-event-calendar-gap);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75em 1.5em;
  }
  .views {
    display: flex;
  }
  .views button:first-child {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  .views button:last-child {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
    margin-inline-start: -2px;
  }
  .views button[aria-pressed='true'] {
    background: ${token('--ero-color-primary')};
    color: ${token('--ero-color-on-primary')};
  }
  .filters {
    /* Grows into the toolbar's free space, so that its width never depends on the menus' options,
       which come when the page is idle: no jump when they arrive. */
    flex: 1 1 16em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .filters legend {
    padding: 0;
    margin-bottom: 0.25em;
    font-weight: 700;
  }
  .filters label {
    flex: 1 1 12em;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.15em;
    min-width: 0;
  }
  .filters select {
    font: inherit;
    min-height: 44px;
    width: 100%;
    padding: 0.25em 0.5em;
    border: 1px solid ${token('--ero-color-border')};
    border-radius: ${token('--ero-radius')};
    background: ${token('--ero-color-background')};
    color: ${token('--ero-color-text')};
  }
  .agenda {
    display: grid;
    gap: 0.75em;
  }
  .agenda > li:focus {
    outline: none;
  }
  .agenda > li:focus-visible > .occurrence,
  .selected:focus-visible > .occurrence {
    outline: ${token('--ero-focus-width')} solid ${token('--ero-color-focus')};
    outline-offset: 2px;
  }
  .selected:focus {
    outline: none;
  }
  .subscribe {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
  }
  .subscribe a {
    display: inline-block;
    min-height: 24px;
  }
  .more,
  .month-nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .month-nav {
    justify-content: space-between;
  }
  button:disabled {
    cursor: not-allowed;
    border-color: ${token('--ero-color-border')};
    color: ${token('--ero-color-text-muted')};
  }
  @media (forced-colors: active) {
    .views button[aria-pressed='true'] {
      border-width: 4px;
    }
  }
`;
