import { treffpunkt } from '../plugin';

function written() {
  return treffpunkt(strapi).service('cache-sync').written();
}

/**
 * Database lifecycles of every Treffpunkt content type: any write (draft, publish, delete) empties
 * the public answers' cache, of every instance (services/cache-sync.ts).
 */
export const clearCacheAfterWrites = {
  afterCreate: written,
  afterCreateMany: written,
  afterUpdate: written,
  afterUpdateMany: written,
  afterDelete: written,
  afterDeleteMany: written,
};
