import { readFileSync } from 'node:fs';
import { importTypeScript } from './import-typescript.mjs';
import { collapseCss } from './lit-css.mjs';

/**
 * What the rules read of the widgets' options (treffpunkt-shared's widget-options.ts).
 * @template {string} Widget
 * @typedef {object} WidgetOptions
 * @property {readonly Widget[]} WIDGETS
 * @property {Record<Widget, Record<string, Box>>} WIDGET_BOXES
 * @property {Record<Widget, { limit?: number, layout: string }>} WIDGET_DEFAULTS
 * @property {{ min: number, max: number }} LIMIT_RANGE
 * @property {number} MORE_ROW_EM
 * @property {number} GAP_REM
 * @property {(widget: Widget) => string} tagName
 * @property {(boxes: [string, Box][], declarations: (rowEm: number) => string) => string} atWidthSteps
 */

/** @typedef {{ rowEm: readonly number[], perItem?: boolean, more?: boolean }} Box */

/**
 * `tag` in `layout`: the default layout is any value of the attribute but the others.
 * @param {string} tag
 * @param {string} layout
 * @param {{ layout: string }} defaults
 */
const layoutSelector = (tag, layout, defaults) => (layout === defaults.layout ? tag : `${tag}[layout='${layout}']`);

/**
 * widgets.css's rules for the elements' heights before their script has run, from the widgets'
 * options in treffpunkt-shared (`options`: WIDGET_BOXES and the numbers around it). The element
 * is an inline-size container (see widgets/src/widgets.css), so its ::before can take each
 * layout's height at the element's own width, as the element's styles do; for the lists one rule
 * per `limit` in LIMIT_RANGE sets the number of rows.
 * @template {string} Widget
 * @param {WidgetOptions<Widget>} options
 */
export function heightRules(options) {
  const { WIDGETS, WIDGET_BOXES, WIDGET_DEFAULTS, LIMIT_RANGE, MORE_ROW_EM, GAP_REM, tagName, atWidthSteps } = options;
  const heights = [];
  const lists = [];
  for (const widget of WIDGETS) {
    for (const [layout, box] of Object.entries(WIDGET_BOXES[widget])) {
      const selector = `${layoutSelector(tagName(widget), layout, WIDGET_DEFAULTS[widget])}:not(:defined)`;
      const more = box.more ? MORE_ROW_EM : 0;
      if (!box.perItem) {
        heights.push(atWidthSteps([[`${selector}::before`, box]], (rowEm) => `height: ${rowEm + more}em;`));
        continue;
      }
      lists.push(layoutSelector(tagName(widget), layout, WIDGET_DEFAULTS[widget]));
      const rows = 'var(--treffpunkt-rows)';
      heights.push(
        `${selector} { --treffpunkt-rows: ${WIDGET_DEFAULTS[widget].limit}; }`,
        atWidthSteps(
          [[`${selector}::before`, box]],
          (rowEm) => `height: calc(${rows} * ${rowEm}em + (${rows} - 1) * var(--treffpunkt-gap, ${GAP_REM}rem) + ${more}em);`,
        ),
      );
    }
  }
  const limits = [];
  for (let limit = LIMIT_RANGE.min; limit <= LIMIT_RANGE.max; limit += 1) {
    limits.push(`:is(${lists.join(', ')})[limit='${limit}']:not(:defined) { --treffpunkt-rows: ${limit}; }`);
  }
  return `@media (scripting: enabled) {\n${heights.join('\n')}\n}\n${limits.join('\n')}\n`;
}

/**
 * widgets.css: `source` (widgets/src/widgets.css) with the height rules from `options` (the
 * widgets' options module of treffpunkt-shared) after it, minified like the styles in the templates.
 * @param {{ source: string, options: string }} files
 * @returns {import('rollup').Plugin}
 */
export function pageStylesheet({ source, options }) {
  let rules = '';
  return {
    name: 'page-stylesheet',
    async buildStart() {
      /** @type {{ module: WidgetOptions<string>, files: string[] }} */
      const { module, files } = await importTypeScript(options);
      rules = heightRules(module);
      for (const file of [source, ...files]) this.addWatchFile(file);
    },
    generateBundle() {
      const css = `${readFileSync(source, 'utf8')}\n${rules}`;
      this.emitFile({ type: 'asset', fileName: 'widgets.css', source: `${collapseCss(css).trim()}\n` });
    },
  };
}
