/**
 * Backup and restore as an operator runs them (cms/scripts/backup.mjs, restore.mjs): the demo
 * with what an install adds to it (an administrator; a network editor assigned to a network,
 * who wrote a report with a cover of their own; an API token), backed up with `npm run backup`
 * while the CMS runs, restored with `npm run restore` into a new database and an empty media
 * folder. The restored CMS must answer the public API as the original does, serve the same media
 * bytes, let the same people sign in with their roles, assignment and authorship, and accept the
 * token. A database in use is refused, unless --replace, which turns it back to the backup.
 * On PostgreSQL (npm run test:postgres) the new database is a second one in the same cluster.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { NETWORK_EDITOR_ROLE, embedOptionsPath, myNetworksPath, networkEditorsPath } from 'treffpunkt-shared/admin-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collection,
  expectOk,
  networkDocumentId,
  publishReport,
  registerFirstAdmin,
  unpublishReport,
  type AdminClient,
} from '../support/admin-http';
import { inviteAdminUser, signIn, uploadImage, type AdminPerson } from '../support/admin-users-http';
import { dateInDays } from '../support/clock';
import { repoRoot } from '../support/cms';
import { cmsInstance, deploymentEnvironment, emptyDatabase, scratchDir, stopAll, type CmsInstance } from '../support/cms-instances';
import { REPORT, uniqueSlug } from '../support/content';
import { freePort } from '../support/free-port';

const run = promisify(execFile);

/** The network the editor is assigned to, and one they are not. */
const THEIR_NETWORK = 'bke-medien';
const OTHER_NETWORK = 'jetzt';
const LOCALES = ['de', 'en'];
const ORIGIN = 'ORIGIN';

/**
 * An answer without what must differ between two instances: absolute URLs carry the address of
 * the instance that answers; a calendar's DTSTAMP, and the `updated` of a feed without entries,
 * are the moment the answer was made (each instance's clock runs on from TREFFPUNKT_NOW since it started).
 */
function withoutWhatMustDiffer(body: string, origin: string): string {
  const answer = body.replaceAll(origin, ORIGIN).replace(/^DTSTAMP:\d{8}T\d{6}Z/gm, 'DTSTAMP:');
  const emptyFeed = answer.includes('<feed ') && !answer.includes('<entry>');
  return emptyFeed ? answer.replace(/<updated>[^<]*<\/updated>/, '<updated/>') : answer;
}

let source: CmsInstance;
let target: CmsInstance;
let office: Awaited<ReturnType<typeof registerFirstAdmin>>;
let editor: AdminPerson;
let ownReport: { slug: string; documentId: string };
let otherReportId: string;
let theirNetworkId: string;
let archive: string;
let sourceEnvironment: Record<string, string>;
/** A read-only API token, as a website that reads the REST routes has. */
let apiToken: string;
/** The public API of every network of the install. */
let paths: string[];

/** `npm run <script> -- <args>` in the repository, with an instance's environment; resolves with its exit code and output. */
async function npmRun(script: string, args: string[], environment: Record<string, string>) {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', script, '--', ...args], {
      cwd: repoRoot,
      env: { ...process.env, ...environment },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, output: stdout + stderr };
  }
}

async function mediaFolder(parent: string, name: string) {
  const folder = path.join(parent, name);
  await mkdir(path.join(folder, 'uploads'), { recursive: true });
  return folder;
}

/** Every public path of the networks: profile, reports, events, next event, calendar, feed, and each listed report in full. */
async function publicPaths(instance: CmsInstance, slugs: string[]): Promise<string[]> {
  const paths: string[] = [];
  const reportSlugs = new Set<string>();
  for (const slug of slugs) {
    paths.push(`/api/treffpunkt/networks/${slug}/events.ics`, `/api/treffpunkt/networks/${slug}/reports.atom`);
    for (const locale of LOCALES) {
      const reports = `/api/treffpunkt/reports?network=${slug}&include=subnetworks&limit=20&locale=${locale}`;
      paths.push(
        `/api/treffpunkt/networks/${slug}?locale=${locale}`,
        reports,
        `/api/treffpunkt/events?network=${slug}&limit=20&locale=${locale}`,
        `/api/treffpunkt/events/next?network=${slug}&locale=${locale}`,
      );
      const listed = (await (await fetch(`${instance.url}${reports}`)).json()) as { data: { slug: string }[] };
      for (const report of listed.data) reportSlugs.add(report.slug);
    }
  }
  for (const slug of reportSlugs) for (const locale of LOCALES) paths.push(`/api/treffpunkt/reports/${slug}?locale=${locale}`);
  return paths;
}

/** Status and body of each path, without what must differ (see ORIGIN). */
async function publicAnswers(instance: CmsInstance, paths: string[]): Promise<Record<string, string>> {
  const answer = async (path: string) => {
    const response = await fetch(`${instance.url}${path}`);
    return [path, `${response.status} ${withoutWhatMustDiffer(await response.text(), instance.url)}`];
  };
  return Object.fromEntries(await Promise.all(paths.map(answer)));
}

