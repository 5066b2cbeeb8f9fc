/**
 * The real CMS for integration tests: the Strapi app in cms/ compiled and started once per test
 * run, on a fresh SQLite file (or on PostgreSQL when DATABASE_CLIENT=postgres names an empty
 * database), listening on a free port of 127.0.0.1.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { Core } from '@strapi/strapi';

// Strapi's ES module build imports folders (lodash/fp), which Node's ESM loader refuses; its CommonJS build works.
const { compileStrapi, createStrapi } = createRequire(import.meta.url)('@strapi/strapi') as typeof import('@strapi/strapi');

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cmsDir = path.join(repoRoot, 'cms');

export interface Cms {
  strapi: Core.Strapi;
  url: string;
}

let running: Promise<Cms> | undefined;

function testEnvironment() {
  const secret = () => randomBytes(16).toString('base64');
  const scratch = process.env.TREFFPUNKT_TEST_SCRATCH ?? path.join(cmsDir, '.tmp');
  Object.assign(process.env, {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'none',
  });
  if ((process.env.DATABASE_CLIENT ?? 'sqlite') === 'sqlite') {
    process.env.DATABASE_FILENAME = path.join(scratch, `treffpunkt-${randomBytes(4).toString('hex')}.db`);
  }
}

async function boot(): Promise<Cms> {
  testEnvironment();
  process.chdir(cmsDir);
  const appContext = await compileStrapi({ appDir: cmsDir });
  const strapi = await createStrapi({ ...appContext, autoReload: false, serveAdminPanel: false }).load();
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
}
