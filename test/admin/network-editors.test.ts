/**
 * Editors of their own network, through Strapi's admin HTTP API exactly as the admin panel
 * calls it. The office (Super Admin) assigns three Network editors in the demo's BKE federation:
 * one of the Fachbereich bke-medien (German admin), one of bke-juliti (English admin), one of
 * the federation bke itself (no admin language: messages in both); next to them a plain Editor.
 * Every path of the content manager and of the plugin, allowed and refused, on each type, in
 * both languages; and that the public API does not change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTIONS,
  NETWORK_EDITOR_ROLE,
  embedOptionsPath,
  eventReportPath,
  homePath,
  myNetworksPath,
  networkEditorsPath,
  type HomeResponse,
} from 'treffpunkt-shared/admin-api';
import { IN_MY_NETWORKS } from '../../cms/src/plugins/treffpunkt/server/src/network-editors/condition';
import type { AdminResponse, AnyDocument, StoredPermission } from '../support/admin-answer';
import { adminSession, newAdminSession, type AdminSession } from '../support/admin';
import { inDays } from '../support/clock';
import { startCms, type Cms } from '../support/cms';
import { EVENT, NETWORK, REPORT, createEvent, getJson, uniqueSlug } from '../support/content';
import {
  FEDERATION,
  assignEditors,
  contentOf,
  demoAsItIs,
  demoNetwork,
  newNetworkEditor,
  type DemoNetwork,
  type FederationSlug,
  type NetworkContent,
} from './federation';

const CM = '/content-manager/collection-types';
const TYPES = [NETWORK, EVENT, REPORT] as const;
const LOCALES = ['de', 'en'] as const;
type Uid = (typeof TYPES)[number];
type Locale = (typeof LOCALES)[number];

let cms: Cms;
let restoreDemo: () => Promise<void>;
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

function expectRefused(response: AdminResponse, status: 400 | 403, ...words: string[]) {
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
  const populate = uid === NETWORK ? ['parent'] : uid === EVENT ? ['network'] : ['network', 'event'];
  return (await cms.strapi.documents(uid).findOne({ documentId, locale, status, populate } as never)) as AnyDocument;
}

beforeAll(async () => {
  cms = await startCms();
  restoreDemo = await demoAsItIs(cms);
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

afterAll(() => restoreDemo?.());

describe('the role "Network editor" and the condition "in one of my networks"', () => {
  it('the role exists once, with the editor actions on the three types, each in one of my networks, in both languages', async () => {
    const roles = await cms.strapi.db.query('admin::role').findMany({ where: { code: NETWORK_EDITOR_ROLE }, populate: ['permissions'] });
    expect(roles).toHaveLength(1);
    const [role] = roles;
    expect(role.name).toBe('Network editor');
    for (const uid of TYPES) {
      for (const verb of ['create', 'read', 'update', 'delete', 'publish']) {
        const permission = role.permissions.find(
          (p: StoredPermission) => p.action === `plugin::content-manager.explorer.${verb}` && p.subject === uid,
        );
        expect(permission, `${verb} ${uid}`).toBeDefined();
        expect(permission.conditions).toEqual([IN_MY_NETWORKS]);
        expect(permission.properties.locales).toEqual(['de', 'en']);
      }
    }
    const fieldsOf = (verb: string, uid: Uid) =>
      role.permissions.find((p: StoredPermission) => p.action === `plugin::content-manager.explorer.${verb}` && p.subject === uid)
        .properties.fields;
    expect(fieldsOf('update', NETWORK)).toEqual(expect.arrayContaining(['name', 'parent', 'logo']));
    expect(fieldsOf('update', NETWORK)).not.toContain('children');
    expect(fieldsOf('create', NETWORK)).not.toContain('children');
    expect(fieldsOf('update', REPORT)).toEqual(expect.arrayContaining(['title', 'network', 'event', 'author.name', 'cover']));
    const others = role.permissions
      .filter((p: StoredPermission) => !TYPES.some((uid) => uid === p.subject))
      .map((p: StoredPermission) => [p.action, p.subject]);
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
    expect(after.map((role: { id: number; permissions: StoredPermission[] }) => [role.id, role.permissions.length])).toEqual([
      [before.id, before.permissions.length],
    ]);
  });

  it("leaves Strapi's own roles as they were: no condition of ours, no new permission", async () => {
    for (const code of ['strapi-editor', 'strapi-author']) {
      const role = await cms.strapi.db.query('admin::role').findOne({ where: { code }, populate: ['permissions'] });
      expect(role.permissions.filter((p: StoredPermission) => p.conditions.includes(IN_MY_NETWORKS))).toEqual([]);
      expect(role.permissions.map((p: StoredPermission) => p.action)).not.toContain(ACTIONS.manageEditors);
    }
  });

  it("is offered in the role editor's conditions, in both languages", async () => {
    const { status, body } = await office.request('GET', '/admin/permissions');
    expect(status).toBe(200);
    expect(body.data.conditions).toContainEqual(
      expect.objectContaining({
        id: IN_MY_NETWORKS,
        displayName: 'In einem meiner Netzwerke (in one of my networks)',
        category: 'Treffpunkt',
      }),
    );
  });
});

describe('who belongs where, as the office assigns it', () => {
  it("shows a network's editors, the parent network's editors who edit it too, and everyone to choose from", async () => {
    const { status, body } = await office.request('GET', networkEditorsPath(networks['bke-medien'].documentId));
    expect(status).toBe(200);
    expect(body.data.editors).toEqual([{ id: medien.userId, name: 'Mira Medien', email: medien.email, active: true, reach: 'assigned' }]);
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

  it('tells each network editor their networks (the list views show it); others are not limited', async () => {
    const mine = async (session: AdminSession) => (await session.request('GET', myNetworksPath)).body.data;
    expect(await mine(medien)).toMatchObject({
      limited: true,
      networks: [{ documentId: networks['bke-medien'].documentId, name: networks['bke-medien'].name }],
    });
    const ofBke = await mine(bke);
    expect(ofBke.networks).toEqual([{ documentId: networks.bke.documentId, name: networks.bke.name }]);
    expect(ofBke.below).toBeGreaterThanOrEqual(3);
    expect(await mine(editor)).toEqual({ limited: false, networks: [], below: 0 });
    expect(await mine(office)).toEqual({ limited: false, networks: [], below: 0 });
  });

  it('is for the office only: network editors and Editors may not assign', async () => {
    for (const session of [medien, bke, editor]) {
      expect((await session.request('GET', networkEditorsPath(networks['bke-medien'].documentId))).status).toBe(403);
      expect(
        (await session.request('PUT', networkEditorsPath(networks['bke-medien'].documentId), { editors: [session.userId] })).status,
      ).toBe(403);
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
    expect(new Set(networksOfListed.map((row: { network: { slug: string } }) => row.network.slug))).toEqual(new Set(['bke-medien']));
  });
});

describe('opening one document', () => {
  for (const locale of LOCALES) {
    it.each(TYPES)(`%s, ${locale}: one's own and the child networks' open; others are refused, naming the network`, async (uid) => {
      expect((await medien.request('GET', one(uid, documentOf(uid, 'bke-medien'), locale))).status).toBe(200);
      expect((await bke.request('GET', one(uid, documentOf(uid, 'bke-medien'), locale))).status).toBe(200);
      expect((await editor.request('GET', one(uid, documentOf(uid, 'bke-juliti'), locale))).status).toBe(200);
      const name = networks['bke-juliti'].name;
      expectRefused(
        await medien.request('GET', one(uid, documentOf(uid, 'bke-juliti'), locale)),
        403,
        `„${name}“`,
        'keines Ihrer Netzwerke',
      );
      // Upwards neither: a Fachbereich's editor does not open the federation's documents.
      expectRefused(
        await juliti.request('GET', one(uid, documentOf(uid, 'bke'), locale)),
        403,
        `“${networks.bke.name}”`,
        'not one of your networks',
      );
      expectRefused(
        await bke.request('GET', one(uid, documentOf(uid, 'zwh'), locale)),
        403,
        networks.zwh.name,
        'not one of your networks',
        'keines Ihrer Netzwerke',
      );
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

describe('creating', () => {
  const fieldsOf = (uid: Uid) => {
    const slug = uniqueSlug('neu');
    if (uid === EVENT) return { title: `Neues Treffen ${slug}`, slug, start: '2027-03-04T10:00:00.000Z' };
    if (uid === REPORT) return { title: `Neuer Bericht ${slug}`, slug };
    return { name: `Neue Arbeitsgruppe ${slug}`, slug, kind: 'working-group' };
  };
  const withNetwork = (uid: Uid, network: DemoNetwork | null, locale: Locale) => {
    const field = uid === NETWORK ? 'parent' : 'network';
    return { ...fieldsOf(uid), ...(network && { [field]: relation(network.documentId, locale) }) };
  };
  const create = (session: AdminSession, uid: Uid, data: object, locale: Locale) =>
    session.request('POST', `${CM}/${uid}?locale=${locale}`, data);
  const field = (uid: Uid) => (uid === NETWORK ? 'parent' : 'network');

  for (const locale of LOCALES) {
    it.each(TYPES)(`%s, ${locale}: in one's own network, or in a child network of it`, async (uid) => {
      const own = await create(medien, uid, withNetwork(uid, networks['bke-medien'], locale), locale);
      expect(own.status, JSON.stringify(own.body)).toBe(201);
      expect((await medien.request('GET', one(uid, own.body.data.documentId, locale))).status).toBe(200);
      expect((await create(bke, uid, withNetwork(uid, networks['bke-juliti'], locale), locale)).status).toBe(201);
      expect((await create(editor, uid, withNetwork(uid, networks.zwh, locale), locale)).status).toBe(201);
    });

    it.each(TYPES)(`%s, ${locale}: in another network, or in none, is refused at the field`, async (uid) => {
      const foreign = await create(medien, uid, withNetwork(uid, networks['bke-juliti'], locale), locale);
      expectRefused(foreign, 400, `„${networks['bke-juliti'].name}“ ist keines Ihrer Netzwerke`);
      expect(foreign.body.error.details.errors).toEqual([expect.objectContaining({ path: [field(uid)] })]);
      const upwards = await create(juliti, uid, withNetwork(uid, networks.bke, locale), locale);
      expectRefused(upwards, 400, `“${networks.bke.name}” is not one of your networks`);
      const none = await create(medien, uid, withNetwork(uid, null, locale), locale);
      expectRefused(none, 400, 'Bitte wählen Sie eines Ihrer Netzwerke');
      expect(none.body.error.details.errors).toEqual([expect.objectContaining({ path: [field(uid)] })]);
    });

    it.each(TYPES)(`%s, ${locale}: saving and publishing at once, own yes, another network's no`, async (uid) => {
      const own = await medien.request(
        'POST',
        `${CM}/${uid}/actions/publish?locale=${locale}`,
        withNetwork(uid, networks['bke-medien'], locale),
      );
      expect(own.status, JSON.stringify(own.body)).toBe(200);
      expect(own.body.data.publishedAt).not.toBeNull();
      const foreign = await medien.request('POST', `${CM}/${uid}/actions/publish?locale=${locale}`, withNetwork(uid, networks.zwh, locale));
      expectRefused(foreign, 400, networks.zwh.name);
    });
  }

  it('a numeric id or a plain document id of another network is refused as well', async () => {
    const zwhRow = await cms.strapi.db
      .query(NETWORK)
      .findOne({ where: { documentId: networks.zwh.documentId, locale: 'de', publishedAt: null } });
    expectRefused(await create(medien, REPORT, { ...fieldsOf(REPORT), network: zwhRow.id }, 'de'), 400, networks.zwh.name);
    expectRefused(await create(medien, EVENT, { ...fieldsOf(EVENT), network: networks.zwh.documentId }, 'de'), 400, networks.zwh.name);
  });
});

describe('changing', () => {
  for (const locale of LOCALES) {
    it.each([EVENT, REPORT])(`%s, ${locale}: one's own and the child networks'; another network's is refused, naming it`, async (uid) => {
      const ownId = uid === EVENT ? (await freshEvent('bke-medien')).documentId : (await freshReport('bke-medien')).documentId;
      const text = uid === EVENT ? { summary: `Geändert ${locale}` } : { summary: `Geändert ${locale}` };
      expect((await medien.request('PUT', one(uid, ownId, locale), text)).status).toBe(200);
      expect((await stored(uid, ownId, locale)).summary).toBe(`Geändert ${locale}`);
      expect((await bke.request('PUT', one(uid, ownId, locale), { summary: 'Vom Bundesverband' })).status).toBe(200);
      const foreign = documentOf(uid, 'bke-juliti');
      expectRefused(await medien.request('PUT', one(uid, foreign, locale), { summary: 'Übernommen' }), 403, networks['bke-juliti'].name);
      expectRefused(await juliti.request('PUT', one(uid, documentOf(uid, 'bke'), locale), { summary: 'x' }), 403, networks.bke.name);
      expect((await stored(uid, foreign, locale)).summary).not.toBe('Übernommen');
      expect((await editor.request('PUT', one(uid, documentOf(uid, 'zwh'), locale), { summary: 'Vom Editor' })).status).toBe(200);
    });

    it.each([EVENT, REPORT])(
      `%s, ${locale}: moving one's own to another network, or to none, is refused and changes nothing`,
      async (uid) => {
        const ownId = uid === EVENT ? (await freshEvent('bke-medien')).documentId : (await freshReport('bke-medien')).documentId;
        const moved = await medien.request('PUT', one(uid, ownId, locale), {
          summary: 'Umzug',
          network: relation(networks['bke-juliti'].documentId, locale),
        });
        expectRefused(moved, 400, `„${networks['bke-juliti'].name}“ ist keines Ihrer Netzwerke`);
        expect(moved.body.error.details.errors[0].path).toEqual(['network']);
        const networkOfGerman = async () => (await stored(uid, ownId, 'de')).network?.documentId;
        expect(await networkOfGerman()).toBe(networks['bke-medien'].documentId);
        const current = (await stored(uid, ownId, locale)).network;
        if (current) {
          const cleared = await medien.request('PUT', one(uid, ownId, locale), {
            network: { connect: [], disconnect: [{ id: current.id }] },
          });
          expectRefused(cleared, 400, 'Bitte wählen Sie eines Ihrer Netzwerke');
        }
        expect((await stored(uid, ownId, locale)).summary).not.toBe('Umzug');
        // Within one's networks it may move: the federation's office moves a meeting to a Fachbereich.
        expect(
          (await bke.request('PUT', one(uid, ownId, locale), { network: relation(networks['bke-wendepunkt'].documentId, locale) })).status,
        ).toBe(200);
      },
    );

    it(`report, ${locale}: linking another network's meeting is refused, naming it; one's own is fine`, async () => {
      const ownId = (await freshReport('bke-medien')).documentId;
      const foreignEvent = content['bke-juliti'].event;
      const linked = await medien.request('PUT', one(REPORT, ownId, locale), { event: relation(foreignEvent.documentId, locale) });
      expectRefused(linked, 400, `Das Treffen „${foreignEvent.title}“ gehört zu „${networks['bke-juliti'].name}“`);
      expect(linked.body.error.details.errors[0].path).toEqual(['event']);
      const ownEvent = content['bke-medien'].event;
      expect((await medien.request('PUT', one(REPORT, ownId, locale), { event: relation(ownEvent.documentId, locale) })).status).toBe(200);
    });

    it.each(TYPES)(`%s, ${locale}: unchanged relations are no change`, async (uid) => {
      const ownId = uid === NETWORK ? networks['bke-medien'].documentId : documentOf(uid, 'bke-medien');
      const relations = uid === NETWORK ? { parent: nothingChanged, children: nothingChanged } : { network: nothingChanged };
      expect((await medien.request('PUT', one(uid, ownId, locale), relations)).status).toBe(200);
    });
  }

  it("network: one's own and its child networks; the parent and other networks are refused", async () => {
    const shortDescription = 'Medienbildung in der Erziehungsberatung.';
    expect((await medien.request('PUT', one(NETWORK, networks['bke-medien'].documentId, 'de'), { shortDescription })).status).toBe(200);
    expect((await bke.request('PUT', one(NETWORK, networks['bke-medien'].documentId, 'de'), { shortDescription })).status).toBe(200);
    expectRefused(
      await medien.request('PUT', one(NETWORK, networks.bke.documentId, 'de'), { region: 'x' }),
      403,
      `„${networks.bke.name}“ ist keines Ihrer Netzwerke`,
    );
    expectRefused(
      await juliti.request('PUT', one(NETWORK, networks['bke-medien'].documentId, 'en'), { region: 'x' }),
      403,
      networks['bke-medien'].name,
    );
  });
});

describe('languages: a new translation', () => {
  async function germanOnly(uid: Uid, slug: FederationSlug) {
    const unique = uniqueSlug('nur-de');
    const data =
      uid === NETWORK
        ? { name: `Nur deutsch ${unique}`, slug: unique, kind: 'working-group', parent: networks[slug].documentId }
        : uid === EVENT
          ? { title: `Nur deutsch ${unique}`, slug: unique, network: networks[slug].documentId, start: '2027-01-01T10:00:00.000Z' }
          : { title: `Nur deutsch ${unique}`, slug: unique, network: networks[slug].documentId };
    return ((await cms.strapi.documents(uid).create({ data, locale: 'de' } as never)) as { documentId: string }).documentId;
  }
  const english = (uid: Uid) => {
    const slug = uniqueSlug('english');
    return uid === NETWORK
      ? { name: 'In English', slug, kind: 'working-group' }
      : { title: 'In English', slug, ...(uid === EVENT && { start: '2027-01-01T10:00:00.000Z' }) };
  };

  it.each(TYPES)("%s: of one's own document is made; of another network's is refused and not made", async (uid) => {
    const own = await germanOnly(uid, 'bke-medien');
    const made = await medien.request('PUT', one(uid, own, 'en'), english(uid));
    expect(made.status, JSON.stringify(made.body)).toBe(200);
    expect(made.body.data.locale).toBe('en');
    const foreign = await germanOnly(uid, 'bke-juliti');
    const owner = uid === NETWORK ? (await stored(NETWORK, foreign, 'de')).name : networks['bke-juliti'].name;
    expectRefused(await medien.request('PUT', one(uid, foreign, 'en'), english(uid)), 403, `„${owner}“`);
    expect(await stored(uid, foreign, 'en')).toBeNull();
  });
});

describe('publish, unpublish, discard, delete', () => {
  /** A published document of the network, with a draft that differs from the published version. */
  async function publishedWithChanges(uid: Uid, slug: FederationSlug) {
    if (uid === NETWORK) {
      const unique = uniqueSlug('ag');
      const network = (await cms.strapi.documents(NETWORK).create({
        data: { name: `AG ${unique}`, slug: unique, kind: 'working-group', parent: networks[slug].documentId },
        locale: 'de',
        status: 'published',
      } as never)) as { documentId: string };
      await cms.strapi.documents(NETWORK).update({
        documentId: network.documentId,
        locale: 'en',
        data: { name: `AG ${unique}`, slug: unique },
        status: 'published',
      } as never);
      for (const locale of LOCALES)
        await cms.strapi.documents(NETWORK).update({ documentId: network.documentId, locale, data: { region: 'Entwurf' } } as never);
      return network.documentId;
    }
    const { documentId } = uid === EVENT ? await freshEvent(slug, 'published') : await freshReport(slug, 'published');
    for (const locale of LOCALES) await cms.strapi.documents(uid).update({ documentId, locale, data: { summary: 'Entwurf' } } as never);
    return documentId;
  }
  const action = (uid: Uid, documentId: string, name: string, locale: Locale) =>
    `${CM}/${uid}/${documentId}/actions/${name}?locale=${locale}`;

  for (const locale of LOCALES) {
    it.each(TYPES)(`%s, ${locale}: one's own, step by step`, async (uid) => {
      const own = await publishedWithChanges(uid, 'bke-medien');
      expect((await medien.request('POST', action(uid, own, 'discard', locale), {})).status).toBe(200);
      expect((await medien.request('POST', action(uid, own, 'unpublish', locale), {})).status).toBe(200);
      expect(await stored(uid, own, locale, 'published')).toBeNull();
      expect((await medien.request('POST', action(uid, own, 'publish', locale), {})).status).toBe(200);
      expect(await stored(uid, own, locale, 'published')).not.toBeNull();
      expect((await medien.request('DELETE', one(uid, own, locale))).status).toBe(200);
      expect(await stored(uid, own, locale)).toBeNull();
    });

    it.each(TYPES)(`%s, ${locale}: another network's is refused, naming it, and stays as it was`, async (uid) => {
      const foreign = await publishedWithChanges(uid, 'bke-juliti');
      // A network is named itself; a meeting or report by its network.
      const name = uid === NETWORK ? (await stored(NETWORK, foreign, 'de')).name : networks['bke-juliti'].name;
      for (const name_ of ['discard', 'unpublish', 'publish']) {
        expectRefused(await medien.request('POST', action(uid, foreign, name_, locale), {}), 403, `„${name}“`);
      }
      expectRefused(await medien.request('DELETE', one(uid, foreign, locale)), 403, `„${name}“`);
      expect((await stored(uid, foreign, locale, 'published')).publishedAt).not.toBeNull();
      expect(await stored(uid, foreign, locale)).toMatchObject(uid === NETWORK ? { region: 'Entwurf' } : { summary: 'Entwurf' });
      // The federation's editor may.
      expect((await bke.request('POST', action(uid, foreign, 'discard', locale), {})).status).toBe(200);
    });
  }
});

