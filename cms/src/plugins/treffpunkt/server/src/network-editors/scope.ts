/**
 * The networks an admin user edits, and what belongs to them: the networks they are assigned
 * to, every network below those (children, grandchildren, …: a federation's office edits its
 * Fachbereiche), and the meetings and reports of all of these, in any language and version.
 * Never upwards: the editors of a Fachbereich do not edit the federation.
 *
 * Computed once per request (the RBAC condition is asked once per action and type, about 15
 * times per admin request), from the database, so a new assignment counts from the next request.
 */
import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES, EDITOR_ASSIGNMENT, type TreffpunktUid } from 'treffpunkt-shared/content-types';

const { network: NETWORK, event: EVENT, report: REPORT } = CONTENT_TYPES;

/** Document ids per content type; for networks, the networks themselves. */
export type NetworkScope = Record<TreffpunktUid, Set<string>>;

const requestScopes = new WeakMap<object, Map<number, Promise<NetworkScope>>>();

async function documentIds(strapi: Core.Strapi, uid: TreffpunktUid, where: Record<string, unknown>): Promise<string[]> {
  const rows = (await strapi.db.query(uid).findMany({ where, select: ['documentId'] })) as { documentId: string }[];
  return [...new Set(rows.map((row) => row.documentId))];
}

export async function assignedNetworks(strapi: Core.Strapi, userId: number): Promise<string[]> {
  const rows = (await strapi.db.query(EDITOR_ASSIGNMENT).findMany({
    where: { user: { id: userId } },
    select: ['networkDocumentId'],
  })) as { networkDocumentId: string }[];
  return [...new Set(rows.map((row) => row.networkDocumentId))];
}

/** The networks given and every network below them; a parent link in any language or version counts. */
export async function withDescendants(strapi: Core.Strapi, roots: Iterable<string>): Promise<Set<string>> {
  const found = new Set(roots);
  // `found` stops a cycle (a network placed under its own child) from looping.
  for (let frontier = [...found]; frontier.length > 0;) {
    const children = await documentIds(strapi, NETWORK, { parent: { documentId: { $in: frontier } } });
    frontier = children.filter((documentId) => !found.has(documentId));
    frontier.forEach((documentId) => found.add(documentId));
  }
  return found;
}

async function computeScope(strapi: Core.Strapi, userId: number): Promise<NetworkScope> {
  const networks = await withDescendants(strapi, await assignedNetworks(strapi, userId));
  const ofNetworks = { network: { documentId: { $in: [...networks] } } };
  const [events, reports] = await Promise.all([documentIds(strapi, EVENT, ofNetworks), documentIds(strapi, REPORT, ofNetworks)]);
  return { [NETWORK]: networks, [EVENT]: new Set(events), [REPORT]: new Set(reports) };
}

/** The user's scope, computed once per request (and afresh outside of one). */
export function scopeOf(strapi: Core.Strapi, userId: number): Promise<NetworkScope> {
  const ctx = strapi.requestContext.get();
  if (!ctx) return computeScope(strapi, userId);
  let scopes = requestScopes.get(ctx);
  if (!scopes) requestScopes.set(ctx, (scopes = new Map()));
  let scope = scopes.get(userId);
  if (!scope) scopes.set(userId, (scope = computeScope(strapi, userId)));
  return scope;
}

/**
 * Whether a document is in the scope. A document created during this request (saved and
 * published in one go) is not in the lists yet: the database decides, and the lists learn it.
 */
export async function isInScope(strapi: Core.Strapi, scope: NetworkScope, uid: TreffpunktUid, documentId: string): Promise<boolean> {
  if (scope[uid].has(documentId)) return true;
  const linkedTo = uid === NETWORK ? 'parent' : 'network';
  const networks = [...scope[NETWORK]];
  const found = await strapi.db.query(uid).findOne({
    where: { documentId, [linkedTo]: { documentId: { $in: networks } } },
    select: ['id'],
  });
  if (found) scope[uid].add(documentId);
  return Boolean(found);
}
