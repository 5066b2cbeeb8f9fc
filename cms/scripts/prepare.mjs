// Makes a fresh checkout startable without questions: secrets in .env, the upload folder, and
// (with --admin) the admin panel built when it is missing or older than what goes into it. The
// Treffpunkt plugin comes built from its package, strapi-plugin-treffpunkt (the root's
// `npm run build:plugin` builds the workspace copy), as it would from npm.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function secret() {
  return randomBytes(24).toString('base64');
}

function ensureEnvFile() {
  const envFile = path.join(cmsDir, '.env');
  if (existsSync(envFile)) return;
  const lines = [
    '# Generated on first start; keep it out of git. See README "Configuration".',
    'HOST=0.0.0.0',
    'PORT=1337',
    `APP_KEYS=${[secret(), secret(), secret(), secret()].join(',')}`,
    `API_TOKEN_SALT=${secret()}`,
    `ADMIN_JWT_SECRET=${secret()}`,
    `TRANSFER_TOKEN_SALT=${secret()}`,
    `JWT_SECRET=${secret()}`,
    `ENCRYPTION_KEY=${secret()}`,
  ];
  writeFileSync(envFile, lines.join('\n') + '\n', { mode: 0o600 });
  console.log('Created cms/.env with new secrets.');
}

function ensureUploadFolder() {
  mkdirSync(path.join(cmsDir, 'public', 'uploads'), { recursive: true });
}

/** Newest modification time of the files below `target` (a file or a folder), 0 when it is missing. */
function newestChange(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(target).map((name) => newestChange(path.join(target, name))));
}

/** `strapi start` serves a built admin panel: build it when it is missing or older than what goes into it. */
export function buildAdminIfStale() {
  const built = newestChange(path.join(cmsDir, 'dist', 'build', 'index.html'));
  const plugin = path.dirname(createRequire(import.meta.url).resolve('strapi-plugin-treffpunkt/package.json'));
  const inputs = [
    path.join(plugin, 'dist', 'admin'),
    path.join(plugin, 'package.json'),
    'src/admin',
    'config/admin.ts',
    'config/plugins.ts',
    '../package-lock.json',
  ];
  if (built > 0 && inputs.every((input) => newestChange(path.resolve(cmsDir, input)) < built)) return;
  console.log('Building the admin panel (about a minute)...');
  // The package's exports do not include its bin/ folder: find it next to package.json.
  const strapiPackage = createRequire(import.meta.url).resolve('@strapi/strapi/package.json');
  const strapiCli = path.join(path.dirname(strapiPackage), 'bin', 'strapi.js');
  execFileSync(process.execPath, [strapiCli, 'build'], { cwd: cmsDir, stdio: 'inherit' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // Tests bring their own secrets and database: they only need the admin panel.
  if (!process.argv.includes('--admin-only')) {
    ensureEnvFile();
    ensureUploadFolder();
  }
  if (process.argv.includes('--admin') || process.argv.includes('--admin-only')) buildAdminIfStale();
}