describe('bulk actions on the list view', () => {
  const bulk = (session: AdminSession, uid: Uid, name: string, documentIds: string[], locale: Locale) =>
    session.request('POST', `${CM}/${uid}/actions/${name}?locale=${locale}`, { documentIds, locale });
  const twoOwn = async (uid: typeof EVENT | typeof REPORT, status: 'draft' | 'published') =>
    Promise.all(
      [1, 2].map(async () => (uid === EVENT ? await freshEvent('bke-medien', status) : await freshReport('bke-medien', status)).documentId),
    );

  for (const locale of LOCALES) {
    it.each([EVENT, REPORT])(`%s, ${locale}: publish, unpublish and delete several of one's own`, async (uid) => {
      const own = await twoOwn(uid, 'draft');
      expect((await bulk(medien, uid, 'bulkPublish', own, locale)).body).toEqual({ count: 2 });
      expect((await bulk(medien, uid, 'bulkUnpublish', own, locale)).body).toEqual({ count: 2 });
      expect((await bulk(medien, uid, 'bulkDelete', own, locale)).body).toEqual({ count: 2 });
      for (const documentId of own) expect(await stored(uid, documentId, locale)).toBeNull();
    });

    it.each([EVENT, REPORT])(`%s, ${locale}: one of another network among them refuses all, naming it`, async (uid) => {
      const own = await twoOwn(uid, 'published');
      const foreign = documentOf(uid, 'bke-juliti');
      for (const name of ['bulkPublish', 'bulkUnpublish', 'bulkDelete']) {
        expectRefused(await bulk(medien, uid, name, [...own, foreign], locale), 403, networks['bke-juliti'].name);
      }
      for (const documentId of [...own, foreign]) expect(await stored(uid, documentId, locale, 'published')).not.toBeNull();
      expectRefused(
        await medien.request('POST', `${CM}/${uid}/actions/bulkFindForValidation?locale=${locale}`, { documentIds: [foreign], locale }),
        403,
        networks['bke-juliti'].name,
      );
    });
  }
});

