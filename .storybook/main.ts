// Storybook for designers: every component and state, built on the bundled sample feed.
// Telemetry is off and nothing is fetched from the network at run time.
import type { StorybookConfig } from '@storybook/web-components-vite';

/** Lit's packages: one copy of each for the stories, Storybook's renderer and the kit. */
const LIT = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  staticDirs: [{ from: '../demo/feeds', to: '/feeds' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  // Lit's production build in `storybook dev` as in `storybook build` (no dev-mode warning, the
  // same code the hosted bundles run), one copy of it, and Lit's entry points pre-bundled up
  // front so that the optimizer does not reload the preview with a second copy.
  viteFinal: async (config) => {
    const { mergeConfig } = await import('vite');
    return mergeConfig(config, {
      resolve: { dedupe: LIT },
      optimizeDeps: {
        include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js', 'lit/directives/if-defined.js', 'lit/directives/live.js', 'lit/directives/repeat.js', 'lit/directives/style-map.js'],
      },
      plugins: [
        {
          // Storybook's own config plugin adds Vite's default conditions, which pick Lit's
          // development build under `storybook dev`; this runs after it and asks for production.
          name: 'eroauttaminen:lit-production',
          enforce: 'post',
          config(viteConfig: { resolve?: { conditions?: string[] } }) {
            const conditions = viteConfig.resolve?.conditions ?? [];
            viteConfig.resolve = {
              ...viteConfig.resolve,
              conditions: [...new Set(conditions.map((c) => (c === 'development|production' || c === 'development' ? 'production' : c)))],
            };
          },
        },
      ],
    });
  },
};

export default config;
