/**
 * A PostgreSQL advisory lock held by a session of its own. It is a session lock: PostgreSQL
 * frees it when the holder releases it, closes the session or dies (process killed, machine
 * gone), so a crashed first start never blocks the next one.
 */
import type { Core } from '@strapi/strapi';
import type { Client } from 'pg';
import { openSession } from './session';

const POLL_MS = 500;
const LOG_EVERY_MS = 5_000;

export interface AdvisoryLock {
  /** Gives the lock back; safe to call more than once. */
  release(): Promise<void>;
}

/**
 * Waits until this process holds the lock `name` (per database: every schema shares it).
 * `pg_try_advisory_lock` in a loop rather than a blocking `pg_advisory_lock`, so that the wait
 * is logged and ends at once when `signal` aborts (Strapi being stopped while it waits).
 */
export async function takeAdvisoryLock(strapi: Core.Strapi, name: string, signal: AbortSignal): Promise<AdvisoryLock> {
  const session = await openSession(strapi, `${name} lock`);
  // A session that fails while it waits or holds the lock has lost it: PostgreSQL freed it.
  session.on('error', (error) => strapi.log.warn(`${name}: the lock's database connection failed (${error.message})`));
  const started = Date.now();
  let lastLog = started;
  try {
    while (!(await tryLock(session, name))) {
      signal.throwIfAborted();
      if (Date.now() - lastLog >= LOG_EVERY_MS) {
        strapi.log.info(`${name}: waiting for another instance (${Math.round((Date.now() - started) / 1000)} s)`);
        lastLog = Date.now();
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } catch (error) {
    await session.end().catch(() => {});
    throw error;
  }
  strapi.log.info(`${name}: lock taken after ${Date.now() - started} ms`);
  return heldLock(session, name, () => strapi.log.info(`${name}: lock released after ${Date.now() - started} ms`));
}

/** Takes the lock `name` when no other session holds it; null at once when one does. */
export async function tryAdvisoryLock(strapi: Core.Strapi, name: string): Promise<AdvisoryLock | null> {
  const session = await openSession(strapi, `${name} lock`);
  session.on('error', (error) => strapi.log.warn(`${name}: the lock's database connection failed (${error.message})`));
  try {
    if (await tryLock(session, name)) return heldLock(session, name, () => {});
  } catch (error) {
    await session.end().catch(() => {});
    throw error;
  }
  await session.end().catch(() => {});
  return null;
}

function heldLock(session: Client, name: string, onRelease: () => void): AdvisoryLock {
  let released: Promise<void> | undefined;
  return {
    release() {
      released ??= (async () => {
        try {
          await session.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [name]);
        } finally {
          // Closing the session frees the lock too, should the unlock have failed.
          await session.end().catch(() => {});
        }
        onRelease();
      })();
      return released;
    },
  };
}

async function tryLock(session: Client, name: string): Promise<boolean> {
  const { rows } = await session.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', [name]);
  return rows[0].locked;
}
