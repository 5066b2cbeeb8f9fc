/**
 * Editors of their own network: one Treffpunkt for a whole federation, each member's editors
 * writing and publishing only their own network's content (and the office all of it).
 * - who belongs where: services/network-editors.ts (the "Editors of this network" panel's data);
 * - what that means: scope.ts; the role editor's condition: condition.ts; the role: role.ts (made
 *   once with Strapi's roles, see ../startup/first-start.ts);
 * - every path honouring it: document-guard.ts (writes), route-guard.ts (admin routes naming a document).
 */
import type { Core } from '@strapi/strapi';
import { registerCondition } from './condition';
import { networkEditorGuard } from './document-guard';
import { guardAdminRoutes } from './route-guard';

/** In the plugin's register, before the other document middlewares. */
export function registerNetworkEditors(strapi: Core.Strapi) {
  strapi.documents.use(networkEditorGuard(strapi));
  guardAdminRoutes(strapi);
}

/** In the plugin's bootstrap, which runs before the admin's creates roles. */
export const bootstrapNetworkEditors = registerCondition;
export { restrictedRequester } from './requester';
export { createNetworkEditorRoleOnce } from './role';
