/**
 * Followers by e-mail in the admin, through its HTTP API as the panel calls it: how many follow
 * a network for whoever may open it, the addresses (list, JSON and CSV export, deletion by id
 * or by address) only with the "Followers by e-mail" permission; a network editor sees the
 * counts of their own networks only. In Chromium, the panel beside the network's edit view shows
 * the counts to an editor and the addresses to the Super Admin.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  networkFollowersPath,
  subscribersDeletePath,
  subscribersPath,
  type FollowerCountsResponse,
  type SubscribersResponse,
} from 'treffpunkt-shared/admin-api';
import { subscriptionRepository } from '../../cms/src/plugins/treffpunkt/server/src/repositories/subscriptions';
import { NOTHING } from '../../cms/src/plugins/treffpunkt/server/src/following/choices';
import { adminSession, createAdminUser, type AdminSession } from '../support/admin';
import { logIn } from '../support/admin-panel';
import { cmsClock } from '../support/clock';
import { startCms, type Cms } from '../support/cms';
import { NETWORK, createEvent, createNetwork, inDays, uniqueSlug } from '../support/content';
import { launchBrowser } from '../widgets/browser';
import { assignEditors, demoNetwork, newNetworkEditor, type DemoNetwork } from './federation';

let cms: Cms;
let office: AdminSession;
let editor: AdminSession;
let networkEditor: AdminSession;
let network: DemoNetwork;
let other: DemoNetwork;
let browser: Browser;
const addresses = { reader: '', digest: '', waiting: '', elsewhere: '' };

/** A subscription as a visitor leaves it (the public route and its mails are test/api/following.test.ts's). */
async function follower(networkDocumentId: string, choices: Partial<typeof NOTHING>, confirmed = true): Promise<string> {
  const email = `${uniqueSlug('folgt')}@example.org`;
  const repository = subscriptionRepository(cms.strapi);
  const now = cmsClock(cms).now().getTime();
  const pending = { ...NOTHING, ...choices, locale: 'de' as const, requestedAt: now };
  const id = (await repository.insert({ email, networkDocumentId, locale: 'de', origin: cms.url, pending, now }))!;
  if (confirmed) await repository.confirm(id, pending, 'de', now, true);
  return email;
}

beforeAll(async () => {
  cms = await startCms();
  office = await adminSession(cms);
  editor = await adminSession(cms, 'strapi-editor');
  network = await demoNetwork(cms, (await createNetwork(cms, { name: '=Netz, "mit" Komma' })).slug);
  other = await demoNetwork(cms, (await createNetwork(cms)).slug);
  networkEditor = await newNetworkEditor(cms);
  await assignEditors(office, other, [networkEditor]);
  addresses.reader = await follower(network.documentId, { reports: true });
  // A meeting to come: the CMS forgets marks of meetings that are over or gone.
  const meeting = await createEvent(cms, { network: network.documentId, title: 'Vorgemerkt', start: inDays(5) });
  addresses.digest = await follower(network.documentId, { digest: true, reminders: [{ event: meeting.documentId, date: null }] });
  addresses.waiting = await follower(network.documentId, { reports: true }, false);
  addresses.elsewhere = await follower(other.documentId, { reports: true });
});

afterAll(async () => {
  await browser?.close();
  for (const email of [addresses.waiting, addresses.elsewhere]) await office?.request('POST', subscribersDeletePath, { email });
});

describe('how many follow a network', () => {
  it('is told to everyone who may open the network, without addresses', async () => {
    for (const session of [office, editor]) {
      const { status, body } = await session.request<FollowerCountsResponse>('GET', networkFollowersPath(network.documentId));
      expect(status).toBe(200);
      expect(body).toEqual({ data: { email: true, confirmed: 2, reports: 1, digest: 1, reminders: 1, pending: 1 } });
    }
  });

  it('is told to a network editor for their own network, not for another', async () => {
    expect((await networkEditor.request('GET', networkFollowersPath(other.documentId))).status).toBe(200);
    expect((await networkEditor.request('GET', networkFollowersPath(network.documentId))).status).toBe(403);
  });
});

