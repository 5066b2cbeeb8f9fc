import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * CSS without comments and optional whitespace (also for widgets.css). A space that may separate
 * two values stays at either end: the text may be a piece of a template, next to a value.
 * @param {string} text
 */
export const collapseCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>/]) ?/g, '$1')
    .replace(/([^\d]): /g, '$1:')
    .replace(/;}/g, '}')
    .replace(/([^\w.])0\./g, '$1.');

/**
 * The internal custom properties (--_accent) of the sources, each with a short name by its place
 * in the sorted list: the same whatever order Rollup builds the modules in, so the same sources
 * give the same files (and the same release version) on every machine.
 * @param {string} sources
 */
export function internalPropertyNames(sources) {
  /** @type {Set<string>} */
  const names = new Set();
  for (const file of readdirSync(sources, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue;
    for (const [, name] of readFileSync(join(sources, file), 'utf8').matchAll(/--_([a-z-]+)/g)) names.add(name);
  }
  return new Map([...names].sort().map((name, index) => [name, (index + 10).toString(36)]));
}

/** @param {unknown} value @returns {value is import('estree').Node} */
const isNode = (value) => typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string';

/**
 * The templates tagged `tag` below `node`.
 * @param {import('estree').Node} node
 * @param {string} tag
 * @returns {Generator<import('estree').TaggedTemplateExpression>}
 */
function* taggedTemplates(node, tag) {
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === tag) yield node;
  for (const value of Object.values(node)) {
    for (const child of [value].flat()) if (isNode(child)) yield* taggedTemplates(child, tag);
  }
}

/**
 * Minifies the css`` templates of the modules in `sources`, which terser leaves as they are:
 * - comments and optional whitespace go;
 * - the internal custom properties (--_accent), which never leave the shadow root, get one letter;
 * - each template becomes a plain template literal passed to Lit's `unsafeCSS` (imported as
 *   `css`). That makes the same CSSResult: a template literal puts in a CSSResult's text as the
 *   `css` tag does, and a number as it is. Lit's `css` tag, which only adds run-time checks of
 *   the values (the type checker already makes them) and their error messages, drops out of the bundle.
 * @param {{ sources: string }} options
 * @returns {import('rollup').Plugin}
 */
export function litCss({ sources }) {
  const internalNames = internalPropertyNames(sources);
  /** @param {string} text */
  const shorten = (text) =>
    text.replace(/--_([a-z-]+)/g, (_, name) => {
      if (!internalNames.has(name)) throw new Error(`--_${name} is not in ${sources}: only the widgets' own styles are minified`);
      return `--_${internalNames.get(name)}`;
    });
  const folder = `/${sources.replace(/^\.?\/?|\/?$/g, '')}/`;
  return {
    name: 'lit-css',
    transform(code, id) {
      if (!id.includes(folder)) return null;
      const program = this.parse(code);
      const cssImport = program.body
        .flatMap((node) => (node.type === 'ImportDeclaration' && node.source.value === 'lit' ? node.specifiers : []))
        .find(
          (specifier) =>
            specifier.type === 'ImportSpecifier' && specifier.imported.type === 'Identifier' && specifier.imported.name === 'css',
        );
      if (!cssImport) return null;
      const tag = cssImport.local.name;
      /** @type {[number, number, (text: string) => string][]} [start, end, new text from old text]; applied back to front. */
      const edits = [[cssImport.start, cssImport.end, () => `unsafeCSS as ${tag}`]];
      for (const { quasi } of taggedTemplates(program, tag)) {
        const parts = quasi.quasis;
        edits.push([quasi.start, quasi.start, () => '('], [quasi.end, quasi.end, () => ')']);
        for (const part of parts) {
          // Only the template's own ends are trimmed: inside, a space may separate a value from the next.
          /** @param {string} css */
          const trimStart = (css) => (part === parts[0] ? css.trimStart() : css);
          /** @param {string} css */
          const trimEnd = (css) => (part === parts.at(-1) ? css.trimEnd() : css);
          edits.push([part.start, part.end, (text) => trimEnd(trimStart(shorten(collapseCss(text))))]);
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
