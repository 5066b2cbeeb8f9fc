import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * What the tests run on, built where what goes into it changed (cms/scripts/prepare.mjs, the rule
 * `npm start` follows too): the widgets, the plugin package (which carries the widgets), and the
 * admin panel the browser tests log into (about a minute). Then a scratch folder for the run.
 */
export default function setup() {
  execFileSync(process.execPath, [path.join(root, 'cms/scripts/prepare.mjs'), '--packages', '--admin-only'], {
    cwd: root,
    stdio: 'inherit',
  });
  const scratch = mkdtempSync(path.join(tmpdir(), 'treffpunkt-test-'));
  process.env.TREFFPUNKT_TEST_SCRATCH = scratch;
  return () => rmSync(scratch, { recursive: true, force: true });
}