describe('duplicating (clone)', () => {
  for (const locale of LOCALES) {
    it.each([EVENT, REPORT])(`%s, ${locale}: one's own yes; another network's is refused`, async (uid) => {
      const slug = uniqueSlug('kopie');
      const own = await medien.request('POST', `${CM}/${uid}/clone/${documentOf(uid, 'bke-medien')}?locale=${locale}`, {
        slug,
        title: `Kopie ${slug}`,
      });
      expect(own.status, JSON.stringify(own.body)).toBe(200);
      expect((await medien.request('GET', one(uid, own.body.data.documentId, locale))).status).toBe(200);
      const foreign = await medien.request('POST', `${CM}/${uid}/clone/${documentOf(uid, 'bke-juliti')}?locale=${locale}`, {
        slug: uniqueSlug('kopie'),
        title: 'Kopie',
      });
      expectRefused(foreign, 403, networks['bke-juliti'].name);
      const automatic = await medien.request('POST', `${CM}/${uid}/auto-clone/${documentOf(uid, 'bke-juliti')}?locale=${locale}`, {});
      expectRefused(automatic, 403, networks['bke-juliti'].name);
    });
  }
});

describe('relation pickers', () => {
  const names = async (session: AdminSession, uid: Uid, field: string, locale: Locale) => {
    const { status, body } = await session.request('GET', `/content-manager/relations/${uid}/${field}?locale=${locale}&pageSize=100`);
    expect(status).toBe(200);
    return body.results.map((entry) => entry.name ?? entry.title);
  };

  for (const locale of LOCALES) {
    it(`${locale}: the network field offers only one's own networks and their child networks`, async () => {
      for (const uid of [EVENT, REPORT]) {
        const ofMedien = await names(medien, uid, 'network', locale);
        expect(ofMedien).toContain(networks['bke-medien'].name);
        for (const slug of ['bke', 'bke-juliti', 'bke-wendepunkt', 'zwh'] as const) expect(ofMedien).not.toContain(networks[slug].name);
        const ofBke = await names(bke, uid, 'network', locale);
        for (const slug of FEDERATION) expect(ofBke).toContain(networks[slug].name);
        expect(ofBke).not.toContain(networks.zwh.name);
        expect(await names(editor, uid, 'network', locale)).toContain(networks.zwh.name);
      }
      const parents = await names(medien, NETWORK, 'parent', locale);
      expect(parents).toContain(networks['bke-medien'].name);
      expect(parents).not.toContain(networks.bke.name);
    });
  }

  it("a report's meeting field offers only one's own networks' meetings", async () => {
    const offered = await names(medien, REPORT, 'event', 'de');
    expect(offered).toContain(content['bke-medien'].event.title);
    expect(offered).not.toContain(content['bke-juliti'].event.title);
    expect(offered).not.toContain(content.bke.event.title);
  });

  it("another network's document does not show its relations", async () => {
    const path = `/content-manager/relations/${REPORT}/${documentOf(REPORT, 'bke-juliti')}/network?locale=de`;
    expectRefused(await medien.request('GET', path), 403, networks['bke-juliti'].name);
    expect((await juliti.request('GET', path)).status).toBe(200);
  });
});

