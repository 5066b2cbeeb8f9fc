/**
 * A meeting or report that stops being public (its last published version unpublished, or the
 * document deleted) is noted with its network, so that the sync answer can tell the installs that
 * mirror it to remove their copy (repositories/sync.ts). The sync's own removals of mirrored
 * documents are not noted: mirrored documents are never passed on.
 * A document-service middleware: writes/index.ts places it among the others.
 */
import type { Core, Modules } from '@strapi/strapi';
import { CONTENT_TYPES, REMOVAL } from 'treffpunkt-shared/content-types';
import { isSyncWrite } from '../sources/sync-context';

type PublicUid = typeof CONTENT_TYPES.event | typeof CONTENT_TYPES.report;

const KIND: Record<PublicUid, 'event' | 'report'> = { [CONTENT_TYPES.event]: 'event', [CONTENT_TYPES.report]: 'report' };

const isPublicUid = (uid: string): uid is PublicUid => uid in KIND;

export function recordRemovals(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  /**
   * The network the document belongs to (any version's: a translation may have none of its own),
   * and whether a published version is left.
   */
  async function published(uid: PublicUid, documentId: string) {
    const rows = (await strapi.db.query(uid).findMany({
      where: { documentId },
      select: ['publishedAt'],
      populate: { network: { select: ['documentId'] } },
    })) as { publishedAt: string | null; network?: { documentId: string } | null }[];
    return { any: rows.some((row) => row.publishedAt), network: rows.find((row) => row.network)?.network?.documentId ?? null };
  }

  return async (context, next) => {
    const { uid, action } = context;
    const { documentId } = context.params as { documentId?: string };
    if (!isPublicUid(uid) || (action !== 'unpublish' && action !== 'delete') || !documentId || isSyncWrite()) return next();
    const before = await published(uid, documentId);
    const result = await next();
    if (before.any && !(await published(uid, documentId)).any) {
      await strapi.db.query(REMOVAL).create({
        data: { kind: KIND[uid], removedDocumentId: documentId, networkDocumentId: before.network, removedAt: new Date() },
      });
    }
    return result;
  };
}
