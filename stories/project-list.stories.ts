import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/components/project-list/define.js';
import type { Feed } from '../src/feed/types.js';
import { applyArgs } from './support/controls.js';
import { LONG_TEXT_FEED } from './support/long-text.js';
import { openFirstDetails } from './support/open-details.js';
import { generatedProjectFeed } from './support/project-feed.js';
import { BROKEN_FEED, PENDING_FEED, SAMPLE_FEED } from './support/story-feeds.js';
import { THEMES } from './support/themes.js';

interface Args {
  src?: string;
  feed?: Feed;
  organization?: string;
  region?: string;
  'target-group'?: string[];
  status?: string[];
  funder?: string;
  layout?: 'compact' | 'full';
  'heading-level'?: string;
  'page-size'?: number;
  today?: string;
  lang?: string;
  timeout?: number;
  cache?: 'local' | 'session' | 'none';
  'no-json-ld'?: boolean;
}

const projectList = (args: Args) => html`
  <ero-project-list ${applyArgs(args)} .feed=${args.feed}>
    <a href="https://ensijaturvakotienliitto.fi/violary/">Hankkeet järjestön sivuilla</a>
  </ero-project-list>
`;

const meta: Meta<Args> = {
  title: 'Components/Project list',
  component: 'ero-project-list',
  args: { src: SAMPLE_FEED },
  render: projectList,
};
export default meta;

type Story = StoryObj<Args>;

export const Normal: Story = { name: 'Compact cards (default)' };
export const Opened: Story = { name: 'One card opened in place', play: openFirstDetails };
export const Full: Story = { name: 'Full layout', args: { layout: 'full' } };
export const Limited: Story = { name: 'First 3, then "show more"', args: { 'page-size': 3 } };

export const ByOrganisation: Story = { name: 'Filtered: Viola ry (runs or is a partner)', args: { organization: 'viola' } };
export const ByRegion: Story = { name: 'Filtered: Lappi (19)', args: { region: '19' } };
export const ByTargetGroup: Story = { name: 'Filtered: for close ones', args: { 'target-group': ['close-ones'] } };
export const ByStatus: Story = { name: 'Filtered: ongoing and upcoming', args: { status: ['ongoing', 'upcoming'], today: '2025-06-01' } };
export const ByFunder: Story = { name: 'Filtered: funder "ESR"', args: { funder: 'ESR' } };

export const Loading: Story = { args: { src: PENDING_FEED } };
export const LoadError: Story = { name: 'Error', tags: ['expect-console-errors'], args: { src: BROKEN_FEED } };
export const Empty: Story = { args: { region: '21' } };

export const Finnish: Story = { args: { lang: 'fi' } };
export const Swedish: Story = { args: { lang: 'sv' } };
export const English: Story = { args: { lang: 'en' } };

const LARGE_FEED = generatedProjectFeed(300);

export const LargeData: Story = {
  name: 'Large data: 300 generated projects, 24 at a time',
  args: { src: undefined, feed: LARGE_FEED, 'page-size': 24, today: '2026-11-23' },
};

export const LongText: Story = {
  name: 'Long text: a 120-character name and a 2,000-character description, opened',
  args: { src: undefined, feed: LONG_TEXT_FEED, today: '2026-10-01' },
  play: openFirstDetails,
};

export const LongTextSwedish: Story = {
  name: 'Long text: Swedish, 320 px wide',
  args: { ...LongText.args, lang: 'sv' },
  render: (args) => html`<div style=${styleMap({ maxWidth: '320px' })}>${projectList(args)}</div>`,
};

export const CustomTheme: Story = {
  name: 'Custom theme (association)',
  args: { organization: 'viola' },
  render: (args) => html`
    <div style=${styleMap({ ...THEMES['association (violet)'], '--ero-project-list-min-column': '24em' })}>${projectList(args)}</div>
  `,
};
