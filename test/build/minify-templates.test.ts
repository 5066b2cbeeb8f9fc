/**
 * build/minify-templates.mjs: the widgets' templates lose the whitespace a reader never sees, and
 * keep every space that shows (between words, around a value put into the text).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { rollup } from 'rollup';
import { afterAll, describe, expect, it } from 'vitest';
import { minifyTemplates } from '../../build/minify-templates.mjs';

const scratch = mkdtempSync(path.join(tmpdir(), 'treffpunkt-templates-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const VIEW = `import { css, html } from 'lit';
export const styles = css\`
  .note {
    color: var(--_text);
  }
\`;
export const card = (note, summary, href) => html\`<article class="card">
    <p part="summary"><strong part="note">\${note}</strong> \${summary}</p>
    <p class="line">Online · <a href=\${href}>join</a></p>
  </article>\`;
`;

async function minified(): Promise<string> {
  const sources = path.join(scratch, 'src');
  mkdirSync(sources, { recursive: true });
  writeFileSync(path.join(sources, 'view.ts'), VIEW);
  const bundle = await rollup({ input: path.join(sources, 'view.ts'), external: ['lit'], plugins: minifyTemplates({ sources }) });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output[0].code;
}

describe("the widgets' templates (build/minify-templates.mjs)", () => {
  it('are minified, with the spaces a reader sees kept', async () => {
    const code = await minified();
    expect(code).toContain(
      'html`<article class=card> <p part=summary><strong part=note>${note}</strong> ${summary}</p> <p class=line>Online · <a href=${href}>join</a></p> </article>`',
    );
    expect(code).toContain('unsafeCSS(`.note{color:var(--_a)}`)');
  });
});
