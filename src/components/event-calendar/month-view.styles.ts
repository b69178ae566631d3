/** Styles of the month table: a grid of days, which below 45em becomes a list of the days that have events. */
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const monthStyles = css`
  .month {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  .month caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.125em;
    padding-block: 0.5em;
  }
  .month caption::first-letter {
    text-transform: uppercase;
  }
  .month th {
    padding: 0.25em;
    text-align: start;
  }
  .month td {
    vertical-align: top;
    height: 5em;
    padding: 0.25em;
    border: 1px solid ${token('--ero-color-border-subtle')};
  }
  .month td.outside {
    background: ${token('--ero-color-surface')};
  }
  .month td[aria-current='date'] {
    outline: 2px solid ${token('--ero-color-primary')};
    outline-offset: -2px;
  }
  .month td[aria-current='date'] .day-number {
    font-weight: 700;
  }
  .day-label {
    display: none;
  }
  .month ul {
    display: grid;
    gap: 0.25em;
    margin-top: 0.25em;
  }
  .month button {
    display: block;
    width: 100%;
    min-height: 24px;
    padding: 0.15em 0.3em;
    border-width: 1px;
    font-size: 0.875em;
    text-align: start;
    /* Names wrap between words, or hyphenated by the name's language, never inside a word. */
    overflow-wrap: normal;
    word-break: normal;
    hyphens: auto;
  }
  .month button[aria-pressed='true'] {
    background: ${token('--ero-color-primary')};
    color: ${token('--ero-color-on-primary')};
  }
  .month button.cancelled > :last-child {
    text-decoration: line-through;
  }
  .month .time {
    font-weight: 700;
    margin-inline-end: 0.25em;
  }
  /* Below 45em (600 px at 200 % zoom, or a large base font) the days become a list. */
  @container (max-width: 45em) {
    .month,
    .month tbody,
    .month tr,
    .month td,
    .month caption {
      display: block;
      width: auto;
    }
    .month thead,
    .month td.outside,
    .month td.no-events,
    .day-number {
      display: none;
    }
    .day-label {
      display: block;
      font-weight: 700;
    }
    .month td {
      height: auto;
      border-width: 0 0 1px;
      padding-block: 0.5em;
    }
    /*
     * The list is as wide as the screen, not as its longest word: a word longer than a line (a
     * Swedish compound at a large font, where the browser has no hyphenation for the language)
     * breaks rather than pushing the page sideways. Words that fit still wrap whole.
     */
    .month ul {
      grid-template-columns: minmax(0, 1fr);
    }
    .month button {
      overflow-wrap: break-word;
    }
  }
`;
