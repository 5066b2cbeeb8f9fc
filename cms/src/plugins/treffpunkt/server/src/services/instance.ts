/**
 * This process as one of several instances of the CMS on one database: how it starts, serves
 * and stops.
 *
 * Start. On PostgreSQL, the first-start work of Strapi and its plugins (schema sync and
 * migrations, roles and permissions, default API tokens, locales, our indexes, the demo) runs
 * under one advisory lock, so replicas started together do it one after another: the first does
 * it, the others wait, then find it done. The lock is taken in the plugin's register(), before
 * Strapi's bootstrap syncs the schema, and given back when the HTTP server starts listening.
 * Why then: whatever app the plugin runs in, Strapi listens only once load() is over: every
 * plugin's bootstrap, then the admin's (roles, permission clean-up, default API tokens), then the
 * app's own. The admin's role step that permissions.ts extends is not its last write, and no
 * Strapi hook follows the bootstrap. A process that loads Strapi without serving (a script,
 * `strapi console`) keeps the lock until destroy(); a start that fails gives it back through
 * destroy() (Strapi's start() calls it) or by ending the process, since PostgreSQL frees a
 * session lock with its session.
 *
 * Serve. Ready from then on (controllers/readiness.ts); every request is counted while it runs
 * (`trackRequest`, the outermost HTTP middleware, see register.ts).
 *
 * Stop (the plugin's destroy(), which Strapi runs on SIGTERM before it cuts every connection):
 * not ready; after `shutdownDelaySeconds` (for balancers that probe readiness) no new
 * connections, idle keep-alive ones closed, the others closed after their answer, and a wait
 * for requests in flight (at most `drainTimeoutSeconds`); then no more listening to other
 * instances, and the lock given back if it is still held.
 */
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import type { InstancePhase, ReadinessResponse } from 'treffpunkt-shared/wire';
import { treffpunktConfig } from '../config';
import { treffpunkt } from '../plugin';
import { takeAdvisoryLock, type AdvisoryLock } from '../instances/advisory-lock';
import { isPostgres } from '../instances/session';

const FIRST_START_LOCK = 'treffpunkt first start';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let phase: InstancePhase = 'starting';
  let inFlight = 0;
  let firstStartLock: AdvisoryLock | undefined;
  const stopping = new AbortController();

  function readiness(): ReadinessResponse {
    return { ready: phase === 'ready', phase, cacheSync: treffpunkt(strapi).service('cache-sync').state() };
  }

  /** Counts requests in flight for the drain; while stopping, ends each connection after its answer. */
  async function trackRequest(ctx: Context, next: Next) {
    inFlight++;
    try {
      await next();
    } finally {
      inFlight--;
      // The balancer's next request then opens a new connection, is refused, and goes elsewhere.
      if (phase === 'stopping') ctx.set('Connection', 'close');
    }
  }

  async function releaseFirstStartLock() {
    const lock = firstStartLock;
    firstStartLock = undefined;
    await lock
      ?.release()
      .catch((error: Error) => strapi.log.warn(`treffpunkt: could not give back the first-start lock (${error.message})`));
  }

  async function drain() {
    const { shutdownDelaySeconds, drainTimeoutSeconds } = treffpunktConfig(strapi);
    const server = strapi.server.httpServer;
    if (!server.listening) return;
    if (shutdownDelaySeconds > 0) await sleep(shutdownDelaySeconds * 1000);
    // Strapi's own server.destroy(), after us, then finds the server closed and cuts what is left.
    server.close();
    server.closeIdleConnections();
    const deadline = Date.now() + drainTimeoutSeconds * 1000;
    while (inFlight > 0 && Date.now() < deadline) await sleep(25);
    strapi.log.info(
      `treffpunkt: stopped accepting requests${inFlight > 0 ? `; ${inFlight} still running are cut` : '; none left running'}`,
    );
  }

  return {
    trackRequest,

    /** From the plugin's register(): waits for the first-start lock (PostgreSQL). */
    async join() {
      if (isPostgres(strapi)) firstStartLock = await takeAdvisoryLock(strapi, FIRST_START_LOCK, stopping.signal);
      strapi.server.httpServer.once('listening', async () => {
        // Ready as it listens (the first request may come at once), then the lock goes to the next instance.
        if (phase === 'starting') phase = 'ready';
        await releaseFirstStartLock();
      });
    },

    /** From the plugin's destroy(). */
    async leave() {
      const wasReady = phase === 'ready';
      phase = 'stopping';
      stopping.abort();
      if (wasReady) await drain();
      await treffpunkt(strapi).service('cache-sync').stop();
      await treffpunkt(strapi).service('follow-mails').stop();
      // Stopped during its own first start, the process gives the lock back here too: Strapi's
      // destroy() closes its database pool right after, so none of that work goes on.
      await releaseFirstStartLock();
    },

    readiness,
  };
};
