// Global Storybook setup: autodocs from custom-elements.json (each attribute once, with a control
// of its kind; the component's summary as the docs page's description), toolbars that switch the
// language (fi/sv/en) and the theme of every story.
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json';
import '../src/index.js';
import { attributeControls, designerManifest, type Manifest } from '../stories/support/controls.js';
import { installStoryFeeds } from '../stories/support/story-feeds.js';
import { THEMES } from '../stories/support/themes.js';

setCustomElementsManifest(designerManifest(manifest as unknown as Manifest));
installStoryFeeds();

const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Language of the components',
      toolbar: {
        title: 'Kieli / Språk / Language',
        icon: 'globe',
        items: [
          { value: 'fi', title: 'Suomi' },
          { value: 'sv', title: 'Svenska' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme (--ero- tokens)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.keys(THEMES).map((value) => ({ value, title: value })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'fi', theme: 'default' },
  argTypesEnhancers: [attributeControls],
  decorators: [
    (story, context) => html`
      <div lang=${context.globals.lang ?? 'fi'} style=${styleMap(THEMES[context.globals.theme as string] ?? {})}>
        ${story()}
      </div>
    `,
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
