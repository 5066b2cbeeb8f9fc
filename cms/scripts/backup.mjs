// `npm run backup -- <file>`: the whole install in one archive, <file>.tar.gz (.tar.gz.enc when
// TREFFPUNKT_BACKUP_KEY is set): content in every language and state, media files, the
// plugin's tables (network-editor assignments), admin users, roles and permissions, API tokens,
// the users-permissions settings and Strapi's core store. `npm run restore` reads it back.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { KEY_VARIABLE, dataTransfer, operatorPath, runTransfer, wholeInstall, withStrapi } from './transfer.mjs';

const ARCHIVE_EXTENSION = /\.tar(\.gz)?(\.enc)?$/;

const [file] = process.argv.slice(2);
if (!file) {
  console.error('Usage: npm run backup -- <file>   (writes <file>.tar.gz, or <file>.tar.gz.enc with TREFFPUNKT_BACKUP_KEY set)');
  process.exit(2);
}
const key = process.env[KEY_VARIABLE] || undefined;
// Strapi's file provider adds the extensions itself.
const base = operatorPath(file).replace(ARCHIVE_EXTENSION, '');
const archive = `${base}.tar.gz${key ? '.enc' : ''}`;
if (existsSync(archive)) {
  console.error(`${archive} exists already; a backup never overwrites one. Choose another name.`);
  process.exit(2);
}
mkdirSync(path.dirname(base), { recursive: true });

await withStrapi(async (strapi) => {
  const source = dataTransfer.strapi.providers.createLocalStrapiSourceProvider({ getStrapi: () => strapi, autoDestroy: false });
  const destination = dataTransfer.file.providers.createLocalFileDestinationProvider({
    file: { path: base },
    compression: { enabled: true },
    encryption: { enabled: Boolean(key), key },
  });
  try {
    await runTransfer(source, destination, { schemaStrategy: 'ignore', transforms: wholeInstall });
  } catch (error) {
    // Half an archive must not pass for a backup.
    rmSync(archive, { force: true });
    throw error;
  }
  console.log(`Backup written to ${archive}${key ? ` (encrypted with ${KEY_VARIABLE})` : ''}.`);
});
