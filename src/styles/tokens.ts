/**
 * The design tokens: CSS custom properties with an --ero- prefix. A site sets a few of them
 * (brand colour, font, radius) on the element or any ancestor, and everything follows.
 * Every var() in the kit names its fallback here, so the defaults live in one place.
 * The defaults meet WCAG 2.1 AA: text ≥ 4.5:1 and UI boundaries ≥ 3:1 on white.
 */
import { unsafeCSS } from 'lit';

export const tokenDefaults = {
  '--ero-color-primary': '#00567a',
  '--ero-color-on-primary': '#ffffff',
  '--ero-color-text': '#1a1a1a',
  '--ero-color-text-muted': '#4f4f4f',
  '--ero-color-background': '#ffffff',
  '--ero-color-surface': '#f3f5f7',
  '--ero-color-border': '#767676',
  '--ero-color-border-subtle': '#d0d5da',
  '--ero-color-link': '#00567a',
  '--ero-color-focus': '#1a5fb4',
  '--ero-color-error': '#b3261e',
  '--ero-color-success': '#1e6b34',
  '--ero-color-warning': '#7a4b00',
  '--ero-color-badge': '#e6eef2',
  '--ero-color-on-badge': '#1a1a1a',
  '--ero-font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  '--ero-font-size': 'max(1rem, 16px)',
  '--ero-line-height': '1.5',
  '--ero-radius': '0.5em',
  '--ero-space': '1em',
  '--ero-focus-width': '3px',
} as const;

export type Token = keyof typeof tokenDefaults;

/** `var(--ero-…, default)` for a token, to use inside css``. */
export function token(name: Token) {
  return unsafeCSS(`var(${name}, ${tokenDefaults[name]})`);
}
