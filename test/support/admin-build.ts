/**
 * The built admin panel (cms/dist/build), which the browser tests log into. `strapi build`
 * takes about a minute, so it runs only when the build is missing or made from other sources:
 * a fingerprint of everything the admin bundle is made from is kept next to it.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Files and folders the admin bundle is made from, relative to the repository. */
const ADMIN_SOURCES = [
  'cms/src/plugins/treffpunkt/admin/src',
  'cms/src/plugins/treffpunkt/shared',
  'cms/src/plugins/treffpunkt/package.json',
  'cms/src/admin',
  'cms/config/admin.ts',
  'cms/config/plugins.ts',
  'cms/config/server.ts',
  'cms/package.json',
  'package-lock.json',
];

export const adminBuildDir = (repoRoot: string) => path.join(repoRoot, 'cms/dist/build');
const fingerprintFile = (repoRoot: string) => path.join(adminBuildDir(repoRoot), '.treffpunkt-sources');

function filesUnder(file: string): string[] {
  if (!existsSync(file)) return [];
  if (!statSync(file).isDirectory()) return [file];
  return readdirSync(file)
    .sort()
    .flatMap((name) => filesUnder(path.join(file, name)));
}

function sourcesFingerprint(repoRoot: string): string {
  const hash = createHash('sha256');
  for (const file of ADMIN_SOURCES.flatMap((source) => filesUnder(path.join(repoRoot, source)))) {
    hash.update(path.relative(repoRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

export function adminPanelIsBuilt(repoRoot: string): boolean {
  return existsSync(path.join(adminBuildDir(repoRoot), 'index.html'));
}

/** Builds the admin panel unless the existing build was made from the current sources. */
export function ensureAdminBuild(repoRoot: string): void {
  const fingerprint = sourcesFingerprint(repoRoot);
  const stored = existsSync(fingerprintFile(repoRoot)) ? readFileSync(fingerprintFile(repoRoot), 'utf8') : '';
  if (adminPanelIsBuilt(repoRoot) && stored === fingerprint) return;
  console.log('Building the Strapi admin panel for the browser tests (about a minute) …');
  const cmsDir = path.join(repoRoot, 'cms');
  const strapiBin = path.join(path.dirname(createRequire(path.join(cmsDir, 'package.json')).resolve('@strapi/strapi/package.json')), 'bin/strapi.js');
  try {
    execFileSync(process.execPath, [strapiBin, 'build'], {
      cwd: cmsDir,
      stdio: 'pipe',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true' },
    });
  } catch (error) {
    // The build is chatty (bundler notes) when it works; its output matters only when it fails.
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    console.error(`${stdout ?? ''}${stderr ?? ''}`);
    throw new Error('The Strapi admin panel did not build; see the output above.');
  }
  writeFileSync(fingerprintFile(repoRoot), fingerprint);
}
