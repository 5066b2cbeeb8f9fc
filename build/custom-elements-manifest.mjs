import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

const require = createRequire(import.meta.url);
const analyzer = require.resolve('@custom-elements-manifest/analyzer/package.json');
const cem = join(dirname(analyzer), require(analyzer).bin.cem);

/**
 * Writes custom-elements.json into `outdir` after the build: the analyzer's own command line,
 * with the configuration in custom-elements-manifest.config.mjs (run from the repository's root).
 * @param {{ outdir: string }} options
 */
export function customElementsManifest({ outdir }) {
  return {
    name: 'custom-elements-manifest',
    /** @type {() => void} */
    writeBundle() {
      // The analyzer takes the folder relative to where it runs.
      execFileSync(process.execPath, [cem, 'analyze', '--outdir', relative(process.cwd(), outdir)], {
        stdio: ['ignore', 'inherit', 'inherit'],
      });
    },
  };
}
