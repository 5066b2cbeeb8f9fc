/**
 * A network's archive, as stored: every published report as a cheap row (when it was published,
 * its topics, whose it is) for the archive's years, topics and filters; the meetings that are
 * over; which report is on which meeting.
 */
import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES } from 'treffpunkt-shared/content-types';
import { readingOrder } from 'treffpunkt-shared/locales';
import type { Locale } from 'treffpunkt-shared/wire';
import { EVENT_TIMING_FIELDS, type EventTimingRow } from './events';
import { belongingToNetworks, findPublishedRows, uniqueByDocument, type StoredDocument } from './published';
import { NEWEST_FIRST } from './reports';

const { event: EVENT, report: REPORT } = CONTENT_TYPES;

/** A published report in the archive. */
export interface ArchiveRow {
  documentId: string;
  /** The year of its publication date. */
  year: number;
  tags: string[];
  network: { slug: string; name: string };
}

interface StoredArchiveRow extends StoredDocument {
  publicationDate: string | null;
  publishedAt: string;
  tags?: { name: string }[];
  network?: { slug: string; name: string } | null;
}

/** A published report on a meeting: the event's document and slug, and of a series the date reported on. */
export interface MeetingReportRow {
  documentId: string;
  event: string;
  eventSlug: string;
  occurrence: string | null;
}

interface StoredMeetingReportRow extends StoredDocument {
  occurrence: string | null;
  event?: { documentId: string; slug: string } | null;
}

export function archiveRepository(strapi: Core.Strapi) {
  /** Published report rows in the visitor's reading order, newest first, with relations and components, one per document. */
  async function reportRows<Row extends StoredDocument>(
    locale: Locale,
    where: Record<string, unknown>,
    select: string[],
    populate: Record<string, unknown>,
  ): Promise<Row[]> {
    const locales = readingOrder(locale);
    const found = (await strapi.db.query(REPORT).findMany({
      where: { ...where, publishedAt: { $notNull: true }, locale: { $in: locales } },
      select: ['documentId', 'locale', ...select],
      populate,
      orderBy: NEWEST_FIRST,
    })) as Row[];
    return uniqueByDocument(found, locales[0]);
  }

  return {
    /** Every published report of `networks`, newest first, as the reports route orders them. */
    async reports(networks: string[], locale: Locale): Promise<ArchiveRow[]> {
      const found = await reportRows<StoredArchiveRow>(
        locale,
        await belongingToNetworks(strapi, REPORT, networks),
        ['publicationDate', 'publishedAt'],
        { tags: { select: ['name'] }, network: { select: ['slug', 'name'] } },
      );
      return found.flatMap((row) =>
        row.network
          ? [
              {
                documentId: row.documentId,
                year: Number((row.publicationDate ?? row.publishedAt).slice(0, 4)),
                tags: [...new Set((row.tags ?? []).map((tag) => tag.name))],
                network: row.network,
              },
            ]
          : [],
      );
    },

    /** The published reports of `networks` that are on a meeting. */
    async reportsOnMeetings(networks: string[], locale: Locale): Promise<MeetingReportRow[]> {
      const found = await reportRows<StoredMeetingReportRow>(
        locale,
        { ...(await belongingToNetworks(strapi, REPORT, networks)), event: { publishedAt: { $notNull: true } } },
        ['occurrence'],
        { event: { select: ['documentId', 'slug'] } },
      );
      return found.flatMap((row) =>
        row.event
          ? [{ documentId: row.documentId, event: row.event.documentId, eventSlug: row.event.slug, occurrence: row.occurrence ?? null }]
          : [],
      );
    },

    /** Single meetings (no series) of `networks` that began before `before`, latest first; the caller keeps those that are over. */
    async singlesBefore(networks: string[], locale: Locale, before: Date): Promise<EventTimingRow[]> {
      return findPublishedRows<EventTimingRow>(
        strapi,
        EVENT,
        readingOrder(locale),
        { ...(await belongingToNetworks(strapi, EVENT, networks)), recurrence: { $null: true }, start: { $lt: before } },
        EVENT_TIMING_FIELDS,
        [{ start: 'desc' }, { id: 'desc' }],
      );
    },
  };
}
