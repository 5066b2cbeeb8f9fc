/**
 * The sync answer of a network (GET /api/treffpunkt/networks/:slug/sync): what another
 * Treffpunkt reads to mirror it (its `treffpunkt` sources, server/src/sources/treffpunkt.ts).
 * `until` is the latest change the answer covers, so that the same question asked again with
 * nothing changed gets the same answer, and its ETag (and Last-Modified) a 304.
 */
import type { Core } from '@strapi/strapi';
import type { NetworkSyncResponse } from 'treffpunkt-shared/wire';
import { treffpunkt } from '../plugin';
import { latestOf, syncRepository } from '../repositories/sync';
import type { NetworkSyncParams } from '../validation/public-queries';
import { toSyncEvent, toSyncReport } from '../wire/sync';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const sync = syncRepository(strapi);
  const service = treffpunkt(strapi).service;

  return {
    async answer(slug: string, params: NetworkSyncParams, baseUrl: string): Promise<NetworkSyncResponse> {
      const network = await service('networks').profile(slug, 'de', baseUrl);
      const networks = await service('networks').resolveSlugs([slug], params.include === 'subnetworks');
      const networkIds = await sync.networkDocumentIds(networks);
      const since = params.since ? new Date(params.since) : null;
      const [events, reports, removedEvents, removedReports, eventsChanged, reportsChanged] = await Promise.all([
        sync.changed('event', networks, since),
        sync.changed('report', networks, since),
        sync.removed('event', networkIds, since),
        sync.removed('report', networkIds, since),
        sync.latestChange('event', networks),
        sync.latestChange('report', networks),
      ]);
      const stillPublic = new Set([...events, ...reports].map((versions) => Object.values(versions)[0]!.documentId));
      const until = latestOf([eventsChanged, reportsChanged, removedEvents.latest, removedReports.latest, since]);
      return {
        data: {
          network: { slug: network.slug, name: network.name, url: network.url, website: network.website },
          events: events.map((versions) => toSyncEvent(versions, baseUrl)),
          reports: reports.map((versions) => toSyncReport(versions, baseUrl)),
          removed: {
            events: removedEvents.ids.filter((id) => !stillPublic.has(id)),
            reports: removedReports.ids.filter((id) => !stillPublic.has(id)),
          },
        },
        meta: { since: since?.toISOString() ?? null, until: (until ?? new Date(0)).toISOString(), complete: since === null },
      };
    },
  };
};
