import type { Core } from '@strapi/strapi';
import { treffpunkt } from '../plugin';

/**
 * Any write to a Treffpunkt document (draft, publish, delete, by any path) empties the public
 * answers' cache of every instance (services/cache-sync.ts). Database lifecycles, not a
 * document-service middleware: they see Strapi's own writes below the Document Service too, and
 * run inside the writing transaction, which cache-sync needs to tell the others on commit.
 */
export function clearCacheAfterWrites(strapi: Core.Strapi) {
  const written = () => treffpunkt(strapi).service('cache-sync').written();
  return {
    afterCreate: written,
    afterCreateMany: written,
    afterUpdate: written,
    afterUpdateMany: written,
    afterDelete: written,
    afterDeleteMany: written,
  };
}
