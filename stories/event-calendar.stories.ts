import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/components/event-calendar/define.js';
import type { Feed } from '../src/feed/types.js';
import { applyArgs } from './support/controls.js';
import { LONG_TEXT_FEED } from './support/long-text.js';
import { generateEventFeed } from './support/generate-events.js';
import { BROKEN_FEED, PENDING_FEED, SAMPLE_FEED } from './support/story-feeds.js';
import { THEMES } from './support/themes.js';

interface Args {
  src?: string;
  feed?: Feed;
  view?: 'list' | 'month';
  now?: string;
  month?: string;
  weeks?: number;
  'page-size'?: number;
  'target-group'?: string[];
  region?: string;
  municipality?: string;
  attendance?: string;
  organizer?: string;
  'show-past'?: boolean;
  'hide-filters'?: boolean;
  lang?: string;
  'heading-level'?: string;
  timeout?: number;
  cache?: 'local' | 'session' | 'none';
  'no-json-ld'?: boolean;
  'subscribe-url'?: string;
}

const calendar = (args: Args) => html`
  <ero-event-calendar ${applyArgs(args)} .feed=${args.feed}>
    <a href="https://ensijaturvakotienliitto.fi/violary/">Katso tapahtumat järjestön sivuilta</a>
  </ero-event-calendar>
`;

/** The sample feed's events fall in autumn 2026 – spring 2027; a fixed "now" keeps the stories stable. */
const NOW = '2026-10-01T12:00';

const meta: Meta<Args> = {
  title: 'Components/Event calendar',
  component: 'ero-event-calendar',
  args: { src: SAMPLE_FEED, now: NOW },
  render: calendar,
};
export default meta;

type Story = StoryObj<Args>;

/** Upcoming occurrences: open, full, closed, not yet open and no-registration states side by side. */
export const Normal: Story = {};
export const MonthView: Story = { name: 'Month view', args: { view: 'month' } };
export const MonthWithChanges: Story = {
  name: 'Month view: moved session (April 2027)',
  args: { view: 'month', month: '2027-04' },
};
export const ForChildren: Story = { name: 'Filtered: children', args: { 'target-group': ['child'] } };
export const Online: Story = { name: 'Filtered: online only', args: { attendance: 'online' } };
export const Mikkeli: Story = { name: 'Filtered: for people in Mikkeli (491)', args: { municipality: '491' } };
export const Lapland: Story = { name: 'Filtered: Lapland (19), month', args: { region: '19', view: 'month' } };
export const ShowPast: Story = { name: 'Past occurrences shown', args: { 'show-past': true, weeks: 520, 'page-size': 10 } };
export const FewPerPage: Story = { name: 'Three at a time ("Show more")', args: { 'page-size': 3 } };
export const WithoutFilters: Story = { name: 'Without visitor filters', args: { 'hide-filters': true } };
/** The publisher hosts the calendar that `export ics` writes: visitors can subscribe to it. */
export const Subscribe: Story = {
  name: 'Subscribe link (subscribe-url)',
  args: { 'subscribe-url': 'https://tapahtumat.example.fi/eroauttaminen/tapahtumat.ics' },
};
export const Loading: Story = { args: { src: PENDING_FEED } };
export const LoadError: Story = { name: 'Error', tags: ['expect-console-errors'], args: { src: BROKEN_FEED } };
export const Empty: Story = { args: { 'target-group': ['child'], region: '19' } };
export const EmptyMonth: Story = { name: 'Empty month (children, August 2027)', args: { view: 'month', month: '2027-08', 'target-group': ['child'] } };
export const Finnish: Story = { args: { lang: 'fi' } };
export const Swedish: Story = { args: { lang: 'sv' } };
export const English: Story = { args: { lang: 'en' } };
export const SwedishMonth: Story = { name: 'Swedish, month', args: { lang: 'sv', view: 'month' } };
export const EnglishMonth: Story = { name: 'English, month', args: { lang: 'en', view: 'month' } };

const large = generateEventFeed(500);

/** 500 generated recurring events (weekly, fortnightly, monthly by weekday position). */
export const LargeData: Story = {
  name: 'Large data (500 recurring events)',
  args: { src: undefined, feed: large, 'page-size': 25 },
};
export const LargeDataMonth: Story = {
  name: 'Large data, month',
  args: { src: undefined, feed: large, view: 'month' },
};
export const LongText: Story = {
  name: 'Long text: a 120-character name and a 2,000-character description',
  args: { src: undefined, feed: LONG_TEXT_FEED },
};
export const LongTextSwedish: Story = {
  name: 'Long text: Swedish, month, 320 px wide',
  args: { src: undefined, feed: LONG_TEXT_FEED, lang: 'sv', view: 'month', month: '2026-10' },
  render: (args) => html`<div style=${styleMap({ maxWidth: '320px' })}>${calendar(args)}</div>`,
};
export const Narrow: Story = {
  name: 'Narrow (320 px)',
  args: { view: 'month' },
  render: (args) => html`<div style=${styleMap({ maxWidth: '320px' })}>${calendar(args)}</div>`,
};
export const CustomTheme: Story = {
  name: 'Custom theme (association)',
  args: { organizer: 'viola' },
  render: (args) => html`<div style=${styleMap(THEMES['association (violet)'])}>${calendar(args)}</div>`,
};
export const DarkTheme: Story = {
  name: 'Custom theme (dark), month',
  args: { view: 'month' },
  render: (args) => html`<div style=${styleMap(THEMES.dark)}>${calendar(args)}</div>`,
};
