/**
 * The same sources build the same files: the release's version is a hash of them, and the
 * bundle names its second file by its hash. Instances built apart (one machine each) must serve
 * one release, or a page that got widgets.js from one asks another for a file it does not have.
 * A second build, into another folder, equals the one the test run started with.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/cms';

const again = mkdtempSync(path.join(tmpdir(), 'treffpunkt-widgets-'));
afterAll(() => rmSync(again, { recursive: true, force: true }));

/** Every file below `folder`, by its path there, with its contents. */
function files(folder: string): Record<string, string> {
  const paths = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
  return Object.fromEntries(paths.map((file) => [file, readFileSync(path.join(folder, file), 'utf8')]));
}

describe('the widgets’ build', () => {
  it('gives the same files for the same sources', { timeout: 180_000 }, () => {
    execFileSync(process.execPath, [path.join(repoRoot, 'node_modules/rollup/dist/bin/rollup'), '-c', '--silent'], {
      cwd: repoRoot,
      env: { ...process.env, WIDGETS_DIST: again, NODE_NO_WARNINGS: '1' },
    });
    const first = files(path.join(repoRoot, 'widgets/dist'));
    const second = files(again);
    expect(Object.keys(second)).toEqual(Object.keys(first));
    for (const [file, text] of Object.entries(first)) expect(second[file], file).toBe(text);
  });
});
