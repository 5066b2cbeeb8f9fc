import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTypeScript } from './import-typescript.mjs';

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
 * How a module imports `name` from 'lit', if it does (its `local` is the name it uses).
 * @param {import('estree').Program} program
 * @param {string} name
 */
export const litImport = (program, name) =>
  program.body
    .flatMap((node) => (node.type === 'ImportDeclaration' && node.source.value === 'lit' ? node.specifiers : []))
    .find(
      (specifier) => specifier.type === 'ImportSpecifier' && specifier.imported.type === 'Identifier' && specifier.imported.name === name,
    );

/**
 * The templates tagged `tag` below `node`.
 * @param {import('estree').Node} node
 * @param {string} tag
 * @returns {Generator<import('estree').TaggedTemplateExpression>}
 */
export function* taggedTemplates(node, tag) {
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === tag) yield node;
  for (const value of Object.values(node)) {
    for (const child of [value].flat()) if (isNode(child)) yield* taggedTemplates(child, tag);
  }
}

/** Text as it reads inside a template literal. @param {string} text */
const inTemplate = (text) => text.replace(/\\|`|\$\{/g, (special) => `\\${special}`);

/**
 * The value of a css`` template's `${…}` when it reads only the names in `scope` (and literals):
 * computed now, at build time. Undefined when it reads anything else, or gives neither text nor a number.
 * @param {string} expression
 * @param {Map<string, unknown>} scope
 * @returns {string | number | undefined}
 */
function constantValue(expression, scope) {
  try {
    const value = new Function(...scope.keys(), `"use strict"; return (${expression});`)(...scope.values());
    return typeof value === 'string' || typeof value === 'number' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Minifies the css`` templates of the modules in `sources`, which terser leaves as they are:
 * - comments and optional whitespace go;
 * - the internal custom properties (--_accent), which never leave the shadow root, get one letter;
 * - a `${…}` that reads only what the module imports from `constants` (treffpunkt-shared's widget
 *   options: the boxes' heights, written as container queries by its atWidthSteps) becomes its
 *   text, computed at build time: in the browser the rules cost their text only, not the options
 *   and the code that writes them (183 bytes gzip -9 of widgets.js for the meeting card's heights);
 * - each template becomes a plain template literal passed to Lit's `unsafeCSS` (imported as
 *   `css`). That makes the same CSSResult: a template literal puts in a CSSResult's text as the
 *   `css` tag does, and a number as it is. Lit's `css` tag, which only adds run-time checks of
 *   the values (the type checker already makes them) and their error messages, drops out of the bundle.
 * @param {{ sources: string, constants?: string }} options
 * @returns {import('rollup').Plugin}
 */
export function litCss({ sources, constants }) {
  const internalNames = internalPropertyNames(sources);
  /** @param {string} text */
  const shorten = (text) =>
    text.replace(/--_([a-z-]+)/g, (_, name) => {
      if (!internalNames.has(name)) throw new Error(`--_${name} is not in ${sources}: only the widgets' own styles are minified`);
      return `--_${internalNames.get(name)}`;
    });
  const folder = `/${sources.replace(/^\.?\/?|\/?$/g, '')}/`;
  /** @type {Record<string, unknown>} */
  let constantExports = {};
  return {
    name: 'lit-css',
    async buildStart() {
      if (!constants) return;
      const { module, files } = await importTypeScript(constants);
      constantExports = module;
      for (const file of files) this.addWatchFile(file);
    },
    async transform(code, id) {
      if (!id.includes(folder)) return null;
      const program = this.parse(code);
      const cssImport = litImport(program, 'css');
      if (!cssImport) return null;
      /** What a `${…}` may read to be computed now: the constants' exports, and unsafeCSS, whose text is the text. */
      const scope = new Map();
      const unsafeCss = litImport(program, 'unsafeCSS');
      if (unsafeCss) scope.set(unsafeCss.local.name, String);
      for (const node of program.body) {
        if (node.type !== 'ImportDeclaration') continue;
        if (!constants || (await this.resolve(String(node.source.value), id))?.id !== constants) continue;
        for (const specifier of node.specifiers) {
          if (specifier.type === 'ImportSpecifier' && specifier.imported.type === 'Identifier') {
            scope.set(specifier.local.name, constantExports[specifier.imported.name]);
          }
        }
      }
      const tag = cssImport.local.name;
      /** @param {string} text */
      const minified = (text) => shorten(collapseCss(text));
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
          edits.push([part.start, part.end, (text) => trimEnd(trimStart(minified(text)))]);
        }
        quasi.expressions.forEach((expression, index) => {
          const value = constantValue(code.slice(expression.start, expression.end), scope);
          // The whole `${…}` between the two parts becomes the value's text.
          if (value !== undefined) edits.push([parts[index].end, parts[index + 1].start, () => inTemplate(minified(String(value)))]);
        });
      }
      let out = code;
      for (const [start, end, edit] of edits.sort((a, b) => b[0] - a[0] || b[1] - a[1])) {
        out = out.slice(0, start) + edit(out.slice(start, end)) + out.slice(end);
      }
      return { code: out, map: null };
    },
  };
}
