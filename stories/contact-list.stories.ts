import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/contact-list/define.js';
import { BROKEN_FEED, PENDING_FEED, SAMPLE_FEED } from './support/story-feeds.js';
import { THEMES } from './support/themes.js';
import { styleMap } from 'lit/directives/style-map.js';

interface Args {
  src: string;
  organization?: string;
  project?: string;
  region?: string;
  lang?: string;
  'heading-level'?: string;
}

const meta: Meta<Args> = {
  title: 'Components/Contact list',
  component: 'ero-contact-list',
  args: { src: SAMPLE_FEED },
  render: (args) => html`
    <ero-contact-list
      src=${args.src}
      organization=${ifDefined(args.organization)}
      project=${ifDefined(args.project)}
      region=${ifDefined(args.region)}
      lang=${ifDefined(args.lang)}
      heading-level=${ifDefined(args['heading-level'])}
    ></ero-contact-list>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Normal: Story = {};
export const ByOrganisation: Story = { name: 'Filtered: Viola ry', args: { organization: 'viola' } };
export const ByProject: Story = { name: 'Filtered: one project', args: { project: 'matkalla-riittavaan-vanhemmuuteen' } };
export const ByRegion: Story = { name: 'Filtered: Etelä-Savo (10)', args: { region: '10' } };
export const Loading: Story = { args: { src: PENDING_FEED } };
export const LoadError: Story = {
  name: 'Error',
  tags: ['expect-console-errors'],
  args: { src: BROKEN_FEED },
  render: (args) => html`
    <ero-contact-list src=${args.src}>
      <a href="https://www.violary.fi/">Katso yhteystiedot järjestön sivuilta</a>
    </ero-contact-list>
  `,
};
export const Empty: Story = { args: { region: '21' } };
export const Finnish: Story = { args: { lang: 'fi' } };
export const Swedish: Story = { args: { lang: 'sv' } };
export const English: Story = { args: { lang: 'en' } };
export const CustomTheme: Story = {
  name: 'Custom theme (association)',
  render: (args) => html`
    <div style=${styleMap(THEMES['association (violet)'])}>
      <ero-contact-list src=${args.src} organization="viola"></ero-contact-list>
    </div>
  `,
};
