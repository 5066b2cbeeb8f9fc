// Builds the Treffpunkt widgets: one minified ES module (both elements, both languages)
// plus custom-elements.json, both in widgets/dist/. `npm run build:widgets` runs it.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';

const DIST = 'widgets/dist';
const ELEMENT_SOURCES = [
  'widgets/src/shared/base-element.ts',
  'widgets/src/latest-reports/latest-reports.ts',
  'widgets/src/next-meeting/next-meeting.ts',
];

/** Leaves internals out of the manifest: members ending in "_" (see terser below), private and protected ones. */
function hideInternals() {
  const isPublic = (item) => !item.name?.endsWith('_') && !item.fieldName?.endsWith('_') && item.privacy !== 'private' && item.privacy !== 'protected';
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
 * Collapses the whitespace inside css`` and html`` templates: the size budget is tight and
 * terser leaves template strings alone. CSS loses all optional whitespace; in HTML only runs
 * with a line break shrink, to one space, so words and inline elements keep their spacing.
 */
function minifyTemplates() {
  const internalNames = new Map();
  const collapse = {
    css: (text) =>
      text
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/ ?([{};,>]) ?/g, '$1')
        .replace(/([^\d]): /g, '$1:')
        .replace(/;}/g, '}')
        .replace(/([^\w.])0\./g, '$1.')
        // Internal custom properties (--_accent) never leave the shadow root: one letter will do.
        .replace(/--_([a-z-]+)/g, (_, name) => `--_${internalNames.get(name) ?? internalNames.set(name, (internalNames.size + 10).toString(36)).get(name)}`)
        .trim(),
    html: (text) => text.replace(/\s*\n\s*/g, ' '),
  };
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!id.includes('/widgets/src/')) return null;
      const edits = [];
      const visit = (node) => {
        if (node.type === 'TaggedTemplateExpression' && collapse[node.tag.name]) {
          for (const quasi of node.quasi.quasis) edits.push([quasi, collapse[node.tag.name]]);
        }
        for (const value of Object.values(node)) {
          for (const child of [value].flat()) if (child && typeof child.type === 'string') visit(child);
        }
      };
      visit(this.parse(code));
      let out = code;
      for (const [{ start, end }, minify] of edits.sort((a, b) => b[0].start - a[0].start)) {
        out = out.slice(0, start) + minify(out.slice(start, end)) + out.slice(end);
      }
      return { code: out, map: null };
    },
  };
}

export default {
  input: 'widgets/src/index.ts',
  output: {
    file: `${DIST}/treffpunkt-widgets.js`,
    format: 'es',
    sourcemap: false,
  },
  plugins: [
    nodeResolve(),
    typescript({ tsconfig: 'widgets/tsconfig.json', outDir: `${DIST}`, noEmit: false }),
    minifyTemplates(),
    terser({
      ecma: 2021,
      module: true,
      compress: { passes: 3 },
      // Members whose names end in "_" are internal to the widgets: shorten them.
      mangle: { properties: { regex: /_$/ } },
      format: { comments: false },
    }),
    customElementsManifest(),
  ],
};
