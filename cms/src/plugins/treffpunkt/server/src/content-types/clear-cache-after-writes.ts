import { treffpunkt } from '../plugin';

function clearResponseCache() {
  treffpunkt(strapi).service('response-cache').clear();
}

/** Database lifecycles of every Treffpunkt content type: any write (draft, publish, delete) empties the public answers' cache. */
export const clearCacheAfterWrites = {
  afterCreate: clearResponseCache,
  afterCreateMany: clearResponseCache,
  afterUpdate: clearResponseCache,
  afterUpdateMany: clearResponseCache,
  afterDelete: clearResponseCache,
  afterDeleteMany: clearResponseCache,
};
