/**
 * What a write asks of a relation, in every shape Strapi's Document Service accepts: the admin
 * panel sends `{ connect: [{ id, documentId, locale }], disconnect: [...] }`; other callers
 * send a document id, a numeric id, `{ documentId }`, `{ id }`, arrays, `{ set: [...] }` or null.
 */
import type { Core } from '@strapi/strapi';

/** A to-one relation after the write: as it was, emptied, or pointing at one document (null: no such document). */
export type ToOneChange = { kind: 'unchanged' } | { kind: 'clear' } | { kind: 'set'; documentId: string | null };

type Reference = { documentId: string } | { id: number };

function reference(value: unknown): Reference | null {
  if (typeof value === 'number') return { id: value };
  if (typeof value === 'string') return /^\d+$/.test(value) ? { id: Number(value) } : { documentId: value };
  if (value && typeof value === 'object') {
    const { documentId, id } = value as { documentId?: unknown; id?: unknown };
    if (typeof documentId === 'string') return { documentId };
    if (typeof id === 'number' || typeof id === 'string') return reference(id);
  }
  return null;
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** The reference a to-one write ends with, or 'clear', or null when it changes nothing. */
function lastReference(value: unknown): Reference | 'clear' | null {
  if (value === null) return 'clear';
  if (Array.isArray(value)) return value.length === 0 ? 'clear' : reference(value[value.length - 1]);
  const operations = value as { set?: unknown; connect?: unknown; disconnect?: unknown } | undefined;
  if (operations && typeof operations === 'object' && ('set' in operations || 'connect' in operations || 'disconnect' in operations)) {
    if (operations.set !== undefined) return lastReference(asList(operations.set));
    const connect = asList(operations.connect);
    if (connect.length > 0) return reference(connect[connect.length - 1]);
    return asList(operations.disconnect).length > 0 ? 'clear' : null;
  }
  return reference(value);
}

export async function toOneChange(strapi: Core.Strapi, targetUid: string, value: unknown): Promise<ToOneChange> {
  const last = lastReference(value);
  if (last === null) return { kind: 'unchanged' };
  if (last === 'clear') return { kind: 'clear' };
  if ('documentId' in last) return { kind: 'set', documentId: last.documentId };
  const row = (await strapi.db.query(targetUid).findOne({ where: { id: last.id }, select: ['documentId'] })) as {
    documentId: string;
  } | null;
  return { kind: 'set', documentId: row?.documentId ?? null };
}

/** Whether a write to a to-many relation changes it at all (an empty connect/disconnect does not). */
export function changesToMany(value: unknown): boolean {
  if (value === undefined) return false;
  if (value === null || Array.isArray(value) || typeof value !== 'object') return true;
  const { set, connect, disconnect } = value as { set?: unknown; connect?: unknown; disconnect?: unknown };
  if (!('set' in value) && !('connect' in value) && !('disconnect' in value)) return true;
  return set !== undefined || asList(connect).length > 0 || asList(disconnect).length > 0;
}
