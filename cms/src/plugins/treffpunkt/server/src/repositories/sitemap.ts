/**
 * What the sitemap lists, as stored: every published network, and the published reports and
 * meetings of published networks, each with its network's own page templates (a document whose
 * network shows it on its own site is that site's to list) and when it last changed.
 */
import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES, type TreffpunktUid } from 'treffpunkt-shared/content-types';
import { DEFAULT_LOCALE, LOCALES } from 'treffpunkt-shared/wire';
import { findPublishedRows, uniqueByDocument, type StoredDocument } from './published';
import { NETWORK_REF_FIELDS, type StoredNetworkRef } from './stored-parts';

const { network: NETWORK, event: EVENT, report: REPORT } = CONTENT_TYPES;

export interface SitemapRow extends StoredDocument {
  slug: string;
  updatedAt: string;
}

export interface SitemapDocument extends SitemapRow {
  network: StoredNetworkRef;
}

type SitemapNetwork = SitemapRow & StoredNetworkRef;

export function sitemapRepository(strapi: Core.Strapi) {
  /** The published documents of `uid` whose network is published, with that network. */
  async function documentsOf(uid: TreffpunktUid, orderBy: Record<string, 'asc' | 'desc'>[]): Promise<SitemapDocument[]> {
    const rows = (await strapi.db.query(uid).findMany({
      where: { publishedAt: { $notNull: true }, locale: { $in: LOCALES }, network: { publishedAt: { $notNull: true } } },
      select: ['documentId', 'locale', 'slug', 'updatedAt'],
      populate: { network: { select: NETWORK_REF_FIELDS } },
      orderBy,
    })) as (SitemapRow & { network?: StoredNetworkRef | null })[];
    return uniqueByDocument(rows, DEFAULT_LOCALE).flatMap((row) => (row.network ? [{ ...row, network: row.network }] : []));
  }

  return {
    networks: () =>
      findPublishedRows<SitemapNetwork>(strapi, NETWORK, LOCALES, {}, ['updatedAt', ...NETWORK_REF_FIELDS], [{ slug: 'asc' }]),
    reports: () => documentsOf(REPORT, [{ publicationDate: 'desc' }, { id: 'desc' }]),
    meetings: () => documentsOf(EVENT, [{ start: 'desc' }, { id: 'desc' }]),
  };
}
