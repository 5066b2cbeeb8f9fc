/**
 * Several instances on one PostgreSQL behind the committed nginx config (README "Deploy"), as
 * an orchestrator runs them: started at the same moment on an empty database, an editor
 * publishing on one while visitors read from the other, one killed and one stopped under load,
 * both back again. Runs in `npm run test:postgres`; on SQLite (one instance) there is nothing to agree on.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoContent } from '../../cms/src/demo/content';
import type { ReadinessResponse } from 'treffpunkt-shared/wire';
import { networkDocumentId, publishReport, registerFirstAdmin, unpublishReport, type AdminClient } from '../support/admin-http';
import { dateInDays } from '../support/clock';
import {
  cmsInstance,
  deploymentEnvironment,
  emptyDatabase,
  onPostgres,
  postgresSettings,
  scratchDir,
  stopAll,
  type CmsInstance,
} from '../support/cms-instances';
import { uniqueSlug } from '../support/content';
import { freePort } from '../support/free-port';
import { startLoad } from '../support/load';
import { NGINX_CONF, nginxInstalled, startNginx, type Nginx } from '../support/nginx';

/** nginx keeps an API answer for proxy_cache_valid seconds, counted in whole seconds: up to one more. */
const nginxMicroCacheMs = (Number(/proxy_cache_valid 200 304 404 (\d+)s;/.exec(readFileSync(NGINX_CONF, 'utf8'))?.[1]) + 1) * 1000;

const NETWORK_SLUG = 'bke';
const LIST = `/api/treffpunkt/reports?network=${NETWORK_SLUG}&limit=3`;
/** What visitors load: the script's manifest (never cached by nginx), the API (micro-cached), the script. */
const VISITOR_PATHS = ['/treffpunkt/widgets.json', `/api/treffpunkt/events/next?network=${NETWORK_SLUG}`, LIST, '/treffpunkt/widgets.js'];
/** Answers to wait for under load before and after an instance goes: visitors are being served. */
const VISITS = 100;

let a: CmsInstance;
let b: CmsInstance;
let nginx: Nginx;
let db: pg.Client;
let admin: AdminClient;
let bkeId: string;

async function json(url: string) {
  const response = await fetch(url);
  return { status: response.status, headers: response.headers, body: await response.json() };
}

const slugsAt = async (url: string) => ((await json(url)).body.data as { slug: string }[]).map((r) => r.slug);
const listedSlugs = (baseUrl: string) => slugsAt(`${baseUrl}${LIST}`);
/** The reports a search finds: the index is in the database, so every instance searches the same. */
const foundSlugs = (baseUrl: string, words: string) =>
  slugsAt(`${baseUrl}/api/treffpunkt/reports?network=${NETWORK_SLUG}&q=${encodeURIComponent(words)}`);

const pause = () => new Promise((resolve) => setTimeout(resolve, 25));

/** Whether `holds` comes true for an answer asked for before the instant `deadline`, asking every 25 ms. */
async function holdsBefore(deadline: number, holds: () => Promise<boolean>): Promise<boolean> {
  while (Date.now() < deadline) {
    if (await holds()) return true;
    await pause();
  }
  return false;
}

/**
 * Until when an instance surely still answers `url` from its cache, unless it hears of a write: max-age after it
 * made the answer (its Age, in whole seconds: a second less), counted from before asking. Seen before then, a
 * change came through the instances' LISTEN/NOTIFY, not through the answer growing old.
 */
async function cachedUntil(url: string): Promise<number> {
  const asked = Date.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  const maxAge = Number(/max-age=(\d+)/.exec(response.headers.get('cache-control') ?? '')?.[1]);
  return asked + (maxAge - Number(response.headers.get('age')) - 1) * 1000;
}

/** Until when nginx may still answer from the copy it had: its micro-cache from now, and a second to ask again. */
const nginxCachedUntil = () => Date.now() + nginxMicroCacheMs + 1_000;

async function ready(instance: CmsInstance): Promise<{ status: number; body: ReadinessResponse }> {
  return json(`${instance.url}/treffpunkt/ready`);
}

/** Sends marked requests through nginx until `instance`'s own log shows one: nginx sends it traffic again. */
async function rejoins(instance: CmsInstance) {
  const marker = uniqueSlug('rejoin');
  do await fetch(`${nginx.url}/treffpunkt/widgets.json?probe=${marker}`);
  while (!instance.log().includes(marker));
}

/** Whether the instance answers 503 on /treffpunkt/ready, as it stops, before its process ends. */
async function announcesStop(instance: CmsInstance, exited: Promise<unknown>): Promise<boolean> {
  let gone = false;
  void exited.then(() => (gone = true));
  while (!gone) {
    if ((await ready(instance).catch(() => null))?.status === 503) return true;
    await pause();
  }
  return false;
}

