/**
 * The built widget bundle. `npm test` builds it first; when a widget test runs on its own and
 * the bundle is missing or older than its sources, it is built here (rollup -c).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../support/cms';

export const BUNDLE = path.join(repoRoot, 'widgets/dist/widgets.js');

function newestSource(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs;
    }),
  );
}

export function ensureBundle(): void {
  const sources = path.join(repoRoot, 'widgets/src');
  if (existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= newestSource(sources)) return;
  execFileSync(process.execPath, [path.join(repoRoot, 'node_modules/rollup/dist/bin/rollup'), '-c'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
}
