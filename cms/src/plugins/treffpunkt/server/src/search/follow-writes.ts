/**
 * The index follows every write to a report, and to a meeting (a report's year is its meeting's):
 * after the Document Service has written the whole document, in the same transaction, so the
 * entries are committed with the content and the caches emptied by that commit never see the one
 * without the other.
 *
 * A Document Service middleware rather than database lifecycles: an entry is made of the whole
 * published document (its outcomes, its meeting, a translation's relations from the German
 * version), which lifecycles see only row by row in the middle of a publish. Every write path
 * that Strapi offers (content manager, bulk actions, REST, history, "write the report", the demo)
 * goes through the Document Service; what is written below it is caught up at the next start.
 */
import type { Core, Modules } from '@strapi/strapi';
import { CONTENT_TYPES } from 'treffpunkt-shared/content-types';
import { searchIndex } from './search-index';

const WRITES = new Set(['create', 'clone', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

export function followWritesInSearch(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  const index = searchIndex(strapi);

  /** The reports whose entries a write of `uid` may change: the report, or the meeting's reports before and after. */
  async function affected(uid: string, documentId: string, before: string[]): Promise<string[]> {
    if (uid === CONTENT_TYPES.report) return [documentId];
    return [...new Set([...before, ...(await index.reportsOfMeeting(documentId))])];
  }

  return async (context, next) => {
    const followed = context.uid === CONTENT_TYPES.report || context.uid === CONTENT_TYPES.event;
    if (!followed || !WRITES.has(context.action)) return next();
    const { documentId: given } = context.params as { documentId?: string };
    return strapi.db.transaction(async () => {
      // A meeting's delete unlinks its reports: ask which they are first.
      const before = context.uid === CONTENT_TYPES.event && given ? await index.reportsOfMeeting(given) : [];
      const result = await next();
      // A create or clone makes a new document; every other write names the one it wrote.
      const made = context.action === 'create' || context.action === 'clone';
      const documentId = made ? (result as { documentId?: string } | null)?.documentId : given;
      if (documentId) await index.sync(await affected(context.uid, documentId, before));
      return result;
    });
  };
}
