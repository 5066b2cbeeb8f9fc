import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Compiles the plugin's server code once (`npm test` builds the widget bundle before), builds the
 * admin panel the browser tests log into when it is missing or older than its sources (about a
 * minute), and gives the run a scratch folder.
 */
export default function setup() {
  execFileSync(process.execPath, [path.join(root, 'cms/scripts/prepare.mjs'), '--compile-only', '--admin'], { stdio: 'inherit' });
  const scratch = mkdtempSync(path.join(tmpdir(), 'treffpunkt-test-'));
  process.env.TREFFPUNKT_TEST_SCRATCH = scratch;
  return () => rmSync(scratch, { recursive: true, force: true });
}
