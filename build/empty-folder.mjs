import { rmSync } from 'node:fs';

/**
 * Empties `folder` before the build: the CMS serves every widgets file in it, and an old second file must not linger.
 * @param {string} folder
 */
export function emptyFolder(folder) {
  return {
    name: 'empty-folder',
    /** @type {() => void} */
    buildStart() {
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
