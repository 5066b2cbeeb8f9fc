import type { Core } from '@strapi/strapi';
import { registerComponents } from './components';
import { registerCustomFields } from './custom-fields';
import { afterEveryPluginBootstrapped } from './first-start/after-plugins';
import { FIRST_START } from './first-start/tasks';
import middlewares from './middlewares';
import { guardAdminRoutes } from './network-editors';
import { treffpunkt } from './plugin';
import { hostRoutes } from './routes/host';
import { registerWriteRules } from './writes';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  const instance = treffpunkt(strapi).service('instance');
  // First of all: with several instances on PostgreSQL, wait here for the first-start lock.
  await instance.join();
  registerComponents(strapi);
  registerCustomFields(strapi);
  registerWriteRules(strapi);
  guardAdminRoutes(strapi);
  // Outermost first, before Strapi's own: requests counted for the drain, then the public API's CORS and methods.
  strapi.server.use(instance.trackRequest);
  strapi.server.use(middlewares['public-access']({}, { strapi }));
  strapi.server.routes(hostRoutes as never);
  afterEveryPluginBootstrapped(strapi, FIRST_START);
};
