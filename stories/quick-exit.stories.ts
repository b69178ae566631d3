import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/components/quick-exit/define.js';
import { applyArgs } from './support/controls.js';
import { THEMES } from './support/themes.js';

interface Args {
  'exit-url'?: string;
  'advice-url'?: string;
  'hide-advice'?: boolean;
  placement?: 'sticky' | 'fixed';
  lang?: string;
}

// In Storybook the exit is cancelled, so pressing the button shows the event instead of leaving.
const stayHere = (event: Event) => event.preventDefault();

const quickExit = (args: Args) => html`
  <ero-quick-exit ${applyArgs(args)} @ero-quick-exit=${stayHere}>
    <a href="https://www.ilmatieteenlaitos.fi/">Poistu sivulta</a>
  </ero-quick-exit>
`;

const meta: Meta<Args> = {
  title: 'Components/Quick exit',
  component: 'ero-quick-exit',
  render: (args) => html`
    ${quickExit(args)}
    <p>Sivun sisältö: tietoa väkivallasta erotilanteessa…</p>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Normal: Story = {};
export const WithAdviceLink: Story = { name: 'Advice on the site\'s own page', args: { 'advice-url': '/turvallinen-selaaminen' } };
export const WithoutAdvice: Story = { args: { 'hide-advice': true } };

/**
 * `placement="fixed"`: the bar sits in the window's top corner over the page; on screens up to
 * 480 px it is a compact button in the page's flow that then stays at the top.
 */
export const Fixed: Story = {
  name: 'Fixed in the top corner (placement="fixed")',
  args: { placement: 'fixed' },
  render: (args) => html`
    ${quickExit(args)}
    <h1 style=${styleMap({ overflowWrap: 'break-word' })}>Väkivalta erotilanteessa</h1>
    ${Array.from({ length: 12 }, (_, i) => html`<p>Kappale ${i + 1}: vieritä sivua, painike pysyy ikkunan yläkulmassa.</p>`)}
  `,
};

export const Finnish: Story = { args: { lang: 'fi' } };
export const Swedish: Story = { args: { lang: 'sv' } };
export const English: Story = { args: { lang: 'en' } };

/** The quick exit shows no feed text; its longest words are the Swedish ones, here in a phone-wide column at a large text size. */
export const LongText: Story = {
  name: 'Long text: Swedish, 320 px wide, large text',
  args: { lang: 'sv' },
  render: (args) => html`<div style=${styleMap({ maxWidth: '320px', fontSize: '24px' })}>${quickExit(args)}</div>`,
};

export const CustomTheme: Story = {
  name: 'Custom theme (association)',
  render: (args) => html`
    <div style=${styleMap({ ...THEMES['association (violet)'], '--ero-quick-exit-background': '#5b2a86' })}>${quickExit(args)}</div>
  `,
};
