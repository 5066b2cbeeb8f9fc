/**
 * The plugin's own TypeScript modules for the bench (the admin's snippet builder, the server's
 * series expansion and checks), so that the bench uses their logic instead of a copy. Bundled
 * with esbuild (which Strapi brings) into one CommonJS file each, dependencies included, under
 * node_modules/.cache, and loaded from there.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { repoRoot } from './paths.mjs';

const CACHE_DIR = path.join(repoRoot, 'node_modules/.cache/treffpunkt-bench');
const require = createRequire(import.meta.url);

/**
 * The exports of `sources` (paths from the repository root) together, bundled as one, so that
 * they share one copy of their dependencies (one Temporal).
 * @param {string} name the bundle's file name
 * @param {string[]} sources
 */
export function loadTypeScript(name, sources) {
  const outfile = path.join(CACHE_DIR, `${name}.cjs`);
  buildSync({
    stdin: {
      contents: sources.map((source) => `export * from ${JSON.stringify(`./${source}`)};`).join('\n'),
      resolveDir: repoRoot,
      loader: 'ts',
    },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'warning',
  });
  return require(outfile);
}
