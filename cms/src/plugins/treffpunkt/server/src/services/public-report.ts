import type { Core } from '@strapi/strapi';
import type { Locale, WireEventRef, WireMeeting, WireReport, WireReportCard, WireReportRef } from '../../../shared/wire';
import { notFound } from '../utils/errors';
import { toZonedDate, toZonedIso } from '../utils/zoned-time';
import { belongingToNetworks, findPublishedDocuments, findPublishedRows, localesFor, pageOf } from './localized-reads';
import {
  toNetworkRef,
  toWireBlocks,
  toWireContact,
  toWireImage,
  toWireImages,
  trimmedOrNull,
  type MediaFile,
  type StoredContact,
  type StoredNetworkRef,
} from './to-wire';

const REPORT = 'plugin::treffpunkt.report';
const NEWEST_FIRST: Record<string, 'asc' | 'desc'>[] = [{ publicationDate: 'desc' }, { meetingStart: 'desc' }, { id: 'desc' }];

interface ReportRow {
  documentId: string;
  locale: Locale;
}

interface StoredEventRef {
  slug: string;
  title: string;
  start: string;
  end?: string | null;
  timeZone: string;
}

interface StoredReport {
  documentId: string;
  locale: Locale;
  slug: string;
  title: string;
  summary?: string | null;
  body?: unknown;
  nextSteps?: unknown;
  network?: StoredNetworkRef | null;
  event?: StoredEventRef | null;
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
  publicationDate?: string | null;
  publishedAt: string;
}

export interface ReportQuery {
  networks: string[];
  tag?: string;
  limit: number;
  page: number;
  locale: Locale;
}

const EVENT_REF_FIELDS = ['slug', 'title', 'start', 'end', 'timeZone'];
const CARD_POPULATE = {
  network: { fields: ['slug', 'name'] },
  event: { fields: EVENT_REF_FIELDS },
  cover: true,
  tags: true,
};
export const FULL_POPULATE = { ...CARD_POPULATE, author: true, outcomes: true, gallery: true, contact: true };
const INHERITED_RELATIONS = ['network', 'event'];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Newest first; the page's documents are read in full only after the (cheap) ordering query. */
  async latest(query: ReportQuery, baseUrl: string) {
    const where: Record<string, unknown> = await belongingToNetworks(strapi, REPORT, query.networks);
    if (query.tag) where.tags = { name: query.tag };
    const rows = await findPublishedRows<ReportRow>(strapi, REPORT, localesFor(query.locale), where, [], NEWEST_FIRST);
    const { documentIds, meta } = pageOf(rows, query);
    const reports = (await findPublishedDocuments(
      strapi,
      REPORT,
      documentIds,
      query.locale,
      CARD_POPULATE,
      INHERITED_RELATIONS,
    )) as unknown as StoredReport[];
    return { data: reports.map((report) => toWireReportCard(report, baseUrl)), meta };
  },

  async bySlug(slug: string, locale: Locale, baseUrl: string): Promise<WireReport> {
    const [row] = await findPublishedRows<ReportRow>(strapi, REPORT, localesFor(locale), { slug }, []);
    if (!row) throw notFound(`There is no published report "${slug}".`, 'slug');
    const [report] = (await findPublishedDocuments(
      strapi,
      REPORT,
      [row.documentId],
      locale,
      FULL_POPULATE,
      INHERITED_RELATIONS,
    )) as unknown as StoredReport[];
    return toWireReport(report, baseUrl);
  },

  /** The latest published report of one of `networks` published on or before `before`: "the report of the previous meeting". */
  async latestBefore(networks: string[], before: string, locale: Locale): Promise<WireReportRef | null> {
    const [row] = await findPublishedRows<ReportRow>(
      strapi,
      REPORT,
      localesFor(locale),
      { ...(await belongingToNetworks(strapi, REPORT, networks)), publicationDate: { $lte: before } },
      [],
      NEWEST_FIRST,
      1, // only the newest document is wanted; its language versions are read below
    );
    if (!row) return null;
    const [report] = (await findPublishedDocuments(strapi, REPORT, [row.documentId], locale, {})) as unknown as StoredReport[];
    return { slug: report.slug, title: report.title, locale: report.locale };
  },
});

function toWireEventRef(event: StoredEventRef): WireEventRef {
  return {
    slug: event.slug,
    title: event.title,
    start: toZonedIso(new Date(event.start), event.timeZone),
    end: event.end ? toZonedIso(new Date(event.end), event.timeZone) : null,
    timeZone: event.timeZone,
  };
}

/** A linked event says when and where; otherwise the report's own meeting fields do. */
function meetingOf(report: StoredReport): WireMeeting {
  const place = trimmedOrNull(report.place);
  if (report.event) {
    const { start, end, timeZone } = report.event;
    return {
      start: toZonedDate(new Date(start), timeZone),
      end: end ? toZonedDate(new Date(end), timeZone) : null,
      place,
    };
  }
  return { start: report.meetingStart ?? null, end: report.meetingEnd ?? null, place };
}

function toWireReportCard(report: StoredReport, baseUrl: string): WireReportCard {
  return {
    slug: report.slug,
    title: report.title,
    locale: report.locale,
    summary: trimmedOrNull(report.summary),
    // A published report always has a network: publishing without one is refused.
    network: toNetworkRef(report.network as StoredNetworkRef),
    meeting: meetingOf(report),
    publishedOn: report.publicationDate ?? report.publishedAt.slice(0, 10),
    cover: toWireImage(report.cover, baseUrl),
    tags: (report.tags ?? []).map((tag) => tag.name),
  };
}

export function toWireReport(report: StoredReport, baseUrl: string): WireReport {
  return {
    ...toWireReportCard(report, baseUrl),
    body: toWireBlocks(report.body, baseUrl),
    outcomes: (report.outcomes ?? []).map((outcome) => outcome.text),
    nextSteps: toWireBlocks(report.nextSteps, baseUrl),
    author: report.author ? { name: report.author.name, role: trimmedOrNull(report.author.role) } : null,
    participants: report.participants ?? null,
    gallery: toWireImages(report.gallery, baseUrl),
    event: report.event ? toWireEventRef(report.event) : null,
    contact: toWireContact(report.contact),
  };
}
