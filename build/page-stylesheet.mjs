import { readFileSync } from 'node:fs';
import { collapseCss } from './minify-templates.mjs';

/** `source` (widgets/src/widgets.css), minified like the styles in the templates, as the asset widgets.css. */
export function pageStylesheet({ source }) {
  return {
    name: 'page-stylesheet',
    buildStart() {
      this.addWatchFile(source);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'widgets.css', source: `${collapseCss(readFileSync(source, 'utf8'))}\n` });
    },
  };
}
