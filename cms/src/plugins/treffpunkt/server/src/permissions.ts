/**
 * Who may do what in the admin: Strapi's roles decide. The plugin adds its own actions to
 * the roles page, and once adjusts Strapi's default roles to what Treffpunkt's editors need:
 * - Editors: everything, including the embed page and "write the report".
 * - Both: all of Treffpunkt's languages. Strapi's default roles are created without any
 *   locale, and so see none of the (localized) networks, meetings and reports.
 * - Authors: write reports (their own) and the report of any past meeting; see all networks
 *   and meetings (to pick them), but not change networks, and not open the embed page.
 * - A new role, Network editor: the editors of their own networks (network-editors/role.ts).
 * - Sources (what the office mirrors, server/src/sources) are the office's: Editors manage them,
 *   Authors and Network editors never see them. Applied once on its own, so that an install from
 *   before sources gets it too (Strapi gives a new content type to its Editor and Author roles on
 *   a new database only).
 * - Followers' addresses (ACTIONS.manageSubscribers) are for no role but the Super Admin until an
 *   admin grants them: editors see how many follow, not who.
 * An admin may change all of this later on the roles page; it is never applied again.
 */
import type { Core } from '@strapi/strapi';
import { ACTIONS, PLUGIN_ID } from 'treffpunkt-shared/admin-api';
import { CONTENT_TYPES, SOURCE } from 'treffpunkt-shared/content-types';
import { treffpunkt } from './plugin';
import { LOCALES } from 'treffpunkt-shared/wire';
import type { RoleService } from './first-start/after-plugins';

const ROLE_DEFAULTS_KEY = 'default-role-permissions-applied';
const SOURCE_PERMISSIONS_KEY = 'source-permissions-applied';
const EXPLORER = 'plugin::content-manager.explorer';

const actionUid = (action: string) => action.replace(`plugin::${PLUGIN_ID}.`, '');

const ADMIN_ACTIONS = [
  { uid: actionUid(ACTIONS.embed), displayName: 'Embed page: widgets, snippets and feed addresses' },
  { uid: actionUid(ACTIONS.reportFromEvent), displayName: 'Write the report of a past meeting' },
  { uid: actionUid(ACTIONS.manageEditors), displayName: 'Assign editors to networks' },
  { uid: actionUid(ACTIONS.manageSubscribers), displayName: 'Followers by e-mail: see, export and delete their addresses' },
].map((action) => ({ ...action, section: 'plugins', pluginName: PLUGIN_ID }));

interface StoredPermission {
  id: number;
  action: string;
  subject: string | null;
  properties?: { locales?: string[] | null; [key: string]: unknown };
}

/** Runs in the plugin's bootstrap: before the admin's own, which drops permissions of unknown actions. */
export async function registerAdminActions(strapi: Core.Strapi) {
  await strapi.service('admin::permission').actionProvider.registerMany(ADMIN_ACTIONS);
}

/**
 * Strapi's default roles, adjusted once (see the top of this file). Runs after the admin created
 * them (first-start/after-plugins.ts): on a new database, and on the first start of an existing one
 * with this plugin.
 */
export async function applyRoleDefaults(strapi: Core.Strapi, roles: RoleService) {
  const store = strapi.store({ type: 'plugin', name: PLUGIN_ID });
  if (await store.get({ key: ROLE_DEFAULTS_KEY })) return;
  const editor = await roles.findOne({ code: 'strapi-editor' });
  const author = await roles.findOne({ code: 'strapi-author' });
  if (editor) {
    await grantMissing(strapi, roles, editor.id, [ACTIONS.embed, ACTIONS.reportFromEvent]);
    await allowTreffpunktLocales(strapi, editor.id);
  }
  if (author) {
    await grantMissing(strapi, roles, author.id, [ACTIONS.reportFromEvent]);
    await allowTreffpunktLocales(strapi, author.id);
    await limitAuthorToReadingNetworks(strapi, author.id);
    // An author writes the report of a meeting someone else planned, so sees all meetings.
    await readWithoutConditions(strapi, author.id, CONTENT_TYPES.event);
  }
  await store.set({ key: ROLE_DEFAULTS_KEY, value: treffpunkt(strapi).service('clock').now().toISOString() });
}