describe("the panel beside the network's edit view", () => {
  /**
   * The panel's text as the given admin user sees it, in German, once the counts are there and
   * `alsoShown` (the addresses come with an answer of their own, after the counts).
   */
  async function panelFor(roleCode: string, alsoShown?: string): Promise<string> {
    browser ??= await launchBrowser();
    const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await logIn(page, cms, await createAdminUser(cms, roleCode, { preferedLanguage: 'de' }));
    await page.goto(`${cms.url}/admin/content-manager/collection-types/${NETWORK}/${network.documentId}?plugins[i18n][locale]=de`);
    const panel = page.locator('aside').filter({ has: page.getByRole('heading', { name: 'Folgende per E-Mail' }) });
    await panel.getByText('2 Adressen folgen diesem Netzwerk.').waitFor();
    if (alsoShown) await panel.getByText(alsoShown, { exact: true }).waitFor();
    const text = await panel.innerText();
    await context.close();
    return text;
  }

  it('shows an editor how many follow, and no address', async () => {
    const text = await panelFor('strapi-editor');
    expect(text).toContain('Neue Berichte: 1 · Wochenübersicht: 1 · Erinnerungen: 1');
    expect(text).toContain('Eine Adresse wartet auf die Bestätigung');
    expect(text).not.toContain('@example.org');
    expect(text).not.toContain('Exportieren');
  });

  it('shows the Super Admin the addresses, with export and deletion', async () => {
    const text = await panelFor('strapi-super-admin', addresses.waiting);
    for (const email of [addresses.reader, addresses.digest, addresses.waiting]) expect(text).toContain(email);
    expect(text).not.toContain(addresses.elsewhere);
    expect(text).toContain('Dieses Netzwerk (CSV)');
    expect(text).toContain('Adresse in allen Netzwerken');
  });
});

describe('the addresses', () => {
  it('are for roles with the permission only', async () => {
    for (const session of [editor, networkEditor]) {
      expect((await session.request('GET', subscribersPath({ network: network.documentId }))).status).toBe(403);
      expect((await session.request('POST', subscribersDeletePath, { email: addresses.reader })).status).toBe(403);
    }
  });

  it('are listed and exported with everything stored of each, as JSON or CSV', async () => {
    const { body } = await office.request<SubscribersResponse>('GET', subscribersPath({ network: network.documentId }));
    expect(body.data.map((subscriber) => subscriber.email).sort()).toEqual([addresses.reader, addresses.digest, addresses.waiting].sort());
    expect(body.data.find((subscriber) => subscriber.email === addresses.digest)).toMatchObject({
      network: { documentId: network.documentId, name: network.name },
      language: 'de',
      reports: false,
      digest: true,
      reminders: 1,
      confirmedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(body.data.find((subscriber) => subscriber.email === addresses.waiting)?.confirmedAt).toBeNull();

    const csv = await fetch(`${cms.url}${subscribersPath({ network: network.documentId, format: 'csv' })}`, {
      headers: { Authorization: `Bearer ${office.token}` },
    });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toContain('attachment');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe('email,network,since,confirmedAt,language,reports,digest,subnetworks,reminders');
    expect(lines).toHaveLength(4);
    // A cell that a spreadsheet would run as a formula is defused; quotes are doubled.
    expect(lines.find((line) => line.startsWith(`"${addresses.reader}"`))).toContain(`"'=Netz, ""mit"" Komma"`);
  });

  it('of one address are found in every network, and deleted by id or by address', async () => {
    const everywhere = await office.request<SubscribersResponse>('GET', subscribersPath({ email: addresses.elsewhere.toUpperCase() }));
    expect(everywhere.body.data.map((subscriber) => subscriber.network.documentId)).toEqual([other.documentId]);

    const [reader] = (await office.request<SubscribersResponse>('GET', subscribersPath({ email: addresses.reader }))).body.data;
    expect((await office.request('POST', subscribersDeletePath, { ids: [reader.id] })).body).toEqual({ data: { deleted: 1 } });
    expect((await office.request('POST', subscribersDeletePath, { email: addresses.digest })).body).toEqual({ data: { deleted: 1 } });
    const left = await office.request<SubscribersResponse>('GET', subscribersPath({ network: network.documentId }));
    expect(left.body.data.map((subscriber) => subscriber.email)).toEqual([addresses.waiting]);
    const counts = await office.request<FollowerCountsResponse>('GET', networkFollowersPath(network.documentId));
    expect(counts.body.data).toMatchObject({ confirmed: 0, pending: 1 });
  });

  it('refuses a bad request naming the parameter', async () => {
    const bad = await office.request('GET', `${subscribersPath()}?format=xml`);
    expect(bad.status).toBe(400);
    expect((await office.request('POST', subscribersDeletePath, {})).status).toBe(400);
  });
});