/** The media files the answers link to, as paths below ORIGIN. */
function mediaPaths(answers: Record<string, string>): string[] {
  const paths = Object.values(answers).flatMap((answer) =>
    [...answer.matchAll(/ORIGIN(\/uploads\/[^"'\s<>)]+)/g)].map((match) => match[1]),
  );
  return [...new Set(paths)].sort();
}

async function bytes(url: string) {
  const response = await fetch(url);
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** The admin's users, roles with their permissions, and content languages, by name instead of database id. */
async function adminSettings(admin: AdminClient, url: string) {
  const get = async <Answer>(path: string) => expectOk(path, await admin.request<Answer>(url, 'GET', path));
  const users = (await get<{ data: { results: AdminUserRow[] } }>('/admin/users?pageSize=100')).data.results;
  const roles = (await get<{ data: { id: number; code: string; name: string; description: string }[] }>('/admin/roles')).data;
  const permissions = async (roleId: number) =>
    (await get<{ data: PermissionRow[] }>(`/admin/roles/${roleId}/permissions`)).data
      .map(({ action, subject, properties, conditions }) => JSON.stringify({ action, subject, properties, conditions }))
      .sort();
  return {
    users: users
      .map(({ email, firstname, lastname, isActive, blocked, roles }) => ({
        email,
        names: [firstname, lastname],
        isActive,
        blocked,
        roles: roles.map((role) => role.code).sort(),
      }))
      .sort((a, b) => a.email.localeCompare(b.email)),
    roles: await Promise.all(
      roles.map(async ({ id, code, name, description }) => ({ code, name, description, permissions: await permissions(id) })),
    ),
    locales: (await get<{ code: string; isDefault: boolean }[]>('/i18n/locales')).map(({ code, isDefault }) => ({ code, isDefault })),
  };
}

interface AdminUserRow {
  email: string;
  firstname: string;
  lastname: string;
  isActive: boolean;
  blocked: boolean;
  roles: { code: string }[];
}

interface PermissionRow {
  action: string;
  subject: string | null;
  properties: unknown;
  conditions: string[];
}

async function reportDocumentId(admin: AdminClient, url: string, networkSlug: string): Promise<string> {
  const query = `?filters[network][slug][$eq]=${networkSlug}&locale=de`;
  return expectOk('list reports', await admin.request(url, 'GET', `${collection(REPORT)}${query}`)).results[0].documentId;
}

beforeAll(async () => {
  const scratch = await mkdtemp(path.join(scratchDir(), 'backup-'));
  archive = path.join(scratch, 'treffpunkt.tar.gz');
  sourceEnvironment = deploymentEnvironment(await emptyDatabase(), { PUBLIC_DIR: await mediaFolder(scratch, 'source') });
  // A new install: its own database and media folder, the same secrets (an operator restores with the same cms/.env).
  const targetEnvironment = { ...sourceEnvironment, ...(await emptyDatabase()), PUBLIC_DIR: await mediaFolder(scratch, 'target') };
  source = cmsInstance('backup-source', await freePort(), sourceEnvironment);
  target = cmsInstance('backup-target', await freePort(), targetEnvironment);
  await source.start();

  office = await registerFirstAdmin(source.url);
  editor = await inviteAdminUser(office, source.url, NETWORK_EDITOR_ROLE, { firstname: 'Mira', lastname: 'Medien' });
  theirNetworkId = await networkDocumentId(office, source.url, THEIR_NETWORK);
  const users = expectOk('list editors', await office.request(source.url, 'GET', networkEditorsPath(theirNetworkId))).data.users;
  const editorId = users.find((user: { email: string }) => user.email === editor.email).id;
  expectOk('assign', await office.request(source.url, 'PUT', networkEditorsPath(theirNetworkId), { editors: [editorId] }));

  const editorSession = await signIn(source.url, editor);
  const cover = await uploadImage(editorSession, source.url, 'Die Runde im Medienraum', '#8a3ffc');
  const slug = uniqueSlug('t-backup');
  const documentId = await publishReport(editorSession, source.url, {
    title: `Nach der Sicherung ${slug}`,
    slug,
    network: theirNetworkId,
    cover: cover.id,
    summary: 'Ein Bericht, den es nur in dieser Installation gibt.',
    publicationDate: dateInDays(-1),
  });
  ownReport = { slug, documentId };
  otherReportId = await reportDocumentId(office, source.url, OTHER_NETWORK);
  const token = { name: 'Website', type: 'read-only', lifespan: null };
  apiToken = expectOk('api token', await office.request(source.url, 'POST', '/admin/api-tokens', token)).data.accessKey;

  const backup = await npmRun('backup', [archive], sourceEnvironment);
  expect(backup.code, backup.output).toBe(0);
  const restore = await npmRun('restore', [archive], targetEnvironment);
  expect(restore.code, restore.output).toBe(0);
  await target.start();

  const networks = expectOk('embed page', await office.request(source.url, 'GET', embedOptionsPath)).data.networks as { slug: string }[];
  paths = await publicPaths(
    source,
    networks.map((network) => network.slug),
  );
}, 600_000);

afterAll(() => stopAll([source, target].filter(Boolean)));

describe('a backup restored into a new database', () => {
  it('answers the public API as the original: networks, reports, events, next event, calendars, feeds', async () => {
    expect(paths).toContain(`/api/treffpunkt/reports/${ownReport.slug}?locale=de`);
    const before = await publicAnswers(source, paths);
    expect(before[`/api/treffpunkt/reports/${ownReport.slug}?locale=de`]).toMatch(/^200 .*Nach der Sicherung/);
    expect(await publicAnswers(target, paths)).toEqual(before);
  });

  it('serves every image the answers link to, with the same bytes, the new cover included', async () => {
    const own = (await (await fetch(`${source.url}/api/treffpunkt/reports/${ownReport.slug}`)).json()) as {
      data: { cover: { url: string } };
    };
    const media = mediaPaths(await publicAnswers(source, paths));
    expect(media).toContain(own.data.cover.url.replace(source.url, ''));
    for (const file of media) {
      const [original, restored] = await Promise.all([bytes(`${source.url}${file}`), bytes(`${target.url}${file}`)]);
      expect(original.status, file).toBe(200);
      expect(restored.status, file).toBe(200);
      expect(restored.bytes.equals(original.bytes), file).toBe(true);
    }
  });

  it('lets the administrator and the network editor sign in with their passwords', async () => {
    await expect(signIn(target.url, office.login)).resolves.toBeTruthy();
    await expect(signIn(target.url, editor)).resolves.toBeTruthy();
  });

  it('keeps the admin users, the roles with their permissions (Network editor among them) and the languages', async () => {
    const before = await adminSettings(office, source.url);
    expect(before.users.map((user) => user.roles)).toEqual(expect.arrayContaining([[NETWORK_EDITOR_ROLE], ['strapi-super-admin']]));
    expect(before.roles.find((role) => role.code === NETWORK_EDITOR_ROLE)?.permissions.length).toBeGreaterThan(10);
    expect(await adminSettings(await signIn(target.url, office.login), target.url)).toEqual(before);
  });

  it('keeps API tokens working (restored with the same API_TOKEN_SALT)', async () => {
    const reports = async (url: string, headers: Record<string, string>) => {
      const response = await fetch(`${url}/api/treffpunkt/rest/reports?locale=de`, { headers });
      return {
        status: response.status,
        documents: response.ok ? ((await response.json()).data as { documentId: string }[]).map((r) => r.documentId).sort() : [],
      };
    };
    const before = await reports(source.url, { Authorization: `Bearer ${apiToken}` });
    expect(before.documents).toContain(ownReport.documentId);
    expect(await reports(target.url, { Authorization: `Bearer ${apiToken}` })).toEqual(before);
    expect((await reports(target.url, {})).status).toBe(403);
  });

  it('keeps the network editor assigned to their network, limited to it, and the author of their report', async () => {
    const [here, there] = await Promise.all([signIn(source.url, editor), signIn(target.url, editor)]);
    const mine = async (session: AdminClient, url: string) =>
      expectOk('my networks', await session.request(url, 'GET', myNetworksPath)).data;
    expect(await mine(there, target.url)).toEqual(await mine(here, source.url));
    expect((await mine(there, target.url)).networks.map((network: { documentId: string }) => network.documentId)).toEqual([theirNetworkId]);

    const officeThere = await signIn(target.url, office.login);
    const editors = expectOk('editors', await officeThere.request(target.url, 'GET', networkEditorsPath(theirNetworkId))).data.editors;
    expect(editors.map((user: { email: string }) => user.email)).toEqual([editor.email]);

    const ownInEditor = await there.request(target.url, 'GET', `${collection(REPORT)}/${ownReport.documentId}?locale=de`);
    expect(ownInEditor.status).toBe(200);
    expect(ownInEditor.body.data.createdBy).toMatchObject({ firstname: 'Mira', lastname: 'Medien' });
    expect((await there.request(target.url, 'GET', `${collection(REPORT)}/${otherReportId}?locale=de`)).status).toBe(403);
  });

  it('is refused into a database in use, and with --replace turns that database back to the backup', async () => {
    const ownPath = `/api/treffpunkt/reports/${ownReport.slug}`;
    await unpublishReport(office, source.url, ownReport.documentId);
    expect((await fetch(`${source.url}${ownPath}`)).status).toBe(404);

    const refused = await npmRun('restore', [archive], sourceEnvironment);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('This database is in use (2 admin users)');
    expect(refused.output).toContain('--replace');
    expect((await fetch(`${source.url}${ownPath}`)).status).toBe(404);

    await source.stop();
    const replaced = await npmRun('restore', [archive, '--replace'], sourceEnvironment);
    expect(replaced.code, replaced.output).toBe(0);
    await source.start();
    expect(await publicAnswers(source, paths)).toEqual(await publicAnswers(target, paths));
    await expect(signIn(source.url, editor)).resolves.toBeTruthy();
  }, 240_000);
});
