/** Styles of <ero-service-finder>: the search form and the result list; one column at 320 px. */
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const serviceFinderStyles = css`
  :host {
    --ero-service-finder-gap: ${token('--ero-space')};
    --ero-service-finder-field-min: 14em;
    --ero-service-finder-form-background: ${token('--ero-color-surface')};
  }
  form {
    display: grid;
    /* Not auto: a field's 14em minimum would widen the form past a narrow screen at large text. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--ero-service-finder-gap);
    padding: ${token('--ero-space')};
    border-radius: ${token('--ero-radius')};
    background: var(--ero-service-finder-form-background);
  }
  label,
  legend {
    font-weight: 700;
  }
  .choices label {
    font-weight: normal;
  }
  .search-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  input[type='search'],
  select {
    font: inherit;
    color: ${token('--ero-color-text')};
    background: ${token('--ero-color-background')};
    min-height: 44px;
    padding: 0.4em 0.6em;
    border: 2px solid ${token('--ero-color-border')};
    border-radius: ${token('--ero-radius')};
    max-width: 100%;
  }
  input[type='search'] {
    flex: 1 1 12em;
    min-width: 0;
  }
  select {
    width: 100%;
    /* WebKit counts an option's text that is wider than the box as the page's overflow: at large
       text a phone's page would scroll sideways. Paint containment keeps it inside the box. */
    contain: paint;
  }
  .field {
    display: grid;
    gap: 0.25em;
    align-content: start;
  }
  .hint {
    font-size: 0.875em;
    color: ${token('--ero-color-text-muted')};
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--ero-service-finder-field-min)), 1fr));
    gap: var(--ero-service-finder-gap);
    align-items: start;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.25em;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
  }
  .choices label {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 32px;
    cursor: pointer;
  }
  input[type='checkbox'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: ${token('--ero-color-primary')};
  }
  .clear {
    justify-self: start;
  }
  .scope {
    margin-top: 0.75em;
  }
  .results {
    margin-top: var(--ero-service-finder-gap);
  }
  .count {
    font-weight: 700;
    margin-bottom: 0.5em;
  }
  .order {
    margin: -0.25em 0 0.5em;
  }
  .list {
    display: grid;
    /* As wide as the results, never as a card's longest word (WebKit sizes an auto track so at large text). */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--ero-service-finder-gap);
  }
  .more-button {
    margin-top: var(--ero-service-finder-gap);
  }
  .empty ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .report,
  .notices {
    margin-top: 0.75em;
  }
  @media (forced-colors: active) {
    input[type='search'],
    select {
      border-color: FieldText;
    }
  }
`;
