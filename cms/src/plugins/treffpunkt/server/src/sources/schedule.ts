/**
 * When sources are read: on a schedule (every `intervalMinutes`, the ones due, in turn), and on
 * demand. A source is read by one process at a time: within this process a read waits for the one
 * in progress; with several instances on PostgreSQL an advisory lock per source decides, the
 * schedule passing over a source another instance is reading, a read on demand waiting for it.
 */
import type { Core } from '@strapi/strapi';
import { SOURCE } from 'treffpunkt-shared/content-types';
import { takeAdvisoryLock, tryAdvisoryLock, type AdvisoryLock } from '../instances/advisory-lock';
import { isPostgres } from '../instances/session';
import { readSource, type SourceSettings, type StoredSource } from './run';

/** How often the schedule looks for sources that are due: their own interval decides when they are. */
const TICK_MS = 60_000;

const SOURCE_POPULATE = { network: { select: ['documentId', 'name'] } };

export function sourceReader(strapi: Core.Strapi, settings: () => SourceSettings, now: () => Date) {
  const inProgress = new Map<string, Promise<void>>();
  const lockName = (documentId: string) => `treffpunkt source ${documentId}`;

  const find = (documentId: string) =>
    strapi.db.query(SOURCE).findOne({ where: { documentId }, populate: SOURCE_POPULATE }) as Promise<StoredSource | null>;

  /** Reads the source as it is stored once the lock is held (another instance may just have read it). */
  async function readLocked(documentId: string, lock: () => Promise<AdvisoryLock | null>, stillWanted: (source: StoredSource) => boolean) {
    const held = isPostgres(strapi) ? await lock() : undefined;
    if (held === null) return;
    try {
      const source = await find(documentId);
      if (source && stillWanted(source)) await readSource(strapi, source, settings(), now());
    } finally {
      await held?.release();
    }
  }

  /** One read at a time per source in this process: a read waits for the one before. */
  function inTurn(documentId: string, read: () => Promise<void>): Promise<void> {
    const turn = (inProgress.get(documentId) ?? Promise.resolve()).then(read, read);
    inProgress.set(documentId, turn);
    void turn.finally(() => inProgress.get(documentId) === turn && inProgress.delete(documentId));
    return turn;
  }

  const isDue = (source: StoredSource) => !source.nextAttemptAt || new Date(source.nextAttemptAt).getTime() <= now().getTime();

  return {
    find,

    /** Reads the source now, after a read in progress (on any instance); resolves once it is read. */
    readNow: (documentId: string) =>
      inTurn(documentId, () =>
        readLocked(
          documentId,
          () => takeAdvisoryLock(strapi, lockName(documentId), AbortSignal.timeout(10 * 60_000)),
          () => true,
        ),
      ),

    /** Reads every source that is due, one after another; a source another instance is reading is left to it. */
    async readDue(): Promise<void> {
      const rows = (await strapi.db.query(SOURCE).findMany({ select: ['documentId', 'nextAttemptAt'] })) as StoredSource[];
      for (const { documentId } of rows.filter(isDue)) {
        await inTurn(documentId, () => readLocked(documentId, () => tryAdvisoryLock(strapi, lockName(documentId)), isDue));
      }
    },
  };
}

/** Looks for due sources every minute, one look at a time, until stopped. */
export function startSchedule(strapi: Core.Strapi, readDue: () => Promise<void>): { stop(): void } {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    readDue()
      .catch((error: Error) => strapi.log.error(`treffpunkt: the sources' schedule failed (${error.message})`))
      .finally(() => (running = false));
  }, TICK_MS);
  // The schedule never keeps a process alive that is otherwise done.
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
