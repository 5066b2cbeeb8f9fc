/**
 * Holds a restricted network editor (see requester.ts) to their networks on every write that
 * reaches the Document Service, whichever route it came by: the content manager's save,
 * publish, unpublish, discard, delete, clone, its bulk actions (one call per document), a new
 * translation, Content History's restore, "write the report". Strapi checks the stored document
 * on most of these, but not the data written: without this, a network editor could create a
 * report for another network, move one of theirs there, link another network's meeting, or
 * hang another network below their own (and so gain it).
 *
 * Registered before the editor rules, so a refused write runs nothing else.
 */
import type { Core, Modules } from '@strapi/strapi';
import { CONTENT_TYPES, isTreffpunktUid, type TreffpunktUid } from '../../../shared/content-types';
import { DEFAULT_LOCALE } from '../../../shared/wire';
import { treffpunkt } from '../plugin';
import { changesToMany, toOneChange } from './relation-payload';
import {
  REFUSALS,
  countedContents,
  fieldRefusal,
  meetingTitle,
  networkName,
  networkOfDocument,
  outsideRefusal,
  refusal,
} from './refusals';
import { restrictedRequester, type RestrictedRequester, type Verb } from './requester';
import { isInScope, withDescendants } from './scope';

const { network: NETWORK, event: EVENT, report: REPORT } = CONTENT_TYPES;

type Data = Record<string, unknown>;
type Action = 'create' | 'clone' | 'update' | 'delete' | 'publish' | 'unpublish' | 'discardDraft';

interface Params {
  documentId?: string;
  locale?: string;
  data?: Data;
}

/** Each write as the content manager's permission it needs (unpublish is publish, discard is update there). */
const VERB_OF: Record<Action, Verb> = {
  create: 'create',
  clone: 'create',
  update: 'update',
  delete: 'delete',
  publish: 'publish',
  unpublish: 'publish',
  discardDraft: 'update',
};

const isGuarded = (action: string): action is Action => action in VERB_OF;

