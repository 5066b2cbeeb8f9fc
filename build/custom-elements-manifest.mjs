import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const analyzer = require.resolve('@custom-elements-manifest/analyzer/package.json');
const cem = join(dirname(analyzer), require(analyzer).bin.cem);
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Writes custom-elements.json into `outdir` after the build: the analyzer's own command line,
 * with the configuration in custom-elements-manifest.config.mjs, run in the repository's root
 * whatever the calling process's working folder (a test worker that booted Strapi is in cms/).
 * @param {{ outdir: string }} options
 */
export function customElementsManifest({ outdir }) {
  return {
    name: 'custom-elements-manifest',
    /** @type {() => void} */
    writeBundle() {
      // The analyzer takes the folder relative to where it runs.
      execFileSync(process.execPath, [cem, 'analyze', '--outdir', relative(repoRoot, outdir)], {
        cwd: repoRoot,
        stdio: ['ignore', 'inherit', 'inherit'],
      });
    },
  };
}
