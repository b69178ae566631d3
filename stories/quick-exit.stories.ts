import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/components/quick-exit/define.js';
import { THEMES } from './support/themes.js';

interface Args {
  'exit-url'?: string;
  'advice-url'?: string;
  'hide-advice'?: boolean;
  lang?: string;
}

// In Storybook the exit is cancelled, so pressing the button shows the event instead of leaving.
const stayHere = (event: Event) => event.preventDefault();

const meta: Meta<Args> = {
  title: 'Components/Quick exit',
  component: 'ero-quick-exit',
  render: (args) => html`
    <ero-quick-exit
      exit-url=${ifDefined(args['exit-url'])}
      advice-url=${ifDefined(args['advice-url'])}
      ?hide-advice=${args['hide-advice']}
      lang=${ifDefined(args.lang)}
      @ero-quick-exit=${stayHere}
    ></ero-quick-exit>
    <p>Sivun sisältö: tietoa väkivallasta erotilanteessa…</p>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Normal: Story = {};
export const WithAdviceLink: Story = { name: 'Advice on the site\'s own page', args: { 'advice-url': '/turvallinen-selaaminen' } };
export const WithoutAdvice: Story = { args: { 'hide-advice': true } };
export const Finnish: Story = { args: { lang: 'fi' } };
export const Swedish: Story = { args: { lang: 'sv' } };
export const English: Story = { args: { lang: 'en' } };
export const CustomTheme: Story = {
  name: 'Custom theme (association)',
  render: () => html`
    <div style=${styleMap({ ...THEMES['association (violet)'], '--ero-quick-exit-background': '#5b2a86' })}>
      <ero-quick-exit @ero-quick-exit=${stayHere}></ero-quick-exit>
    </div>
  `,
};
