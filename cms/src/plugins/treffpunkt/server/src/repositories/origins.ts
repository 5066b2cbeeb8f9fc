/** Where mirrored meetings and reports come from (server/src/sources), as stored with them. */
import type { Core } from '@strapi/strapi';
import type { TreffpunktUid } from 'treffpunkt-shared/content-types';
import type { StoredOrigin } from './stored-parts';

/** Where the document comes from and whether the office hid it; null for one of the office's own. */
export async function originOf(
  strapi: Core.Strapi,
  uid: TreffpunktUid,
  documentId: string,
): Promise<(StoredOrigin & { hidden: boolean }) | null> {
  // Any version has it: each language version keeps its own address.
  const row = (await strapi.db.query(uid).findOne({
    where: { documentId, origin: { id: { $notNull: true } } },
    select: ['hidden'],
    populate: { origin: true },
  })) as { hidden?: boolean | null; origin?: StoredOrigin | null } | null;
  return row?.origin ? { ...row.origin, hidden: Boolean(row.hidden) } : null;
}
