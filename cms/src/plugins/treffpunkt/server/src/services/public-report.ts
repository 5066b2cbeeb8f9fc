import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES } from 'treffpunkt-shared/content-types';
import type { Locale, ReportListResponse, WireReport, WireReportRef } from 'treffpunkt-shared/wire';
import { notFound } from '../http/errors';
import { REPORT_CARD_POPULATE, REPORT_FULL_POPULATE } from '../reads/populate';
import { belongingToNetworks, findPublishedDocuments, findPublishedRows, localesFor, pageOf } from '../reads/localized-reads';
import { toWireReport, toWireReportCard, type StoredReport } from '../wire/report';

const REPORT = CONTENT_TYPES.report;
const NEWEST_FIRST: Record<string, 'asc' | 'desc'>[] = [{ publicationDate: 'desc' }, { meetingStart: 'desc' }, { id: 'desc' }];
const INHERITED_RELATIONS = ['network', 'event'];

interface ReportRow {
  documentId: string;
  locale: Locale;
}

export interface ReportQuery {
  networks: string[];
  tag?: string;
  limit: number;
  page: number;
  locale: Locale;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Newest first; the page's documents are read in full only after the (cheap) ordering query. */
  async latest(query: ReportQuery, baseUrl: string): Promise<ReportListResponse> {
    const where: Record<string, unknown> = await belongingToNetworks(strapi, REPORT, query.networks);
    if (query.tag) where.tags = { name: query.tag };
    const rows = await findPublishedRows<ReportRow>(strapi, REPORT, localesFor(query.locale), where, [], NEWEST_FIRST);
    const { documentIds, meta } = pageOf(rows, query);
    const reports = (await findPublishedDocuments(
      strapi,
      REPORT,
      documentIds,
      query.locale,
      REPORT_CARD_POPULATE,
      INHERITED_RELATIONS,
    )) as unknown as StoredReport[];
    return { data: reports.map((report) => toWireReportCard(report, baseUrl, query.locale)), meta };
  },

  async bySlug(slug: string, locale: Locale, baseUrl: string): Promise<WireReport> {
    const [row] = await findPublishedRows<ReportRow>(strapi, REPORT, localesFor(locale), { slug }, []);
    if (!row) throw notFound(`There is no published report "${slug}".`, 'slug');
    const [report] = (await findPublishedDocuments(
      strapi,
      REPORT,
      [row.documentId],
      locale,
      REPORT_FULL_POPULATE,
      INHERITED_RELATIONS,
    )) as unknown as StoredReport[];
    return toWireReport(report, baseUrl, locale);
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