describe('where a network hangs', () => {
  const setParent = (session: AdminSession, network: DemoNetwork, parent: { connect?: object[]; disconnect?: object[] }) =>
    session.request('PUT', one(NETWORK, network.documentId, 'de'), { parent: { connect: [], disconnect: [], ...parent } });
  const parentOf = async (network: DemoNetwork) => (await stored(NETWORK, network.documentId, 'de')).parent?.documentId;
  const parentRow = async (network: DemoNetwork) => ({ id: (await stored(NETWORK, network.documentId, 'de')).parent.id });

  it("a Fachbereich's editor cannot move their network or take it out of the federation", async () => {
    const moved = await setParent(medien, networks['bke-medien'], {
      connect: [{ documentId: networks['bke-juliti'].documentId, locale: 'de' }],
    });
    expectRefused(
      moved,
      400,
      `„${networks['bke-medien'].name}“ gehört zu „${networks.bke.name}“; nur dessen Redaktion kann es verschieben.`,
    );
    expect(moved.body.error.details.errors[0].path).toEqual(['parent']);
    const detached = await setParent(medien, networks['bke-medien'], { disconnect: [await parentRow(networks['bke-medien'])] });
    expectRefused(detached, 400, 'nur dessen Redaktion');
    expect(await parentOf(networks['bke-medien'])).toBe(networks.bke.documentId);
  });

  it('hanging another network below one’s own (to gain it) does nothing', async () => {
    const escalation = await medien.request('PUT', one(NETWORK, networks['bke-medien'].documentId, 'de'), {
      children: { connect: [{ documentId: networks.zwh.documentId, locale: 'de' }], disconnect: [] },
    });
    // The role may not write the field: the content manager drops it, or the guard refuses it.
    if (escalation.status !== 200) expectRefused(escalation, 400, 'untergeordneten Netzwerk');
    expect(await parentOf(networks.zwh)).toBeUndefined();
    expect(await visibleOf(medien, NETWORK, 'de')).toEqual(['bke-medien']);
  });

  it("the federation's editor moves a Fachbereich within the federation, but not out of it, nor the federation below itself", async () => {
    const [wendepunkt, juliti_] = [networks['bke-wendepunkt'], networks['bke-juliti']];
    expect((await setParent(bke, wendepunkt, { connect: [{ documentId: juliti_.documentId, locale: 'de' }] })).status).toBe(200);
    expect(await parentOf(wendepunkt)).toBe(juliti_.documentId);
    // The editor of bke-juliti now edits bke-wendepunkt too; moved back, no more.
    expect((await juliti.request('GET', one(NETWORK, wendepunkt.documentId, 'de'))).status).toBe(200);
    expect((await setParent(bke, wendepunkt, { connect: [{ documentId: networks.bke.documentId, locale: 'de' }] })).status).toBe(200);
    expect((await juliti.request('GET', one(NETWORK, wendepunkt.documentId, 'de'))).status).toBe(403);

    const outside = await setParent(bke, wendepunkt, { connect: [{ documentId: networks.zwh.documentId, locale: 'de' }] });
    expectRefused(outside, 400, networks.zwh.name, 'not one of your networks');
    const detached = await setParent(bke, wendepunkt, { disconnect: [await parentRow(wendepunkt)] });
    expectRefused(detached, 400, `Only an administrator can take “${wendepunkt.name}” out of “${networks.bke.name}”.`);
    const cycle = await setParent(bke, networks.bke, { connect: [{ documentId: networks['bke-medien'].documentId, locale: 'de' }] });
    expectRefused(cycle, 400, `“${networks['bke-medien'].name}” lies below “${networks.bke.name}”`);
    expect(await parentOf(networks.bke)).toBeUndefined();
    expect(await parentOf(wendepunkt)).toBe(networks.bke.documentId);
  });
});

