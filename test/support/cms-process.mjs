/**
 * One CMS instance in a process of its own, started the way `strapi start` starts one
 * (createStrapi().start(): listens on HOST:PORT from its environment; SIGTERM stops it
 * through strapi.destroy()), from the app the test compiled once (argv[2]: JSON {appDir, distDir}),
 * so that instances started together do not compile over each other. Used by test/support/cms-instances.ts.
 */
import { createRequire } from 'node:module';

// Strapi's ES module build imports folders (lodash/fp), which Node's ESM loader refuses; its CommonJS build works.
const { createStrapi } = createRequire(import.meta.url)('@strapi/strapi');

const { appDir, distDir } = JSON.parse(process.argv[2]);
process.chdir(appDir);
await createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false }).start();
