// What `npm run backup` and `npm run restore` share: the app loaded, and the transfer engine of
// `strapi export` and `strapi import` (@strapi/data-transfer), used as those commands use it
// with one difference: the admin's users, roles, permissions and tokens are transferred too.
// The commands filter out every admin:: type, and with them each network editor's assignment
// and every "created by"; the engine itself moves them like any other type.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const startedIn = process.cwd();
// Strapi reads .env from the working folder when it is first required: cms/.env, as `npm start` does.
process.chdir(cmsDir);

const require = createRequire(import.meta.url);
const { createStrapi } = require('@strapi/strapi');
export const dataTransfer = require('@strapi/data-transfer');

/** The environment variable whose value encrypts a backup (Strapi's `--key`); unset: not encrypted. */
export const KEY_VARIABLE = 'TREFFPUNKT_BACKUP_KEY';

/**
 * Not transferred, as with `strapi export`: admin sessions (after a restore everyone signs in
 * again) and content releases (on Strapi's own list of types it never transfers; a paid-plan feature).
 */
const LEFT_OUT = new Set(['admin::session', ...dataTransfer.strapi.getIgnoredOfficialTransferTypes()]);

const transferred = (uid) => !LEFT_OUT.has(uid);

export const wholeInstall = {
  entities: [{ filter: (entity) => transferred(entity.type) }],
  links: [{ filter: (link) => transferred(link.left.type) && transferred(link.right.type) }],
};

/** The app as `strapi start` runs it, from its build in cms/dist: loaded (database, plugins, bootstrap), not listening. */
async function loadStrapi() {
  const distDir = path.join(cmsDir, 'dist');
  if (!existsSync(path.join(distDir, 'src', 'index.js'))) throw new Error('The CMS is not built: run `npm run build` first.');
  const app = createStrapi({ appDir: cmsDir, distDir, autoReload: false, serveAdminPanel: false });
  app.log.level = 'error';
  return app.load();
}

/** A path as the operator typed it: relative to the folder they ran npm in (INIT_CWD), wherever npm runs the script. */
export function operatorPath(file) {
  return path.resolve(process.env.INIT_CWD ?? startedIn, file);
}

/** Runs a transfer and says what each stage moved; prints the engine's warnings (its errors it throws). */
export async function runTransfer(source, destination, options) {
  const engine = dataTransfer.engine.createTransferEngine(source, destination, { versionStrategy: 'ignore', ...options });
  engine.diagnostics.onDiagnostic(({ kind, details }) => {
    if (kind === 'warning') console.warn(`warning: ${details.message}`);
  });
  const results = await engine.transfer();
  const counts = Object.entries(results.engine ?? {}).map(([stage, { count }]) => `${count} ${stage}`);
  console.log(`Transferred ${counts.join(', ')}.`);
}

/** Runs `main` with the loaded app and exits: 0 when it succeeded, 1 with its message when not. */
export async function withStrapi(main) {
  let app;
  try {
    app = await loadStrapi();
    await main(app);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    await app?.destroy();
  }
}
