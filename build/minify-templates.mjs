// Minifies the widgets' css`` and html`` templates, which terser leaves as they are.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** CSS without comments and optional whitespace (also for widgets.css). */
export const collapseCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>/]) ?/g, '$1')
    .replace(/([^\d]): /g, '$1:')
    .replace(/;}/g, '}')
    .replace(/([^\w.])0\./g, '$1.')
    .trim();

/** In HTML only runs with a line break shrink, to one space, so words and inline elements keep their spacing. */
const collapseHtml = (text) => text.replace(/\s*\n\s*/g, ' ');

/**
 * The internal custom properties (--_accent) of the sources, each with a short name by its place
 * in the sorted list: the same whatever order Rollup builds the modules in, so the same sources
 * give the same files (and the same release version) on every machine.
 */
export function internalPropertyNames(sources) {
  const names = new Set();
  for (const file of readdirSync(sources, { recursive: true })) {
    if (!file.endsWith('.ts')) continue;
    for (const [, name] of readFileSync(join(sources, file), 'utf8').matchAll(/--_([a-z-]+)/g)) names.add(name);
  }
  return new Map([...names].sort().map((name, index) => [name, (index + 10).toString(36)]));
}

/**
 * Collapses the whitespace inside the css`` and html`` templates of the modules in `sources`,
 * and shortens the internal custom properties (--_accent), which never leave the shadow root.
 *
 * A css`` template without interpolations also becomes a call of Lit's `unsafeCSS` (imported
 * as `css`): for a constant string both make the same CSSResult, and Lit's `css` tag, which
 * only adds checks for interpolated values and their error messages, drops out of the bundle.
 */
export function minifyTemplates({ sources }) {
  const internalNames = internalPropertyNames(sources);
  const collapse = {
    css: (text) =>
      collapseCss(text).replace(/--_([a-z-]+)/g, (_, name) => {
        if (!internalNames.has(name)) throw new Error(`--_${name} is not in ${sources}: only the widgets' own styles are minified`);
        return `--_${internalNames.get(name)}`;
      }),
    html: collapseHtml,
  };
  const folder = `/${sources.replace(/^\.?\/?|\/?$/g, '')}/`;
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!id.includes(folder)) return null;
      // [start, end, new text from old text]; applied back to front.
      const edits = [];
      const replace = ({ start, end }, edit) => edits.push([start, end, edit]);
      const insert = (at, text) => edits.push([at, at, () => text]);
      const cssCalls = [];
      let cssTags = 0;
      const visit = (node) => {
        if (node.type === 'TaggedTemplateExpression' && collapse[node.tag.name]) {
          for (const quasi of node.quasi.quasis) replace(quasi, collapse[node.tag.name]);
          if (node.tag.name === 'css') cssTags += 1;
          if (node.tag.name === 'css' && node.quasi.expressions.length === 0) cssCalls.push(node.quasi);
        }
        for (const value of Object.values(node)) {
          for (const child of [value].flat()) if (child && typeof child.type === 'string') visit(child);
        }
      };
      const program = this.parse(code);
      visit(program);
      const litCss = program.body
        .filter((node) => node.type === 'ImportDeclaration' && node.source.value === 'lit')
        .flatMap((node) => node.specifiers)
        .find((specifier) => specifier.imported?.name === 'css' && specifier.local.name === 'css');
      // Only when every css`` of the module can become a call: the import then stops being the tag.
      if (litCss && cssCalls.length === cssTags) {
        replace(litCss, () => 'unsafeCSS as css');
        for (const literal of cssCalls) {
          insert(literal.start, '(');
          insert(literal.end, ')');
        }
      }
      let out = code;
      for (const [start, end, edit] of edits.sort((a, b) => b[0] - a[0] || b[1] - a[1])) {
        out = out.slice(0, start) + edit(out.slice(start, end)) + out.slice(end);
      }
      return { code: out, map: null };
    },
  };
}
