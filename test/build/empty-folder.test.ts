/** build/empty-folder.mjs: an old second file of the widgets must not linger in dist/, where the CMS serves every file. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyFolder } from '../../build/empty-folder.mjs';

const scratch = mkdtempSync(path.join(tmpdir(), 'treffpunkt-empty-folder-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the output folder (build/empty-folder.mjs)', () => {
  it('is emptied when a build starts, and may be missing', () => {
    const dist = path.join(scratch, 'dist');
    mkdirSync(path.join(dist, 'ssr'), { recursive: true });
    writeFileSync(path.join(dist, 'widgets-details-old.js'), '');
    emptyFolder(dist).buildStart();
    expect(existsSync(dist)).toBe(false);
    expect(() => emptyFolder(dist).buildStart()).not.toThrow();
  });
});
