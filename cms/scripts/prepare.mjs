// Makes a fresh checkout startable without questions: secrets in .env, the upload folder, and
// (with --admin) the admin panel, built when what goes into it changed. The Treffpunkt plugin
// comes built from its package, strapi-plugin-treffpunkt, as it would from npm; with --packages
// (the root's `npm start`) the workspace's widgets and plugin are built first, likewise.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(cmsDir, '..');

function secret() {
  return randomBytes(24).toString('base64');
}

function ensureEnvFile() {
  const envFile = path.join(cmsDir, '.env');
  if (existsSync(envFile)) return;
  const lines = [
    '# Generated on first start; keep it out of git. See docs/operators.md, "Configuration".',
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

/**
 * Every file below `target` (a file or a folder) but those in folders below it named in `skipped`, sorted; none when
 * it is missing. A target itself always counts, whatever its name: the plugin's inputs include widgets/dist.
 */
function filesBelow(target, skipped = []) {
  if (!existsSync(target)) return [];
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target)
    .sort()
    .filter((name) => !skipped.includes(name))
    .flatMap((name) => filesBelow(path.join(target, name), skipped));
}

/** A hash of the names and contents of the files below `targets` (see filesBelow). */
export function contentHash(targets, skipped = []) {
  const hash = createHash('sha256');
  for (const file of targets.flatMap((target) => filesBelow(target, skipped))) {
    hash.update(`${path.relative(repoRoot, file)}\0`);
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const run = (command, args, cwd) => () => execFileSync(command, args, { cwd, stdio: 'inherit' });
const plugin = path.dirname(createRequire(import.meta.url).resolve('strapi-plugin-treffpunkt/package.json'));
const widgets = path.join(repoRoot, 'widgets');
const shared = path.join(plugin, 'shared');
const lockFile = path.join(repoRoot, 'package-lock.json');

/** What `npm start` builds: what goes into each build (its inputs, less the `skipped` folders), where it goes, how. */
export const BUILDS = {
  widgets: {
    inputs: [
      widgets,
      shared,
      ...['build', 'rollup.config.js', 'custom-elements-manifest.config.mjs'].map((input) => path.join(repoRoot, input)),
      lockFile,
    ],
    skipped: ['dist', 'node_modules'],
    output: path.join(widgets, 'dist'),
    build: run('npm', ['run', 'build:widgets', '--silent'], repoRoot),
  },
  // The plugin package carries the widgets' build.
  plugin: {
    inputs: [plugin, path.join(widgets, 'dist'), lockFile],
    skipped: ['dist', 'node_modules'],
    output: path.join(plugin, 'dist'),
    build: run('npm', ['run', 'build:plugin', '--silent'], repoRoot),
  },
  admin: {
    inputs: [
      path.join(plugin, 'dist', 'admin'),
      path.join(plugin, 'package.json'),
      ...['src/admin', 'config/admin.ts', 'config/plugins.ts'].map((input) => path.join(cmsDir, input)),
      lockFile,
    ],
    skipped: [],
    output: path.join(cmsDir, 'dist', 'build'),
    // The package's exports do not include its bin/ folder: find it next to package.json.
    build: run(
      process.execPath,
      [path.join(path.dirname(createRequire(import.meta.url).resolve('@strapi/strapi/package.json')), 'bin', 'strapi.js'), 'build'],
      cmsDir,
    ),
  },
};

// Beside the installed packages, out of git and out of what a build packs or serves.
const records = path.join(repoRoot, 'node_modules', '.cache', 'treffpunkt-builds');

/** The hashes of a build's inputs and of its output now. Contents, not modification times: builds rewrite unchanged files. */
function state({ inputs, skipped, output }) {
  return { inputs: contentHash(inputs, skipped), output: contentHash([output]) };
}

/**
 * Whether `name`'s output is the one built from its inputs as they are now: recorded after the last build here, and
 * not replaced since (by `npm test` or `npm run build`, say).
 */
export function isCurrent(name) {
  const record = path.join(records, `${name}.json`);
  if (!existsSync(record) || !existsSync(BUILDS[name].output)) return false;
  const built = JSON.parse(readFileSync(record, 'utf8'));
  const now = state(BUILDS[name]);
  return built.inputs === now.inputs && built.output === now.output;
}

/** Builds `name` (widgets, plugin, admin) unless its output is current; the admin takes about a minute. */
export function buildIfChanged(name) {
  if (isCurrent(name)) return;
  console.log(`Building the ${name}...`);
  BUILDS[name].build();
  mkdirSync(records, { recursive: true });
  writeFileSync(path.join(records, `${name}.json`), `${JSON.stringify(state(BUILDS[name]))}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const flags = process.argv.slice(2);
  // Tests bring their own secrets and database: they only need the admin panel.
  if (!flags.includes('--admin-only')) {
    ensureEnvFile();
    ensureUploadFolder();
  }
  // In this repository, the root's `npm start`: the workspace's widgets and plugin, which the app uses.
  if (flags.includes('--packages')) for (const name of ['widgets', 'plugin']) buildIfChanged(name);
  if (flags.includes('--admin') || flags.includes('--admin-only')) buildIfChanged('admin');
}
