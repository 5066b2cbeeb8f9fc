/**
 * A meeting or report mirrored from a source is edited where it comes from: here it only follows
 * (server/src/sources). Editors may hide it (a write of `hidden` alone, which the origin panel
 * makes, and which then holds for its published version too); every other write an editor makes
 * to it is refused with a message that names where to edit it. The sync's own writes pass
 * (sources/sync-context.ts). No write but the sync's may set where a document comes from.
 * A document-service middleware: writes/index.ts places it among the others.
 */
import type { Core, Modules } from '@strapi/strapi';
import { CONTENT_TYPES } from 'treffpunkt-shared/content-types';
import { bilingual as t } from 'treffpunkt-shared/locales';
import { originOf } from '../repositories/origins';
import type { StoredOrigin } from '../repositories/stored-parts';
import { isSyncWrite } from '../sources/sync-context';
import { editorRefusal } from '../validation/editor-messages';

type MirroredUid = typeof CONTENT_TYPES.event | typeof CONTENT_TYPES.report;

const isMirrorable = (uid: string): uid is MirroredUid => uid === CONTENT_TYPES.event || uid === CONTENT_TYPES.report;

interface Params {
  documentId?: string;
  data?: Record<string, unknown>;
}

/** Only `hidden`: what an editor may change of a mirrored document. */
const onlyHides = (data: Record<string, unknown> | undefined) => data !== undefined && Object.keys(data).every((key) => key === 'hidden');

export function mirroredReadOnly(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  const refuse = (origin: StoredOrigin) =>
    editorRefusal(
      strapi,
      t(
        `Dieser Eintrag wird von „${origin.name}“ übernommen und dort bearbeitet (${origin.url}); hier lässt er sich nur ausblenden.`,
        `This entry is mirrored from "${origin.name}" and edited there (${origin.url}); here it can only be hidden.`,
      ),
    );

  /** A hidden mirrored document is hidden in every version, the published one too, without publishing anything else. */
  async function hideEverywhere(uid: MirroredUid, documentId: string, hidden: unknown) {
    await strapi.db.query(uid).updateMany({ where: { documentId }, data: { hidden: hidden === true } });
  }

  return async (context, next) => {
    const { uid, action } = context;
    if (!isMirrorable(uid) || isSyncWrite()) return next();
    const params = context.params as Params;
    if (params.data && 'origin' in params.data) {
      throw editorRefusal(
        strapi,
        t('Woher ein Eintrag kommt, trägt nur der Abruf einer Quelle ein.', 'Only reading a source sets where an entry comes from.'),
      );
    }
    if (!params.documentId || action === 'publish' || action === 'discardDraft') return next();
    const origin = await originOf(strapi, uid, params.documentId);
    if (!origin) return next();
    if (action !== 'update' || !onlyHides(params.data)) throw refuse(origin);
    const result = await next();
    await hideEverywhere(uid, params.documentId, params.data?.hidden);
    return result;
  };
}
