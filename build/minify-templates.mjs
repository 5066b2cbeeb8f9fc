import minifyHtml from '@lit-labs/rollup-plugin-minify-html-literals';
import { litCss } from './lit-css.mjs';

/**
 * Minifies the html`` and css`` templates of the modules in `sources` (terser leaves templates as
 * they are). In gzip -9 bytes of widgets.js and its second file: a hand-written minifier of both,
 * 12,252 and 1,383; Lit's plugin alone, 12,398 and 1,387, and its defaults drop spaces a reader
 * sees (between a meeting's note and its summary); Lit's plugin for html`` keeping every space
 * (as one) and build/lit-css.mjs for css``, 12,243 and 1,378: this. Lit's plugin cannot minify a
 * css`` with a value put into a declaration (the heights from treffpunkt-shared).
 * @param {{ sources: string }} options
 * @returns {import('rollup').Plugin[]}
 */
export const minifyTemplates = ({ sources }) => [
  minifyHtml({
    include: [`${sources}/**`],
    failOnError: true,
    options: { shouldMinifyCSS: () => false, minifyOptions: { conservativeCollapse: true, removeAttributeQuotes: true } },
  }),
  litCss({ sources }),
];
