// Builds the Treffpunkt widgets into widgets/dist/: widgets.js, the ES module a page loads
// (every element, both languages); the second file it loads on a visitor's first click
// (widgets-details-<hash>.js: the full report, a meeting's details); widgets.css, which keeps
// the elements' place before the script has run; and custom-elements.json.
// `npm run build:widgets` runs it.
import { readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import { dts } from 'rollup-plugin-dts';

// WIDGETS_DIST: another folder, for the test that builds twice and compares.
const DIST = process.env.WIDGETS_DIST ?? 'widgets/dist';
const WIDGET_SOURCES = 'widgets/src';
const ELEMENT_SOURCES = [
  'widgets/src/shared/base-element.ts',
  'widgets/src/latest-reports/latest-reports.ts',
  'widgets/src/next-meeting/next-meeting.ts',
  'widgets/src/upcoming-meetings/upcoming-meetings.ts',
  'widgets/src/shared/paged-list.ts',
];

/** Leaves internals out of the manifest: members ending in "_" (see terser below), private and protected ones. */
function hideInternals() {
  const isPublic = (item) =>
    !item.name?.endsWith('_') && !item.fieldName?.endsWith('_') && item.privacy !== 'private' && item.privacy !== 'protected';
  return {
    name: 'hide-internals',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        if (declaration.members) declaration.members = declaration.members.filter(isPublic);
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter(isPublic);
      }
    },
  };
}

/** Writes custom-elements.json (the elements' attributes, parts, CSS properties, slots) after each build. */
function customElementsManifest() {
  return {
    name: 'custom-elements-manifest',
    writeBundle() {
      const modules = ELEMENT_SOURCES.map((path) =>
        ts.createSourceFile(path, readFileSync(resolve(path), 'utf8'), ts.ScriptTarget.ES2021, true),
      );
      const manifest = create({ modules, plugins: [...litPlugin(), hideInternals()] });
      mkdirSync(DIST, { recursive: true });
      writeFileSync(`${DIST}/custom-elements.json`, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}

/**
 * widgets/src/widgets.css, minified like the styles in the templates, as dist/widgets.css. The
 * folder is emptied first: the CMS serves every widgets file in it, and an old second file
 * must not linger.
 */
function pageStylesheet(collapseCss) {
  const source = 'widgets/src/widgets.css';
  return {
    name: 'page-stylesheet',
    buildStart() {
      rmSync(DIST, { recursive: true, force: true });
      this.addWatchFile(source);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'widgets.css', source: `${collapseCss(readFileSync(source, 'utf8'))}\n` });
    },
  };
}

/**
 * Collapses the whitespace inside css`` and html`` templates: the size budget is tight and
 * terser leaves template strings alone. CSS loses all optional whitespace; in HTML only runs
 * with a line break shrink, to one space, so words and inline elements keep their spacing.
 *
 * A css`` template without interpolations also becomes a call of Lit's `unsafeCSS` (imported
 * as `css`): for a constant string both make the same CSSResult, and Lit's `css` tag, which
 * only adds checks for interpolated values and their error messages, drops out of the bundle.
 */
const collapseCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>/]) ?/g, '$1')
    .replace(/([^\d]): /g, '$1:')
    .replace(/;}/g, '}')
    .replace(/([^\w.])0\./g, '$1.')
    .trim();

/**
 * The internal custom properties (--_accent) of the widgets' sources, each with its short name
 * by its place in the sorted list: the same whatever order Rollup builds the modules in, so the
 * same sources give the same files (and the same release version) on every machine.
 */
function internalPropertyNames() {
  const names = new Set();
  for (const file of readdirSync(WIDGET_SOURCES, { recursive: true })) {
    if (!file.endsWith('.ts')) continue;
    for (const [, name] of readFileSync(join(WIDGET_SOURCES, file), 'utf8').matchAll(/--_([a-z-]+)/g)) names.add(name);
  }
  return new Map([...names].sort().map((name, index) => [name, (index + 10).toString(36)]));
}

