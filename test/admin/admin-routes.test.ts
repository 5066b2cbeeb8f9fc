/**
 * The plugin's admin routes through HTTP, as the admin panel calls them: without a login (401),
 * with a role that lacks the permission (403), and with one that has it. Plus what Strapi's
 * default roles may do after the plugin adjusted them, and the draft preview's access rules.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS, embedOptionsPath, eventReportPath } from 'treffpunkt-shared/admin-api';
import type { AnyDocument } from '../support/admin-answer';
import { adminSession, roleWithoutPermissions, type AdminSession } from '../support/admin';
import { startCms, type Cms } from '../support/cms';
import { cmsClock } from '../support/clock';
import { EVENT, NETWORK, REPORT, createEvent, createNetwork, createReport, getJson, inDays, uniqueSlug } from '../support/content';

let cms: Cms;
let superAdmin: AdminSession;
let author: AdminSession;
let nobody: AdminSession;

async function pastEventWithNetwork(data: Record<string, unknown> = {}) {
  const network = await createNetwork(cms);
  const event = await createEvent(cms, {
    network: network.documentId,
    start: inDays(-3, 9),
    end: inDays(-2, 15),
    venue: { name: 'Haus der Jugend', city: 'Hannover' },
    capacity: 40,
    agenda: [{ time: '10:00', topic: 'Begrüßung' }, { topic: 'Austausch' }],
    ...data,
  });
  return { network, event };
}

beforeAll(async () => {
  cms = await startCms();
  const noPermissions = await roleWithoutPermissions(cms);
  [superAdmin, author, nobody] = await Promise.all([
    adminSession(cms),
    adminSession(cms, 'strapi-author'),
    adminSession(cms, noPermissions),
  ]);
});

describe('admin routes need an admin login and the permission', () => {
  const anyDocument = 'abcdefghijklmnopqrstuvwx';
  const routes: [string, string][] = [
    ['GET', embedOptionsPath],
    ['GET', eventReportPath(anyDocument)],
    ['POST', eventReportPath(anyDocument)],
  ];

  it.each(routes)('%s %s answers 401 without a login', async (method, path) => {
    const response = await fetch(`${cms.url}${path}`, { method });
    expect(response.status).toBe(401);
  });

  it.each(routes)('%s %s answers 403 to a role without the permission', async (method, path) => {
    expect((await nobody.request(method, path, method === 'POST' ? {} : undefined)).status).toBe(403);
  });

  it('the Author role may write reports from events, but not open the embed page', async () => {
    expect((await author.request('GET', embedOptionsPath)).status).toBe(403);
    const { event } = await pastEventWithNetwork();
    expect((await author.request('GET', eventReportPath(event.documentId))).status).toBe(200);
  });
});

describe('the report of an event', () => {
  it('tells whether the meeting has begun, by the server’s clock, so its report can be written', async () => {
    const { event: past } = await pastEventWithNetwork();
    const { event: ahead } = await pastEventWithNetwork({ start: inDays(5), end: null });
    expect((await superAdmin.request('GET', eventReportPath(past.documentId))).body).toEqual({
      data: null,
      meta: { started: true, occurrences: null },
    });
    expect((await superAdmin.request('GET', eventReportPath(ahead.documentId))).body).toEqual({
      data: null,
      meta: { started: false, occurrences: null },
    });
    expect((await superAdmin.request('GET', eventReportPath('nosuchdocument000000000'))).status).toBe(404);
  });
});

describe('embed options', () => {
  it('lists the published networks with their feed addresses and the widget bundle', async () => {
    const draft = await createNetwork(cms, {}, { status: 'draft' });
    const { status, body } = await superAdmin.request('GET', embedOptionsPath);
    expect(status).toBe(200);
    expect(body.data.widgetsUrl).toBe(`${cms.url}/treffpunkt/widgets.js`);
    const bke = body.data.networks.find((network: { slug: string }) => network.slug === 'bke');
    expect(bke).toMatchObject({
      name: expect.any(String),
      feeds: {
        calendar: `${cms.url}/api/treffpunkt/networks/bke/events.ics`,
        reports: `${cms.url}/api/treffpunkt/networks/bke/reports.atom`,
      },
    });
    expect(bke.children).toBeGreaterThan(0);
    expect(body.data.networks.map((network: { slug: string }) => network.slug)).not.toContain(draft.slug);
  });
});

describe('write the report of a past event', () => {
  it('creates a draft report linked to the event, prefilled with what the event knows', async () => {
    const { network, event } = await pastEventWithNetwork();
    const { status, body } = await superAdmin.request('POST', eventReportPath(event.documentId), { locale: 'de' });
    expect(status).toBe(201);
    expect(body.data).toMatchObject({ created: true, locale: 'de' });

    const report = (await cms.strapi.documents(REPORT).findOne({
      documentId: body.data.documentId,
      locale: 'de',
      status: 'draft',
      populate: { network: true, event: true },
    } as never)) as AnyDocument;
    expect(report).toMatchObject({
      title: `Bericht: ${event.title}`,
      slug: `bericht-${event.slug}`,
      place: 'Haus der Jugend, Hannover',
      meetingStart: inDays(-3).slice(0, 10),
      meetingEnd: inDays(-2).slice(0, 10),
      participants: null,
      publishedAt: null,
    });
    expect(report.network.documentId).toBe(network.documentId);
    expect(report.event.documentId).toBe(event.documentId);
    expect(report.body.map((block: { children: { text: string }[] }) => block.children[0].text)).toEqual(['Begrüßung', 'Austausch']);
    // Still a draft: the public API does not know it.
    expect((await getJson(cms, `/api/treffpunkt/reports/${report.slug}`)).status).toBe(404);
  });

  it('opens the existing report instead of writing a second one', async () => {
    const { event } = await pastEventWithNetwork();
    const first = await superAdmin.request('POST', eventReportPath(event.documentId), {});
    const second = await superAdmin.request('POST', eventReportPath(event.documentId), {});
    expect(second.status).toBe(200);
    expect(second.body.data).toEqual({ documentId: first.body.data.documentId, locale: 'de', created: false });
    expect((await superAdmin.request('GET', eventReportPath(event.documentId))).body.data.documentId).toBe(first.body.data.documentId);
  });

  it('finds a report an editor linked to the event by hand', async () => {
    const { network, event } = await pastEventWithNetwork();
    const report = await createReport(cms, { network: network.documentId, event: event.documentId });
    const { body } = await superAdmin.request('POST', eventReportPath(event.documentId), {});
    expect(body.data).toMatchObject({ documentId: report.documentId, created: false });
  });

  it('makes the slug unique when another report already has it', async () => {
    const { network, event } = await pastEventWithNetwork();
    await createReport(cms, { network: network.documentId, slug: `bericht-${event.slug}` });
    const { body } = await superAdmin.request('POST', eventReportPath(event.documentId), {});
    const report = (await cms.strapi.documents(REPORT).findOne({ documentId: body.data.documentId, locale: 'de' } as never)) as AnyDocument;
    expect(report.slug).toBe(`bericht-${event.slug}-2`);
  });

  it('refuses a meeting that has not taken place yet, and unknown or malformed input', async () => {
    const { event } = await pastEventWithNetwork({ start: inDays(5), end: null });
    const future = await superAdmin.request('POST', eventReportPath(event.documentId), {});
    expect(future.status).toBe(400);
    expect(future.body.error.message).toMatch(/not taken place yet/);
    expect((await superAdmin.request('POST', eventReportPath('nosuchdocument000000000'), {})).status).toBe(404);
    expect((await superAdmin.request('POST', eventReportPath(event.documentId), { locale: 'fr' })).status).toBe(400);
    expect((await superAdmin.request('POST', eventReportPath(event.documentId), { title: 'x' })).status).toBe(400);
  });

  it('an Author can then edit the report they started', async () => {
    const { event } = await pastEventWithNetwork();
    const { status, body } = await author.request('POST', eventReportPath(event.documentId), {});
    expect(status).toBe(201);
    const path = `/content-manager/collection-types/${REPORT}/${body.data.documentId}?locale=de`;
    const update = await author.request('PUT', path, { summary: 'Wir haben viel geschafft.' });
    expect(update.status).toBe(200);
    expect(update.body.data.summary).toBe('Wir haben viel geschafft.');
  });
});

describe("Strapi's default roles", () => {
  it('Authors see all networks and meetings but cannot change networks', async () => {
    const network = await createNetwork(cms);
    const list = await author.request('GET', `/content-manager/collection-types/${NETWORK}?locale=de&pageSize=100`);
    expect(list.status).toBe(200);
    expect(list.body.results.map((entry: { documentId: string }) => entry.documentId)).toContain(network.documentId);
    const events = await author.request('GET', `/content-manager/collection-types/${EVENT}?locale=de&pageSize=1`);
    expect(events.body.pagination.total).toBeGreaterThan(0);
    const path = `/content-manager/collection-types/${NETWORK}/${network.documentId}?locale=de`;
    expect((await author.request('PUT', path, { name: 'Umbenannt' })).status).toBe(403);
    expect(
      (await author.request('POST', `/content-manager/collection-types/${NETWORK}?locale=de`, { name: 'Neu', slug: uniqueSlug('neu') }))
        .status,
    ).toBe(403);
  });

  it('Editors have both plugin permissions', async () => {
    const editor = await cms.strapi.service('admin::role').findOne({ code: 'strapi-editor' });
    const actions = (await cms.strapi.db.query('admin::permission').findMany({ where: { role: { id: editor.id } } })).map(
      (permission: { action: string }) => permission.action,
    );
    expect(actions).toEqual(expect.arrayContaining([ACTIONS.embed, ACTIONS.reportFromEvent]));
  });
});

describe('draft preview', () => {
  async function previewUrl(session: AdminSession, uid: string, documentId: string, status = 'draft') {
    const query = new URLSearchParams({ documentId, locale: 'de', status });
    return session.request('GET', `/content-manager/preview/url/${uid}?${query}`);
  }

  it('shows a draft report through a signed link only the admin preview hands out', async () => {
    const network = await createNetwork(cms);
    const report = await createReport(cms, { network: network.documentId, summary: 'Nur im Entwurf' }, { status: 'draft' });

    const { status, body } = await previewUrl(superAdmin, REPORT, report.documentId);
    expect(status).toBe(200);
    const url = new URL(body.data.url);
    expect(url.origin).toBe(cms.url);
    expect(url.hash).toBe('#treffpunkt-report-full=preview');

    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('<script type="module" src="/treffpunkt/widgets.js"></script>');
    expect(html).toContain(`api="${url.pathname}"`);

    const api = `${url.origin}${url.pathname}/api/treffpunkt`;
    const list = await getJson(cms, `${url.pathname}/api/treffpunkt/reports?network=${network.slug}&limit=1&locale=de`);
    expect(list.body.data).toEqual([expect.objectContaining({ slug: report.slug, summary: 'Nur im Entwurf' })]);
    const opened = await fetch(`${api}/reports/preview?locale=de`);
    expect((await opened.json()).data).toMatchObject({ title: report.title, network: { slug: network.slug } });

    // The public API never returns a draft.
    expect((await getJson(cms, `/api/treffpunkt/reports/${report.slug}`)).status).toBe(404);
  });

  it('shows a draft event in the next-meeting widget', async () => {
    const { event } = await pastEventWithNetwork({ title: 'Entwurfstreffen', start: inDays(4), end: null });
    await cms.strapi.documents(EVENT).unpublish({ documentId: event.documentId, locale: 'de' } as never);
    const { body } = await previewUrl(superAdmin, EVENT, event.documentId);
    const url = new URL(body.data.url);
    expect(await (await fetch(url)).text()).toContain('<treffpunkt-next-meeting');
    const next = await getJson(cms, `${url.pathname}/api/treffpunkt/events/next?network=x&locale=de`);
    expect(next.body.data).toMatchObject({ title: 'Entwurfstreffen', slug: event.slug });
  });

  it('refuses forged, damaged and expired links', async () => {
    const service = cms.strapi.plugin('treffpunkt').service('admin-preview');
    const network = await createNetwork(cms);
    const report = await createReport(cms, { network: network.documentId }, { status: 'draft' });
    const grant = { kind: 'report', documentId: report.documentId, locale: 'de', status: 'draft' };
    const nowSeconds = Math.floor(cmsClock(cms).now().getTime() / 1000);
    const expired = service.sign({ ...grant, exp: nowSeconds - 1 });
    const valid: string = service.sign({ ...grant, exp: nowSeconds + 60 });
    const [payload, mac] = valid.split('.');
    const forged = `${Buffer.from(JSON.stringify({ ...grant, exp: 9999999999 })).toString('base64url')}.${mac}`;
    for (const token of [expired, forged, `${payload}.${mac.slice(1)}`, 'nonsense']) {
      expect((await fetch(`${cms.url}/treffpunkt/preview/${token}`)).status).toBe(403);
      expect((await getJson(cms, `/treffpunkt/preview/${token}/api/treffpunkt/reports/preview`)).status).toBe(403);
    }
    expect((await fetch(`${cms.url}/treffpunkt/preview/${valid}`)).status).toBe(200);
  });

  it('has no preview for networks, and none without an admin login', async () => {
    const network = await createNetwork(cms);
    expect((await previewUrl(superAdmin, NETWORK, network.documentId)).status).toBe(204);
    const query = new URLSearchParams({ documentId: network.documentId, locale: 'de' });
    expect((await fetch(`${cms.url}/content-manager/preview/url/${REPORT}?${query}`)).status).toBe(401);
  });

  it('hands no preview link to a role that may not read the content type', async () => {
    const network = await createNetwork(cms);
    const report = await createReport(cms, { network: network.documentId }, { status: 'draft' });
    expect((await previewUrl(nobody, REPORT, report.documentId)).status).toBe(204);
  });
});
