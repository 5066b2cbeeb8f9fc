/**
 * What each public page shows (a network's with its archive, a report's, a meeting's), as the
 * plugin's server gathers it and the widgets' server renderer draws it (widgets/src/pages/).
 * Everything is in the wire format, ready for display, with absolute addresses.
 */
import type { Locale, WireEvent, WireNetwork, WirePage, WireReport, WireReportCard, WireReportRef } from './wire';

/** The page in one language, on Treffpunkt: hreflang alternates and the visitor's language switch. */
export interface PageLanguage {
  locale: Locale;
  url: string;
}

interface PageBase {
  locale: Locale;
  /** The page's canonical address: a mirrored document's where it comes from, else the network's own page for it where it set one. */
  canonical: string;
  /** The page in each language, the visitor's first. */
  languages: PageLanguage[];
  /** The network the page belongs to (a report's, a meeting's), with its page's address and feeds. */
  network: WireNetwork;
  /** The page to follow the network (its calendar, by e-mail), on Treffpunkt. */
  follow: string;
}

/** Another page, by its name. */
export interface PageLink {
  name: string;
  url: string;
}

/** One value of an archive filter, with how many reports it finds. */
export interface Facet {
  value: string;
  label: string;
  count: number;
}

/** The archive's filters, as the network page's query gives them. */
export interface ArchiveFilters {
  year?: number;
  tag?: string;
  /** One network of a federation (itself or one below it). */
  subnetwork?: string;
  /** Words to search for. */
  q?: string;
  page: number;
}

export interface Archive {
  filters: ArchiveFilters;
  years: Facet[];
  tags: Facet[];
  /** For a federation: its own and each network's below it; empty for a network without any. */
  networks: Facet[];
  /** The filtered reports' page, newest first. */
  reports: WireReportCard[];
  pages: WirePage;
}

/** A meeting that is over, with the report on it where there is one. */
export interface PastMeeting {
  event: WireEvent;
  report: WireReportRef | null;
}

export interface NetworkPageContent extends PageBase {
  page: 'network';
  parent: PageLink | null;
  children: PageLink[];
  upcoming: WireEvent[];
  latest: WireReportCard[];
  archive: Archive;
  pastMeetings: PastMeeting[];
}

export interface ReportPageContent extends PageBase {
  page: 'report';
  report: WireReport;
}

export interface MeetingPageContent extends PageBase {
  page: 'meeting';
  event: WireEvent;
  /** Of a series: its coming dates, each with its own page. */
  dates: WireEvent[];
  /** On a series date's page: the series' page. */
  seriesUrl: string | null;
  /** The report on this meeting, once there is one. */
  report: WireReportRef | null;
  /** Where the network's reports are (`{slug}`), for the report of the previous meeting. */
  reportHrefTemplate: string;
}

export type PageContent = NetworkPageContent | ReportPageContent | MeetingPageContent;
