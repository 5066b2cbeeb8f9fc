import type { Core, Modules } from '@strapi/strapi';
import { isTreffpunktUid } from 'treffpunkt-shared/content-types';

interface WriteParams {
  documentId?: string;
  locale?: string;
  status?: string;
}

/**
 * Saving and publishing in one call (`status: 'published'` on create or update) becomes two
 * steps: the draft is saved first, then published through the Document Service again, so the
 * publish meets every rule a publish meets, and a refused publish loses nothing that was typed.
 */
export function saveThenPublish(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const params = context.params as WriteParams;
    const saving = context.action === 'create' || context.action === 'update';
    if (!isTreffpunktUid(context.uid) || !saving || params.status !== 'published') return next();
    const { status: _published, ...draftParams } = params;
    context.params = draftParams as typeof context.params;
    const draft = (await next()) as { documentId: string };
    const published = await strapi.documents(context.uid).publish({ documentId: draft.documentId, locale: params.locale } as never);
    return published.entries[0];
  };
}
