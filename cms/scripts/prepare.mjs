// Makes a fresh checkout startable without questions: secrets in .env, the upload folder,
// and the plugin's server code compiled (Strapi loads a local plugin's server entry as JavaScript).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

export function compilePlugin() {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  // A fresh output: a module moved or deleted in the sources must not linger as JavaScript.
  rmSync(path.join(cmsDir, 'src/plugins/treffpunkt/dist'), { recursive: true, force: true });
  try {
    execFileSync(process.execPath, [tsc, '-p', path.join(cmsDir, 'src/plugins/treffpunkt/tsconfig.server.json')], {
      stdio: 'inherit',
    });
  } catch {
    console.error('The Treffpunkt plugin did not compile; see the TypeScript errors above.');
    process.exit(1);
  }
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
  const inputs = [
    'src/plugins/treffpunkt/admin',
    // The admin code imports these shared modules of the plugin (not the wire format).
    'src/plugins/treffpunkt/shared/admin-api.ts',
    'src/plugins/treffpunkt/shared/content-types.ts',
    'src/plugins/treffpunkt/shared/editor-texts.ts',
    'src/plugins/treffpunkt/shared/escape-html.ts',
    'src/plugins/treffpunkt/package.json',
    'src/admin',
    'config/admin.ts',
    'config/plugins.ts',
    '../package-lock.json',
  ];
  if (built > 0 && inputs.every((input) => newestChange(path.join(cmsDir, input)) < built)) return;
  console.log('Building the admin panel (about a minute)...');
  // The package's exports do not include its bin/ folder: find it next to package.json.
  const strapiPackage = createRequire(import.meta.url).resolve('@strapi/strapi/package.json');
  const strapiCli = path.join(path.dirname(strapiPackage), 'bin', 'strapi.js');
  execFileSync(process.execPath, [strapiCli, 'build'], { cwd: cmsDir, stdio: 'inherit' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // Tests bring their own secrets and database: they only need the plugin compiled.
  if (!process.argv.includes('--compile-only')) {
    ensureEnvFile();
    ensureUploadFolder();
  }
  compilePlugin();
  if (process.argv.includes('--admin')) buildAdminIfStale();
}