function minifyTemplates() {
  const internalNames = internalPropertyNames();
  const collapse = {
    css: (text) =>
      collapseCss(text)
        // Internal custom properties (--_accent) never leave the shadow root: one letter will do.
        .replace(/--_([a-z-]+)/g, (_, name) => {
          if (!internalNames.has(name))
            throw new Error(`--_${name} is not in ${WIDGET_SOURCES}: only the widgets' own styles are minified`);
          return `--_${internalNames.get(name)}`;
        }),
    html: (text) => text.replace(/\s*\n\s*/g, ' '),
  };
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!id.includes('/widgets/src/')) return null;
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
        for (const literal of cssCalls) (insert(literal.start, '('), insert(literal.end, ')'));
      }
      let out = code;
      for (const [start, end, edit] of edits.sort((a, b) => b[0] - a[0] || b[1] - a[1])) {
        out = out.slice(0, start) + edit(out.slice(start, end)) + out.slice(end);
      }
      return { code: out, map: null };
    },
  };
}

/**
 * Cuts Lit's ties to the host page, and what the widgets never use of it. The widgets are a
 * closed bundle on other people's pages, so Lit here needs no hooks for the page's own Lit, no
 * global registries (issue 4: nothing global but the two element names), and no fallbacks for
 * browsers the widgets' CSS does not run in (with `hydration`, the embed pages' script keeps
 * the hook of Lit's hydration support, which it loads itself). Each rule must match as often as it says: a Lit
 * update that changes these spots fails the build instead of quietly keeping them.
 */
function isolateLit({ hydration = false } = {}) {
  // "(void 0)" in parentheses: `hook?.(…)` must not turn into `void 0?.(…)`, which calls 0.
  const rules = [
    hydration
      ? {
          // Polyfill support that a page may set up for its own Lit; the embed pages' own hydration stays.
          name: 'host page hooks',
          pattern: /\b\w+\.(litHtmlPolyfillSupport|reactiveElementPolyfillSupport|litElementPolyfillSupport)\b/g,
          by: '(void 0)',
          times: 3,
        }
      : {
          // Polyfill support and server-side rendering hydration that a page may set up for its own Lit.
          name: 'host page hooks',
          pattern: /\b\w+\.(litHtmlPolyfillSupport|reactiveElementPolyfillSupport|litElementPolyfillSupport|litElementHydrateSupport)\b/g,
          by: '(void 0)',
          times: 4,
        },
    {
      // globalThis.litHtmlVersions and the like: Lit's own check for several Lit copies on a page.
      name: 'version registries',
      pattern: /\(\w+\.(litHtml|reactiveElement|litElement)Versions\?\?=\[\]\)\.push\("[\d.]+"\)/g,
      by: '(void 0)',
      times: 3,
    },
    {
      // Symbol.metadata and globalThis.litPropertyMetadata serve decorators; the widgets declare
      // `static properties` instead (a decorator would fail loudly, finding no litPropertyMetadata).
      name: 'decorator metadata',
      pattern: /Symbol\.metadata\?\?=Symbol\("metadata"\),\w+\.litPropertyMetadata\?\?=new WeakMap|\blitPropertyMetadata\.get\(\w+\)/g,
      by: '(void 0)',
      times: 2,
    },
    {
      // Every browser with CSS light-dark() (which the widgets' colours need) adopts constructed
      // style sheets: Lit's <style> element fallback, which a page's ShadyCSS would switch on, goes.
      name: 'style element fallback',
      pattern:
        /\w+\.ShadowRoot&&\(void 0===\w+\.ShadyCSS\|\|\w+\.ShadyCSS\.nativeShadow\)&&"adoptedStyleSheets"in Document\.prototype&&"replace"in CSSStyleSheet\.prototype/g,
      by: '!0',
      times: 1,
    },
    {
      // Messages for misuse that the bundle cannot commit; the errors themselves stay.
      name: 'error messages',
      pattern: /throw Error\("(invalid template strings array|CSSResult is not constructable[^"]*)"\)/g,
      by: 'throw Error()',
      times: 2,
    },
  ];
  const matched = new Map();
  return {
    name: 'isolate-lit',
    buildStart() {
      for (const rule of rules) matched.set(rule, 0);
    },
    transform(code, id) {
      if (!/\/node_modules\/(lit-html|lit-element|@lit\/reactive-element)\//.test(id)) return null;
      let out = code;
      for (const rule of rules) {
        out = out.replace(rule.pattern, () => (matched.set(rule, matched.get(rule) + 1), rule.by));
      }
      return { code: out, map: null };
    },
    buildEnd(error) {
      const changed = rules.filter((rule) => matched.get(rule) !== rule.times);
      if (!error && changed.length) {
        this.error(
          `Lit changed; check these rules of isolateLit(): ${changed.map((rule) => `${rule.name} (${matched.get(rule)} of ${rule.times})`).join(', ')}`,
        );
      }
    },
  };
}

