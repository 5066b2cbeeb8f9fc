/** Published reports, as stored: newest first for lists, one in full, "the report of the last meeting". */
import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES } from 'treffpunkt-shared/content-types';
import { readingOrder } from 'treffpunkt-shared/locales';
import type { Recurrence } from 'treffpunkt-shared/recurrence';
import { LOCALES, type Locale } from 'treffpunkt-shared/wire';
import { reportsMatching } from '../search/stores';
import { belongingToNetworks, findPublishedDocuments, findPublishedRows, type OrderBy, type StoredDocument } from './published';
import {
  ATTACHMENTS_POPULATE,
  NETWORK_REF_FIELDS,
  type MediaFile,
  type StoredAttachment,
  type StoredContact,
  type StoredNetworkRef,
  type StoredOrigin,
  withOriginMedia,
} from './stored-parts';

const REPORT = CONTENT_TYPES.report;

/** The meeting a report is about, as much as a report needs to say when it was (an occurrence of a series included). */
export interface StoredEventRef {
  slug: string;
  title: string;
  start: string;
  end?: string | null;
  timeZone: string;
  recurrence?: Recurrence | null;
  origin?: StoredOrigin | null;
}

export interface StoredReport extends StoredDocument {
  slug: string;
  title: string;
  summary?: string | null;
  body?: unknown;
  nextSteps?: unknown;
  network?: StoredNetworkRef | null;
  event?: StoredEventRef | null;
  /** Of a series: the date of the occurrence reported on. */
  occurrence?: string | null;
  meetingStart?: string | null;
  meetingEnd?: string | null;
  place?: string | null;
  author?: { name: string; role?: string | null } | null;
  participants?: number | null;
  outcomes?: { text: string }[];
  cover?: MediaFile | null;
  gallery?: MediaFile[] | null;
  tags?: { name: string }[];
  contact?: StoredContact | null;
  attachments?: StoredAttachment[];
  publicationDate?: string | null;
  publishedAt: string;
  /** Set when the report is mirrored from a source. */
  origin?: StoredOrigin | null;
}

export const NEWEST_FIRST: OrderBy = [{ publicationDate: 'desc' }, { meetingStart: 'desc' }, { id: 'desc' }];
/** A translation made before its network or meeting was translated takes them from the German version. */
const INHERITED_RELATIONS = ['network', 'event'] as const;

const EVENT_REF_POPULATE = { fields: ['slug', 'title', 'start', 'end', 'timeZone', 'recurrence'] };
const CARD_POPULATE = {
  network: { fields: NETWORK_REF_FIELDS },
  event: { ...EVENT_REF_POPULATE, populate: { origin: true } },
  cover: true,
  tags: true,
  origin: true,
};
/** What the search index reads: the texts besides the outcomes, and the meeting that dates the report. */
const SEARCH_POPULATE = { event: EVENT_REF_POPULATE, outcomes: true };

/** A published language version as the search index reads it, with the id of its row. */
export type SearchedReport = StoredReport & { id: number };

/** What a report's page and the reader show besides the card. */
export const FULL_REPORT_POPULATE = {
  ...CARD_POPULATE,
  author: true,
  outcomes: true,
  gallery: true,
  contact: true,
  attachments: ATTACHMENTS_POPULATE,
};

export interface ReportFilter {
  networks: string[];
  tag?: string;
  /** Words to find (search/): in title, summary, body or outcomes of one language version. */
  q?: string;
  /** The report's year (search/year.ts). */
  year?: number;
}

export function reportRepository(strapi: Core.Strapi) {
  async function whereOf(filter: ReportFilter, extra: Record<string, unknown> = {}) {
    const where: Record<string, unknown> = { ...(await belongingToNetworks(strapi, REPORT, filter.networks)), ...extra };
    if (filter.tag) where.tags = { name: filter.tag };
    if (filter.q !== undefined || filter.year !== undefined) {
      where.documentId = { $in: reportsMatching(strapi, { q: filter.q, year: filter.year }) };
    }
    return where;
  }

  const read = async (documentIds: string[], locale: Locale, populate: Record<string, unknown>) =>
    (await findPublishedDocuments<StoredReport>(strapi, REPORT, documentIds, locale, populate, INHERITED_RELATIONS)).map(withOriginMedia);

  return {
    /** The documents of the reports `filter` finds, newest first (cheap: ids only). */
    async newestFirst(filter: ReportFilter, locale: Locale): Promise<string[]> {
      const rows = await findPublishedRows(strapi, REPORT, readingOrder(locale), await whereOf(filter), [], NEWEST_FIRST);
      return rows.map((row) => row.documentId);
    },

    /** Reports as cards for a list, or `full` as the reader shows them; in the order of `documentIds`. */
    read: (documentIds: string[], locale: Locale, full = false) => read(documentIds, locale, full ? FULL_REPORT_POPULATE : CARD_POPULATE),

    /** The network (its document) of a published report, from whichever language version has it. */
    async networkOf(documentId: string): Promise<string | null> {
      const rows = (await strapi.db.query(REPORT).findMany({
        where: { documentId, publishedAt: { $notNull: true } },
        select: ['id'],
        populate: { network: { select: ['documentId'] } },
      })) as { network: { documentId: string } | null }[];
      return rows.find((row) => row.network)?.network?.documentId ?? null;
    },

    /** Every published language version of `documentIds` (a translation's missing relations from the German one), for the search index. */
    async publishedVersions(documentIds: string[]): Promise<SearchedReport[]> {
      const inEachLocale = await Promise.all(
        LOCALES.map(async (locale) => (await read(documentIds, locale, SEARCH_POPULATE)).filter((report) => report.locale === locale)),
      );
      return inEachLocale.flat() as SearchedReport[];
    },

    async bySlug(slug: string, locale: Locale): Promise<StoredReport | null> {
      const [row] = await findPublishedRows(strapi, REPORT, readingOrder(locale), { slug }, []);
      return row ? ((await read([row.documentId], locale, FULL_REPORT_POPULATE))[0] ?? null) : null;
    },

    /** The newest report of `networks` published on or before the day `before` (YYYY-MM-DD). */
    async latestBefore(networks: string[], before: string, locale: Locale): Promise<StoredReport | null> {
      const where = await whereOf({ networks }, { publicationDate: { $lte: before } });
      // Only the newest document is wanted; its language versions are read below.
      const [row] = await findPublishedRows(strapi, REPORT, readingOrder(locale), where, [], NEWEST_FIRST, 1);
      return row ? ((await read([row.documentId], locale, { network: { fields: NETWORK_REF_FIELDS }, origin: true }))[0] ?? null) : null;
    },
  };
}