export function networkEditorGuard(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  const nameOf = async (documentId: string) => (await networkName(strapi, documentId)) ?? documentId;

  async function refuseOutside(requester: RestrictedRequester, uid: TreffpunktUid, documentId: string | undefined) {
    if (!documentId) throw refusal(requester.user, REFUSALS.belongsToNone(uid));
    if (await isInScope(strapi, requester.scope, uid, documentId)) return;
    const refused = await outsideRefusal(strapi, requester.user, uid, documentId);
    if (refused) throw refused;
  }

  /** A meeting's or report's network: always one of the editor's own, on create a must. */
  async function checkNetwork(requester: RestrictedRequester, action: Action, data: Data) {
    const change = 'network' in data ? await toOneChange(strapi, NETWORK, data.network) : { kind: 'unchanged' as const };
    if (change.kind === 'unchanged') {
      if (action === 'create') throw fieldRefusal(requester.user, 'network', REFUSALS.chooseNetwork());
      return;
    }
    if (change.kind === 'clear' || !change.documentId) throw fieldRefusal(requester.user, 'network', REFUSALS.chooseNetwork());
    if (!(await isInScope(strapi, requester.scope, NETWORK, change.documentId))) {
      throw fieldRefusal(requester.user, 'network', REFUSALS.notYourNetwork(await nameOf(change.documentId)));
    }
  }

  async function checkEvent(requester: RestrictedRequester, data: Data) {
    if (!('event' in data)) return;
    const change = await toOneChange(strapi, EVENT, data.event);
    if (change.kind !== 'set') return;
    if (!change.documentId) throw fieldRefusal(requester.user, 'event', REFUSALS.chooseEvent());
    if (await isInScope(strapi, requester.scope, EVENT, change.documentId)) return;
    const network = await networkOfDocument(strapi, EVENT, change.documentId);
    const text = network
      ? REFUSALS.eventOfOtherNetwork(await meetingTitle(strapi, change.documentId), await nameOf(network))
      : REFUSALS.chooseEvent();
    throw fieldRefusal(requester.user, 'event', text);
  }

  async function currentParents(documentId: string): Promise<string[]> {
    const rows = (await strapi.db.query(NETWORK).findMany({
      where: { documentId, parent: { id: { $notNull: true } } },
      populate: { parent: { select: ['documentId'] } },
    })) as { parent: { documentId: string } }[];
    return [...new Set(rows.map((row) => row.parent.documentId))];
  }

  /**
   * Where a network hangs: a new one below one of the editor's networks; an existing one moves
   * only between the editor's networks, never below itself, and only an administrator takes it
   * out of its federation. Child networks are set on the child, not on the parent's list.
   */
  async function checkHierarchy(requester: RestrictedRequester, action: Action, params: Params, data: Data) {
    const { user, scope } = requester;
    if ('children' in data && changesToMany(data.children)) throw fieldRefusal(user, 'children', REFUSALS.childrenOnTheChild());
    const change = 'parent' in data ? await toOneChange(strapi, NETWORK, data.parent) : { kind: 'unchanged' as const };
    if (action !== 'update') {
      if (change.kind === 'unchanged' && action === 'clone') return;
      if (change.kind !== 'set' || !change.documentId) throw fieldRefusal(user, 'parent', REFUSALS.chooseParent());
      if (!(await isInScope(strapi, scope, NETWORK, change.documentId))) {
        throw fieldRefusal(user, 'parent', REFUSALS.notYourNetwork(await nameOf(change.documentId)));
      }
      return;
    }
    if (change.kind === 'unchanged') return;
    const self = params.documentId!;
    const parents = await currentParents(self);
    if (change.kind === 'set' && change.documentId && parents.includes(change.documentId)) return;
    for (const parent of parents) {
      if (!scope[NETWORK].has(parent)) {
        throw fieldRefusal(user, 'parent', REFUSALS.onlyParentEditorsMove(await nameOf(self), await nameOf(parent)));
      }
    }
    if (change.kind === 'clear') {
      if (parents.length > 0) throw fieldRefusal(user, 'parent', REFUSALS.onlyAdministratorsDetach(await nameOf(self), await nameOf(parents[0])));
      return;
    }
    if (!change.documentId) throw fieldRefusal(user, 'parent', REFUSALS.chooseParent());
    if (!(await isInScope(strapi, scope, NETWORK, change.documentId))) {
      throw fieldRefusal(user, 'parent', REFUSALS.notYourNetwork(await nameOf(change.documentId)));
    }
    if ((await withDescendants(strapi, [self])).has(change.documentId)) {
      throw fieldRefusal(user, 'parent', REFUSALS.belowItself(await nameOf(self), await nameOf(change.documentId)));
    }
  }

  /**
   * A copy of a translation that has no network of its own (relations are per language) would
   * belong to no network, and so not even to its author: it gets the original's network.
   */
  async function keepNetworkOnClone(uid: TreffpunktUid, params: Params): Promise<Data> {
    const data = params.data ?? {};
    const { documentId, locale = DEFAULT_LOCALE } = params;
    if ('network' in data) return data;
    const where = { documentId, locale, network: { id: { $notNull: true } } };
    if (await strapi.db.query(uid).findOne({ where, select: ['id'] })) return data;
    const network = await networkOfDocument(strapi, uid, documentId!);
    if (!network) return data;
    params.data = { ...data, network: { connect: [{ documentId: network, locale }] } };
    return params.data;
  }

  async function checkRelations(requester: RestrictedRequester, uid: TreffpunktUid, action: Action, params: Params) {
    if (uid === NETWORK) return checkHierarchy(requester, action, params, params.data ?? {});
    const data = action === 'clone' ? await keepNetworkOnClone(uid, params) : (params.data ?? {});
    if (action !== 'clone' || 'network' in data) await checkNetwork(requester, action, data);
    if (uid === REPORT) await checkEvent(requester, data);
  }

  const distinctDocuments = async (uid: TreffpunktUid, where: Record<string, unknown>) =>
    new Set(((await strapi.db.query(uid).findMany({ where, select: ['documentId'] })) as { documentId: string }[]).map((r) => r.documentId)).size;

  /**
   * Deleting a network that meetings, reports or child networks point to would leave them to
   * nobody. Relations point to one language's version: deleting another language is fine.
   */
  async function refuseDeletingNetworkWithContent(requester: RestrictedRequester, params: Params) {
    const documentId = params.documentId!;
    const locale = params.locale ?? DEFAULT_LOCALE;
    const deleted = locale === '*' ? { documentId } : { documentId, locale };
    const counts = {
      events: await distinctDocuments(EVENT, { network: deleted }),
      reports: await distinctDocuments(REPORT, { network: deleted }),
      children: await distinctDocuments(NETWORK, { parent: deleted }),
    };
    if (counts.events + counts.reports + counts.children === 0) return;
    throw refusal(requester.user, REFUSALS.stillHasContent(await nameOf(documentId), countedContents(counts)));
  }

  async function forgetIfDeleted(documentId: string | undefined) {
    if (!documentId || (await strapi.db.query(NETWORK).findOne({ where: { documentId }, select: ['id'] }))) return;
    await treffpunkt(strapi).service('network-editors').forgetNetwork(documentId);
  }

  return async (context, next) => {
    const { uid, action } = context;
    if (!isTreffpunktUid(uid) || !isGuarded(action)) return next();
    const params = context.params as Params;
    const requester = await restrictedRequester(strapi, VERB_OF[action], uid);
    if (requester) {
      if (action !== 'create') await refuseOutside(requester, uid, params.documentId);
      if (action === 'delete' && uid === NETWORK) await refuseDeletingNetworkWithContent(requester, params);
      if (action === 'create' || action === 'clone' || action === 'update') await checkRelations(requester, uid, action, params);
    }
    const result = await next();
    // What the editor just created is theirs for the rest of the request (saved and published at once).
    const created = (result as { documentId?: string } | null)?.documentId;
    if (requester && created && (action === 'create' || action === 'clone')) requester.scope[uid].add(created);
    if (uid === NETWORK && action === 'delete') await forgetIfDeleted(params.documentId);
    return result;
  };
}
