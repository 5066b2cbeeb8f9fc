import type { Core } from '@strapi/strapi';
import type { Locale, ReportListResponse, WireListMeta, WireReport, WireReportCard, WireReportRef } from 'treffpunkt-shared/wire';
import { notFound } from '../http/errors';
import { treffpunkt } from '../plugin';
import { reportRepository } from '../repositories/reports';
import { pageOf } from '../repositories/published';
import type { ReportListParams } from '../validation/public-queries';
import { canonicalReportUrl } from '../urls/pages';
import { toWireReport, toWireReportCard } from '../wire/report';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reports = reportRepository(strapi);

  async function page(params: ReportListParams, full: boolean) {
    const networks = await treffpunkt(strapi)
      .service('networks')
      .resolveSlugs(params.network, params.include === 'subnetworks');
    const { tag, q, year } = params;
    const ordered = await reports.newestFirst({ networks, tag, q, year }, params.locale);
    const { items, meta } = pageOf(ordered, params);
    return { stored: await reports.read(items, params.locale, full), meta };
  }

  return {
    /** A page of the reports of the networks asked for, newest first, as cards. */
    async list(params: ReportListParams, baseUrl: string): Promise<ReportListResponse> {
      const { stored, meta } = await page(params, false);
      return { data: stored.map((report) => toWireReportCard(report, baseUrl, params.locale)), meta };
    },

    /** The same page with each report whole, as a feed carries it. */
    async listInFull(params: ReportListParams, baseUrl: string): Promise<{ data: WireReport[]; meta: WireListMeta }> {
      const { stored, meta } = await page(params, true);
      return { data: stored.map((report) => toWireReport(report, baseUrl, params.locale)), meta };
    },

    /** The network (its document) of a published report, or null. */
    networkOf: (documentId: string) => reports.networkOf(documentId),

    /** A published report by its document, as a card in `locale` (else German), or null. */
    async card(documentId: string, locale: Locale, baseUrl: string): Promise<WireReportCard | null> {
      const [report] = await reports.read([documentId], locale);
      return report ? toWireReportCard(report, baseUrl, locale) : null;
    },

    async bySlug(slug: string, locale: Locale, baseUrl: string): Promise<WireReport> {
      const report = await reports.bySlug(slug, locale);
      // A report of a network taken offline is offline with it.
      if (!report?.network) throw notFound(`There is no published report "${slug}".`, 'slug');
      return toWireReport(report, baseUrl, locale);
    },

    /** The latest published report of one of `networks` published on or before `before`: "the report of the previous meeting". */
    async latestBefore(networks: string[], before: string, locale: Locale, baseUrl: string): Promise<WireReportRef | null> {
      const report = await reports.latestBefore(networks, before, locale);
      return (
        report && {
          slug: report.slug,
          title: report.title,
          locale: report.locale,
          url: canonicalReportUrl(baseUrl, report.network!, report.slug, locale, report.origin),
        }
      );
    },
  };
};
