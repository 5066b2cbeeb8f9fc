// `npm run restore -- <file> [--replace]`: an archive of `npm run backup` into the database and
// media store this app is configured with (DATABASE_*, UPLOAD_PROVIDER, PUBLIC_DIR), with the
// CMS stopped. The database may be new and empty: loading the app makes the tables. Everything
// in it is replaced, so it refuses a database in which an administrator exists, unless --replace.
import { existsSync } from 'node:fs';
import { KEY_VARIABLE, dataTransfer, operatorPath, runTransfer, wholeInstall, withStrapi } from './transfer.mjs';

const args = process.argv.slice(2);
const replace = args.includes('--replace');
const [file] = args.filter((arg) => arg !== '--replace');
if (!file) {
  console.error('Usage: npm run restore -- <file>.tar.gz[.enc] [--replace]');
  process.exit(2);
}
const archive = operatorPath(file);
if (!existsSync(archive)) {
  console.error(`${archive} does not exist.`);
  process.exit(2);
}
const encrypted = archive.endsWith('.enc');
const key = process.env[KEY_VARIABLE] || undefined;
if (encrypted && !key) {
  console.error(`${archive} is encrypted: set ${KEY_VARIABLE} to the key it was written with.`);
  process.exit(2);
}
// Demo content made on this start would only be deleted again by the restore.
process.env.TREFFPUNKT_DEMO_CONTENT = 'false';

await withStrapi(async (strapi) => {
  const administrators = await strapi.db.query('admin::user').count();
  if (administrators > 0 && !replace) {
    throw new Error(
      `This database is in use (${administrators} admin users); restoring would replace all of its content, users and media. ` +
        'Restore into a new database, or add --replace to replace it.',
    );
  }
  const source = dataTransfer.file.providers.createLocalFileSourceProvider({
    file: { path: archive },
    compression: { enabled: /\.gz(\.enc)?$/.test(archive) },
    encryption: { enabled: encrypted, key },
  });
  const destination = dataTransfer.strapi.providers.createLocalStrapiDestinationProvider({
    getStrapi: () => strapi,
    autoDestroy: false,
    strategy: 'restore',
    // Everything is deleted first, the admin's users and sessions too; content releases stay, as with `strapi import`.
    restore: {
      entities: { exclude: dataTransfer.strapi.getIgnoredOfficialTransferTypes() },
      assets: true,
      configuration: { coreStore: true, webhook: true },
    },
  });
  // 'strict': the archive's content types must be this app's (the same Strapi and Treffpunkt versions).
  await runTransfer(source, destination, { schemaStrategy: 'strict', transforms: wholeInstall });
  console.log(`Restored ${archive}. Start the CMS.`);
});
