// Builds the embed bundle dist/eroauttaminen.js (every element, Lit inside, one file for
// <script type="module">) and one self-contained ES entry per component.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplates } from './scripts/minify-templates.mjs';

export const entries = {
  eroauttaminen: 'src/index.ts',
  'components/contact-list': 'src/components/contact-list/define.ts',
  'components/projects': 'src/components/project-list/define.ts',
  'components/event-calendar': 'src/components/event-calendar/define.ts',
  'components/quick-exit': 'src/components/quick-exit/define.ts',
  'components/service-finder': 'src/components/service-finder/define.ts',
};

/**
 * The plugins every bundle goes through; scripts/size.mjs bundles the peers with them too
 * (passing `modulePaths`, since its entries live in a temp dir).
 */
export const plugins = (resolveOptions = {}) => [
  // The "production" condition keeps Lit's dev-mode build (and its warnings) out of the bundle.
  nodeResolve({ exportConditions: ['production'], browser: true, ...resolveOptions }),
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }),
  // The static text of html`` and css`` templates, which terser leaves as written.
  minifyTemplates(),
  terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

export default Object.entries(entries).map(([name, input]) => ({
  input,
  output: { file: `dist/${name}.js`, format: 'es', inlineDynamicImports: true },
  plugins: plugins(),
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
}));
