/**
 * The demo's BKE federation (bke with its Fachbereiche bke-medien, bke-juliti, bke-wendepunkt)
 * as the office of a federation sets it up: Network editors assigned through the admin route the
 * "Editors of this network" panel uses, and documents of each network made for the test.
 */
import { NETWORK_EDITOR_ROLE, networkEditorsPath } from 'treffpunkt-shared/admin-api';
import { newAdminSession, type AdminProfile, type AdminSession } from '../support/admin';
import type { Cms } from '../support/cms';
import { EVENT, NETWORK, REPORT, createEvent, createReport, inDays, uniqueSlug } from '../support/content';

export const FEDERATION = ['bke', 'bke-medien', 'bke-juliti', 'bke-wendepunkt'] as const;
export type FederationSlug = (typeof FEDERATION)[number];

export interface DemoNetwork {
  slug: string;
  documentId: string;
  name: string;
}

/** A demo network by slug, as stored (its German version). */
export async function demoNetwork(cms: Cms, slug: string): Promise<DemoNetwork> {
  const row = await cms.strapi.db.query(NETWORK).findOne({ where: { slug, locale: 'de' }, select: ['documentId', 'name', 'slug'] });
  if (!row) throw new Error(`The demo network ${slug} is missing`);
  return row;
}

const DOCUMENT_TYPES = [REPORT, EVENT, NETWORK] as const;

async function documentIdsOf(cms: Cms, uid: (typeof DOCUMENT_TYPES)[number]): Promise<Set<string>> {
  const rows = (await cms.strapi.db.query(uid).findMany({ select: ['documentId'] })) as { documentId: string }[];
  return new Set(rows.map((row) => row.documentId));
}

/**
 * What the demo holds now; the function it gives back deletes every network, meeting and report
 * made since. The test files after this one (the widgets', say) show the demo's BKE federation
 * and count its reports: the documents made here in its networks must not stay there.
 */
export async function demoAsItIs(cms: Cms): Promise<() => Promise<void>> {
  const before = new Map(await Promise.all(DOCUMENT_TYPES.map(async (uid) => [uid, await documentIdsOf(cms, uid)] as const)));
  return async function restoreDemo() {
    // Reports first: they point to meetings and networks; meetings point to networks.
    for (const uid of DOCUMENT_TYPES) {
      for (const documentId of await documentIdsOf(cms, uid)) {
        if (!before.get(uid)!.has(documentId)) await cms.strapi.documents(uid).delete({ documentId, locale: '*' } as never);
      }
    }
  };
}

export function newNetworkEditor(cms: Cms, profile: AdminProfile = {}): Promise<AdminSession> {
  return newAdminSession(cms, NETWORK_EDITOR_ROLE, profile);
}

/** Makes exactly these users the network's editors, as the office does on the network's edit view. */
export async function assignEditors(office: AdminSession, network: DemoNetwork, users: AdminSession[]) {
  const response = await office.request('PUT', networkEditorsPath(network.documentId), { editors: users.map((user) => user.userId) });
  if (response.status !== 200) throw new Error(`assigning editors to ${network.slug}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.data;
}

/** English versions of a document made in German: texts and slug, without relations, as the demo does. */
async function translate(cms: Cms, uid: string, documentId: string, data: Record<string, unknown>, status: 'draft' | 'published') {
  await cms.strapi.documents(uid as never).update({ documentId, locale: 'en', data, status } as never);
}

export interface NetworkContent {
  event: { documentId: string; slug: string; title: string };
  report: { documentId: string; slug: string; title: string };
}

/** A past meeting and its report in the network, published in German and English. */
export async function contentOf(cms: Cms, network: DemoNetwork, status: 'draft' | 'published' = 'published'): Promise<NetworkContent> {
  const eventSlug = uniqueSlug(`fed-${network.slug}-treffen`);
  const event = await createEvent(
    cms,
    { title: `Treffen ${eventSlug}`, slug: eventSlug, network: network.documentId, start: inDays(-5, 9), end: inDays(-5, 16) },
    { status },
  );
  await translate(cms, EVENT, event.documentId, { title: `Meeting ${eventSlug}`, slug: eventSlug }, status);
  const reportSlug = uniqueSlug(`fed-${network.slug}-bericht`);
  const report = await createReport(
    cms,
    { title: `Bericht ${reportSlug}`, slug: reportSlug, network: network.documentId, event: event.documentId },
    { status },
  );
  await translate(cms, REPORT, report.documentId, { title: `Report ${reportSlug}`, slug: reportSlug }, status);
  return {
    event: { documentId: event.documentId, slug: eventSlug, title: `Treffen ${eventSlug}` },
    report: { documentId: report.documentId, slug: reportSlug, title: `Bericht ${reportSlug}` },
  };
}
