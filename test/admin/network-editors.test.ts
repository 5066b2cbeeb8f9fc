/**
 * Editors of their own network, through Strapi's admin HTTP API exactly as the admin panel
 * calls it. The office (Super Admin) assigns three Network editors in the demo's BKE federation:
 * one of the Fachbereich bke-medien (German admin), one of bke-juliti (English admin), one of
 * the federation bke itself (no admin language: messages in both); next to them a plain Editor.
 * Every path of the content manager and of the plugin, allowed and refused, on each type, in
 * both languages; and that the public API does not change.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ACTIONS,
  NETWORK_EDITOR_ROLE,
  embedOptionsPath,
  eventReportPath,
  networkEditorsPath,
} from '../../cms/src/plugins/treffpunkt/shared/admin-api';
import { IN_MY_NETWORKS } from '../../cms/src/plugins/treffpunkt/server/src/network-editors/condition';
import { adminSession, newAdminSession, type AdminSession } from '../support/admin';
import { startCms, type Cms } from '../support/cms';
import { EVENT, NETWORK, REPORT, getJson, uniqueSlug } from '../support/content';
import { FEDERATION, assignEditors, contentOf, demoNetwork, newNetworkEditor, type DemoNetwork, type FederationSlug, type NetworkContent } from './federation';

const CM = '/content-manager/collection-types';
const TYPES = [NETWORK, EVENT, REPORT] as const;
const LOCALES = ['de', 'en'] as const;
type Uid = (typeof TYPES)[number];
type Locale = (typeof LOCALES)[number];

let cms: Cms;
let office: AdminSession;
let editor: AdminSession;
/** Network editors: of bke-medien (German admin), of bke-juliti (English admin), of bke (no admin language). */
let medien: AdminSession;
let juliti: AdminSession;
let bke: AdminSession;
const networks = {} as Record<FederationSlug | 'zwh', DemoNetwork>;
const content = {} as Record<FederationSlug | 'zwh', NetworkContent>;

/** Public answers before any editor was assigned, to compare with afterwards. */
const PUBLIC_PATHS = [
  '/api/treffpunkt/networks/bke',
  '/api/treffpunkt/networks/bke-medien?locale=en',
  '/api/treffpunkt/reports?network=bke&include=subnetworks&limit=20',
  '/api/treffpunkt/reports?network=bke-medien&locale=en',
  '/api/treffpunkt/events?network=bke&include=subnetworks&limit=20',
  '/api/treffpunkt/events/next?network=bke&include=subnetworks',
  '/api/treffpunkt/networks/bke/events.ics',
  '/api/treffpunkt/networks/bke-juliti/reports.atom',
];
const publicBefore = new Map<string, string>();

