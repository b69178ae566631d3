/** Styles of <ero-quick-exit>: a sticky bar with a button that stands out (compact on phones), and the blank-out overlay. */
import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const quickExitStyles = css`
  :host {
    position: sticky;
    top: 0;
    z-index: var(--ero-quick-exit-z-index, 1000);
  }
  :host([placement='fixed']) {
    position: fixed;
    top: var(--ero-quick-exit-fixed-top, 0);
    inset-inline-end: var(--ero-quick-exit-fixed-end, 0);
    max-width: min(100%, 24em);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    padding: 0.5em;
    background: ${token('--ero-color-background')};
    border-bottom: 1px solid ${token('--ero-color-border-subtle')};
  }
  .bar.pinned {
    position: fixed;
    top: var(--ero-quick-exit-pinned-top, 0);
    left: var(--ero-quick-exit-pinned-left, 0);
    width: var(--ero-quick-exit-pinned-width, 100%);
    box-sizing: border-box;
  }
  .exit {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0.5em 1em;
    border: 2px solid transparent;
    border-radius: ${token('--ero-radius')};
    background: var(--ero-quick-exit-background, #b3261e);
    color: var(--ero-quick-exit-color, #ffffff);
    font-weight: 700;
    text-decoration: none;
  }
  .exit:hover {
    text-decoration: underline;
  }
  .exit:focus-visible {
    outline: ${token('--ero-focus-width')} solid ${token('--ero-color-focus')};
    outline-offset: 3px;
  }
  .hint {
    font-size: 0.875em;
    color: ${token('--ero-color-text-muted')};
  }
  details {
    font-size: 0.875em;
    flex-basis: 100%;
  }
  summary {
    cursor: pointer;
    color: ${token('--ero-color-link')};
    text-decoration: underline;
    min-height: 24px;
  }
  details ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
  .overlay {
    position: fixed;
    inset: 0;
    z-index: 2147483647;
    background: #ffffff;
  }
  /* On a phone a fixed bar would cover the site's logo, menu and first heading: the fixed
     placement becomes a compact button that takes its own place in the page and then stays at
     the top, letting clicks through beside it (as GOV.UK's "Exit this page" does). */
  @media (max-width: 480px) {
    :host([placement='fixed']) {
      position: sticky;
      inset-inline-end: auto;
      max-width: none;
      pointer-events: none;
    }
    :host([placement='fixed']) .bar {
      justify-content: flex-end;
      padding: 0.25em;
      background: transparent;
      border-bottom: 0;
    }
    :host([placement='fixed']) .exit {
      pointer-events: auto;
      padding: 0.25em 0.75em;
    }
    :host([placement='fixed']) .hint,
    :host([placement='fixed']) [part~='advice'] {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .exit {
      border-color: ButtonText;
    }
    .overlay {
      background: Canvas;
    }
  }
`;
