/**
 * Issue 9: the packed strapi-plugin-treffpunkt in a plain Strapi 5 app that has nothing of ours
 * (test/fixtures/plain-app, with its own event and report types and shared.venue component),
 * installed the way the plugin's README says, word for word. Once into an app that already ran
 * without the plugin (an existing install with its own content and admin), once on an empty
 * database; then the plugin switched off and uninstalled again, without losing the app or the
 * content. Everything goes over HTTP, as an operator and an editor use it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf, createPlainApp, packPlugin, publishThroughAdmin, type PlainApp, type RunningApp } from './plain-app';

const EXISTING_DB = '.tmp/existing.db';
const EMPTY_DB = '.tmp/empty.db';
const NETWORK = 'plugin::treffpunkt.network';
const REPORT = 'plugin::treffpunkt.report';
const APP_EVENT = 'api::event.event';

/** The enabling step of the plugin's README, copied from it so that the test follows it exactly. */
function readmeConfig(): string {
  const readme = readFileSync(path.resolve(__dirname, '../../cms/src/plugins/treffpunkt/README.md'), 'utf8');
  const install = readme.slice(readme.indexOf('## Install'), readme.indexOf('## Configuration'));
  return /```js\n([\s\S]*?)```/.exec(install)![1];
}

let scratch: string;
let tarball: string;
let app: PlainApp;

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'treffpunkt-package-'));
  tarball = packPlugin(scratch);
  app = createPlainApp();
});

afterAll(() => {
  app?.remove();
  rmSync(scratch, { recursive: true, force: true });
});

/** Publishes a network and a report as an editor does, and reads them back through the public API and the widgets. */
async function publishAndRead(running: RunningApp, slug: string) {
  const admin = await adminOf(running);
  const network = await publishThroughAdmin(admin, NETWORK, { name: `Netzwerk ${slug}`, slug, kind: 'association' }, 'de');
  await publishThroughAdmin(
    admin,
    REPORT,
    {
      title: `Bericht aus ${slug}`,
      slug: `${slug}-bericht`,
      summary: 'Was wir besprochen haben.',
      network: { connect: [{ documentId: network, locale: 'de' }] },
    },
    'de',
  );
  const reports = await fetch(`${running.url}/api/treffpunkt/reports?network=${slug}`).then((response) => response.json());
  expect(reports.data.map((report: { title: string }) => report.title)).toEqual([`Bericht aus ${slug}`]);
  const widgets = await fetch(`${running.url}/treffpunkt/widgets.js`);
  expect(widgets.status).toBe(200);
  expect(widgets.headers.get('content-type')).toMatch(/javascript/);
  expect(await widgets.text()).toContain('treffpunkt-latest-reports');
  const stylesheet = await fetch(`${running.url}/treffpunkt/widgets.css`);
  expect(stylesheet.status).toBe(200);
  // The embed page, rendered on the server by the renderer the package carries.
  const embedPage = await fetch(`${running.url}/treffpunkt/embed/latest-reports?network=${slug}`);
  expect(embedPage.status).toBe(200);
  expect(await embedPage.text()).toContain(`Bericht aus ${slug}`);
  return admin;
}