describe('deleting a network', () => {
  it('one that still has meetings and reports is refused, saying what it holds', async () => {
    const refused = await medien.request('DELETE', `${CM}/${NETWORK}/${networks['bke-medien'].documentId}?locale=*`);
    expectRefused(refused, 403, `„${networks['bke-medien'].name}“ hat noch`, 'Treffen', 'Berichte');
    expect(await stored(NETWORK, networks['bke-medien'].documentId, 'de')).not.toBeNull();
  });

  it('one language that nothing points to goes; the one its meetings point to stays', async () => {
    const unique = uniqueSlug('ag');
    const group = (await cms.strapi.documents(NETWORK).create({
      data: { name: `AG ${unique}`, slug: unique, kind: 'working-group', parent: networks['bke-medien'].documentId },
      locale: 'de',
    } as never)) as { documentId: string };
    await cms.strapi.documents(NETWORK).update({
      documentId: group.documentId,
      locale: 'en',
      data: { name: `AG ${unique}`, slug: unique, region: 'Lower Saxony' },
    } as never);
    await cms.strapi.documents(EVENT).create({
      data: { title: `Treffen der AG ${unique}`, slug: unique, network: group.documentId, start: '2027-02-01T10:00:00.000Z' },
      locale: 'de',
    } as never);
    expect((await medien.request('DELETE', one(NETWORK, group.documentId, 'en'))).status).toBe(200);
    expectRefused(await medien.request('DELETE', one(NETWORK, group.documentId, 'de')), 403, `„AG ${unique}“ hat noch 1 Treffen;`);
    expect(await stored(NETWORK, group.documentId, 'de')).not.toBeNull();
  });

  it('an empty one goes, and with it who was assigned to it', async () => {
    const created = await medien.request('POST', `${CM}/${NETWORK}?locale=de`, {
      name: 'Kurzlebige AG',
      slug: uniqueSlug('kurz'),
      kind: 'working-group',
      parent: relation(networks['bke-medien'].documentId),
    });
    const documentId = created.body.data.documentId;
    await assignEditors(office, { slug: 'kurz', name: 'Kurzlebige AG', documentId }, [juliti]);
    expect((await juliti.request('GET', one(NETWORK, documentId, 'de'))).status).toBe(200);
    expect((await medien.request('DELETE', one(NETWORK, documentId, 'de'))).status).toBe(200);
    const left = await cms.strapi.db.query('plugin::treffpunkt.editor-assignment').findMany({ where: { networkDocumentId: documentId } });
    expect(left).toEqual([]);
  });
});

