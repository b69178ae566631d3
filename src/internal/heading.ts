/**
 * A real <h2>…<h6> whose level the embedding page chooses (`heading-level`), so widgets fit
 * the host page's outline. Lit cannot bind tag names, hence one template per level.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export function toHeadingLevel(value: unknown, fallback: HeadingLevel): HeadingLevel {
  const level = Number(value);
  return level >= 2 && level <= 6 ? (Math.trunc(level) as HeadingLevel) : fallback;
}

export function heading(level: HeadingLevel, content: unknown, part: string, lang?: string): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 part=${part} class=${part} lang=${ifDefined(lang)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${part} lang=${ifDefined(lang)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${part} lang=${ifDefined(lang)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${part} lang=${ifDefined(lang)}>${content}</h5>`;
    default:
      return html`<h6 part=${part} class=${part} lang=${ifDefined(lang)}>${content}</h6>`;
  }
}
