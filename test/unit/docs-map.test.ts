/**
 * docs/architecture.md, "Where things are", is a table per code root: its heading names the root, each
 * row what lies directly below it. This keeps the map true to the tree: every path it lists exists, every
 * folder directly below a code root is listed, and a table that lists files lists them all. What counts is
 * what git tracks or would track, so build output and installed packages (ignored by .gitignore), hidden
 * folders and empty ones do not.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DOC = 'docs/architecture.md';
const SECTION = '## Where things are';
const NEVER_LISTED = new Set(['node_modules', 'dist']);

interface CodeRootTable {
  heading: string;
  /** Repository-relative, ending in a slash ('' for the repository itself). */
  root: string;
  /** The folder the rows are written relative to. */
  rowsIn: string;
  /** Repository-relative; folders end in a slash. */
  listed: string[];
}

const codePaths = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map(([, inner]) => inner);
/** The folders a heading names: paths in backticks that end in a slash, `./` being the repository. */
const foldersNamed = (heading: string) =>
  codePaths(heading)
    .filter((entry) => entry.endsWith('/'))
    .map((folder) => (folder === './' ? '' : folder));

/**
 * Each `### …` heading names its code root as a folder in backticks: `test/`, or `server/src/` in
 * `cms/src/plugins/treffpunkt/`. Its rows' paths are relative to the last folder the heading names.
 */
function tablesOf(markdown: string): CodeRootTable[] {
  const start = markdown.indexOf(`\n${SECTION}\n`);
  if (start < 0) throw new Error(`${DOC} has no section "${SECTION}"`);
  const end = markdown.indexOf('\n## ', start + SECTION.length + 2);
  const lines = markdown.slice(start, end < 0 ? undefined : end).split('\n');
  const tables: CodeRootTable[] = [];
  for (const line of lines) {
    if (line.startsWith('### ')) {
      const [named, base] = foldersNamed(line);
      if (named === undefined) throw new Error(`${DOC}: the heading "${line}" names no folder in backticks`);
      tables.push({ heading: line.slice(4), root: (base ?? '') + named, rowsIn: base ?? named, listed: [] });
      continue;
    }
    const table = tables.at(-1);
    if (!table || !line.startsWith('|')) continue;
    const firstCell = line.split('|')[1] ?? '';
    table.listed.push(...codePaths(firstCell).map((entry) => path.posix.join(table.rowsIn, entry)));
  }
  return tables;
}

/** What lies directly below `root` that git tracks or would track (not ignored), as it is on disk now. */
function entriesBelow(root: string): { folders: string[]; files: string[] } {
  const output = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z', '--', root || '.'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  const folders = new Set<string>();
  const files = new Set<string>();
  for (const file of output.split('\0').filter(Boolean)) {
    const [name, ...deeper] = file.slice(root.length).split('/');
    if (name.startsWith('.') || NEVER_LISTED.has(name) || !existsSync(path.join(repoRoot, file))) continue;
    if (deeper.length > 0) folders.add(`${root}${name}/`);
    else files.add(`${root}${name}`);
  }
  return { folders: [...folders].sort(), files: [...files].sort() };
}

const isDirectlyBelow = (entry: string, root: string) =>
  entry.startsWith(root) && !entry.slice(root.length).replace(/\/$/, '').includes('/');

const stats = (entry: string) => statSync(path.join(repoRoot, entry), { throwIfNoEntry: false });
const isFolder = (entry: string) => stats(entry)?.isDirectory() ?? false;
/** A folder (ending in a slash) that is one, or a file that is one. */
const existsAsListed = (entry: string) => (entry.endsWith('/') ? isFolder(entry) : (stats(entry)?.isFile() ?? false));

const tables = tablesOf(readFileSync(path.join(repoRoot, DOC), 'utf8'));

describe(`${DOC}, "Where things are"`, () => {
  it('has a table per code root, each with rows', () => {
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      expect(isFolder(table.root), `${table.heading}: ${table.root} is not a folder`).toBe(true);
      expect(table.listed, `${table.heading} lists nothing`).not.toEqual([]);
    }
  });

  it.each(tables.map((table) => [table.heading, table] as const))('%s: what it lists exists', (_, table) => {
    expect(table.listed.filter((entry) => !existsAsListed(entry))).toEqual([]);
  });

  it.each(tables.map((table) => [table.heading, table] as const))('%s: lists every folder directly below', (_, table) => {
    const { folders } = entriesBelow(table.root);
    expect(folders.filter((folder) => !table.listed.includes(folder))).toEqual([]);
  });

  const listingFiles = tables.filter((table) => table.listed.some((entry) => !entry.endsWith('/') && isDirectlyBelow(entry, table.root)));
  it.each(listingFiles.map((table) => [table.heading, table] as const))(
    '%s: lists every file directly below, as it lists files',
    (_, table) => {
      const { files } = entriesBelow(table.root);
      expect(files.filter((file) => !table.listed.includes(file))).toEqual([]);
    },
  );
});