describe('"Write the report"', () => {
  async function pastMeetingOf(slug: FederationSlug) {
    const unique = uniqueSlug('vergangen');
    return (await cms.strapi.documents(EVENT).create({
      data: { title: `Vergangenes Treffen ${unique}`, slug: unique, network: networks[slug].documentId, start: inDays(-30, 9) },
      locale: 'de',
    } as never)) as { documentId: string };
  }

  it("of one's own meeting (or a child network's) writes the draft report there", async () => {
    const meeting = await pastMeetingOf('bke-medien');
    const written = await medien.request('POST', eventReportPath(meeting.documentId), { locale: 'de' });
    expect(written.status, JSON.stringify(written.body)).toBe(201);
    expect((await stored(REPORT, written.body.data.documentId, 'de')).network.documentId).toBe(networks['bke-medien'].documentId);
    expect((await medien.request('GET', one(REPORT, written.body.data.documentId, 'de'))).status).toBe(200);
    expect((await bke.request('POST', eventReportPath((await pastMeetingOf('bke-juliti')).documentId), { locale: 'de' })).status).toBe(201);
  });

  it("of another network's meeting is refused, naming the network, and nothing is found or written", async () => {
    const meeting = await pastMeetingOf('bke-juliti');
    expectRefused(await medien.request('POST', eventReportPath(meeting.documentId), { locale: 'de' }), 403, networks['bke-juliti'].name);
    expectRefused(await medien.request('GET', eventReportPath(meeting.documentId)), 403, networks['bke-juliti'].name);
    expectRefused(await medien.request('GET', eventReportPath(content['bke-juliti'].event.documentId)), 403, networks['bke-juliti'].name);
    expect(await cms.strapi.db.query(REPORT).findOne({ where: { event: { documentId: meeting.documentId } } })).toBeNull();
  });
});

