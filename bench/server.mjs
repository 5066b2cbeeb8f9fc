/**
 * The CMS under load, in its own process so that the load generator does not share its event
 * loop. Started by bench/lib/cms-process.mjs with its options as JSON in argv[2]; answers over IPC.
 */
import { bootCms } from './lib/boot-cms.mjs';
import { countDocuments, generateContent } from './lib/generate.mjs';

const { databaseFile, demoContent, generate } = JSON.parse(process.argv[2]);
const { strapi, url } = await bootCms({ databaseFile, demoContent });
let searchIndex = null;
if (generate) {
  await generateContent(strapi);
  // The rows were written below the Document Service: the search index catches up as at an upgraded install's start.
  const started = performance.now();
  const reports = await strapi.plugin('treffpunkt').service('search').catchUp();
  searchIndex = { reports, ms: Math.round(performance.now() - started) };
}
const documents = await countDocuments(strapi);

/** A read-only token is what a developer reading the standard REST routes from a front end would use. */
const { accessKey } = await strapi.service('admin::api-token').create({
  name: 'bench',
  description: 'npm run bench',
  type: 'read-only',
  kind: 'content-api',
  lifespan: null,
});

const handlers = {
  'clear-cache': () => strapi.plugin('treffpunkt').service('response-cache').clear(),
  stop: () => strapi.destroy(),
};

process.on('message', async ({ id, type }) => {
  await handlers[type]();
  process.send({ id }, () => type === 'stop' && process.exit(0));
});
// The bench died: do not linger as an orphan holding the port and the database file.
process.on('disconnect', () => process.exit(1));
process.send({ type: 'ready', url, token: accessKey, documents, searchIndex });
