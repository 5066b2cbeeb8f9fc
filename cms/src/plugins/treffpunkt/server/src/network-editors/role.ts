/**
 * The role "Network editor" (in the German admin "Netzwerk-Redaktion"), created once on the
 * first start with this plugin version: what Strapi's Editor may do with networks, meetings
 * and reports, each limited to "in one of my networks"; the embed page, "write the report" and
 * the media library as Editors have it (media stay shared by everyone). Strapi's own roles are
 * not touched. If an administrator deletes or renames the role, it is not made again.
 */
import type { Core } from '@strapi/strapi';
import { ACTIONS, NETWORK_EDITOR_ROLE, PLUGIN_ID } from 'treffpunkt-shared/admin-api';
import { CONTENT_TYPES, isTreffpunktUid } from 'treffpunkt-shared/content-types';
import { LOCALES } from 'treffpunkt-shared/wire';
import { treffpunkt } from '../plugin';
import type { RoleService } from '../first-start/after-plugins';
import { IN_MY_NETWORKS } from './condition';

const ROLE_CREATED_KEY = 'network-editor-role-created';
const EXPLORER = 'plugin::content-manager.explorer.';

export const NETWORK_EDITOR_ROLE_ATTRIBUTES = {
  name: 'Network editor',
  code: NETWORK_EDITOR_ROLE,
  description:
    'Edits and publishes the networks, meetings and reports of the networks assigned to them and of their child networks. ' +
    '(Bearbeitet und veröffentlicht Netzwerke, Treffen und Berichte der zugeordneten Netzwerke und ihrer untergeordneten Netzwerke.)',
};

/** As Strapi gives them to its Editor role. */
const MEDIA_LIBRARY_ACTIONS = [
  'plugin::upload.read',
  'plugin::upload.configure-view',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];

interface ContentTypePermission {
  action: string;
  subject: string;
  properties: { fields?: string[] };
}

/** The content manager's actions on the three types, every field but a network's list of children, all languages. */
function contentPermissions(strapi: Core.Strapi) {
  const explorerActions = (strapi.service('admin::permission').actionProvider.values() as { actionId: string; section: string }[]).filter(
    (action) => action.section === 'contentTypes' && action.actionId.startsWith(EXPLORER),
  );
  const otherTypes = Object.keys(strapi.contentTypes).filter((uid) => !isTreffpunktUid(uid));
  const permissions = strapi
    .service('admin::content-type')
    .getPermissionsWithNestedFields(explorerActions, { restrictedSubjects: otherTypes }) as ContentTypePermission[];
  return permissions.map(({ action, subject, properties }) => {
    // Child networks are assigned on the child ("Parent network"), where the document guard checks them.
    const fields = subject === CONTENT_TYPES.network ? properties.fields?.filter((field) => field !== 'children') : properties.fields;
    return { action, subject, conditions: [IN_MY_NETWORKS], properties: { ...(fields && { fields }), locales: [...LOCALES] } };
  });
}

export function networkEditorPermissions(strapi: Core.Strapi) {
  return [
    ...contentPermissions(strapi),
    ...[ACTIONS.embed, ACTIONS.reportFromEvent, ...MEDIA_LIBRARY_ACTIONS].map((action) => ({ action, subject: null })),
  ];
}

/**
 * Right after Strapi's admin made its default roles (on an empty database the Super Admin's
 * first, so that ours is never the only one), and after the plugin's bootstrap registered the
 * condition: `addPermissions` silently drops a condition it does not know.
 */
export async function createNetworkEditorRoleOnce(strapi: Core.Strapi, roles: RoleService) {
  const store = strapi.store({ type: 'plugin', name: PLUGIN_ID });
  if (await store.get({ key: ROLE_CREATED_KEY })) return;
  const { code, name } = NETWORK_EDITOR_ROLE_ATTRIBUTES;
  // A role of that name an administrator made by hand stays as it is.
  const existing = await strapi.db.query('admin::role').findOne({ where: { $or: [{ code }, { name }] }, select: ['id'] });
  if (!existing) {
    const role = await roles.create(NETWORK_EDITOR_ROLE_ATTRIBUTES);
    await roles.addPermissions(role.id, networkEditorPermissions(strapi));
  }
  await store.set({ key: ROLE_CREATED_KEY, value: treffpunkt(strapi).service('clock').now().toISOString() });
}