describe("the admin's home page", () => {
  async function homeOf(session: AdminSession): Promise<HomeResponse['data']> {
    const { status, body } = await session.request<HomeResponse>('GET', `${homePath}?locale=de&limit=20`);
    expect(status, JSON.stringify(body)).toBe(200);
    return body.data;
  }

  it("lists only the meetings of one's own networks, waiting for a report and next", async () => {
    const meetings = {} as Record<'medien' | 'juliti', { past: string; next: string }>;
    for (const [name, slug] of [
      ['medien', 'bke-medien'],
      ['juliti', 'bke-juliti'],
    ] as const) {
      const meeting = async (start: string) =>
        (await createEvent(cms, { title: `Heimseite ${uniqueSlug(name)}`, network: networks[slug].documentId, start })).documentId;
      meetings[name] = { past: await meeting(inDays(-1, 9)), next: await meeting(inDays(1, 9)) };
    }
    const home = await homeOf(medien);
    const waiting = home.waitingForReport!.meetings;
    const next = home.next!.meetings;
    expect(waiting.map((meeting) => meeting.documentId)).toContain(meetings.medien.past);
    expect(next.map((meeting) => meeting.documentId)).toContain(meetings.medien.next);
    // Nothing of the Fachbereich JULITI's, of the federation above or of another network.
    const listed = [...waiting, ...next];
    expect(listed.map((meeting) => meeting.documentId)).not.toEqual(expect.arrayContaining([meetings.juliti.past]));
    expect(listed.map((meeting) => meeting.documentId)).not.toEqual(expect.arrayContaining([meetings.juliti.next]));
    const others = (Object.keys(networks) as (keyof typeof networks)[])
      .filter((slug) => slug !== 'bke-medien')
      .map((slug) => networks[slug].name);
    expect(listed.filter((meeting) => others.includes(meeting.network ?? ''))).toEqual([]);

    // The federation's office works on its Fachbereiche too.
    const parents = await homeOf(bke);
    expect(parents.next!.meetings.map((meeting) => meeting.documentId)).toEqual(
      expect.arrayContaining([meetings.medien.next, meetings.juliti.next]),
    );
  });
});

