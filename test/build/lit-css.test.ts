/**
 * build/lit-css.mjs: the widgets' css`` templates become minified calls of Lit's unsafeCSS, with
 * short names for the internal custom properties, and make the same style sheet text.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { rollup } from 'rollup';
import { css, unsafeCSS, type CSSResult } from 'lit';
import { afterAll, describe, expect, it } from 'vitest';
import { collapseCss, litCss } from '../../build/lit-css.mjs';

const sources = mkdtempSync(path.join(tmpdir(), 'treffpunkt-lit-css-'));
afterAll(() => rmSync(sources, { recursive: true, force: true }));

const STYLES = `import { css, html } from 'lit';
const ROW_EM = 6;
export const inner = css\`
  .row { color: var(--_text); }
\`;
export const styles = css\`
  /* The rows. */
  :host {
    --_gap: var(--treffpunkt-gap, 1rem);
  }
  .grid > li {
    grid-auto-rows: minmax(\${ROW_EM}em, auto);
    padding: 0 \${ROW_EM / 2}em;
    margin: 0.5em var(--_gap);
  }
  \${inner}
\`;
export const view = html\`<p>
  \${ROW_EM}
</p>\`;
`;

const file = path.join(sources, 'styles.ts');
writeFileSync(file, STYLES);

/** The module as CommonJS, through the plugin (which reads the sources' internal properties as it starts) or not. */
async function build(code: string, plugins = [litCss({ sources })]): Promise<string> {
  writeFileSync(file, code);
  const bundle = await rollup({ input: file, external: ['lit'], treeshake: false, plugins });
  const { output } = await bundle.generate({ format: 'cjs' });
  await bundle.close();
  return output[0].code;
}

/** The module's exports when it runs with Lit. */
function run(code: string): Record<string, CSSResult> {
  const exports: Record<string, CSSResult> = {};
  new Function('require', 'exports', code)(() => ({ css, unsafeCSS, html: String.raw }), exports);
  return exports;
}

describe('the css`` templates of the widgets (build/lit-css.mjs)', () => {
  it('become calls of unsafeCSS with a plain template literal, minified, the internal properties shortened', async () => {
    const out = await build(STYLES);
    expect(out).toContain('const inner = lit.unsafeCSS(`.row{color:var(--_b)}`);');
    expect(out).toContain(
      'const styles = lit.unsafeCSS(`:host{--_a:var(--treffpunkt-gap,1rem)}.grid>li{grid-auto-rows:minmax(${ROW_EM}em,auto);padding:0 ${ROW_EM / 2}em;margin:.5em var(--_a)}${inner}`);',
    );
    expect(out).not.toContain('lit.css');
    // html`` is left to the HTML minifier.
    expect(out).toContain('const view = lit.html`<p>\n  ${ROW_EM}\n</p>`;');
  });

  it('make the same style sheet text as Lit’s css tag, minified', async () => {
    const before = run(await build(STYLES, []));
    const after = run(await build(STYLES));
    const shortNames = (text: string) => text.replace(/--_text/g, '--_b').replace(/--_gap/g, '--_a');
    expect(after.styles.cssText).toBe(shortNames(collapseCss(before.styles.cssText).trim()));
    expect(after.styles.cssText).toContain('padding:0 3em;');
  });

  it('refuse an internal property the sources did not have, rather than leave it long', async () => {
    const plugins = [litCss({ sources })];
    await expect(build("import { css } from 'lit';\nexport const s = css`a { color: var(--_elsewhere); }`;", plugins)).rejects.toThrow(
      /--_elsewhere is not in/,
    );
  });

  it('take what they read of the constants module (the widgets’ options) at build time, as text', async () => {
    const constants = path.join(sources, 'options.js');
    writeFileSync(
      constants,
      'export const BOX = { rowEm: 6 };\nexport const rule = (selector, rowEm) => `${selector} { height: ${rowEm / 2}em; }`;\n',
    );
    const styles = `import { css, unsafeCSS } from 'lit';
import { BOX, rule } from './options.js';
const LOCAL = 2;
export const styles = css\`
  .box { height: \${BOX.rowEm}em; }
  \${unsafeCSS(rule('.half', BOX.rowEm))}
  .gap { margin: \${LOCAL * BOX.rowEm}em; }
\`;
`;
    const out = await build(styles, [litCss({ sources, constants })]);
    // What reads a name of the module's own stays a binding.
    expect(out).toContain('const styles = lit.unsafeCSS(`.box{height:6em}.half{height:3em} .gap{margin:${LOCAL * BOX.rowEm}em}`);');
    // The same style sheet as the css tag makes of the module as written, minified.
    expect(collapseCss(run(out).styles.cssText)).toBe(collapseCss(run(await build(styles, [])).styles.cssText).trim());
  });

  it('leave modules outside the sources alone', async () => {
    mkdirSync(path.join(sources, 'elsewhere'));
    const elsewhere = litCss({ sources: path.join(sources, 'elsewhere') });
    expect(await build(STYLES, [elsewhere])).toBe(await build(STYLES, []));
  });
});
