/**
 * What the embed page offers: the published networks (only those have content a website can
 * show), with their feed addresses, and where the widget bundle is served.
 */
import type { Core } from '@strapi/strapi';
import type { EmbedNetwork, EmbedOptionsResponse } from 'treffpunkt-shared/admin-api';
import { CONTENT_TYPES } from 'treffpunkt-shared/content-types';
import { DEFAULT_LOCALE } from 'treffpunkt-shared/wire';
import { restrictedRequester } from '../network-editors';
import { feedUrls } from '../urls/public-urls';

interface NetworkRow {
  documentId: string;
  locale: string;
  slug: string;
  name: string;
  parent?: { slug: string } | null;
}

/** One row per network: names are not translated, but a network may be published in one language only. */
function onePerDocument(rows: NetworkRow[]): NetworkRow[] {
  const byDocument = new Map<string, NetworkRow>();
  for (const row of rows) {
    if (!byDocument.has(row.documentId) || row.locale === DEFAULT_LOCALE) byDocument.set(row.documentId, row);
  }
  return [...byDocument.values()];
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async options(cmsUrl: string): Promise<EmbedOptionsResponse['data']> {
    const rows = (await strapi.db.query(CONTENT_TYPES.network).findMany({
      where: { publishedAt: { $notNull: true } },
      select: ['documentId', 'locale', 'slug', 'name'],
      populate: { parent: { select: ['slug'] } },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    })) as NetworkRow[];
    const networks = onePerDocument(rows);
    // A network editor embeds their own networks.
    const requester = await restrictedRequester(strapi, 'read', CONTENT_TYPES.network);
    const offered = requester ? networks.filter((network) => requester.scope[CONTENT_TYPES.network].has(network.documentId)) : networks;
    const childCount = (slug: string) => networks.filter((network) => network.parent?.slug === slug).length;
    return {
      cmsUrl,
      widgetsUrl: `${cmsUrl}/treffpunkt/widgets.js`,
      networks: offered.map((network): EmbedNetwork => ({
        slug: network.slug,
        name: network.name,
        parent: network.parent?.slug ?? null,
        children: childCount(network.slug),
        feeds: feedUrls(cmsUrl, network.slug),
      })),
    };
  },
});
