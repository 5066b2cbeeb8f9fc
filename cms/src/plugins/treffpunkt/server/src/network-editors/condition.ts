/**
 * The condition "in one of my networks" in Strapi's role editor (Settings → Roles → a content
 * type → the cog → conditions), for networks, meetings and reports.
 *
 * Strapi applies the object it returns twice: as a database filter (list views, relation
 * pickers, counts) and in memory on one loaded document (open, save, publish, delete). Both
 * branches are needed: the document-id lists make a document belong to a network through any
 * of its versions (a translation may have no network of its own: relations are per language)
 * and work where Strapi does not load relations (bulk unpublish); the relation branch matches
 * a document created in this very request, before it is in the lists (save and publish at once).
 */
import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from 'treffpunkt-shared/admin-api';
import { CONTENT_TYPES, isTreffpunktUid } from 'treffpunkt-shared/content-types';
import { scopeOf } from './scope';

const NAME = 'in-my-networks';
export const IN_MY_NETWORKS = `plugin::${PLUGIN_ID}.${NAME}`;

/** What Strapi passes to a condition handler: the admin user, merged with the permission being evaluated. */
interface ConditionUser {
  id: number;
  permission?: { subject?: string | null };
}

async function inMyNetworks(strapi: Core.Strapi, user: ConditionUser) {
  const subject = user.permission?.subject;
  // Ticked on another type by mistake: grants nothing there.
  if (!subject || !isTreffpunktUid(subject)) return false;
  const scope = await scopeOf(strapi, user.id);
  const linkedTo = subject === CONTENT_TYPES.network ? 'parent.documentId' : 'network.documentId';
  return {
    $or: [{ documentId: { $in: [...scope[subject]] } }, { [linkedTo]: { $in: [...scope[CONTENT_TYPES.network]] } }],
  };
}

/**
 * Only while Strapi starts, before the admin's bootstrap creates roles: a role given a condition
 * Strapi does not know yet is stored without it, that is with access to everything.
 */
export async function registerCondition(strapi: Core.Strapi) {
  await strapi.service('admin::permission').conditionProvider.register({
    // Shown as it is (the role editor does not translate conditions): both languages.
    displayName: 'In einem meiner Netzwerke (in one of my networks)',
    name: NAME,
    plugin: PLUGIN_ID,
    category: 'Treffpunkt',
    handler: (user: ConditionUser) => inMyNetworks(strapi, user),
  });
}
