/**
 * What each public page shows (shared/public-pages.ts), gathered from the public reads: a
 * network's page with its archive, a report's, a meeting's and a series date's; and the sitemap's
 * addresses. An address under another network than the document's is moved there; an unknown or
 * unpublished document is a 404 that names nothing of it.
 */
import type { Core } from '@strapi/strapi';
import type {
  ArchiveFilters,
  MeetingPageContent,
  NetworkPageContent,
  PageLanguage,
  PageLink,
  ReportPageContent,
} from 'treffpunkt-shared/public-pages';
import { DEFAULT_LOCALE, LOCALES, type Locale, type WireEvent, type WireNetwork, type WireNetworkRef } from 'treffpunkt-shared/wire';
import { badRequest, notFound } from '../http/errors';
import { treffpunkt } from '../plugin';
import { networkRepository, type StoredNetwork } from '../repositories/networks';
import { sitemapRepository } from '../repositories/sitemap';
import { followPageUrl, meetingPageUrl, networkPageUrl, reportPageUrl, reportUrlTemplate } from '../urls/pages';
import { toWireNetwork } from '../wire/network';

const NEXT_MEETINGS = 5;
const LATEST_REPORTS = 3;
/** Enough of a network's coming meetings to find a series' next dates among them. */
const SERIES_DATES_LOOKED_AT = 100;
const SERIES_DATES_SHOWN = 6;

/** The answer for an address under another network than the document's: its own address. */
export interface Moved {
  moved: string;
}

/** One page (or document) in each language, as the sitemap lists it. */
export interface SitemapEntry {
  languages: PageLanguage[];
  lastModified: string;
}