/** Lit's production build, isolated, the templates minified, terser: what both browser builds share. */
function browserBuild({ hydration = false } = {}) {
  return [
    // Lit's production build whatever NODE_ENV says (a test run sets it to "test", which picks the development one).
    nodeResolve({ exportConditions: ['production'] }),
    isolateLit({ hydration }),
    typescript({ tsconfig: 'widgets/tsconfig.json', outDir: `${DIST}`, noEmit: false }),
    minifyTemplates(),
    terser({
      ecma: 2021,
      module: true,
      // Arrow functions for function expressions that use no `this`, no unused parameters, and
      // property reads without side effects: nothing in the widgets or in Lit calls such a
      // function with `new`, reads a function's length, or reads a property for a getter's effect.
      compress: { passes: 3, unsafe_arrows: true, keep_fargs: false, pure_getters: true },
      // Shorten internal members: the widgets' own (names ending in "_") and Lit's private
      // ones (names starting with "_$"). Lit keeps the latter stable only so that separately
      // loaded Lit packages can work together; in this closed bundle nothing outside reads them.
      mangle: { properties: { regex: /_$|^_\$/ } },
      // One table of shortened names for both files: the second one reads members of the first.
      nameCache: {},
      format: { comments: false },
    }),
  ];
}

const bundle = {
  input: 'widgets/src/index.ts',
  // widgets.js may export more than index.ts does (what the second file imports from it):
  // otherwise Rollup puts everything into a third file behind a two-line widgets.js.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: DIST,
    entryFileNames: 'widgets.js',
    // The second file imports widgets.js by this name, relative to its own URL: the CMS serves
    // both from one folder (/treffpunkt/ and /treffpunkt/v/<version>/), so it finds the copy the
    // page already runs.
    chunkFileNames: 'widgets-[name]-[hash].js',
    format: 'es',
    sourcemap: process.env.WIDGETS_SOURCEMAP === '1',
  },
  plugins: [...browserBuild(), pageStylesheet(collapseCss), customElementsManifest()],
};

/**
 * The embed pages' script, widgets-embed.js, with its own second file: see widgets/src/embed/.
 * A build of its own because it keeps Lit's hydration, which widgets.js leaves out.
 */
const embed = {
  input: 'widgets/src/embed/embed-page.ts',
  output: { dir: DIST, entryFileNames: 'widgets-embed.js', chunkFileNames: 'widgets-embed-[name]-[hash].js', format: 'es' },
  plugins: browserBuild({ hydration: true }),
};

/** widgets-frames.js, the one line a host page may add beside the iframe code to size the frames. */
const frames = {
  input: 'widgets/src/embed/host-frames.ts',
  output: { file: `${DIST}/widgets-frames.js`, format: 'es' },
  plugins: [typescript({ tsconfig: 'widgets/tsconfig.json', outDir: DIST, noEmit: false }), terser({ ecma: 2021, module: true })],
};

/** index.d.ts of the treffpunkt-widgets package: the elements, their tag names and the API's types, in one file. */
const types = {
  input: 'widgets/src/index.ts',
  output: { file: `${DIST}/index.d.ts`, format: 'es' },
  plugins: [dts({ tsconfig: 'widgets/tsconfig.json' })],
};

/**
 * The server's copy of the elements, for the embed pages: the same element code with Lit's
 * server build (`node` condition) and Lit SSR, as one ES module the plugin imports. Not minified:
 * Lit SSR recognises Lit elements by an unmangled member.
 */
const serverRender = {
  input: 'widgets/src/embed/server-render.ts',
  output: { file: `${DIST}/ssr/render.mjs`, format: 'es', inlineDynamicImports: true },
  // Lit's DOM shim is written for Node's module scope, where a top-level `this` is undefined anyway.
  onwarn(warning, warn) {
    if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
  },
  plugins: [
    nodeResolve({ exportConditions: ['node', 'production'], preferBuiltins: true }),
    typescript({ tsconfig: 'widgets/tsconfig.json', outDir: `${DIST}/ssr`, noEmit: false }),
    // The same templates as in the browser: hydration finds them by a hash of their text.
    minifyTemplates(),
  ],
};

export default [bundle, embed, frames, serverRender, types];
