import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { generateFeed } from '../scripts/generate-feed.mjs';
import '../src/components/service-finder/define.js';
import type { FinderFilters } from '../src/components/service-finder/filter.js';
import type { Feed } from '../src/feed/types.js';
import channelsFeed from '../test/fixtures/services-channels.json';
import { MUNICIPALITIES } from '../src/feed/vocabulary/areas.js';
import { applyArgs } from './support/controls.js';
import { LONG_TEXT_FEED } from './support/long-text.js';
import { openFirstDetails } from './support/open-details.js';
import { BROKEN_FEED, PENDING_FEED, SAMPLE_FEED } from './support/story-feeds.js';
import { THEMES } from './support/themes.js';

interface Args {
  src?: string;
  feed?: Feed;
  filters?: FinderFilters;
  municipality?: string;
  region?: string;
  'target-group'?: string[];
  'service-type'?: string[];
  channel?: string[];
  language?: string;
  'open-now'?: boolean;
  free?: boolean;
  query?: string;
  'report-url'?: string;
  'url-state'?: string;
  'url-prefix'?: string;
  'heading-level'?: string;
  'page-size'?: number;
  now?: string;
  lang?: string;
  timeout?: number;
  cache?: 'local' | 'session' | 'none';
  'no-json-ld'?: boolean;
}

const REPORT_URL = 'https://www.example.org/ilmoita-puuttuva-palvelu';
// A Friday evening, so that the sample feed's evening chats are open in the "open now" stories.
const FRIDAY_NIGHT = '2026-11-27T23:30:00+02:00';

const finder = (args: Args) => html`
  <ero-service-finder ${applyArgs({ ...args, src: args.feed ? undefined : args.src })} .feed=${args.feed} .filters=${args.filters ?? {}}>
    <a href="https://www.apuaeroon.fi/">Katso eropalvelut Apua eroon -sivustolta</a>
  </ero-service-finder>
`;

const meta: Meta<Args> = {
  title: 'Components/Service finder',
  component: 'ero-service-finder',
  args: { src: SAMPLE_FEED, 'report-url': REPORT_URL },
  render: finder,
};
export default meta;

type Story = StoryObj<Args>;

export const Normal: Story = {};

export const MunicipalityEmbed: Story = {
  name: 'Municipality site: Mikkeli pinned (491)',
  args: { municipality: '491' },
};

export const SmallMunicipality: Story = {
  name: 'Small municipality: Sulkava pinned (768), remote help included',
  args: { municipality: '768' },
};

export const RegionEmbed: Story = {
  name: 'Wellbeing county site: Lappi pinned (19)',
  args: { region: '19' },
};

export const ForChildren: Story = {
  name: 'Pinned: for children, by phone or chat',
  args: { 'target-group': ['child'], channel: ['phone', 'chat'] },
};

export const Searching: Story = {
  name: 'Search: "lastenvalvoja"',
  args: { query: 'lastenvalvoja' },
};

export const ChosenFilters: Story = {
  name: 'Chosen filters: Lappi, video or chat, free',
  args: { filters: { region: '19', channels: ['video', 'chat'], free: true } },
};

export const OpenNow: Story = {
  name: 'Open now (Friday 23.30)',
  args: { filters: { openNow: true }, now: FRIDAY_NIGHT },
};

export const DetailsOpen: Story = {
  name: 'Details opened',
  args: { query: 'nollalinja' },
  play: openFirstDetails,
};

// A feed 1.1 with service channels: offices in two towns, a phone line with Christmas hours, an
// e-service, a chat, a temporary closure and a notice.
const CHANNELS_FEED = channelsFeed as unknown as Feed;
const MONDAY_MORNING = '2026-12-14T10:00:00+02:00';

export const ServiceChannels: Story = {
  name: 'Service channels (feed 1.1), Savonlinna chosen: its office first',
  args: { feed: CHANNELS_FEED, filters: { municipality: '740' }, now: MONDAY_MORNING, 'report-url': undefined },
};

export const ServiceChannelsHoliday: Story = {
  name: 'Service channels on Christmas Eve: exceptional hours',
  args: { feed: CHANNELS_FEED, now: '2026-12-24T10:00:00+02:00', 'report-url': undefined },
};

export const ServiceChannelsSwedish: Story = {
  name: 'Service channels in Swedish',
  args: { feed: CHANNELS_FEED, now: MONDAY_MORNING, lang: 'sv', 'report-url': undefined },
};

export const Empty: Story = {
  name: 'Empty: suggestions and "report a missing service"',
  args: { municipality: '768', filters: { types: ['shelter'], channels: ['video'] } },
};

export const Loading: Story = { args: { src: PENDING_FEED } };

export const LoadError: Story = {
  name: 'Error',
  tags: ['expect-console-errors'],
  args: { src: BROKEN_FEED },
};

export const LargeData: Story = {
  name: '5,000 services',
  args: { feed: generateFeed({ count: 5000, seed: 1, municipalities: MUNICIPALITIES }), 'report-url': undefined },
};

export const LargeDataPinned: Story = {
  name: '5,000 services, Sulkava pinned, page size 10',
  args: { ...LargeData.args, municipality: '768', 'page-size': 10 },
};

export const UrlState: Story = {
  name: 'Filters kept in the address (url-state="hash")',
  args: { 'url-state': 'hash' },
};

export const Finnish: Story = { args: { lang: 'fi' } };
export const Swedish: Story = { args: { lang: 'sv', municipality: '491' } };
export const English: Story = { args: { lang: 'en', region: '19' } };

export const LongText: Story = {
  name: 'Long text: a 120-character name and a 2,000-character description',
  args: { feed: LONG_TEXT_FEED, 'report-url': undefined },
};

export const LongTextSwedish: Story = {
  name: 'Long text: Swedish compounds, 320 px wide',
  args: { feed: LONG_TEXT_FEED, lang: 'sv', 'report-url': undefined },
  render: (args) => html`<div style=${styleMap({ maxWidth: '320px' })}>${finder(args)}</div>`,
};

export const Narrow: Story = {
  name: 'Narrow (320 px)',
  render: (args) => html`<div style=${styleMap({ maxWidth: '320px' })}>${finder(args)}</div>`,
};

export const CustomTheme: Story = {
  name: 'Custom theme (municipality)',
  render: (args) => html`
    <div style=${styleMap(THEMES['municipality (green)'])}>${finder({ ...args, municipality: '491' })}</div>
  `,
};

export const DarkTheme: Story = {
  name: 'Custom theme (dark)',
  render: (args) => html`<div style=${styleMap(THEMES.dark)}>${finder(args)}</div>`,
};
