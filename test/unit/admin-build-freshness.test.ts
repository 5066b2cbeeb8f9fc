/**
 * `npm start` builds the widgets, the plugin and the admin panel only when what goes into them changed
 * (cms/scripts/prepare.mjs). `npm test` and `npm run build` rewrite the widgets and the plugin every time, with the
 * same bytes: that alone must not cost the next start its minute of admin build.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentHash, isCurrent } from '../../cms/scripts/prepare.mjs';

const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function folderWith(files: Record<string, string>) {
  const folder = mkdtempSync(path.join(tmpdir(), 'treffpunkt-hash-'));
  folders.push(folder);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  return folder;
}

/** Writes every file below `target` again with the bytes it has, as a build that changed nothing does. */
function rewriteUnchanged(target: string) {
  for (const entry of readdirSync(target, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    writeFileSync(file, readFileSync(file));
  }
}

describe('the hash of what goes into a build', () => {
  it('stays when files are written again unchanged, and changes with a byte, a new file or a new name', () => {
    const inputs = folderWith({ 'index.mjs': 'export {};', 'chunk.mjs': 'a' });
    const before = contentHash([inputs]);
    rewriteUnchanged(inputs);
    expect(contentHash([inputs])).toBe(before);

    writeFileSync(path.join(inputs, 'chunk.mjs'), 'b');
    const changed = contentHash([inputs]);
    expect(changed).not.toBe(before);
    writeFileSync(path.join(inputs, 'chunk-2.mjs'), '');
    const added = contentHash([inputs]);
    expect(added).not.toBe(changed);
    renameSync(path.join(inputs, 'chunk-2.mjs'), path.join(inputs, 'chunk-3.mjs'));
    expect(contentHash([inputs])).not.toBe(added);
  });

  it('leaves out folders named in skipped below a target, never a target itself (the widgets’ dist goes into the plugin)', () => {
    const inputs = folderWith({ 'index.mjs': 'a' });
    const dist = path.join(inputs, 'dist');
    mkdirSync(dist);
    writeFileSync(path.join(dist, 'widgets.js'), 'a');
    const before = contentHash([inputs, dist], ['dist']);
    writeFileSync(path.join(dist, 'widgets.js'), 'b');
    expect(contentHash([inputs, dist], ['dist'])).not.toBe(before);
  });

  it('keeps the built admin panel current when the plugin build writes the same admin code again', () => {
    // The test run's set-up built the admin panel from the plugin as it is (test/support/global-setup.ts).
    expect(isCurrent('admin')).toBe(true);
    const plugin = path.dirname(createRequire(import.meta.url).resolve('strapi-plugin-treffpunkt/package.json'));
    rewriteUnchanged(path.join(plugin, 'dist', 'admin'));
    expect(isCurrent('admin')).toBe(true);
  });
});
