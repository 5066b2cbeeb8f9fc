import type { Core } from '@strapi/strapi';
import { configureContentManager } from './content-manager/configure';
import { ensureIndexes } from './database/indexes';
import { keepTablesWhenRemoved } from './database/persisted-tables';
import { registerCondition } from './network-editors';
import { registerAdminActions } from './permissions';
import { treffpunkt } from './plugin';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await ensureIndexes(strapi);
  await treffpunkt(strapi).service('search').catchUp();
  await keepTablesWhenRemoved(strapi);
  await registerAdminActions(strapi);
  // Before the admin's bootstrap creates the roles that use it.
  await registerCondition(strapi);
  await configureContentManager(strapi);
  treffpunkt(strapi).service('cache-sync').start();
};
