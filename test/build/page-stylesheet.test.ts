/**
 * build/page-stylesheet.mjs writes widgets.css: widgets/src/widgets.css and, after it, the heights
 * the elements take, made from the widgets' options in treffpunkt-shared (one source for the
 * elements' styles, the host page's stylesheet and the embed frames).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup, type OutputAsset } from 'rollup';
import { describe, expect, it } from 'vitest';
import * as widgetOptions from 'treffpunkt-shared/widget-options';
import { importTypeScript } from '../../build/import-typescript.mjs';
import { heightRules, pageStylesheet } from '../../build/page-stylesheet.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const optionsFile = path.join(root, 'cms/src/plugins/treffpunkt/shared/widget-options.ts');
const source = path.join(root, 'widgets/src/widgets.css');

/** Options shaped like widget-options.ts, small enough to read the whole stylesheet. */
const OPTIONS = {
  WIDGETS: ['list', 'card'],
  WIDGET_BOXES: {
    list: { '': { rowEm: [6], perItem: true, more: true } },
    card: { big: { rowEm: [30, 24] }, small: { rowEm: [20], more: true } },
  },
  WIDGET_DEFAULTS: { list: { limit: 4, layout: '' }, card: { layout: 'big' } },
  LIMIT_RANGE: { min: 1, max: 2 },
  MORE_ROW_EM: 3,
  GAP_REM: 1,
  tagName: (widget: string) => `x-${widget}`,
  atWidthSteps: widgetOptions.atWidthSteps,
};
const [, second] = widgetOptions.WIDTH_STEPS_EM;

describe("widgets.css's heights (build/page-stylesheet.mjs)", () => {
  it('give each layout its box at each width, and a list as many rows as its limit says, within the limits only', () => {
    expect(heightRules(OPTIONS)).toBe(
      [
        '@media (scripting: enabled) {',
        'x-list:not(:defined) { --treffpunkt-rows: 4; }',
        'x-list:not(:defined)::before{height: calc(var(--treffpunkt-rows) * 6em + (var(--treffpunkt-rows) - 1) * var(--treffpunkt-gap, 1rem) + 3em);}',
        `x-card:not(:defined)::before{height: 30em;}@container (min-width:${second}em){x-card:not(:defined)::before{height: 24em;}}`,
        "x-card[layout='small']:not(:defined)::before{height: 23em;}",
        '}',
        ":is(x-list)[limit='1']:not(:defined) { --treffpunkt-rows: 1; }",
        ":is(x-list)[limit='2']:not(:defined) { --treffpunkt-rows: 2; }",
        '',
      ].join('\n'),
    );
  });

  it('come from the widgets’ options as the server and the admin read them (widget-options.ts, loaded by the build)', async () => {
    const { module, files } = await importTypeScript<typeof widgetOptions>(optionsFile);
    expect(heightRules(module)).toBe(heightRules(widgetOptions));
    expect(files).toContain(optionsFile);
    const limits = heightRules(widgetOptions).match(/\[limit='\d+'\]/g);
    expect(limits).toHaveLength(widgetOptions.LIMIT_RANGE.max - widgetOptions.LIMIT_RANGE.min + 1);
  });

  it('follow widgets/src/widgets.css in the emitted widgets.css, minified', async () => {
    const bundle = await rollup({
      input: '\0empty',
      plugins: [{ name: 'empty', resolveId: (id) => id, load: () => '' }, pageStylesheet({ source, options: optionsFile })],
      onLog: () => {},
    });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    const css = (output.find((file) => file.fileName === 'widgets.css') as OutputAsset).source as string;
    expect(css).toMatch(
      /^:is\(treffpunkt-next-meeting,treffpunkt-latest-reports,treffpunkt-upcoming-meetings\):not\(:defined\)\{display:block\}/,
    );
    // The element is the container its ::before takes the height from, at each width step.
    expect(css).toContain('{container-type:inline-size}');
    const { compact } = widgetOptions.WIDGET_BOXES['next-meeting'];
    expect(css).toContain(`treffpunkt-next-meeting[layout='compact']:not(:defined)::before{height:${compact.rowEm[0]}em}`);
    compact.rowEm.slice(1).forEach((rowEm, index) => {
      const rule = `treffpunkt-next-meeting[layout='compact']:not(:defined)::before{height:${rowEm}em}`;
      expect(css).toContain(`@container (min-width:${widgetOptions.WIDTH_STEPS_EM[index + 1]}em){${rule}}`);
    });
    expect(css).toContain(
      ":is(treffpunkt-latest-reports[layout='list'],treffpunkt-upcoming-meetings)[limit='20']:not(:defined){--treffpunkt-rows:20}",
    );
    expect(css).not.toContain('/*');
    expect(css.endsWith('}\n')).toBe(true);
    expect(readFileSync(source, 'utf8')).not.toMatch(/height:/);
  });
});
