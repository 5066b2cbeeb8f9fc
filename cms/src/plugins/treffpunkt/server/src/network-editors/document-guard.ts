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
import { CONTENT_TYPES, isTreffpunktUid, type TreffpunktUid } from 'treffpunkt-shared/content-types';
import { DEFAULT_LOCALE } from 'treffpunkt-shared/wire';
import { treffpunkt } from '../plugin';
import { changesToMany, toOneChange, type ToOneChange } from './relation-payload';
import { editorRefusal, fieldError } from '../validation/editor-messages';
import { REFUSALS, countedContents, meetingTitle, networkName, networkOfDocument, outsideRefusal } from './refusals';
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
    if (!documentId) throw editorRefusal(strapi, REFUSALS.belongsToNone(uid));
    if (await isInScope(strapi, requester.scope, uid, documentId)) return;
    const refused = await outsideRefusal(strapi, uid, documentId);
    if (refused) throw refused;
  }

  /** The network a field points to must be one of the editor's. */
  async function requireOwnNetwork(requester: RestrictedRequester, field: 'network' | 'parent', documentId: string | null) {
    const choose = field === 'parent' ? REFUSALS.chooseParent() : REFUSALS.chooseNetwork();
    if (!documentId) throw fieldError(strapi, field, choose);
    if (!(await isInScope(strapi, requester.scope, NETWORK, documentId))) {
      throw fieldError(strapi, field, REFUSALS.notYourNetwork(await nameOf(documentId)));
    }
  }

  /** A meeting's or report's network: always one of the editor's own, on create a must. */
  async function checkNetwork(requester: RestrictedRequester, action: Action, data: Data) {
    const change = 'network' in data ? await toOneChange(strapi, NETWORK, data.network) : { kind: 'unchanged' as const };
    if (change.kind === 'unchanged') {
      if (action === 'create') throw fieldError(strapi, 'network', REFUSALS.chooseNetwork());
      return;
    }
    await requireOwnNetwork(requester, 'network', change.kind === 'set' ? change.documentId : null);
  }

  async function checkEvent(requester: RestrictedRequester, data: Data) {
    if (!('event' in data)) return;
    const change = await toOneChange(strapi, EVENT, data.event);
    if (change.kind !== 'set') return;
    if (!change.documentId) throw fieldError(strapi, 'event', REFUSALS.chooseEvent());
    if (await isInScope(strapi, requester.scope, EVENT, change.documentId)) return;
    const network = await networkOfDocument(strapi, EVENT, change.documentId);
    const text = network
      ? REFUSALS.eventOfOtherNetwork(await meetingTitle(strapi, change.documentId), await nameOf(network))
      : REFUSALS.chooseEvent();
    throw fieldError(strapi, 'event', text);
  }

  async function currentParents(documentId: string): Promise<string[]> {
    const rows = (await strapi.db.query(NETWORK).findMany({
      where: { documentId, parent: { id: { $notNull: true } } },
      populate: { parent: { select: ['documentId'] } },
    })) as { parent: { documentId: string } }[];
    return [...new Set(rows.map((row) => row.parent.documentId))];
  }

  /**
   * An existing network moves only between the editor's networks (its current parent being one
   * of them), never below itself; only an administrator takes it out of its federation.
   */
  async function checkMove(requester: RestrictedRequester, self: string, change: Exclude<ToOneChange, { kind: 'unchanged' }>) {
    const target = change.kind === 'set' ? change.documentId : null;
    const parents = await currentParents(self);
    if (target && parents.includes(target)) return;
    const foreignParent = parents.find((parent) => !requester.scope[NETWORK].has(parent));
    if (foreignParent) {
      throw fieldError(strapi, 'parent', REFUSALS.onlyParentEditorsMove(await nameOf(self), await nameOf(foreignParent)));
    }
    if (change.kind === 'clear') {
      if (parents.length === 0) return;
      throw fieldError(strapi, 'parent', REFUSALS.onlyAdministratorsDetach(await nameOf(self), await nameOf(parents[0])));
    }
    await requireOwnNetwork(requester, 'parent', target);
    if ((await withDescendants(strapi, [self])).has(target!)) {
      throw fieldError(strapi, 'parent', REFUSALS.belowItself(await nameOf(self), await nameOf(target!)));
    }
  }

  /** A new network hangs below one of the editor's; child networks are set on the child, not in the parent's list. */
  async function checkHierarchy(requester: RestrictedRequester, action: Action, params: Params, data: Data) {
    if ('children' in data && changesToMany(data.children)) throw fieldError(strapi, 'children', REFUSALS.childrenOnTheChild());
    const change = 'parent' in data ? await toOneChange(strapi, NETWORK, data.parent) : { kind: 'unchanged' as const };
    if (change.kind === 'unchanged') {
      if (action === 'create') throw fieldError(strapi, 'parent', REFUSALS.chooseParent());
      return;
    }
    if (action === 'update') return checkMove(requester, params.documentId!, change);
    await requireOwnNetwork(requester, 'parent', change.kind === 'set' ? change.documentId : null);
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
    new Set(((await strapi.db.query(uid).findMany({ where, select: ['documentId'] })) as { documentId: string }[]).map((r) => r.documentId))
      .size;

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
    throw editorRefusal(strapi, REFUSALS.stillHasContent(await nameOf(documentId), countedContents(counts)));
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
