/**
 * Boots the real CMS in this process the way test/support/cms.ts does (compileStrapi +
 * createStrapi, listening on a free port of 127.0.0.1), on the SQLite file it is given.
 * The plugin package must be built first (`npm run build:widgets && npm run build:plugin`).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { strapiSecrets } from '../../test/support/strapi-secrets.mjs';
import { repoRoot } from './paths.mjs';

// Strapi's ES module build imports folders (lodash/fp), which Node's ESM loader refuses; its CommonJS build works.
const { compileStrapi, createStrapi } = createRequire(import.meta.url)('@strapi/strapi');

const cmsDir = path.join(repoRoot, 'cms');

/** Fresh secrets and the given database; production mode, as a deployment runs it. */
function benchEnvironment({ databaseFile, demoContent }) {
  Object.assign(process.env, {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    ...strapiSecrets(),
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'none',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: databaseFile,
    TREFFPUNKT_DEMO_CONTENT: String(demoContent),
  });
}

/** @returns {Promise<{ strapi: import('@strapi/strapi').Core.Strapi, url: string }>} */
export async function bootCms({ databaseFile, demoContent }) {
  benchEnvironment({ databaseFile, demoContent });
  process.chdir(cmsDir);
  const appContext = await compileStrapi({ appDir: cmsDir });
  const strapi = await createStrapi({ ...appContext, autoReload: false, serveAdminPanel: false }).load();
  strapi.server.mount();
  await new Promise((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = strapi.server.httpServer.address();
  return { strapi, url: `http://127.0.0.1:${port}` };
}
