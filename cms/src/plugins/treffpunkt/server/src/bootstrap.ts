import type { Core } from '@strapi/strapi';
import { ensureIndexes } from './database/indexes';
import { keepTablesWhenRemoved } from './database/persisted-tables';
import { configureContentManager } from './content-manager/configure';
import { registerAdminActions } from './permissions';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await ensureIndexes(strapi);
  await keepTablesWhenRemoved(strapi);
  await registerAdminActions(strapi);
  await configureContentManager(strapi);
};
