// Builds the Treffpunkt widgets into widgets/dist/ (`npm run build:widgets`); the plugins are in build/.
import { createRequire } from 'node:module';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { dts } from 'rollup-plugin-dts';
import { customElementsManifest } from './build/custom-elements-manifest.mjs';
import { emptyFolder } from './build/empty-folder.mjs';
import { isolateLit } from './build/isolate-lit.mjs';
import { minifyTemplates } from './build/minify-templates.mjs';
import { pageStylesheet } from './build/page-stylesheet.mjs';

const require = createRequire(import.meta.url);

// WIDGETS_DIST: another folder, for the test that builds twice and compares.
const DIST = process.env.WIDGETS_DIST ?? 'widgets/dist';
const SOURCES = 'widgets/src';
const tsconfig = 'widgets/tsconfig.json';
/** The widgets' options (treffpunkt-shared): widgets.css's heights, and those the styles' templates take at build time. */
const OPTIONS = require.resolve('treffpunkt-shared/widget-options');

/** Lit's production build, isolated, the templates minified, terser: what both browser builds share. */
const browser = ({ hydration = false } = {}) => [
  // Lit's production build whatever NODE_ENV says (a test run sets it to "test", which picks the development one).
  nodeResolve({ exportConditions: ['production'] }),
  isolateLit({ hydration }),
  typescript({ tsconfig, outDir: DIST, noEmit: false }),
  ...minifyTemplates({ sources: SOURCES, constants: OPTIONS }),
  terser({
    ecma: 2021,
    module: true,
    // Arrow functions for function expressions that use no `this`, no unused parameters, and
    // property reads without side effects: nothing in the widgets or in Lit calls such a
    // function with `new`, reads a function's length, or reads a property for a getter's effect.
    compress: { passes: 3, unsafe_arrows: true, keep_fargs: false, pure_getters: true },
    // Shorten internal members: the widgets' own (names ending in "_") and Lit's private
    // ones (names starting with "_$"). Lit keeps the latter stable only so that separately
    // loaded Lit packages can work together; in this closed bundle nothing outside reads them.
    mangle: { properties: { regex: /_$|^_\$/ } },
    // One table of shortened names for both files: the second one reads members of the first.
    nameCache: {},
    format: { comments: false },
  }),
];

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    // widgets.js, the ES module a page loads (every element, both languages), and the second file
    // it loads on a visitor's first click (widgets-details-<hash>.js: a full report, a meeting's
    // details); widgets.css, which keeps the elements' place before the script has run;
    // custom-elements.json.
    input: `${SOURCES}/index.ts`,
    // widgets.js may export more than index.ts does (what the second file imports from it):
    // otherwise Rollup puts everything into a third file behind a two-line widgets.js.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: DIST,
      entryFileNames: 'widgets.js',
      // The second file imports widgets.js by this name, relative to its own URL: the CMS serves
      // both from one folder (/treffpunkt/ and /treffpunkt/v/<version>/), so it finds the copy the
      // page already runs.
      chunkFileNames: 'widgets-[name]-[hash].js',
      format: 'es',
      sourcemap: process.env.WIDGETS_SOURCEMAP === '1',
    },
    plugins: [
      emptyFolder(DIST),
      ...browser(),
      pageStylesheet({ source: `${SOURCES}/widgets.css`, options: OPTIONS }),
      customElementsManifest({ outdir: DIST }),
    ],
  },
  {
    // The embed pages' script (see widgets/src/embed/), with its own second file: it keeps Lit's
    // hydration, which widgets.js leaves out.
    input: `${SOURCES}/embed/embed-page.ts`,
    output: { dir: DIST, entryFileNames: 'widgets-embed.js', chunkFileNames: 'widgets-embed-[name]-[hash].js', format: 'es' },
    plugins: browser({ hydration: true }),
  },
  {
    // widgets-frames.js, the one line a host page may add beside the iframe code to size the frames.
    input: `${SOURCES}/embed/host-frames.ts`,
    output: { file: `${DIST}/widgets-frames.js`, format: 'es' },
    plugins: [typescript({ tsconfig, outDir: DIST, noEmit: false }), terser({ ecma: 2021, module: true })],
  },
  {
    // The server's copy of the elements, for the embed pages: the same element code with Lit's
    // server build (`node` condition) and Lit SSR, as one ES module the plugin imports. Not
    // minified: Lit SSR recognises Lit elements by an unmangled member. The templates are, as in
    // the browser: hydration finds them by a hash of their text.
    input: `${SOURCES}/embed/server-render.ts`,
    output: { file: `${DIST}/ssr/render.mjs`, format: 'es', inlineDynamicImports: true },
    // Lit's DOM shim is written for Node's module scope, where a top-level `this` is undefined anyway.
    onwarn(warning, warn) {
      if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
    },
    plugins: [
      nodeResolve({ exportConditions: ['node', 'production'], preferBuiltins: true }),
      typescript({ tsconfig, outDir: `${DIST}/ssr`, noEmit: false }),
      ...minifyTemplates({ sources: SOURCES, constants: OPTIONS }),
    ],
  },
  {
    // index.d.ts of the treffpunkt-widgets package: the elements, their tag names and the API's types, in one file.
    input: `${SOURCES}/index.ts`,
    output: { file: `${DIST}/index.d.ts`, format: 'es' },
    plugins: [dts({ tsconfig })],
  },
];
