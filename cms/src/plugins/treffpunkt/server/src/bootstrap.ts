import type { Core } from '@strapi/strapi';
import { ensureIndexes } from './database/indexes';
import { keepTablesWhenRemoved } from './database/persisted-tables';
import { configureContentManager } from './content-manager/configure';
import { registerAdminActions } from './permissions';
import { bootstrapNetworkEditors } from './network-editors';
import { treffpunkt } from './plugin';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await ensureIndexes(strapi);
  await keepTablesWhenRemoved(strapi);
  await registerAdminActions(strapi);
  await bootstrapNetworkEditors(strapi);
  await configureContentManager(strapi);
  treffpunkt(strapi).service('cache-sync').start();
};
