// `npm run demo:reset`: deletes the demo networks, meetings and reports (found by their slugs;
// other content stays) and creates them anew, with upcoming meetings dated from today.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { compileStrapi, createStrapi } = createRequire(import.meta.url)('@strapi/strapi');

process.chdir(cmsDir);
const appContext = await compileStrapi({ appDir: cmsDir });
const strapi = await createStrapi(appContext).load();
try {
  const { demo } = createRequire(import.meta.url)(path.join(appContext.distDir, 'src/demo/seed.js'));
  await demo(strapi).reset();
  console.log('The demo content was reset.');
} finally {
  await strapi.destroy();
}
