/**
 * One cache truth across instances. Every write to a network, meeting or report empties the
 * cache of public answers of every instance (all of it: the answers are a few hundred, each
 * quickly rebuilt, and one write can change many of them):
 * - this instance's once the write is committed, not before: a read between emptying and
 *   commit would keep the old answer for a whole max-age;
 * - on PostgreSQL, every other instance's through NOTIFY on our channel, sent inside the
 *   writing transaction: PostgreSQL delivers it on commit and drops it on rollback. Each
 *   instance LISTENs on a session of its own and empties its cache when told, within
 *   milliseconds. While that session is lost, answers still expire after max-age (the cache's
 *   own bound), and the cache is emptied on reconnecting, since what was sent meanwhile is lost.
 * SQLite is one instance: only the first point applies.
 */
import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { CacheSyncState } from 'treffpunkt-shared/wire';
import { treffpunkt } from '../plugin';
import { listen, type Listener } from '../instances/listener';
import { isPostgres } from '../instances/session';

export const CACHE_CHANNEL = 'treffpunkt_cache';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const postgres = isPostgres(strapi);
  // One payload per instance: PostgreSQL folds identical notifications of one transaction into
  // one, so a publish (several row writes) tells the others once, and we can skip our own.
  const instanceId = randomUUID();
  const emptyCache = () => treffpunkt(strapi).service('response-cache').clear();
  let listener: Listener | undefined;

  return {
    /** From the content types' lifecycles: runs inside the writing transaction (or opens one). */
    async written() {
      if (!postgres && !strapi.db.inTransaction()) return emptyCache();
      await strapi.db.transaction(async ({ trx, onCommit }) => {
        onCommit(emptyCache);
        if (postgres) await trx.raw('SELECT pg_notify(?, ?)', [CACHE_CHANNEL, instanceId]);
      });
    },

    /** Starts listening to the other instances' writes (PostgreSQL only). */
    start() {
      if (!postgres || listener) return;
      listener = listen(strapi, CACHE_CHANNEL, {
        onNotification(from) {
          if (from !== instanceId) emptyCache();
        },
        onConnected() {
          emptyCache();
          strapi.log.info("treffpunkt: listening for other instances' writes");
        },
        onLost(error, retryInMs) {
          strapi.log.warn(
            `treffpunkt: lost the database connection that hears other instances' writes (${error.message}); ` +
              `public answers now expire after max-age; reconnecting in ${retryInMs} ms`,
          );
        },
      });
    },

    async stop() {
      await listener?.close();
      listener = undefined;
    },

    state(): CacheSyncState {
      if (!postgres) return 'local';
      return listener?.connected ? 'listening' : 'reconnecting';
    },
  };
};
