import minifyHtml from '@lit-labs/rollup-plugin-minify-html-literals';
import { litCss } from './lit-css.mjs';

/**
 * Minifies the html`` and css`` templates of the modules in `sources` (terser leaves templates as
 * they are): Lit's plugin for html``, build/lit-css.mjs for css``, since Lit's plugin cannot minify
 * a css`` with a value put into a declaration (the heights from treffpunkt-shared). In gzip -9
 * bytes of widgets.js and its second file, html`` by a hand-written minifier (line breaks and the
 * space around them to one space): 12,278 and 1,393; by Lit's plugin with its defaults: 12,254 and
 * 1,392, but it drops spaces a reader sees (between a meeting's note and its summary); keeping
 * every space as one: 12,277 and 1,396; and attribute values unquoted where HTML allows: 12,276
 * and 1,388, this.
 * @param {{ sources: string, constants?: string }} options `constants`: see litCss
 * @returns {import('rollup').Plugin[]}
 */
export const minifyTemplates = ({ sources, constants }) => [
  minifyHtml({
    include: [`${sources}/**`],
    failOnError: true,
    options: { shouldMinifyCSS: () => false, minifyOptions: { conservativeCollapse: true, removeAttributeQuotes: true } },
  }),
  litCss({ sources, constants }),
];
