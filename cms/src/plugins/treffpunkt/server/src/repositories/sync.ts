/**
 * What the sync answer reads (services/network-sync.ts): the published meetings and reports of
 * networks, each in every language it is published in, changed after an instant or all; and the
 * ones removed since then (writes/removals.ts). Mirrored documents are left out: another install
 * follows their origin, and two installs that follow each other do not pass copies back and forth.
 */
import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES, REMOVAL } from 'treffpunkt-shared/content-types';
import { LOCALES, type Locale } from 'treffpunkt-shared/wire';
import { EVENT_POPULATE, type StoredEvent } from './events';
import { belongingToNetworks, documents, findPublishedRows } from './published';
import { FULL_REPORT_POPULATE, type StoredReport } from './reports';
import type { StoredOrigin } from './stored-parts';

export type SyncKind = 'event' | 'report';

const UID = { event: CONTENT_TYPES.event, report: CONTENT_TYPES.report } as const;

interface Timestamps {
  updatedAt: string;
  publishedAt: string;
  origin?: StoredOrigin | null;
}

export type SyncStoredEvent = StoredEvent & Timestamps;
/** A report with its meeting named by id, not described. */
export type SyncStoredReport = Omit<StoredReport, 'event'> & Timestamps & { event?: { documentId: string } | null };

type Stored = { event: SyncStoredEvent; report: SyncStoredReport };

/** One document in each language it is published in, German first. */
export type Versions<Document> = Partial<Record<Locale, Document>>;

const POPULATE = {
  event: { ...EVENT_POPULATE, origin: { fields: ['id'] } },
  report: {
    ...FULL_REPORT_POPULATE,
    event: { fields: ['documentId'] },
    origin: { fields: ['id'] },
  },
};

export function syncRepository(strapi: Core.Strapi) {
  /** The documents of `networks` published and changed after `since` (all, without it). */
  async function changedDocuments(kind: SyncKind, networks: string[], since: Date | null): Promise<string[]> {
    const changed = since ? { $or: [{ updatedAt: { $gt: since } }, { publishedAt: { $gt: since } }] } : {};
    const rows = await findPublishedRows(
      strapi,
      UID[kind],
      LOCALES,
      { ...(await belongingToNetworks(strapi, UID[kind], networks)), ...changed },
      [],
    );
    return rows.map((row) => row.documentId);
  }

  /** Each document's published versions; a translation without network takes its German version's. */
  async function versions<Kind extends SyncKind>(kind: Kind, documentIds: string[]): Promise<Versions<Stored[Kind]>[]> {
    if (documentIds.length === 0) return [];
    const byLocale = await Promise.all(
      LOCALES.map(
        async (locale) =>
          (await documents(strapi, UID[kind]).findMany({
            status: 'published',
            locale,
            filters: { documentId: { $in: documentIds } },
            populate: POPULATE[kind],
            limit: documentIds.length,
          })) as Stored[Kind][],
      ),
    );
    return documentIds.flatMap((documentId) => {
      const found: Versions<Stored[Kind]> = {};
      LOCALES.forEach((locale, index) => {
        const version = byLocale[index].find((document) => document.documentId === documentId);
        if (version) found[locale] = version;
      });
      const versions = Object.values(found);
      if (versions.length === 0 || versions.some((version) => version.origin)) return [];
      const network = versions.find((version) => version.network)?.network;
      versions.forEach((version) => (version.network ??= network));
      return network ? [found] : [];
    });
  }

  return {
    /** The meetings or reports of `networks` changed after `since`, in all their languages. */
    changed: async <Kind extends SyncKind>(kind: Kind, networks: string[], since: Date | null) =>
      versions(kind, await changedDocuments(kind, networks, since)),

    /** The ids of the meetings or reports of `networks` no longer public since `since`, and the latest such instant. */
    async removed(kind: SyncKind, networkDocumentIds: string[], since: Date | null): Promise<{ ids: string[]; latest: Date | null }> {
      const rows = (await strapi.db.query(REMOVAL).findMany({
        where: { kind, networkDocumentId: { $in: networkDocumentIds }, ...(since && { removedAt: { $gt: since } }) },
        select: ['removedDocumentId', 'removedAt'],
      })) as { removedDocumentId: string; removedAt: string }[];
      return { ids: [...new Set(rows.map((row) => row.removedDocumentId))], latest: latestOf(rows.map((row) => row.removedAt)) };
    },

    /** The latest change (publication or edit) among the published meetings or reports of `networks`, in any language. */
    async latestChange(kind: SyncKind, networks: string[]): Promise<Date | null> {
      const rows = (await strapi.db.query(UID[kind]).findMany({
        where: { ...(await belongingToNetworks(strapi, UID[kind], networks)), publishedAt: { $notNull: true } },
        select: ['updatedAt', 'publishedAt'],
      })) as Timestamps[];
      return latestOf(rows.flatMap((row) => [row.updatedAt, row.publishedAt]));
    },

    /** The documentIds of published networks by their slugs. */
    async networkDocumentIds(slugs: string[]): Promise<string[]> {
      const rows = await findPublishedRows(strapi, CONTENT_TYPES.network, LOCALES, { slug: { $in: slugs } }, []);
      return rows.map((row) => row.documentId);
    },
  };
}

/** The latest of some instants (as the database gives them: Date, ISO text or milliseconds); null for none. */
export function latestOf(instants: (Date | string | number | null | undefined)[]): Date | null {
  const times = instants.filter((instant) => instant !== null && instant !== undefined).map((instant) => new Date(instant!).getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : null;
}
