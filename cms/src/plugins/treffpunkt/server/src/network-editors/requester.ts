/**
 * Who is asking: an admin user whose only permission for an action on a Treffpunkt type is
 * limited to "in one of my networks" is *restricted*, and the guards hold them to their
 * networks. Everybody else passes untouched: the Super Admin, Editors and Authors (their roles
 * have no such condition), the public API, API tokens, and the plugin's own startup code.
 * A user who has the action also without our condition (e.g. Network editor and Editor) is
 * not restricted either: Strapi's roles add up, the wider one wins.
 */
import type { Core } from '@strapi/strapi';
import type { TreffpunktUid } from 'treffpunkt-shared/content-types';
import { IN_MY_NETWORKS } from './condition';
import { scopeOf, type NetworkScope } from './scope';

/** The content manager's actions (unpublish and discard count as publish and update there). */
export type Verb = 'read' | 'create' | 'update' | 'delete' | 'publish';

export interface AdminUser {
  id: number;
  preferedLanguage?: string | null;
}

export interface RestrictedRequester {
  user: AdminUser;
  scope: NetworkScope;
}

interface StoredPermission {
  action: string;
  subject?: string | null;
  conditions?: string[];
}

const requestPermissions = new WeakMap<object, Promise<StoredPermission[]>>();

function adminRequest(strapi: Core.Strapi) {
  const ctx = strapi.requestContext.get();
  const isAdmin = ctx?.state?.auth?.strategy?.name === 'admin' && ctx.state.user;
  return isAdmin ? (ctx as typeof ctx & { state: { user: AdminUser } }) : null;
}

function permissionsOf(strapi: Core.Strapi, ctx: object, user: AdminUser): Promise<StoredPermission[]> {
  let permissions = requestPermissions.get(ctx);
  if (!permissions) {
    permissions = strapi.service('admin::permission').findUserPermissions(user) as Promise<StoredPermission[]>;
    requestPermissions.set(ctx, permissions);
  }
  return permissions;
}

/** The requester and their scope when they are restricted for this action on this type, else null. */
export async function restrictedRequester(strapi: Core.Strapi, verb: Verb, uid: TreffpunktUid): Promise<RestrictedRequester | null> {
  const ctx = adminRequest(strapi);
  if (!ctx) return null;
  const user = ctx.state.user;
  const action = `plugin::content-manager.explorer.${verb}`;
  const granting = (await permissionsOf(strapi, ctx, user)).filter((p) => p.action === action && p.subject === uid);
  const restricted = granting.length > 0 && granting.every((p) => p.conditions?.includes(IN_MY_NETWORKS));
  return restricted ? { user, scope: await scopeOf(strapi, user.id) } : null;
}
