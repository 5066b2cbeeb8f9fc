/**
 * Issue 23: a federation's office and a member each run their own Treffpunkt (processes of their
 * own, each on its own database). The office follows the member's network: what the member
 * publishes, edits, unpublishes and deletes is mirrored, changed and removed at the office after
 * a read ("Jetzt abrufen"), says where it comes from, and shows in the federation's lists in order
 * with the office's own; a weekly series with a cancelled date arrives as a series. On PostgreSQL,
 * two instances of the office never read one source at the same time.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceSyncPath, type SourceStateResponse } from 'treffpunkt-shared/admin-api';
import { CONTENT_TYPES, SOURCE } from 'treffpunkt-shared/content-types';
import type { EventListResponse, NetworkSyncResponse, ReportListResponse, WireReportCard } from 'treffpunkt-shared/wire';
import {
  collection,
  expectOk,
  networkDocumentId,
  publishReport,
  registerFirstAdmin,
  unpublishReport,
  type AdminClient,
} from '../support/admin-http';
import { dateInDays } from '../support/clock';
import { cmsInstance, deploymentEnvironment, emptyDatabase, onPostgres, stopAll, type CmsInstance } from '../support/cms-instances';
import { freePort } from '../support/free-port';
import { FIRST_WEDNESDAY, WEDNESDAYS } from '../support/series';
import { startSourceServer, type SourceServer } from '../support/source-server';

const { network: NETWORK, event: EVENT, report: REPORT } = CONTENT_TYPES;
/** The office reads sources on demand only here, and the member is on this machine. */
const OFFICE_SETTINGS = { TREFFPUNKT_SOURCES_ENABLED: 'false', TREFFPUNKT_SOURCES_ALLOW_PRIVATE: 'true' };

let member: CmsInstance;
let office: CmsInstance;
let memberAdmin: AdminClient;
let officeAdmin: AdminClient;
/** The office's database and secrets: a second instance of the office shares both, as instances of one install do. */
let officeEnvironment: Record<string, string>;
let memberNetwork: string;
let officeNetwork: string;
let source: string;

async function json<Body>(url: string): Promise<Body> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  return (await response.json()) as Body;
}

/** Creates and publishes a document through the content manager, as an editor does. */
async function publish(admin: AdminClient, url: string, uid: string, data: Record<string, unknown>): Promise<string> {
  const saved = expectOk(`save ${uid}`, await admin.request(url, 'POST', `${collection(uid)}?locale=de`, data));
  const documentId = saved.data.documentId as string;
  expectOk(`publish ${uid}`, await admin.request(url, 'POST', `${collection(uid)}/${documentId}/actions/publish?locale=de`, {}));
  return documentId;
}

/** "Jetzt abrufen" at the office. */
async function readSource(instance = office) {
  const answer = await officeAdmin.request<SourceStateResponse>(instance.url, 'POST', sourceSyncPath(source));
  expect(answer.status).toBe(200);
  return answer.body.data;
}

const officeReports = async (query = 'network=bke&include=subnetworks&limit=20') =>
  (await json<ReportListResponse>(`${office.url}/api/treffpunkt/reports?${query}`)).data;

const mirroredBy = (reports: WireReportCard[], title: string) => reports.find((report) => report.title === title);

beforeAll(async () => {
  const [memberDatabase, officeDatabase] = await Promise.all([emptyDatabase(), emptyDatabase()]);
  officeEnvironment = deploymentEnvironment(officeDatabase, OFFICE_SETTINGS);
  member = cmsInstance('member', await freePort(), deploymentEnvironment(memberDatabase, { TREFFPUNKT_SOURCES_ENABLED: 'false' }));
  office = cmsInstance('office', await freePort(), officeEnvironment);
  await Promise.all([member.start(), office.start()]);
  [memberAdmin, officeAdmin] = await Promise.all([registerFirstAdmin(member.url), registerFirstAdmin(office.url)]);
  memberNetwork = await publish(memberAdmin, member.url, NETWORK, { name: 'Landesverband Nord', slug: 'lv-nord', kind: 'association' });
  // At the office, the member is a network below the federation, known by its profile.
  const federation = await networkDocumentId(officeAdmin, office.url, 'bke');
  officeNetwork = await publish(officeAdmin, office.url, NETWORK, {
    name: 'LV Nord',
    slug: 'mitglied-nord',
    kind: 'association',
    parent: federation,
  });
  const created = await officeAdmin.request(office.url, 'POST', collection(SOURCE), {
    name: 'Landesverband Nord',
    url: `${member.url}/treffpunkt/n/lv-nord`,
    format: 'treffpunkt',
    network: officeNetwork,
  });
  source = expectOk('create the source', created).data.documentId as string;
});