describe('strapi-plugin-treffpunkt in a plain Strapi 5 app', () => {
  it('is a package that installs and works without any file of ours outside it', () => {
    const files = JSON.parse(readFileSync(path.join(app.dir, 'package.json'), 'utf8'));
    expect(files.dependencies['strapi-plugin-treffpunkt']).toBeUndefined();
    expect(path.basename(tarball)).toMatch(/^strapi-plugin-treffpunkt-\d+\.\d+\.\d+\.tgz$/);
  });

  it('joins an app that already ran without it: its content, admin and event API stay', async () => {
    // The app as it ran before: an admin, and an event of its own, public on its own route.
    const before = await app.start(EXISTING_DB);
    const admin = await adminOf(before);
    await publishThroughAdmin(admin, APP_EVENT, {
      title: 'Sommerfest',
      date: '2027-07-03',
      venue: { name: 'Vereinsheim', city: 'Kassel' },
    });
    await before.stop();

    app.npm(['install', tarball]);
    app.writePluginConfig(readmeConfig());
    app.build();
    const running = await app.start(EXISTING_DB);
    try {
      await publishAndRead(running, 'ortsverband');
      // The app's own event API, types and component beside the plugin's.
      const events = await fetch(`${running.url}/api/events?populate=venue`).then((response) => response.json());
      expect(events.data.map((event: { title: string; venue: { city: string } }) => [event.title, event.venue.city])).toEqual([
        ['Sommerfest', 'Kassel'],
      ]);
      // The demo is off in an existing app: no demo network.
      expect((await fetch(`${running.url}/api/treffpunkt/networks/bke`)).status).toBe(404);
      // The embed page's permission is in the roles page, and the Editor role has it.
      const session = await adminOf(running);
      const permissions = await session.request('GET', '/admin/permissions');
      expect(permissions.body.data.sections.plugins.map((action: { action: string }) => action.action)).toContain(
        'plugin::treffpunkt.embed.read',
      );
      const roles = await session.request('GET', '/admin/roles');
      const editor = roles.body.data.find((role: { code: string }) => role.code === 'strapi-editor');
      const editorPermissions = await session.request('GET', `/admin/roles/${editor.id}/permissions`);
      expect(editorPermissions.body.data.map((permission: { action: string }) => permission.action)).toContain(
        'plugin::treffpunkt.embed.read',
      );
      // The Network editor role is made with Strapi's roles, its writes limited to "in one of my networks".
      const networkEditor = roles.body.data.find((role: { code: string }) => role.code === 'treffpunkt-network-editor');
      const networkEditorPermissions = await session.request('GET', `/admin/roles/${networkEditor.id}/permissions`);
      const updateNetworks = networkEditorPermissions.body.data.find(
        (permission: { action: string; subject: string }) =>
          permission.action === 'plugin::content-manager.explorer.update' && permission.subject === NETWORK,
      );
      expect(updateNetworks.conditions).toEqual(['plugin::treffpunkt.in-my-networks']);
      // The admin panel was built with the plugin.
      expect((await fetch(`${running.url}/admin`)).status).toBe(200);
    } finally {
      await running.stop();
    }
  });

  it('starts on an empty database with the content types, API, feeds, widgets and embed page', async () => {
    const running = await app.start(EMPTY_DB);
    try {
      const admin = await publishAndRead(running, 'neu');
      expect((await fetch(`${running.url}/api/treffpunkt/networks/neu/events.ics`)).headers.get('content-type')).toMatch(/text\/calendar/);
      expect((await fetch(`${running.url}/api/treffpunkt/networks/neu/reports.atom`)).headers.get('content-type')).toMatch(/atom/);
      const embed = await admin.request('GET', '/treffpunkt/admin/embed');
      expect(embed.body.data.networks.map((network: { slug: string }) => network.slug)).toEqual(['neu']);
      const locales = await admin.request<{ code: string }[]>('GET', '/i18n/locales');
      expect(locales.body.map((locale) => locale.code).sort()).toEqual(['de', 'en']);
    } finally {
      await running.stop();
    }
  });

  it('stops at start with a message that names a wrong setting', async () => {
    app.writePluginConfig(`module.exports = () => ({ treffpunkt: { enabled: true, config: { corsOrigins: 'https://example.org' } } });\n`);
    const output = await app.failToStart(EMPTY_DB);
    expect(output).toContain('treffpunkt.corsOrigins must be a list of origins');
    app.writePluginConfig(readmeConfig());
  });

  it('can be switched off and uninstalled: the app starts, and the content waits in the database', async () => {
    app.writePluginConfig(`module.exports = () => ({ treffpunkt: { enabled: false } });\n`);
    const off = await app.start(EXISTING_DB);
    try {
      expect((await fetch(`${off.url}/api/events`)).status).toBe(200);
      expect((await fetch(`${off.url}/api/treffpunkt/reports?network=ortsverband`)).status).toBe(404);
    } finally {
      await off.stop();
    }

    app.npm(['uninstall', 'strapi-plugin-treffpunkt']);
    app.writePluginConfig(`module.exports = () => ({});\n`);
    const gone = await app.start(EXISTING_DB);
    await gone.stop();

    // Back again: what was published before is there.
    app.npm(['install', tarball]);
    app.writePluginConfig(readmeConfig());
    const back = await app.start(EXISTING_DB);
    try {
      const reports = await fetch(`${back.url}/api/treffpunkt/reports?network=ortsverband`).then((response) => response.json());
      expect(reports.data.map((report: { title: string }) => report.title)).toEqual(['Bericht aus ortsverband']);
    } finally {
      await back.stop();
    }
  });
});
