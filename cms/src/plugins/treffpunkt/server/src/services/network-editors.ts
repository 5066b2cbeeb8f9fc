/**
 * Who edits which network, as the office sets it on the network's edit view ("Editors of this
 * network"): the assigned editors, the editors of the parent networks (who edit it too), and
 * every admin user to choose from, each with what their roles let them edit.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { AdminUserChoice, EditorReach, MyNetworksResponse, NetworkEditorsResponse } from 'treffpunkt-shared/admin-api';
import { CONTENT_TYPES, EDITOR_ASSIGNMENT } from 'treffpunkt-shared/content-types';
import { IN_MY_NETWORKS } from '../network-editors/condition';
import { restrictedRequester } from '../network-editors';
import { networkName } from '../network-editors/refusals';
import { assignedNetworks } from '../network-editors/scope';

const SUPER_ADMIN = 'strapi-super-admin';
/** Reports are what editors write: whether a role may update them, and how, says what the role edits. */
const EDITS_REPORTS = { action: 'plugin::content-manager.explorer.update', subject: CONTENT_TYPES.report };

interface StoredUser {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  email: string;
  isActive: boolean;
  roles: { id: number; code: string }[];
}

const REACH_ORDER: EditorReach[] = ['none', 'assigned', 'all'];
/** Roles add up: the widest reach wins. */
const widest = (reaches: EditorReach[]) => REACH_ORDER[Math.max(0, ...reaches.map((reach) => REACH_ORDER.indexOf(reach)))];

function reachOf(conditions: string[]): EditorReach {
  if (conditions.length === 0) return 'all';
  return conditions.includes(IN_MY_NETWORKS) ? 'assigned' : 'none';
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const assignments = () => strapi.db.query(EDITOR_ASSIGNMENT);

  /** What each role edits: everything (a permission without conditions), the assigned networks (ours), or neither. */
  async function reachOfRoles(): Promise<Map<number, EditorReach>> {
    const permissions = (await strapi.db.query('admin::permission').findMany({
      where: EDITS_REPORTS,
      populate: { role: { select: ['id'] } },
    })) as { conditions?: string[]; role?: { id: number } | null }[];
    const reach = new Map<number, EditorReach>();
    for (const { conditions = [], role } of permissions) {
      if (role) reach.set(role.id, widest([reach.get(role.id) ?? 'none', reachOf(conditions)]));
    }
    return reach;
  }

  async function allUsers(): Promise<AdminUserChoice[]> {
    const [users, roleReach] = await Promise.all([
      strapi.db.query('admin::user').findMany({
        select: ['id', 'firstname', 'lastname', 'username', 'email', 'isActive'],
        populate: { roles: { select: ['id', 'code'] } },
        orderBy: [{ firstname: 'asc' }, { lastname: 'asc' }, { email: 'asc' }],
      }) as Promise<StoredUser[]>,
      reachOfRoles(),
    ]);
    return users.map((user) => {
      const reach = widest(user.roles.map((role) => (role.code === SUPER_ADMIN ? 'all' : (roleReach.get(role.id) ?? 'none'))));
      const name = [user.firstname, user.lastname].filter(Boolean).join(' ') || user.username || user.email;
      return { id: user.id, name, email: user.email, active: user.isActive, reach };
    });
  }

  async function assignedUserIds(networkDocumentId: string): Promise<Set<number>> {
    const rows = (await assignments().findMany({
      where: { networkDocumentId, user: { id: { $notNull: true } } },
      populate: { user: { select: ['id'] } },
    })) as { user: { id: number } }[];
    return new Set(rows.map((row) => row.user.id));
  }

  /** The parent, grandparent, … of a network (any version's parent link), nearest first. */
  async function ancestorsOf(networkDocumentId: string): Promise<string[]> {
    const ancestors: string[] = [];
    for (let current = networkDocumentId; ;) {
      const row = (await strapi.db.query(CONTENT_TYPES.network).findOne({
        where: { documentId: current, parent: { id: { $notNull: true } } },
        populate: { parent: { select: ['documentId'] } },
      })) as { parent: { documentId: string } } | null;
      const parent = row?.parent.documentId;
      if (!parent || parent === networkDocumentId || ancestors.includes(parent)) return ancestors;
      ancestors.push(parent);
      current = parent;
    }
  }

  async function requireNetwork(networkDocumentId: string): Promise<void> {
    if (!(await strapi.db.query(CONTENT_TYPES.network).findOne({ where: { documentId: networkDocumentId }, select: ['id'] }))) {
      throw new errors.NotFoundError(`There is no network ${networkDocumentId}.`);
    }
  }

  async function view(networkDocumentId: string): Promise<NetworkEditorsResponse['data']> {
    await requireNetwork(networkDocumentId);
    const users = await allUsers();
    const pick = (ids: Set<number>) => users.filter((user) => ids.has(user.id));
    const inherited = [];
    for (const ancestor of await ancestorsOf(networkDocumentId)) {
      const editors = pick(await assignedUserIds(ancestor));
      if (editors.length > 0) inherited.push({ network: (await networkName(strapi, ancestor)) ?? ancestor, editors });
    }
    return { editors: pick(await assignedUserIds(networkDocumentId)), inherited, users };
  }

  return {
    view,

    /** Makes exactly these admin users the network's editors. */
    async assign(networkDocumentId: string, userIds: number[]): Promise<NetworkEditorsResponse['data']> {
      await requireNetwork(networkDocumentId);
      const wanted = new Set(userIds);
      const known = (await strapi.db.query('admin::user').findMany({ where: { id: { $in: [...wanted] } }, select: ['id'] })) as {
        id: number;
      }[];
      const unknown = [...wanted].filter((id) => !known.some((user) => user.id === id));
      if (unknown.length > 0)
        throw new errors.ValidationError(`editors: there is no admin user ${unknown.join(', ')}`, { parameter: 'editors' });
      await strapi.db.transaction(async () => {
        await assignments().deleteMany({ where: { networkDocumentId } });
        for (const id of wanted) await assignments().create({ data: { networkDocumentId, user: id } });
      });
      return view(networkDocumentId);
    },

    /** The requesting admin's networks, when their role limits them to those. */
    async mine(): Promise<MyNetworksResponse['data']> {
      const requester = await restrictedRequester(strapi, 'read', CONTENT_TYPES.network);
      if (!requester) return { limited: false, networks: [], below: 0 };
      const assigned = await assignedNetworks(strapi, requester.user.id);
      const networks = [];
      for (const documentId of assigned) {
        const name = await networkName(strapi, documentId);
        if (name) networks.push({ documentId, name });
      }
      return { limited: true, networks, below: requester.scope[CONTENT_TYPES.network].size - networks.length };
    },

    /** After a network was deleted (every language): its assignments go with it. */
    async forgetNetwork(networkDocumentId: string): Promise<void> {
      await assignments().deleteMany({ where: { networkDocumentId } });
    },
  };
};