describe('preview, counts and the embed page', () => {
  const previewPath = (uid: Uid, documentId: string) =>
    `/content-manager/preview/url/${uid}?documentId=${documentId}&locale=de&status=draft`;

  it.each([EVENT, REPORT])("%s: a preview link for one's own; none for another network's", async (uid) => {
    const own = await medien.request('GET', previewPath(uid, documentOf(uid, 'bke-medien')));
    expect(own.status).toBe(200);
    expect(own.body.data.url).toMatch(/\/treffpunkt\/preview\//);
    const foreign = await medien.request('GET', previewPath(uid, documentOf(uid, 'bke-juliti')));
    expectRefused(foreign, 403, networks['bke-juliti'].name);
    expect((await editor.request('GET', previewPath(uid, documentOf(uid, 'bke-juliti')))).body.data.url).toBeTruthy();
  });

  it("counting another document's draft relations is refused", async () => {
    const foreign = documentOf(REPORT, 'bke-juliti');
    expectRefused(
      await medien.request('GET', `${CM}/${REPORT}/${foreign}/actions/countDraftRelations?locale=de`),
      403,
      networks['bke-juliti'].name,
    );
    const many = await medien.request('GET', `${CM}/${REPORT}/actions/countManyEntriesDraftRelations?documentIds[0]=${foreign}&locale=de`);
    expectRefused(many, 403, networks['bke-juliti'].name);
    expect(
      (await medien.request('GET', `${CM}/${REPORT}/${documentOf(REPORT, 'bke-medien')}/actions/countDraftRelations?locale=de`)).status,
    ).toBe(200);
  });

  it("the embed page offers one's own networks", async () => {
    const slugsFor = async (session: AdminSession) =>
      (await session.request('GET', embedOptionsPath)).body.data.networks.map((n: { slug: string }) => n.slug);
    const ofMedien = await slugsFor(medien);
    expect(ofMedien).toContain('bke-medien');
    for (const slug of ['bke', 'bke-juliti', 'zwh']) expect(ofMedien).not.toContain(slug);
    expect(await slugsFor(bke)).toEqual(expect.arrayContaining([...FEDERATION]));
    expect(await slugsFor(bke)).not.toContain('zwh');
    expect(await slugsFor(editor)).toEqual(expect.arrayContaining([...FEDERATION, 'zwh']));
  });
});

describe('a network editor without networks', () => {
  it('sees nothing and may create nothing, until the office assigns them', async () => {
    const newcomer = await newNetworkEditor(cms, { preferedLanguage: 'de' });
    for (const uid of TYPES) expect(await listed(newcomer, uid, 'de')).toEqual([]);
    expect((await newcomer.request('GET', myNetworksPath)).body.data).toEqual({ limited: true, networks: [], below: 0 });
    const report = { title: 'Erster Bericht', slug: uniqueSlug('erster'), network: relation(networks['bke-wendepunkt'].documentId) };
    expectRefused(await newcomer.request('POST', `${CM}/${REPORT}?locale=de`, report), 400, networks['bke-wendepunkt'].name);
    await assignEditors(office, networks['bke-wendepunkt'], [newcomer]);
    expect(await visibleOf(newcomer, REPORT, 'de')).toEqual(['bke-wendepunkt']);
    expect((await newcomer.request('POST', `${CM}/${REPORT}?locale=de`, report)).status).toBe(201);
  });
});
