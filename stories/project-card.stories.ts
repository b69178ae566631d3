import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/components/project-card/define.js';
import type { Feed } from '../src/feed/types.js';
import { applyArgs } from './support/controls.js';
import { LONG_TEXT_FEED } from './support/long-text.js';
import { openFirstDetails } from './support/open-details.js';
import { BROKEN_FEED, PENDING_FEED, SAMPLE_FEED } from './support/story-feeds.js';
import { THEMES } from './support/themes.js';

interface Args {
  src?: string;
  feed?: Feed;
  project: string;
  layout?: 'full' | 'compact';
  'heading-level'?: string;
  today?: string;
  lang?: string;
  timeout?: number;
  cache?: 'local' | 'session' | 'none';
  'no-json-ld'?: boolean;
}

const card = (args: Args) => html`
  <ero-project-card ${applyArgs(args)} .feed=${args.feed}>
    <a href="https://www.isonet.fi/">Katso hanke järjestön sivuilta</a>
  </ero-project-card>
`;

const meta: Meta<Args> = {
  title: 'Components/Project card',
  component: 'ero-project-card',
  args: { src: SAMPLE_FEED, project: 'matkalla-riittavaan-vanhemmuuteen' },
  argTypes: {
    project: {
      control: 'select',
      options: ['kuka-huomaa-mut', 'turvassa', 'matkalla-riittavaan-vanhemmuuteen', 'vanhemmuus-vahvaksi-erossa', 'lape-etela-savo', 'valo'],
    },
  },
  render: card,
};
export default meta;

type Story = StoryObj<Args>;

export const Normal: Story = { name: 'Full layout' };
export const Compact: Story = { name: 'Compact layout', args: { layout: 'compact' } };
export const CompactOpened: Story = { name: 'Compact layout, details open', args: { layout: 'compact' }, play: openFirstDetails };

export const Upcoming: Story = { name: 'Status: upcoming (the day before it starts)', args: { today: '2024-07-31' } };
export const Ongoing: Story = { name: 'Status: ongoing (its last day)', args: { today: '2026-12-31' } };
export const Ended: Story = { name: 'Status: ended (the day after)', args: { today: '2027-01-01' } };

export const Finnish: Story = { args: { lang: 'fi' } };
export const Swedish: Story = { args: { lang: 'sv' } };
export const English: Story = { args: { lang: 'en' } };

/** One seed project side by side in fi, sv and en; feed text without a translation falls back to Finnish. */
const inThreeLanguages = (project: string): Story => ({
  args: { project },
  render: (args) => html`
    <div style="display:grid;gap:1em;grid-template-columns:repeat(auto-fit,minmax(min(100%,22em),1fr));align-items:start">
      ${(['fi', 'sv', 'en'] as const).map((lang) => card({ ...args, project, lang, 'heading-level': '3' }))}
    </div>
  `,
});

export const KukaHuomaaMut: Story = { ...inThreeLanguages('kuka-huomaa-mut'), name: 'Seed: Kuka huomaa mut (Viola ry) – fi, sv, en' };
export const Turvassa: Story = { ...inThreeLanguages('turvassa'), name: 'Seed: Turvassa (Viola ry) – fi, sv, en' };
export const Matkalla: Story = {
  ...inThreeLanguages('matkalla-riittavaan-vanhemmuuteen'),
  name: 'Seed: Matkalla riittävään vanhemmuuteen (ISO) – fi, sv, en',
};
export const VanhemmuusVahvaksi: Story = {
  ...inThreeLanguages('vanhemmuus-vahvaksi-erossa'),
  name: 'Seed: Vanhemmuus vahvaksi erossa (Lappi) – fi, sv, en',
};
export const LapeEtelaSavo: Story = { ...inThreeLanguages('lape-etela-savo'), name: 'Seed: LAPE Etelä-Savo 2017–2018 (Essote) – fi, sv, en' };
export const Valo: Story = { ...inThreeLanguages('valo'), name: 'Seed: Valo (Socom, Innokylä) – fi, sv, en' };

const MINIMAL_FEED: Feed = {
  version: '1.0',
  publisher: { name: { fi: 'Esimerkki' } },
  updated: '2026-11-23T12:00:00+02:00',
  organizations: [{ id: 'eroapu-ry', name: { fi: 'Eroapu ry' }, example: true }],
  projects: [{ id: 'vain-pakolliset', name: { fi: 'Hanke, jolla on vain pakolliset tiedot' }, organization: 'eroapu-ry', startDate: '2025-01-01', example: true }],
};

export const OnlyRequiredFields: Story = {
  name: 'Only the required fields',
  args: { src: undefined, feed: MINIMAL_FEED, project: 'vain-pakolliset' },
};

export const LongText: Story = {
  name: 'Long text: a 120-character name and a 2,000-character description',
  args: { src: undefined, feed: LONG_TEXT_FEED, project: 'pitka-hanke', today: '2026-10-01' },
};

export const LongTextCompact: Story = {
  name: 'Long text: compact, Swedish, 320 px wide',
  args: { ...LongText.args, layout: 'compact', lang: 'sv' },
  render: (args) => html`<div style=${styleMap({ maxWidth: '320px' })}>${card(args)}</div>`,
};

export const Loading: Story = { args: { src: PENDING_FEED } };
export const LoadError: Story = { name: 'Error', tags: ['expect-console-errors'], args: { src: BROKEN_FEED } };
export const NotFound: Story = { name: 'Project not in the feed', tags: ['expect-console-errors'], args: { project: 'no-such-project' } };

const logo = (label: string, colour: string) => html`
  <svg role="img" aria-label=${label} width="120" height="40" viewBox="0 0 120 40">
    <rect width="120" height="40" rx="4" fill=${colour}></rect>
    <text x="60" y="25" fill="#fff" font-family="sans-serif" font-size="13" text-anchor="middle">${label}</text>
  </svg>
`;

export const CustomTheme: Story = {
  name: 'Custom theme (association) with a logo row',
  args: { project: 'kuka-huomaa-mut' },
  render: (args) => html`
    <div style=${styleMap({ ...THEMES['association (violet)'], '--ero-project-status-ended': '#5b2a86', maxWidth: '48em' })}>
      <ero-project-card ${applyArgs(args)}>
        <p slot="actions"><a href="mailto:tiina.kainulainen@violary.fi">Tule kokemusasiantuntijaksi</a></p>
        <div slot="logos">${logo('VIOLA ry', '#5b2a86')}${logo('Kumppani', '#3d3d3d')}</div>
      </ero-project-card>
    </div>
  `,
};