afterAll(async () => {
  await stopAll([member, office].filter(Boolean));
});

describe('an office that follows a member network on another Treffpunkt', () => {
  let report: string;

  it("mirrors a report published there, with where it comes from, among the federation's reports in their order", async () => {
    report = await publishReport(memberAdmin, member.url, {
      title: 'Bericht vom Herbsttreffen',
      slug: 'herbsttreffen',
      summary: 'Was wir beschlossen haben.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Wir haben die Satzung geändert.' }] }],
      outcomes: [{ text: 'Neue Satzung' }],
      network: memberNetwork,
      publicationDate: dateInDays(-3),
    });
    expectOk(
      'translate the report',
      // The slug as the editor's form sends it: Strapi's i18n copies no uid field into a new language.
      await memberAdmin.request(member.url, 'PUT', `${collection(REPORT)}/${report}?locale=en`, {
        slug: 'herbsttreffen',
        title: 'Report of the autumn meeting',
        summary: 'What we decided.',
      }),
    );
    expectOk(
      'publish the translation',
      await memberAdmin.request(member.url, 'POST', `${collection(REPORT)}/${report}/actions/publish?locale=en`, {}),
    );

    expect(await readSource()).toMatchObject({
      health: 'ok',
      httpStatus: 200,
      itemCount: 1,
      originName: 'Landesverband Nord',
      problem: null,
      notes: [],
    });
    const reports = await officeReports();
    const mirrored = mirroredBy(reports, 'Bericht vom Herbsttreffen');
    const page = `${member.url}/treffpunkt/n/lv-nord/berichte/herbsttreffen`;
    expect(mirrored).toMatchObject({
      network: { slug: 'mitglied-nord' },
      url: page,
      origin: { name: 'Landesverband Nord', url: page },
      publishedOn: dateInDays(-3),
    });
    // In order with the federation's own reports, newest first.
    const days = reports.map((card) => card.publishedOn);
    expect(days).toEqual([...days].sort().reverse());
    expect(reports.some((card) => card.origin === null)).toBe(true);
    const english = mirroredBy(await officeReports('network=mitglied-nord&locale=en'), 'Report of the autumn meeting');
    expect(english?.origin?.url).toBe(`${page}?lang=en`);
  });

  it('changes it when it is edited there, removes it when it is unpublished there, and when it is deleted there', async () => {
    expectOk(
      'edit',
      await memberAdmin.request(member.url, 'PUT', `${collection(REPORT)}/${report}?locale=de`, {
        title: 'Bericht vom Herbsttreffen 2026',
      }),
    );
    expectOk(
      'publish the edit',
      await memberAdmin.request(member.url, 'POST', `${collection(REPORT)}/${report}/actions/publish?locale=de`, {}),
    );
    await readSource();
    expect(mirroredBy(await officeReports(), 'Bericht vom Herbsttreffen 2026')).toBeDefined();

    // Unpublished in German, it is still public there in English: mirrored here from that.
    await unpublishReport(memberAdmin, member.url, report);
    expect(await readSource()).toMatchObject({ health: 'ok', itemCount: 1 });
    expectOk(
      'unpublish the translation',
      await memberAdmin.request(member.url, 'POST', `${collection(REPORT)}/${report}/actions/unpublish?locale=en`, {}),
    );
    expect(await readSource()).toMatchObject({ health: 'ok', itemCount: 0 });
    expect((await officeReports()).filter((card) => card.origin)).toEqual([]);

    expectOk(
      'publish again',
      await memberAdmin.request(member.url, 'POST', `${collection(REPORT)}/${report}/actions/publish?locale=de`, {}),
    );
    expect(await readSource()).toMatchObject({ itemCount: 1 });
    expectOk('delete', await memberAdmin.request(member.url, 'DELETE', `${collection(REPORT)}/${report}?locale=*`));
    expect(await readSource()).toMatchObject({ itemCount: 0 });
    expect((await officeReports()).filter((card) => card.origin)).toEqual([]);
  });

  it("takes a weekly series with a cancelled date over as a series: the office's calendar lists the same dates as the member's", async () => {
    await publish(memberAdmin, member.url, EVENT, {
      title: 'Gesprächsgruppe',
      slug: 'gespraechsgruppe',
      network: memberNetwork,
      ...FIRST_WEDNESDAY,
      recurrence: WEDNESDAYS,
    });
    expect(await readSource()).toMatchObject({ health: 'ok', itemCount: 1 });
    const upcoming = (await json<EventListResponse>(`${office.url}/api/treffpunkt/events?network=bke&include=subnetworks&limit=20`)).data;
    const first = upcoming.find((event) => event.title === 'Gesprächsgruppe');
    expect(first).toMatchObject({ series: { rhythm: expect.stringContaining('jeden Mittwoch') }, origin: { name: 'Landesverband Nord' } });
    expect(first?.url).toBe(`${member.url}/treffpunkt/n/lv-nord/treffen/gespraechsgruppe/${first?.occurrence?.date}`);

    const dates = async (url: string) => {
      const calendar = new ICAL.Component(ICAL.parse(await (await fetch(url)).text()));
      for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
      const vevents = calendar
        .getAllSubcomponents('vevent')
        .filter((vevent) => vevent.getFirstPropertyValue('summary') === 'Gesprächsgruppe');
      const master = new ICAL.Event(
        vevents.find((vevent) => vevent.hasProperty('rrule')),
        { exceptions: vevents.filter((vevent) => vevent.hasProperty('recurrence-id')) },
      );
      expect(master.component.getAllProperties('exdate')).toHaveLength(1);
      const starts: string[] = [];
      const iterator = master.iterator();
      for (let next = iterator.next(); next; next = iterator.next())
        starts.push(master.getOccurrenceDetails(next).startDate.toJSDate().toISOString());
      return starts;
    };
    const theirs = await dates(`${member.url}/api/treffpunkt/networks/lv-nord/events.ics`);
    expect(theirs).toHaveLength(8);
    expect(await dates(`${office.url}/api/treffpunkt/networks/mitglied-nord/events.ics`)).toEqual(theirs);
  });

  it('asks the member conditionally: with nothing changed there, the answer is a 304 and nothing is written', async () => {
    const sync = `${member.url}/api/treffpunkt/networks/lv-nord/sync`;
    const answer = await fetch(sync);
    const body = (await answer.json()) as NetworkSyncResponse;
    expect(body.meta.complete).toBe(true);
    expect((await fetch(sync, { headers: { 'If-None-Match': answer.headers.get('etag')! } })).status).toBe(304);
    expect((await fetch(sync, { headers: { 'If-Modified-Since': answer.headers.get('last-modified')! } })).status).toBe(304);
    await readSource();
    expect(await readSource()).toMatchObject({ health: 'ok', httpStatus: 304, itemCount: 1 });
  });
});

