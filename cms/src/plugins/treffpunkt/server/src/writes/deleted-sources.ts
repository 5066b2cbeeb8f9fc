/**
 * A source deleted takes what was mirrored from it with it: nobody keeps those up to date any
 * more, and they can be edited nowhere here. A document-service middleware: writes/index.ts
 * places it among the others.
 */
import type { Core, Modules } from '@strapi/strapi';
import { SOURCE } from 'treffpunkt-shared/content-types';
import { removeMirrored } from '../sources/mirror';

export function removeMirroredWithSource(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const { documentId } = context.params as { documentId?: string };
    if (context.uid !== SOURCE || context.action !== 'delete' || !documentId) return next();
    const result = await next();
    await removeMirrored(strapi, documentId);
    return result;
  };
}
