/**
 * A plain Strapi 5 app in a temporary folder (test/fixtures/plain-app: its own event and report
 * types, its own shared.venue component, nothing of ours), run as an operator runs it: npm scripts
 * in a child process, on its own SQLite file and a free port, talked to over HTTP only.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AdminAnswer, AdminResponse } from '../support/admin-answer';
import { freePort } from '../support/free-port';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strapiSecrets } from '../support/strapi-secrets.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURE = path.join(repoRoot, 'test/fixtures/plain-app');
const BOOT_TIMEOUT_MS = 240_000;

/** npm with the answers an operator's terminal would give, from the npm cache where it can. */
function npm(cwd: string, args: string[]) {
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline'], { cwd, stdio: 'inherit' });
}

/** The plugin's tarball, as `npm pack` makes it for the registry, from the freshly built workspace package. */
export function packPlugin(into: string): string {
  execFileSync('npm', ['run', 'build:widgets', '--silent'], { cwd: repoRoot, stdio: 'inherit' });
  execFileSync('npm', ['run', 'build:plugin', '--silent'], { cwd: repoRoot, stdio: 'inherit' });
  execFileSync('npm', ['pack', '--workspace', 'strapi-plugin-treffpunkt', '--pack-destination', into, '--silent'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  const [tarball] = readdirSync(into).filter((name) => /^strapi-plugin-treffpunkt-.*\.tgz$/.test(name));
  return path.join(into, tarball);
}

export interface RunningApp {
  url: string;
  /** Output of the app so far, for messages when something fails. */
  output(): string;
  stop(): Promise<void>;
}

export interface PlainApp {
  dir: string;
  /** npm in the app's folder, e.g. ['install', tarball]. */
  npm(args: string[]): void;
  /** config/plugins.js, as the operator writes it. */
  writePluginConfig(source: string): void;
  build(): void;
  /** `npm run start` on the SQLite file `database` (relative to the app), with the same secrets each time. */
  start(database: string): Promise<RunningApp>;
  /** `npm run start` that is expected to fail: its output. */
  failToStart(database: string): Promise<string>;
  remove(): void;
}

/** Copies the fixture app to a temporary folder and installs its packages (`npm ci`, from its lockfile). */
export function createPlainApp(): PlainApp {
  const dir = mkdtempSync(path.join(tmpdir(), 'treffpunkt-plain-app-'));
  cpSync(FIXTURE, dir, { recursive: true });
  npm(dir, ['ci']);
  const secrets = strapiSecrets();

  function launch(database: string, port: number) {
    const child = spawn('npm', ['run', 'start'], {
      cwd: dir,
      // Its own process group, so that stopping it stops npm's child (Strapi) too.
      detached: true,
      env: {
        ...process.env,
        ...secrets,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_FILENAME: database,
        STRAPI_TELEMETRY_DISABLED: 'true',
        BROWSER: 'none',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    return { child, output: () => output };
  }

  async function stop(child: ChildProcess) {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
  }

  return {
    dir,
    npm: (args) => npm(dir, args),
    writePluginConfig: (source) => writeFileSync(path.join(dir, 'config/plugins.js'), source),
    build: () => npm(dir, ['run', 'build']),

    async start(database) {
      const port = await freePort();
      const { child, output } = launch(database, port);
      const url = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + BOOT_TIMEOUT_MS;
      while (Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`The app stopped while starting:\n${output()}`);
        const health = await fetch(`${url}/_health`).catch(() => null);
        if (health?.status === 204) return { url, output, stop: () => stop(child) };
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      await stop(child);
      throw new Error(`The app did not answer within ${BOOT_TIMEOUT_MS / 1000} s:\n${output()}`);
    },

    async failToStart(database) {
      const { child, output } = launch(database, await freePort());
      await new Promise((resolve) => child.once('exit', resolve));
      return output();
    },

    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** An admin of the app, talking to it as the admin panel does. */
export interface AppAdmin {
  request<Answer = AdminAnswer>(method: string, route: string, body?: unknown): Promise<AdminResponse<Answer>>;
}

async function call(url: string, token: string | null, method: string, route: string, body?: unknown) {
  const response = await fetch(`${url}${route}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

const ADMIN = { firstname: 'Erika', lastname: 'Muster', email: 'office@example.org', password: 'Geheim-Passwort-2026' };

/** The first admin of a new app (the registration form of the admin panel), or a login of the existing one. */
export async function adminOf(app: RunningApp): Promise<AppAdmin> {
  const registered = await call(app.url, null, 'POST', '/admin/register-admin', ADMIN);
  const session =
    registered.status === 200
      ? registered
      : await call(app.url, null, 'POST', '/admin/login', { email: ADMIN.email, password: ADMIN.password });
  if (session.status !== 200) throw new Error(`No admin session: ${JSON.stringify(session.body)}`);
  const token = session.body.data.token as string;
  return { request: (method, route, body) => call(app.url, token, method, route, body) };
}

/** Creates and publishes a document through the content manager's routes, as an editor in the admin does. */
export async function publishThroughAdmin(admin: AppAdmin, uid: string, data: Record<string, unknown>, locale?: string) {
  const query = locale ? `?locale=${locale}` : '';
  const created = await admin.request('POST', `/content-manager/collection-types/${uid}${query}`, data);
  if (created.status !== 201) throw new Error(`${uid} not created: ${JSON.stringify(created.body)}`);
  const { documentId } = created.body.data;
  const published = await admin.request('POST', `/content-manager/collection-types/${uid}/${documentId}/actions/publish${query}`, {});
  if (published.status !== 200) throw new Error(`${uid} not published: ${JSON.stringify(published.body)}`);
  return documentId as string;
}
