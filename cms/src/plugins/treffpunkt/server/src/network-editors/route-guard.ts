/**
 * Admin routes that name a document, checked before their handler runs: reads Strapi lets
 * through (a language the document lacks answers with the document's other versions; Content
 * History checks only the type; the preview URL nothing), our own "write the report", and the
 * writes Strapi does refuse, but with a bare "Forbidden": here the refusal names the network.
 * Writes are held to the editor's networks by the document guard as well, whichever way they come.
 */
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { PLUGIN_ID } from 'treffpunkt-shared/admin-api';
import { CONTENT_TYPES, isTreffpunktUid, type TreffpunktUid } from 'treffpunkt-shared/content-types';
import { outsideRefusal } from './refusals';
import { restrictedRequester, type Verb } from './requester';
import { isInScope } from './scope';

interface Target {
  verb: Verb;
  uid: (ctx: Context) => unknown;
  documentIds: (ctx: Context) => unknown[];
}

const model = (ctx: Context) => ctx.params.model;
const idParam = (ctx: Context) => [ctx.params.id];
const bodyIds = (ctx: Context) => [(ctx.request.body as { documentIds?: unknown } | undefined)?.documentIds].flat();
const target = (verb: Verb, documentIds: Target['documentIds'], uid: Target['uid'] = model): Target => ({ verb, uid, documentIds });
const mirroredType = (ctx: Context) => {
  const kind: unknown = ctx.params.kind;
  return kind === 'event' || kind === 'report' ? CONTENT_TYPES[kind] : undefined;
};

/** By route handler; unpublish counts as publish and discard as update, as in the content manager. */
const CONTENT_MANAGER_TARGETS: Record<string, Target> = {
  'collection-types.findOne': target('read', idParam),
  'collection-types.countDraftRelations': target('read', idParam),
  'collection-types.countManyEntriesDraftRelations': target('read', (ctx) => [ctx.query.documentIds].flat()),
  'collection-types.bulkFindForValidation': target('read', bodyIds),
  'collection-types.update': target('update', idParam),
  'collection-types.discard': target('update', idParam),
  'collection-types.delete': target('delete', idParam),
  'collection-types.bulkDelete': target('delete', bodyIds),
  'collection-types.publish': target('publish', idParam),
  'collection-types.unpublish': target('publish', idParam),
  'collection-types.bulkPublish': target('publish', bodyIds),
  'collection-types.bulkUnpublish': target('publish', bodyIds),
  'collection-types.clone': target('create', (ctx) => [ctx.params.sourceId]),
  'collection-types.autoClone': target('create', (ctx) => [ctx.params.sourceId]),
  'relations.findExisting': target('read', idParam),
  'preview.getPreviewUrl': target(
    'read',
    (ctx) => [ctx.query.documentId],
    (ctx) => ctx.params.contentType,
  ),
  // Content History (licensed editions only; absent otherwise).
  'history-version.findMany': target(
    'read',
    (ctx) => [ctx.query.documentId],
    (ctx) => ctx.query.contentType,
  ),
};

const TREFFPUNKT_TARGETS: Record<string, Target> = {
  'admin-report.findForEvent': target(
    'read',
    (ctx) => [ctx.params.documentId],
    () => CONTENT_TYPES.event,
  ),
  'admin-followers.counts': target(
    'read',
    (ctx) => [ctx.params.documentId],
    () => CONTENT_TYPES.network,
  ),
  'admin-report.createFromEvent': target(
    'read',
    (ctx) => [ctx.params.documentId],
    () => CONTENT_TYPES.event,
  ),
  // A mirrored meeting or report (server/src/sources): where it comes from, and hiding it.
  'admin-sources.origin': target('read', (ctx) => [ctx.params.documentId], mirroredType),
  'admin-sources.hide': target('update', (ctx) => [ctx.params.documentId], mirroredType),
};

function routeGuard(strapi: Core.Strapi, { verb, uid, documentIds }: Target) {
  return async (ctx: Context, next: Next) => {
    const type = uid(ctx);
    if (typeof type !== 'string' || !isTreffpunktUid(type)) return next();
    const requester = await restrictedRequester(strapi, verb, type as TreffpunktUid);
    if (requester) {
      for (const documentId of documentIds(ctx)) {
        if (typeof documentId !== 'string' || (await isInScope(strapi, requester.scope, type, documentId))) continue;
        const refused = await outsideRefusal(strapi, type, documentId);
        if (refused) throw refused;
      }
    }
    return next();
  };
}

interface Route {
  handler?: unknown;
  config?: { middlewares?: unknown[]; [key: string]: unknown };
}

/** Marks our guard among a route's middlewares. */
const NETWORK_EDITOR_GUARD = Symbol('treffpunkt network editor guard');
const isOurGuard = (middleware: unknown) => typeof middleware === 'function' && NETWORK_EDITOR_GUARD in middleware;

/**
 * A plugin's route objects belong to its module, which every Strapi started in one process shares
 * (a restart in the same process, as the tests do): our guard replaces the one a previous instance
 * added, so that no guard of a stopped instance, with its closed database, stays on the route.
 */
function guardRoutes(strapi: Core.Strapi, pluginName: string, targets: Record<string, Target>) {
  const routers = strapi.plugin(pluginName).routes as unknown as Record<string, { routes?: Route[] }>;
  for (const router of Object.values(routers)) {
    for (const route of router.routes ?? []) {
      const found = typeof route.handler === 'string' ? targets[route.handler] : undefined;
      if (!found) continue;
      const others = (route.config?.middlewares ?? []).filter((middleware) => !isOurGuard(middleware));
      const guard = Object.assign(routeGuard(strapi, found), { [NETWORK_EDITOR_GUARD]: true });
      route.config = { ...route.config, middlewares: [...others, guard] };
    }
  }
}

/** In the plugins' register phase: Strapi mounts the routes before any plugin's bootstrap. */
export function guardAdminRoutes(strapi: Core.Strapi) {
  guardRoutes(strapi, 'content-manager', CONTENT_MANAGER_TARGETS);
  guardRoutes(strapi, PLUGIN_ID, TREFFPUNKT_TARGETS);
}
