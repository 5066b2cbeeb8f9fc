import { dirname, resolve } from 'node:path';
import { rollup } from 'rollup';
import ts from 'typescript';

/**
 * Compiles TypeScript one module at a time, types dropped (as the bundles' TypeScript plugin does, unchecked).
 * @returns {import('rollup').Plugin}
 */
const stripTypes = () => ({
  name: 'strip-types',
  resolveId: (source, importer) => (importer && source.startsWith('.') ? resolve(dirname(importer), `${source}.ts`) : null),
  transform: (code, id) =>
    id.endsWith('.ts')
      ? ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText
      : null,
});

/**
 * Imports a TypeScript module of the repository, with the modules it imports by relative path,
 * into the build (Node runs no TypeScript): e.g. the widgets' options from treffpunkt-shared.
 * Returns its exports and the files it read.
 * @template Exports
 * @param {string} file
 * @returns {Promise<{ module: Exports, files: string[] }>}
 */
export async function importTypeScript(file) {
  const bundle = await rollup({
    input: file,
    plugins: [stripTypes()],
    onwarn: (warning) => {
      throw new Error(warning.message);
    },
  });
  try {
    const { output } = await bundle.generate({ format: 'es' });
    const module = await import(`data:text/javascript;base64,${Buffer.from(output[0].code).toString('base64')}`);
    return { module, files: bundle.watchFiles };
  } finally {
    await bundle.close();
  }
}
