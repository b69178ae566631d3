import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/components/contact-list/define.js';
import type { Feed } from '../src/feed/types.js';
import { applyArgs } from './support/controls.js';
import { LONG_TEXT_FEED } from './support/long-text.js';
import { BROKEN_FEED, PENDING_FEED, SAMPLE_FEED } from './support/story-feeds.js';
import { THEMES } from './support/themes.js';

interface Args {
  src?: string;
  feed?: Feed;
  organization?: string;
  project?: string;
  region?: string;
  lang?: string;
  'heading-level'?: string;
  timeout?: number;
  cache?: 'local' | 'session' | 'none';
  'no-json-ld'?: boolean;
}

const contactList = (args: Args) => html`
  <ero-contact-list ${applyArgs(args)} .feed=${args.feed}>
    <a href="https://www.violary.fi/">Katso yhteystiedot järjestön sivuilta</a>
  </ero-contact-list>
`;

const meta: Meta<Args> = {
  title: 'Components/Contact list',
  component: 'ero-contact-list',
  args: { src: SAMPLE_FEED },
  render: contactList,
};
export default meta;

type Story = StoryObj<Args>;

export const Normal: Story = {};
export const ByOrganisation: Story = { name: 'Filtered: Viola ry', args: { organization: 'viola' } };
export const ByProject: Story = { name: 'Filtered: one project', args: { project: 'matkalla-riittavaan-vanhemmuuteen' } };
export const ByRegion: Story = { name: 'Filtered: Etelä-Savo (10)', args: { region: '10' } };
export const Loading: Story = { args: { src: PENDING_FEED } };
export const LoadError: Story = { name: 'Error', tags: ['expect-console-errors'], args: { src: BROKEN_FEED } };
export const Empty: Story = { args: { region: '21' } };
export const Finnish: Story = { args: { lang: 'fi' } };
export const Swedish: Story = { args: { lang: 'sv' } };
export const English: Story = { args: { lang: 'en' } };
export const LongText: Story = {
  name: 'Long text: long names, title and e-mail address',
  args: { src: undefined, feed: LONG_TEXT_FEED },
};
export const LongTextSwedish: Story = {
  name: 'Long text: Swedish, 320 px wide',
  args: { src: undefined, feed: LONG_TEXT_FEED, lang: 'sv' },
  render: (args) => html`<div style=${styleMap({ maxWidth: '320px' })}>${contactList(args)}</div>`,
};
export const CustomTheme: Story = {
  name: 'Custom theme (association)',
  args: { organization: 'viola' },
  render: (args) => html`<div style=${styleMap(THEMES['association (violet)'])}>${contactList(args)}</div>`,
};
