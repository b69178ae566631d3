/**
 * css`` fragments every component uses: a host that resists the embedding page's CSS,
 * focus rings, links, buttons, badges and the feed-state boxes.
 */
import { css } from 'lit';
import { token } from './tokens.js';

/** The host sets every inherited property that a hostile page could break (text-transform, line-height…). */
export const hostStyles = css`
  :host {
    display: block;
    /* !important in a shadow tree wins over the page's own !important, e.g. * { box-sizing: content-box !important }. */
    box-sizing: border-box !important;
    /* A theme's "* { transition: all … }" would fade the host's inherited colour and font in. */
    transition: none !important;
    font-family: ${token('--ero-font-family')};
    font-size: ${token('--ero-font-size')};
    font-weight: normal;
    font-style: normal;
    line-height: ${token('--ero-line-height')};
    color: ${token('--ero-color-text')};
    text-align: start;
    text-transform: none;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    overflow-wrap: anywhere;
    min-width: 0;
    max-width: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ul,
  ol,
  dl,
  dd,
  figure {
    margin: 0;
  }
  h2, h3, h4, h5, h6 {
    font-size: 1.125em;
    line-height: 1.3;
    font-weight: 700;
  }
  ul[role='list'],
  ol[role='list'] {
    list-style: none;
    padding: 0;
  }
  a {
    color: ${token('--ero-color-link')};
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: ${token('--ero-focus-width')} solid ${token('--ero-color-focus')};
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button,
  .button {
    font: inherit;
    line-height: 1.3;
    text-transform: none;
    letter-spacing: normal;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 44px;
    padding: 0.5em 1em;
    border: 2px solid ${token('--ero-color-primary')};
    border-radius: ${token('--ero-radius')};
    background: ${token('--ero-color-background')};
    color: ${token('--ero-color-primary')};
    cursor: pointer;
    text-decoration: none;
  }
  button.primary {
    background: ${token('--ero-color-primary')};
    color: ${token('--ero-color-on-primary')};
  }
  .badge {
    display: inline-block;
    padding: 0.1em 0.6em;
    border-radius: 999px;
    background: ${token('--ero-color-badge')};
    color: ${token('--ero-color-on-badge')};
    font-size: 0.875em;
    line-height: 1.6;
  }
  .state {
    padding: ${token('--ero-space')};
    border: 1px solid ${token('--ero-color-border-subtle')};
    border-radius: ${token('--ero-radius')};
    background: ${token('--ero-color-surface')};
  }
  .state.error {
    border-color: ${token('--ero-color-error')};
    border-inline-start-width: 0.4em;
  }
  .state > * + * {
    margin-top: 0.75em;
  }
  .notice {
    font-size: 0.875em;
    color: ${token('--ero-color-text-muted')};
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .badge,
    .state {
      border: 1px solid CanvasText;
    }
    button,
    .button {
      border-color: ButtonText;
    }
  }
`;