function rolePermissions(strapi: Core.Strapi, roleId: number, where: Record<string, unknown>): Promise<StoredPermission[]> {
  return strapi.db.query('admin::permission').findMany({ where: { role: { id: roleId }, ...where } });
}

async function grantMissing(strapi: Core.Strapi, roles: RoleService, roleId: number, actions: string[]) {
  const existing = new Set((await rolePermissions(strapi, roleId, { action: { $in: actions } })).map((p) => p.action));
  const missing = actions.filter((action) => !existing.has(action));
  if (missing.length > 0)
    await roles.addPermissions(
      roleId,
      missing.map((action) => ({ action, subject: null })),
    );
}

/** Networks are the frame every website relies on (its slug is in their snippets): only editors change them. */
async function limitAuthorToReadingNetworks(strapi: Core.Strapi, authorId: number) {
  const writes = ['create', 'update', 'delete', 'publish'].map((verb) => `${EXPLORER}.${verb}`);
  const permissions = await rolePermissions(strapi, authorId, { subject: CONTENT_TYPES.network, action: { $in: writes } });
  await strapi.service('admin::permission').deleteByIds(permissions.map((p) => p.id));
  await readWithoutConditions(strapi, authorId, CONTENT_TYPES.network);
}

/** Content-type permissions without a locale (as Strapi creates its default roles) allow none. */
async function allowTreffpunktLocales(strapi: Core.Strapi, roleId: number) {
  const permissions = await rolePermissions(strapi, roleId, { subject: { $in: Object.values(CONTENT_TYPES) } });
  const withoutLocale = permissions.filter(({ properties }) => properties?.locales !== null && !properties?.locales?.length);
  for (const permission of withoutLocale) {
    const properties = { ...permission.properties, locales: [...LOCALES] };
    await strapi.db.query('admin::permission').update({ where: { id: permission.id }, data: { properties } });
  }
}

/** Strapi's Author reads only what they created ("is creator"); these are read by all. */
async function readWithoutConditions(strapi: Core.Strapi, roleId: number, subject: string) {
  const reads = await rolePermissions(strapi, roleId, { subject, action: `${EXPLORER}.read` });
  for (const permission of reads) {
    await strapi.db.query('admin::permission').update({ where: { id: permission.id }, data: { conditions: [] } });
  }
}

/** Editors manage sources with every field; Authors lose whatever Strapi gave them on sources (see the top of this file). */
export async function applySourcePermissions(strapi: Core.Strapi, roles: RoleService) {
  const store = strapi.store({ type: 'plugin', name: PLUGIN_ID });
  if (await store.get({ key: SOURCE_PERMISSIONS_KEY })) return;
  const editor = await roles.findOne({ code: 'strapi-editor' });
  const author = await roles.findOne({ code: 'strapi-author' });
  if (editor) {
    const explorerActions = (strapi.service('admin::permission').actionProvider.values() as { actionId: string; section: string }[]).filter(
      (action) => action.section === 'contentTypes' && action.actionId.startsWith(`${EXPLORER}.`),
    );
    const otherTypes = Object.keys(strapi.contentTypes).filter((uid) => uid !== SOURCE);
    const wanted = strapi
      .service('admin::content-type')
      .getPermissionsWithNestedFields(explorerActions, { restrictedSubjects: otherTypes }) as { action: string; subject: string }[];
    const existing = new Set((await rolePermissions(strapi, editor.id, { subject: SOURCE })).map((permission) => permission.action));
    const missing = wanted.filter((permission) => !existing.has(permission.action));
    if (missing.length > 0) await roles.addPermissions(editor.id, missing);
  }
  if (author) {
    const permissions = await rolePermissions(strapi, author.id, { subject: SOURCE });
    await strapi.service('admin::permission').deleteByIds(permissions.map((permission) => permission.id));
  }
  await store.set({ key: SOURCE_PERMISSIONS_KEY, value: treffpunkt(strapi).service('clock').now().toISOString() });
}
