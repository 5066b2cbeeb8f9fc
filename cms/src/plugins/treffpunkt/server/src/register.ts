import type { Core } from '@strapi/strapi';
import { registerComponents } from './components';
import { registerCustomFields } from './custom-fields';
import { publicAccess } from './middlewares/public-access';
import { serveEmbedPages } from './routes/embed-pages';
import { serveWidgets } from './routes/widget-assets';
import { editorRules } from './validation/editor-rules';
import { afterEveryPluginBootstrapped } from './startup/after-plugins';
import { FIRST_START } from './startup/first-start';
import { registerNetworkEditors } from './network-editors';
import { treffpunkt } from './plugin';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  // First of all: with several instances on PostgreSQL, wait here for the first-start lock.
  await treffpunkt(strapi).service('instance').join();
  registerComponents(strapi);
  registerNetworkEditors(strapi);
  registerCustomFields(strapi);
  strapi.documents.use(editorRules(strapi));
  // Added before Strapi's own middlewares, so the public API's CORS and methods are decided first.
  strapi.server.use(publicAccess(strapi));
  serveWidgets(strapi);
  serveEmbedPages(strapi);
  afterEveryPluginBootstrapped(strapi, FIRST_START);
};
