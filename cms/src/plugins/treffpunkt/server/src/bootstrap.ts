import type { Core } from '@strapi/strapi';
import { ensureIndexes } from './database/indexes';
import { configureContentManager } from './content-manager/configure';
import { registerAdminActions } from './permissions';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await ensureIndexes(strapi);
  await registerAdminActions(strapi);
  await configureContentManager(strapi);
};