async function publicAnswer(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${cms.url}${path}`, { headers });
  return `${response.status} ${await response.text()}`;
}

const relation = (documentId: string, locale: Locale = 'de') => ({ connect: [{ documentId, locale }], disconnect: [] });
const nothingChanged = { connect: [], disconnect: [] };

const one = (uid: Uid, documentId: string, locale: Locale) => `${CM}/${uid}/${documentId}?locale=${locale}`;
const documentOf = (uid: Uid, slug: FederationSlug | 'zwh') =>
  uid === NETWORK ? networks[slug].documentId : content[slug][uid === EVENT ? 'event' : 'report'].documentId;

function expectRefused(response: { status: number; body: any }, status: 400 | 403, ...words: string[]) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  for (const word of words) expect(response.body.error.message).toContain(word);
}

/** Document ids of a content-manager list (every page). */
async function listed(session: AdminSession, uid: Uid, locale: Locale, filter = ''): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const { status, body } = await session.request('GET', `${CM}/${uid}?page=${page}&pageSize=100&locale=${locale}${filter}`);
    expect(status).toBe(200);
    ids.push(...body.results.map((entry: { documentId: string }) => entry.documentId));
    if (page >= body.pagination.pageCount) return ids;
  }
}

/** Which of the federation's (and zwh's) test documents a session's list shows. */
async function visibleOf(session: AdminSession, uid: Uid, locale: Locale): Promise<string[]> {
  const ids = new Set(await listed(session, uid, locale));
  return (Object.keys(content) as (FederationSlug | 'zwh')[]).filter((slug) => ids.has(documentOf(uid, slug))).sort();
}

/** A fresh document of a network, for tests that change or delete it: draft or published, German and English. */
async function freshReport(slug: FederationSlug | 'zwh', status: 'draft' | 'published' = 'draft') {
  return (await contentOf(cms, networks[slug], status)).report;
}
async function freshEvent(slug: FederationSlug | 'zwh', status: 'draft' | 'published' = 'draft') {
  return (await contentOf(cms, networks[slug], status)).event;
}

async function stored(uid: Uid, documentId: string, locale: Locale, status: 'draft' | 'published' = 'draft') {
  return (await cms.strapi.documents(uid).findOne({ documentId, locale, status, populate: ['network', 'event', 'parent'] } as never)) as any;
}

beforeAll(async () => {
  cms = await startCms();
  for (const slug of [...FEDERATION, 'zwh'] as const) networks[slug] = await demoNetwork(cms, slug);
  for (const slug of [...FEDERATION, 'zwh'] as const) content[slug] = await contentOf(cms, networks[slug]);
  for (const path of PUBLIC_PATHS) publicBefore.set(path, await publicAnswer(path));
  [office, editor, medien, juliti, bke] = await Promise.all([
    adminSession(cms),
    newAdminSession(cms, 'strapi-editor'),
    newNetworkEditor(cms, { firstname: 'Mira', lastname: 'Medien', preferedLanguage: 'de' }),
    newNetworkEditor(cms, { firstname: 'Jules', lastname: 'Juliti', preferedLanguage: 'en' }),
    newNetworkEditor(cms, { firstname: 'Berta', lastname: 'Bundesverband' }),
  ]);
  await assignEditors(office, networks['bke-medien'], [medien]);
  await assignEditors(office, networks['bke-juliti'], [juliti]);
  await assignEditors(office, networks.bke, [bke]);
});

describe('the role "Network editor" and the condition "in one of my networks"', () => {
  it('the role exists once, with the editor actions on the three types, each in one of my networks, in both languages', async () => {
    const roles = await cms.strapi.db.query('admin::role').findMany({ where: { code: NETWORK_EDITOR_ROLE }, populate: ['permissions'] });
    expect(roles).toHaveLength(1);
    const [role] = roles;
    expect(role.name).toBe('Network editor');
    for (const uid of TYPES) {
      for (const verb of ['create', 'read', 'update', 'delete', 'publish']) {
        const permission = role.permissions.find((p: any) => p.action === `plugin::content-manager.explorer.${verb}` && p.subject === uid);
        expect(permission, `${verb} ${uid}`).toBeDefined();
        expect(permission.conditions).toEqual([IN_MY_NETWORKS]);
        expect(permission.properties.locales).toEqual(['de', 'en']);
      }
    }
    const fieldsOf = (verb: string, uid: Uid) =>
      role.permissions.find((p: any) => p.action === `plugin::content-manager.explorer.${verb}` && p.subject === uid).properties.fields;
    expect(fieldsOf('update', NETWORK)).toEqual(expect.arrayContaining(['name', 'parent', 'logo']));
    expect(fieldsOf('update', NETWORK)).not.toContain('children');
    expect(fieldsOf('create', NETWORK)).not.toContain('children');
    expect(fieldsOf('update', REPORT)).toEqual(expect.arrayContaining(['title', 'network', 'event', 'author.name', 'cover']));
    const others = role.permissions.filter((p: any) => !TYPES.includes(p.subject)).map((p: any) => [p.action, p.subject]);
    expect(others.sort()).toEqual(
      [
        ACTIONS.embed,
        ACTIONS.reportFromEvent,
        'plugin::upload.read',
        'plugin::upload.configure-view',
        'plugin::upload.assets.create',
        'plugin::upload.assets.update',
        'plugin::upload.assets.download',
        'plugin::upload.assets.copy-link',
      ]
        .map((action) => [action, null])
        .sort(),
    );
  });

  it("is made only once: Strapi's role set-up at the next start leaves it as it is", async () => {
    const before = await cms.strapi.db.query('admin::role').findOne({ where: { code: NETWORK_EDITOR_ROLE }, populate: ['permissions'] });
    await cms.strapi.service('admin::role').createRolesIfNoneExist();
    const after = await cms.strapi.db.query('admin::role').findMany({ where: { code: NETWORK_EDITOR_ROLE }, populate: ['permissions'] });
    expect(after.map((role: any) => [role.id, role.permissions.length])).toEqual([[before.id, before.permissions.length]]);
  });

  it("leaves Strapi's own roles as they were: no condition of ours, no new permission", async () => {
    for (const code of ['strapi-editor', 'strapi-author']) {
      const role = await cms.strapi.db.query('admin::role').findOne({ where: { code }, populate: ['permissions'] });
      expect(role.permissions.filter((p: any) => p.conditions.includes(IN_MY_NETWORKS))).toEqual([]);
      expect(role.permissions.map((p: any) => p.action)).not.toContain(ACTIONS.manageEditors);
    }
  });

  it("is offered in the role editor's conditions, in both languages", async () => {
    const { status, body } = await office.request('GET', '/admin/permissions');
    expect(status).toBe(200);
    expect(body.data.conditions).toContainEqual(
      expect.objectContaining({ id: IN_MY_NETWORKS, displayName: 'In einem meiner Netzwerke (in one of my networks)', category: 'Treffpunkt' }),
    );
  });
});

describe('who belongs where, as the office assigns it', () => {
  it("shows a network's editors, the parent network's editors who edit it too, and everyone to choose from", async () => {
    const { status, body } = await office.request('GET', networkEditorsPath(networks['bke-medien'].documentId));
    expect(status).toBe(200);
    expect(body.data.editors).toEqual([
      { id: medien.userId, name: 'Mira Medien', email: medien.email, active: true, reach: 'assigned' },
    ]);
    expect(body.data.inherited).toEqual([
      { network: networks.bke.name, editors: [expect.objectContaining({ id: bke.userId, name: 'Berta Bundesverband' })] },
    ]);
    const reachOf = (session: AdminSession) => body.data.users.find((user: { id: number }) => user.id === session.userId)?.reach;
    expect([reachOf(medien), reachOf(editor), reachOf(office)]).toEqual(['assigned', 'all', 'all']);
  });

  it('refuses unknown users and malformed lists, naming the field', async () => {
    const path = networkEditorsPath(networks['bke-wendepunkt'].documentId);
    const unknown = await office.request('PUT', path, { editors: [987654] });
    expectRefused(unknown, 400, 'editors', '987654');
    expectRefused(await office.request('PUT', path, { editors: 'alle' }), 400, 'editors');
    expect((await office.request('GET', networkEditorsPath('nosuchnetwork0000000000'))).status).toBe(404);
  });

  it('is for the office only: network editors and Editors may not assign', async () => {
    for (const session of [medien, bke, editor]) {
      expect((await session.request('GET', networkEditorsPath(networks['bke-medien'].documentId))).status).toBe(403);
      expect((await session.request('PUT', networkEditorsPath(networks['bke-medien'].documentId), { editors: [session.userId] })).status).toBe(403);
    }
  });

  it('leaves the public API as it was, also for requests that carry a network editor’s login', async () => {
    for (const path of PUBLIC_PATHS) {
      expect(await publicAnswer(path), path).toBe(publicBefore.get(path));
      expect(await publicAnswer(path, { Authorization: `Bearer ${medien.token}` }), path).toBe(publicBefore.get(path));
    }
    const profile = await getJson(cms, '/api/treffpunkt/networks/bke-medien');
    expect(JSON.stringify(profile.body)).not.toContain(medien.email);
    for (const path of ['/api/treffpunkt/rest/editor-assignments', '/api/editor-assignments']) {
      expect((await getJson(cms, path)).status, path).toBe(404);
    }
  });
});

describe('list views show only one’s own networks', () => {
  const expected: Record<string, Record<Uid, string[]>> = {
    medien: { [NETWORK]: ['bke-medien'], [EVENT]: ['bke-medien'], [REPORT]: ['bke-medien'] },
    juliti: { [NETWORK]: ['bke-juliti'], [EVENT]: ['bke-juliti'], [REPORT]: ['bke-juliti'] },
    bke: Object.fromEntries(TYPES.map((uid) => [uid, [...FEDERATION].sort()])) as Record<Uid, string[]>,
    editor: Object.fromEntries(TYPES.map((uid) => [uid, [...FEDERATION, 'zwh'].sort()])) as Record<Uid, string[]>,
  };
  const sessions = () => ({ medien, juliti, bke, editor });

  for (const locale of LOCALES) {
    for (const uid of TYPES) {
      it.each(Object.keys(expected))(`${uid}, ${locale}: %s`, async (who) => {
        expect(await visibleOf(sessions()[who as keyof ReturnType<typeof sessions>], uid, locale)).toEqual(expected[who][uid]);
      });
    }
  }

  it('the count and pages of a network editor’s list are theirs, too', async () => {
    const { body } = await medien.request('GET', `${CM}/${REPORT}?page=1&pageSize=1&locale=de`);
    const all = await listed(medien, REPORT, 'de');
    expect(body.pagination.total).toBe(all.length);
    const networksOfListed = await cms.strapi.db.query(REPORT).findMany({
      where: { documentId: { $in: all }, network: { id: { $notNull: true } } },
      populate: { network: { select: ['slug'] } },
    });
    expect(new Set(networksOfListed.map((row: any) => row.network.slug))).toEqual(new Set(['bke-medien']));
  });
});

describe('opening one document', () => {
  for (const locale of LOCALES) {
    it.each(TYPES)(`%s, ${locale}: one's own and the child networks' open; others are refused, naming the network`, async (uid) => {
      expect((await medien.request('GET', one(uid, documentOf(uid, 'bke-medien'), locale))).status).toBe(200);
      expect((await bke.request('GET', one(uid, documentOf(uid, 'bke-medien'), locale))).status).toBe(200);
      expect((await editor.request('GET', one(uid, documentOf(uid, 'bke-juliti'), locale))).status).toBe(200);
      const name = networks['bke-juliti'].name;
      expectRefused(await medien.request('GET', one(uid, documentOf(uid, 'bke-juliti'), locale)), 403, `„${name}“`, 'keines Ihrer Netzwerke');
      // Upwards neither: a Fachbereich's editor does not open the federation's documents.
      expectRefused(await juliti.request('GET', one(uid, documentOf(uid, 'bke'), locale)), 403, `“${networks.bke.name}”`, 'not one of your networks');
      expectRefused(await bke.request('GET', one(uid, documentOf(uid, 'zwh'), locale)), 403, networks.zwh.name, 'not one of your networks', 'keines Ihrer Netzwerke');
    });
  }

  it('a language the document lacks does not reveal its other versions', async () => {
    const germanOnly = await cms.strapi.documents(REPORT).create({
      data: { title: 'Nur deutsch', slug: uniqueSlug('nur-de'), network: networks['bke-juliti'].documentId, participants: 12 },
      locale: 'de',
    } as never);
    const foreign = await medien.request('GET', one(REPORT, germanOnly.documentId, 'en'));
    expectRefused(foreign, 403, networks['bke-juliti'].name);
    expect(JSON.stringify(foreign.body)).not.toContain('availableLocales');
    const own = await juliti.request('GET', one(REPORT, germanOnly.documentId, 'en'));
    expect(own.status).toBe(200);
    expect(own.body.meta.availableLocales).toEqual([expect.objectContaining({ locale: 'de' })]);
  });
});
