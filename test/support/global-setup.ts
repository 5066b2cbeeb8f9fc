import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureAdminBuild } from './admin-build';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Compiles the plugin's server code once (`npm test` builds the widget bundle before), and gives the run a scratch folder. */
export default function setup() {
  execFileSync(process.execPath, [path.join(root, 'cms/scripts/prepare.mjs'), '--compile-only'], { stdio: 'inherit' });
  // The browser tests log into the admin panel; rebuilt only when its sources changed.
  ensureAdminBuild(root);
  const scratch = mkdtempSync(path.join(tmpdir(), 'treffpunkt-test-'));
  process.env.TREFFPUNKT_TEST_SCRATCH = scratch;
  return () => rmSync(scratch, { recursive: true, force: true });
}
