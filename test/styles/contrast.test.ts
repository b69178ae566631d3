/** The default theme meets WCAG 2.1 AA: 4.5:1 for text, 3:1 for UI boundaries and focus. */
import { expect } from '@open-wc/testing';
import { tokenDefaults, type Token } from '../../src/styles/tokens.js';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const channel = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Token, b: Token): number {
  const [l1, l2] = [luminance(tokenDefaults[a]), luminance(tokenDefaults[b])].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

describe('default theme contrast', () => {
  const text: [Token, Token][] = [
    ['--ero-color-text', '--ero-color-background'],
    ['--ero-color-text', '--ero-color-surface'],
    ['--ero-color-text-muted', '--ero-color-background'],
    ['--ero-color-text-muted', '--ero-color-surface'],
    ['--ero-color-link', '--ero-color-background'],
    ['--ero-color-link', '--ero-color-surface'],
    ['--ero-color-primary', '--ero-color-background'],
    ['--ero-color-on-primary', '--ero-color-primary'],
    ['--ero-color-on-badge', '--ero-color-badge'],
    ['--ero-color-error', '--ero-color-background'],
    ['--ero-color-success', '--ero-color-background'],
    ['--ero-color-warning', '--ero-color-background'],
  ];
  for (const [fg, bg] of text) {
    it(`${fg} on ${bg} is at least 4.5:1`, () => {
      expect(contrast(fg, bg)).to.be.at.least(4.5);
    });
  }
  for (const ui of ['--ero-color-border', '--ero-color-focus'] as Token[]) {
    it(`${ui} stands out 3:1 against the background`, () => {
      expect(contrast(ui, '--ero-color-background')).to.be.at.least(3);
    });
  }
});
