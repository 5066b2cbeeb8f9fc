/**
 * Whether a write is the sync's own: the write rules hold editors off mirrored documents
 * (writes/mirrored-read-only.ts) but let the sync write them. Marked by the code that runs the
 * sync, in this process, never by anything a request could carry.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const syncing = new AsyncLocalStorage<{ sourceId: string }>();

/** Runs `write` as the sync of the source `sourceId`. */
export function asSync<Result>(sourceId: string, write: () => Promise<Result>): Promise<Result> {
  return syncing.run({ sourceId }, write);
}

export function isSyncWrite(): boolean {
  return syncing.getStore() !== undefined;
}