/** The page in each language, by the address `urlIn` gives for one. */
const languagesOf = (urlIn: (locale: Locale) => string): PageLanguage[] => LOCALES.map((locale) => ({ locale, url: urlIn(locale) }));

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = treffpunkt(strapi).service;
  const networks = networkRepository(strapi);
  const sitemap = sitemapRepository(strapi);

  /** A published network, stored (its page templates) and in the wire format, its feeds in `locale`. */
  async function networkOf(slug: string, locale: Locale, baseUrl: string): Promise<{ stored: StoredNetwork; wire: WireNetwork }> {
    const stored = await networks.bySlug(slug, locale);
    if (!stored) throw notFound(`There is no published network "${slug}".`, 'network');
    const wire = toWireNetwork(stored, baseUrl, locale);
    const inLanguage = (feed: string) => (locale === DEFAULT_LOCALE ? feed : `${feed}?locale=${locale}`);
    return { stored, wire: { ...wire, feeds: { calendar: inLanguage(wire.feeds.calendar), reports: inLanguage(wire.feeds.reports) } } };
  }

  const linkTo = (network: WireNetworkRef, locale: Locale, baseUrl: string): PageLink => ({
    name: network.name,
    url: networkPageUrl(baseUrl, network.slug, locale),
  });

  /** A series' coming dates, each with its own page (bounded as the upcoming meetings are). */
  async function comingDates(event: WireEvent, locale: Locale, baseUrl: string): Promise<WireEvent[]> {
    const params = { network: [event.network.slug], limit: SERIES_DATES_LOOKED_AT, page: 1, locale };
    const { data } = await service('events').upcoming(params, baseUrl);
    return data.filter((each) => each.slug === event.slug);
  }

  return {
    async network(slug: string, filters: ArchiveFilters, locale: Locale, baseUrl: string): Promise<NetworkPageContent> {
      const { wire: network } = await networkOf(slug, locale, baseUrl);
      const family = await service('networks').resolveSlugs([slug], true);
      if (filters.subnetwork && !family.includes(filters.subnetwork)) {
        throw badRequest('subnetwork', `Parameter "subnetwork" ("${filters.subnetwork}") names no network of ${network.name}.`);
      }
      const include = network.children.length ? ('subnetworks' as const) : undefined;
      const newest = { network: [slug], include, page: 1, locale };
      const [upcoming, latest, archive, pastMeetings] = await Promise.all([
        service('events').upcoming({ ...newest, limit: NEXT_MEETINGS }, baseUrl),
        service('reports').list({ ...newest, limit: LATEST_REPORTS }, baseUrl),
        service('archive').reports(family, filters, locale, baseUrl),
        service('archive').pastMeetings(filters.subnetwork ? [filters.subnetwork] : family, filters.year, locale, baseUrl),
      ]);
      return {
        page: 'network',
        locale,
        canonical: network.url,
        languages: languagesOf((language) => networkPageUrl(baseUrl, slug, language)),
        network,
        follow: followPageUrl(baseUrl, slug, locale),
        parent: network.parent && linkTo(network.parent, locale, baseUrl),
        children: network.children.map((child) => linkTo(child, locale, baseUrl)),
        upcoming: upcoming.data,
        latest: latest.data,
        archive,
        pastMeetings,
      };
    },

    async report(networkSlug: string, slug: string, locale: Locale, baseUrl: string): Promise<ReportPageContent | Moved> {
      const report = await service('reports').bySlug(slug, locale, baseUrl);
      if (report.network.slug !== networkSlug) return { moved: reportPageUrl(baseUrl, report.network.slug, slug, locale) };
      const { wire: network } = await networkOf(networkSlug, locale, baseUrl);
      return {
        page: 'report',
        locale,
        canonical: report.url,
        languages: languagesOf((language) => reportPageUrl(baseUrl, networkSlug, slug, language)),
        network,
        follow: followPageUrl(baseUrl, networkSlug, locale),
        report,
      };
    },

    /** A meeting's page; of a series its next date, with the dates after it. `date` asks for one date of a series. */
    async meeting(
      networkSlug: string,
      slug: string,
      date: string | null,
      locale: Locale,
      baseUrl: string,
    ): Promise<MeetingPageContent | Moved> {
      const events = service('events');
      const meeting = date
        ? await events.occurrence(slug, date, locale, baseUrl)
        : (await events.calendarEntry(slug, locale, baseUrl)).event;
      if (meeting.network.slug !== networkSlug) return { moved: meetingPageUrl(baseUrl, meeting.network.slug, slug, date, locale) };
      const [{ stored, wire: network }, report, coming] = await Promise.all([
        networkOf(networkSlug, locale, baseUrl),
        service('archive').reportOn(networkSlug, slug, date, locale, baseUrl),
        meeting.series && !date ? comingDates(meeting, locale, baseUrl) : Promise.resolve([]),
      ]);
      const [next = meeting, ...later] = coming;
      return {
        page: 'meeting',
        locale,
        canonical: meeting.url,
        languages: languagesOf((language) => meetingPageUrl(baseUrl, networkSlug, slug, date, language)),
        network,
        follow: followPageUrl(baseUrl, networkSlug, locale),
        event: next,
        dates: later.slice(0, SERIES_DATES_SHOWN),
        seriesUrl: date ? meetingPageUrl(baseUrl, networkSlug, slug, null, locale) : null,
        report,
        reportHrefTemplate: reportUrlTemplate(baseUrl, stored, locale),
      };
    },

    /**
     * Every page whose canonical address is Treffpunkt's: published networks, and the reports and
     * meetings that neither a network shows on its own site nor another site published first.
     */
    async sitemap(baseUrl: string): Promise<SitemapEntry[]> {
      const [allNetworks, reports, meetings] = await Promise.all([sitemap.networks(), sitemap.reports(), sitemap.meetings()]);
      return [
        ...allNetworks.map((network) => ({
          languages: languagesOf((language) => networkPageUrl(baseUrl, network.slug, language)),
          lastModified: network.updatedAt,
        })),
        ...reports
          .filter((report) => !report.mirrored && !report.network.reportPageTemplate)
          .map((report) => ({
            languages: languagesOf((language) => reportPageUrl(baseUrl, report.network.slug, report.slug, language)),
            lastModified: report.updatedAt,
          })),
        ...meetings
          .filter((meeting) => !meeting.mirrored && !meeting.network.meetingPageTemplate)
          .map((meeting) => ({
            languages: languagesOf((language) => meetingPageUrl(baseUrl, meeting.network.slug, meeting.slug, null, language)),
            lastModified: meeting.updatedAt,
          })),
      ];
    },
  };
};
