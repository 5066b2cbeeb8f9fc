/**
 * CMS instances as an operator runs them: separate processes of the one app, started by the
 * test (so that it can stop them with SIGTERM or kill them), on a database of their own: a new
 * SQLite file, or a new database in the PostgreSQL cluster that DATABASE_* name
 * (test/support/with-postgres.sh). Every instance of a test shares the secrets, as a deployment's do.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { TEST_NOW } from './clock';
import { repoRoot } from './cms';
import { strapiSecrets } from './strapi-secrets.mjs';

const { compileStrapi } = createRequire(import.meta.url)('@strapi/strapi') as typeof import('@strapi/strapi');
const CHILD = path.join(repoRoot, 'test/support/cms-process.mjs');
const cmsDir = path.join(repoRoot, 'cms');
const START_TIMEOUT_MS = 240_000;

export const onPostgres = process.env.DATABASE_CLIENT === 'postgres';

export function scratchDir(): string {
  return process.env.TREFFPUNKT_TEST_SCRATCH ?? path.join(cmsDir, '.tmp');
}

let compiled: Promise<{ appDir: string; distDir?: string }> | undefined;

/** The app compiled once for every instance of the run. */
function compiledApp() {
  compiled ??= compileStrapi({ appDir: cmsDir }).then(({ appDir, distDir }) => ({ appDir, distDir }));
  return compiled;
}

/** Connection settings of the test's PostgreSQL cluster, for `database` in it. */
export function postgresSettings(database = process.env.DATABASE_NAME): pg.ClientConfig {
  return {
    host: process.env.DATABASE_HOST,
    port: Number(process.env.DATABASE_PORT),
    user: process.env.DATABASE_USERNAME,
    password: process.env.DATABASE_PASSWORD,
    database,
  };
}

/** An empty database, as the DATABASE_* variables of the instances that share it. */
export async function emptyDatabase(): Promise<Record<string, string>> {
  const name = `treffpunkt_${randomBytes(4).toString('hex')}`;
  if (!onPostgres) return { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(scratchDir(), `${name}.db`) };
  const admin = new pg.Client(postgresSettings());
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return { DATABASE_CLIENT: 'postgres', DATABASE_NAME: name };
}

export interface CmsInstance {
  name: string;
  url: string;
  logFile: string;
  /** Starts the process (again, after stop or kill) and resolves once it says it is ready. */
  start(): Promise<void>;
  /** SIGTERM, as an orchestrator stops a replica; resolves with the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL: the machine or process dies. */
  kill(): Promise<void>;
  log(): string;
}

/** Environment shared by the instances of one deployment: secrets, the database, the test's clock. */
export function deploymentEnvironment(database: Record<string, string>, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    ...strapiSecrets(),
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'none',
    TREFFPUNKT_NOW: TEST_NOW.toISOString(),
    ...database,
    ...extra,
  };
}

export function cmsInstance(name: string, port: number, environment: Record<string, string>): CmsInstance {
  const logFile = path.join(scratchDir(), `${name}-${port}.log`);
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let exited: Promise<number | null> = Promise.resolve(null);

  const log = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');

  return {
    name,
    url,
    logFile,
    log,
    async start() {
      const app = await compiledApp();
      const out = openSync(logFile, 'a');
      child = fork(CHILD, [JSON.stringify(app)], {
        env: { ...process.env, ...environment, PORT: String(port) },
        stdio: ['ignore', out, out, 'ipc'],
      });
      closeSync(out);
      const running = child;
      exited = new Promise((resolve) => running.once('exit', (code) => resolve(code)));
      await untilReady(url, exited, () => `${name} did not start; the end of ${logFile}:\n${log().slice(-3000)}`);
    },
    async stop() {
      child?.kill('SIGTERM');
      return exited;
    },
    async kill() {
      child?.kill('SIGKILL');
      await exited;
    },
  };
}

/** Polls /treffpunkt/ready, as a balancer does, until the instance says it is ready; fails when the process exits first. */
async function untilReady(url: string, exited: Promise<number | null>, explain: () => string) {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!gone && Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/treffpunkt/ready`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(explain());
}

/** Stops every instance that still runs (for afterAll). */
export async function stopAll(instances: CmsInstance[]) {
  await Promise.all(instances.map((instance) => instance.kill()));
}
