/**
 * The real CMS for integration tests: the Strapi app in cms/ compiled and started once per test
 * run, on a fresh SQLite file (or on PostgreSQL when DATABASE_CLIENT=postgres names an empty
 * database), listening on a free port of 127.0.0.1.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { Core } from '@strapi/strapi';
import { TEST_NOW } from './clock';
import { freePort } from './free-port';
import { strapiSecrets } from './strapi-secrets.mjs';

// Strapi's ES module build imports folders (lodash/fp), which Node's ESM loader refuses; its CommonJS build works.
const { compileStrapi, createStrapi } = createRequire(import.meta.url)('@strapi/strapi') as typeof import('@strapi/strapi');

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cmsDir = path.join(repoRoot, 'cms');

export interface Cms {
  strapi: Core.Strapi;
  url: string;
}

let running: Promise<Cms> | undefined;

type ProcessListeners = [string | symbol, ((...args: unknown[]) => void)[]][];

/** The test runner's own listeners on `process` (its channel to the main process among them). */
function processListeners(): ProcessListeners {
  return process.eventNames().map((name) => [name, process.listeners(name as never) as never]);
}

/** Strapi's destroy() removes every listener on `process`, the test runner's too: put those back. */
function restoreProcessListeners(saved: ProcessListeners) {
  for (const [name, listeners] of saved) {
    for (const listener of listeners) {
      if (!process.listeners(name as never).includes(listener as never)) process.on(name as never, listener);
    }
  }
}

let runnerListeners: ProcessListeners | undefined;

// Fixed for the run, so that a restarted CMS accepts what the first one signed.
const secrets = strapiSecrets();

/**
 * Mail goes to 127.0.0.1 on a port picked for the run, where a test that reads mail starts its SMTP
 * server (test/support/mail-server.ts); the CMS looks for mails to send every second.
 */
async function mailEnvironment() {
  process.env.SMTP_PORT ??= String(await freePort());
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    EMAIL_FROM: 'Treffpunkt <treffpunkt@example.org>',
    TREFFPUNKT_MAIL_QUEUE_INTERVAL: '1',
    // Every test file asks from 127.0.0.1 of the one CMS: the limit per client is tested where it is set low.
    TREFFPUNKT_FOLLOW_REQUESTS_PER_HOUR: '1000',
  });
}

function testEnvironment() {
  const scratch = process.env.TREFFPUNKT_TEST_SCRATCH ?? path.join(cmsDir, '.tmp');
  Object.assign(process.env, {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    ...secrets,
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'none',
    // The plugin's clock starts at the test instant, whatever day the suite runs.
    TREFFPUNKT_NOW: TEST_NOW.toISOString(),
    // Sources are read when a test asks (test/api/sources.test.ts runs the schedule's step itself).
    TREFFPUNKT_SOURCES_ENABLED: 'false',
  });
  // One database per run: a restart (stopCms, startCms) finds the same content again.
  if ((process.env.DATABASE_CLIENT ?? 'sqlite') === 'sqlite' && !process.env.DATABASE_FILENAME) {
    process.env.DATABASE_FILENAME = path.join(scratch, `treffpunkt-${randomBytes(4).toString('hex')}.db`);
  }
}

async function boot(): Promise<Cms> {
  testEnvironment();
  await mailEnvironment();
  runnerListeners ??= processListeners();
  process.chdir(cmsDir);
  const appContext = await compileStrapi({ appDir: cmsDir });
  // The admin panel is served when it is built (global-setup builds it for the browser tests).
  const serveAdminPanel = existsSync(path.join(cmsDir, 'dist/build/index.html'));
  const strapi = await createStrapi({ ...appContext, autoReload: false, serveAdminPanel }).load();
  strapi.server.mount();
  await new Promise<void>((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = strapi.server.httpServer.address() as AddressInfo;
  return { strapi, url: `http://127.0.0.1:${port}` };
}

/** The run's CMS, booted on first use. */
export function startCms(): Promise<Cms> {
  running ??= boot();
  return running;
}

/** Stops the run's CMS and closes its database: for tests that restart it on the same database. */
export async function stopCms(): Promise<void> {
  if (!running) return;
  const { strapi } = await running;
  running = undefined;
  await strapi.destroy();
  if (runnerListeners) restoreProcessListeners(runnerListeners);
}
