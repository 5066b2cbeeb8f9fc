import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const plugin = path.join(root, 'cms/src/plugins/treffpunkt');

/** Newest modification time below `target` (a file or a folder), 0 when it is missing. */
function newestChange(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(target).map((name) => newestChange(path.join(target, name))));
}

const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

/**
 * What the tests run on, built when missing or older than its sources (`npm test` builds the
 * first two anyway; a single test file run with `npx vitest` finds them fresh too): the widgets,
 * the plugin package (which carries the widgets), and the admin panel the browser tests log into
 * (about a minute). Then a scratch folder for the run.
 */
export default function setup() {
  if (newestChange(path.join(root, 'widgets/dist/widgets.js')) < newestChange(path.join(root, 'widgets/src'))) {
    run(process.execPath, [path.join(root, 'node_modules/rollup/dist/bin/rollup'), '-c', '--silent']);
  }
  const pluginSources = ['admin/src', 'server/src', 'shared', 'package.json'].map((part) => newestChange(path.join(plugin, part)));
  const pluginBuilt = Math.min(newestChange(path.join(plugin, 'dist/server/index.js')), newestChange(path.join(plugin, 'dist/widgets')));
  if (pluginBuilt < Math.max(...pluginSources, newestChange(path.join(root, 'widgets/dist')))) {
    run('npm', ['run', 'build:plugin', '--silent']);
  }
  run(process.execPath, [path.join(root, 'cms/scripts/prepare.mjs'), '--admin-only']);
  const scratch = mkdtempSync(path.join(tmpdir(), 'treffpunkt-test-'));
  process.env.TREFFPUNKT_TEST_SCRATCH = scratch;
  return () => rmSync(scratch, { recursive: true, force: true });
}
