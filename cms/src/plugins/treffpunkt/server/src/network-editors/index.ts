/**
 * Editors of their own network: one Treffpunkt for a whole federation, each member's editors
 * writing and publishing only their own network's content (and the office all of it).
 * - who belongs where: services/network-editors.ts (the "Editors of this network" panel's data);
 * - what that means: scope.ts; the role editor's condition: condition.ts; the role: role.ts (made
 *   once with Strapi's roles, see ../first-start/tasks.ts);
 * - every path honouring it: document-guard.ts (writes, placed by ../writes/index.ts) and
 *   route-guard.ts (admin routes naming a document).
 */
export { registerCondition } from './condition';
export { guardAdminRoutes } from './route-guard';
export { restrictedRequester } from './requester';
export { createNetworkEditorRoleOnce } from './role';