const count = async (sql: string) => Number((await db.query(sql)).rows[0].count);

describe.skipIf(!onPostgres)('several instances on one PostgreSQL, behind nginx', () => {
  beforeAll(async () => {
    if (!nginxInstalled())
      throw new Error('nginx is not installed (Debian: apt-get install nginx); the deploy tests drive deploy/nginx.conf');
    const database = await emptyDatabase();
    db = new pg.Client(postgresSettings(database.DATABASE_NAME));
    await db.connect();
    const [portA, portB, portProxy] = [await freePort(), await freePort(), await freePort()];
    a = cmsInstance('a', portA, deploymentEnvironment(database));
    // B announces its stop for a second before it closes, as for a balancer that probes readiness.
    b = cmsInstance('b', portB, deploymentEnvironment(database, { TREFFPUNKT_SHUTDOWN_DELAY: '1' }));
    await Promise.all([a, b].map((instance) => instance.start()));
    nginx = await startNginx(path.join(scratchDir(), `nginx-${portProxy}`), [portA, portB], portProxy);
    admin = await registerFirstAdmin(a.url);
    bkeId = await networkDocumentId(admin, a.url, NETWORK_SLUG);
  });

  afterAll(async () => {
    await nginx?.stop();
    await stopAll([a, b].filter(Boolean));
    await db?.end();
  });

  it('both come up at once on an empty database; the first-start work ran once, the other waited for it', async () => {
    for (const instance of [a, b]) {
      expect(await ready(instance)).toMatchObject({ status: 200, body: { ready: true, phase: 'ready', cacheSync: 'listening' } });
      expect(instance.log()).toMatch(/treffpunkt first start: lock taken after \d+ ms/);
    }
    expect([a, b].filter((instance) => instance.log().includes('Created the demo networks'))).toHaveLength(1);
    expect(await count('SELECT count(DISTINCT document_id) FROM treffpunkt_networks')).toBe(demoContent.networks.length);
    expect(await count('SELECT count(DISTINCT document_id) FROM treffpunkt_events')).toBe(demoContent.events.length);
    expect(await count('SELECT count(DISTINCT document_id) FROM treffpunkt_reports')).toBe(demoContent.reports.length);
    // Strapi's three roles and Treffpunkt's Network editor, each once.
    expect((await db.query('SELECT code FROM admin_roles ORDER BY code')).rows.map((row) => row.code)).toEqual([
      'strapi-author',
      'strapi-editor',
      'strapi-super-admin',
      'treffpunkt-network-editor',
    ]);
    expect(await count('SELECT count(*) FROM up_roles')).toBe(2);
    expect((await db.query('SELECT code FROM i18n_locale ORDER BY code')).rows.map((row) => row.code)).toEqual(['de', 'en']);
    expect(await count('SELECT count(*) FROM strapi_api_tokens')).toBe(2); // Strapi's two default tokens, once
    expect((await json(`${nginx.url}${LIST}`)).status).toBe(200);
  });

  it("caches at nginx what deploy/nginx.conf says: the widgets' files as the instances say, API answers briefly, the rest never", async () => {
    const xCache = async (address: string) => {
      const response = await fetch(`${nginx.url}${address}`);
      await response.arrayBuffer();
      return { cache: response.headers.get('x-cache'), cacheControl: response.headers.get('cache-control') };
    };
    const versioned = (await json(`${nginx.url}/treffpunkt/widgets.json`)).body.versioned.script as string;
    for (const [address, cacheControl] of [
      ['/treffpunkt/widgets.js', 'public, max-age=300'],
      [versioned, 'public, max-age=31536000, immutable'],
    ]) {
      expect(await xCache(address)).toEqual({ cache: 'MISS', cacheControl });
      expect((await xCache(address)).cache).toBe('HIT');
    }
    const api = `/api/treffpunkt/events/next?network=${NETWORK_SLUG}&locale=en`;
    expect(await xCache(api)).toMatchObject({ cache: 'MISS', cacheControl: expect.stringContaining('max-age=60') });
    expect((await xCache(api)).cache).toBe('HIT');
    expect((await xCache('/treffpunkt/ready')).cache).toBeNull();
  });

  it('shows on B what an editor publishes on A while B still keeps its earlier answer, and what they unpublish, in lists and searches; through nginx after its micro-cache', async () => {
    const before = await json(`${b.url}${LIST}`);
    expect((await json(`${b.url}${LIST}`)).headers.get('etag')).toBe(before.headers.get('etag')); // B keeps it cached
    const bCachedUntil = await cachedUntil(`${b.url}${LIST}`);
    await listedSlugs(nginx.url);
    const slug = uniqueSlug('t-scale');
    const documentId = await publishReport(admin, a.url, {
      title: `Neu auf A ${slug}`,
      slug,
      network: bkeId,
      publicationDate: dateInDays(0),
    });
    expect(await listedSlugs(a.url)).toContain(slug); // the writer's own cache was emptied on commit
    expect(await holdsBefore(bCachedUntil, async () => (await listedSlugs(b.url)).includes(slug))).toBe(true);
    expect(await holdsBefore(nginxCachedUntil(), async () => (await listedSlugs(nginx.url)).includes(slug))).toBe(true);
    expect(await foundSlugs(b.url, `Neu ${slug}`)).toEqual([slug]);

    const bCachedAgainUntil = await cachedUntil(`${b.url}${LIST}`);
    await unpublishReport(admin, a.url, documentId);
    expect(await holdsBefore(bCachedAgainUntil, async () => !(await listedSlugs(b.url)).includes(slug))).toBe(true);
    expect(await foundSlugs(b.url, `Neu ${slug}`)).toEqual([]);
    expect(await holdsBefore(nginxCachedUntil(), async () => !(await listedSlugs(nginx.url)).includes(slug))).toBe(true);
  });

  it('reconnects after losing the connection it hears writes on, and forgets what it may have missed meanwhile', async () => {
    const report = demoContent.reports[0];
    const url = `${b.url}/api/treffpunkt/reports/${report.slug}`;
    const title = (await json(url)).body.data.title as string;
    // A change behind the instances' back, which nobody announces: B answers from its cache.
    await db.query("UPDATE treffpunkt_reports SET title = title || ' (geändert)' WHERE slug = $1", [report.slug]);
    const titleCachedUntil = await cachedUntil(url);
    expect((await json(url)).body.data.title).toBe(title);

    await db.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'treffpunkt_cache listener'");
    const reconnected = await holdsBefore(
      titleCachedUntil,
      async () => (await ready(b)).body.cacheSync === 'listening' && (await json(url)).body.data.title !== title,
    );
    expect(reconnected).toBe(true);
    expect((await json(url)).body.data.title).toBe(`${title} (geändert)`);
    expect(b.log()).toMatch(/lost the database connection that hears other instances' writes .* reconnecting in \d+ ms/);

    // And it hears again: a publish on A reaches B.
    const listCachedUntil = await cachedUntil(`${b.url}${LIST}`);
    const slug = uniqueSlug('t-after-reconnect');
    const documentId = await publishReport(admin, a.url, { title: slug, slug, network: bkeId, publicationDate: dateInDays(0) });
    expect(await holdsBefore(listCachedUntil, async () => (await listedSlugs(b.url)).includes(slug))).toBe(true);
    await unpublishReport(admin, a.url, documentId);
  });

  it('loses no request beyond those in flight on an instance that is killed, and the instance rejoins when restarted', async () => {
    const load = startLoad(nginx.url, VISITOR_PATHS);
    await load.served(VISITS);
    const inFlightAtKill = load.inFlight();
    await a.kill();
    await load.served(VISITS); // by B alone
    await a.start();
    const result = await load.stop();
    expect(result.failed.length, result.failed.join('\n')).toBeLessThanOrEqual(inFlightAtKill);
    expect(await ready(a)).toMatchObject({ status: 200, body: { ready: true } });
    await rejoins(a);
  });

  it('stops gracefully under load: announces it on /treffpunkt/ready, finishes what it started, loses nothing', async () => {
    const load = startLoad(nginx.url, VISITOR_PATHS);
    await load.served(VISITS);
    const exitCode = b.stop();
    expect(await announcesStop(b, exitCode)).toBe(true); // for TREFFPUNKT_SHUTDOWN_DELAY, before it closes
    expect(await exitCode).toBe(0);
    const result = await load.stop();
    expect(result.failed, result.failed.join('\n')).toEqual([]);
    expect(b.log()).toMatch(/stopped accepting requests; none left running/);
    await b.start();
    await rejoins(b);
  });
});

describe.skipIf(!onPostgres)('a first start that dies', () => {
  it('frees the lock with its process: the next instance takes it and starts', async () => {
    const environment = deploymentEnvironment(await emptyDatabase());
    const first = cmsInstance('dies', await freePort(), environment);
    const next = cmsInstance('next', await freePort(), environment);
    const starting = first.start().catch(() => 'killed');
    // Killed in the middle of its first-start work, with the lock held: once the schema is on its way.
    while (!/lock taken after/.test(first.log())) await pause();
    const database = new pg.Client(postgresSettings(environment.DATABASE_NAME));
    await database.connect();
    while ((await database.query("SELECT 1 FROM information_schema.tables WHERE table_schema = 'public'")).rowCount === 0) await pause();
    await database.end();
    await first.kill();
    expect(await starting).toBe('killed');
    await next.start();
    expect(next.log()).toMatch(/treffpunkt first start: lock taken after \d+ ms/);
    expect((await fetch(`${next.url}/treffpunkt/ready`)).status).toBe(200);
    await next.kill();
  });
});