describe.skipIf(!onPostgres)('two instances of the office on one PostgreSQL', () => {
  let second: CmsInstance;
  let slow: SourceServer;

  beforeAll(async () => {
    second = cmsInstance('office-b', await freePort(), officeEnvironment);
    await second.start();
    slow = await startSourceServer();
    slow.set('/feed/', {
      type: 'application/rss+xml',
      delayMs: 1500,
      body: '<rss version="2.0"><channel><title>Langsam</title></channel></rss>',
    });
    const created = await officeAdmin.request(office.url, 'POST', collection(SOURCE), {
      name: 'Langsam',
      url: `${slow.url}/feed/`,
      format: 'feed',
      network: officeNetwork,
    });
    source = expectOk('create the slow source', created).data.documentId as string;
  });

  afterAll(async () => {
    await slow?.close();
    await stopAll([second].filter(Boolean));
  });

  it('do not read one source at the same time: a read asked of both waits for the other', async () => {
    const [onOffice, onSecond] = await Promise.all([readSource(office), readSource(second)]);
    expect([onOffice.health, onSecond.health]).toEqual(['ok', 'ok']);
    const reads = slow.requests.filter((request) => request.path === '/feed/');
    expect(reads).toHaveLength(2);
    const [earlier, later] = [...reads].sort((a, b) => a.began - b.began);
    expect(earlier.ended).not.toBeNull();
    expect(later.began).toBeGreaterThanOrEqual(earlier.ended!);
  });
});
