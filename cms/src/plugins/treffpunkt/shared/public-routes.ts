/**
 * Every public address of Treffpunkt, defined once: the plugin's route tables serve them, the
 * widgets and the admin's snippets build their URLs from them, the embed pages find an element's
 * first answer by them. The API's answer types are in ./wire.ts; PublicAnswers ties each route to
 * its answer.
 *
 * Each path is also its own constant, so a bundle that needs one path carries that string only.
 */
import type { FollowAcceptedResponse, FollowOptionsResponse } from './following';
import type {
  EventListResponse,
  NetworkResponse,
  NetworkSyncResponse,
  NextEventResponse,
  ReportListResponse,
  ReportResponse,
} from './wire';

/** Where the public read API answers (Strapi serves a plugin's content-API routes below /api/<plugin>). */
export const API_PATH = 'api/treffpunkt';
export const API_PREFIX = `/${API_PATH}`;

export const NETWORK_PATH = 'networks/:slug';
export const NETWORK_CALENDAR_PATH = 'networks/:slug/events.ics';
export const NETWORK_REPORT_FEED_PATH = 'networks/:slug/reports.atom';
/** What another Treffpunkt reads to mirror a network. */
export const NETWORK_SYNC_PATH = 'networks/:slug/sync';
export const REPORTS_PATH = 'reports';
export const REPORT_PATH = 'reports/:slug';
export const NEXT_EVENT_PATH = 'events/next';
export const EVENTS_PATH = 'events';
export const EVENT_CALENDAR_PATH = 'events/:slug.ics';
export const OCCURRENCE_CALENDAR_PATH = 'events/:slug/:date.ics';
/** Following a network: GET what the follow dialog offers, POST to follow by e-mail (./following.ts). */
export const FOLLOW_PATH = 'follow';

/** The public read API, relative to API_PREFIX (without its slash, so the widgets carry each path once). */
export const PUBLIC_ROUTES = {
  network: NETWORK_PATH,
  networkCalendar: NETWORK_CALENDAR_PATH,
  networkReportFeed: NETWORK_REPORT_FEED_PATH,
  networkSync: NETWORK_SYNC_PATH,
  reports: REPORTS_PATH,
  report: REPORT_PATH,
  nextEvent: NEXT_EVENT_PATH,
  events: EVENTS_PATH,
  eventCalendar: EVENT_CALENDAR_PATH,
  occurrenceCalendar: OCCURRENCE_CALENDAR_PATH,
  follow: FOLLOW_PATH,
} as const;
export type PublicRoute = keyof typeof PUBLIC_ROUTES;

/**
 * The public API's only writes, relative to API_PREFIX: following by e-mail. Any website may send
 * them (CORS for any origin, never with credentials); everything else of the API is read-only.
 */
export const PUBLIC_POST_ROUTES = {
  subscribe: FOLLOW_PATH,
} as const;
export type PublicPostRoute = keyof typeof PUBLIC_POST_ROUTES;

/** What each public route answers: JSON in the wire format, or the text of a feed. */
export interface PublicAnswers {
  network: NetworkResponse;
  networkCalendar: string;
  networkReportFeed: string;
  networkSync: NetworkSyncResponse;
  reports: ReportListResponse;
  report: ReportResponse;
  nextEvent: NextEventResponse;
  events: EventListResponse;
  eventCalendar: string;
  occurrenceCalendar: string;
  follow: FollowOptionsResponse;
}

/** What each public POST route answers. */
export interface PublicPostAnswers {
  subscribe: FollowAcceptedResponse;
}

/** The lists a widget asks for first: an embed page renders the element with the answer to one of these. */
export const FIRST_REQUEST_ROUTES = ['reports', 'nextEvent', 'events'] as const satisfies readonly PublicRoute[];
export type FirstRequestRoute = (typeof FIRST_REQUEST_ROUTES)[number];

/** An API route's absolute path with its parameters filled in (each encoded). */
export function publicPath(path: string, params: Record<string, string> = {}): string {
  return fillPath(`${API_PREFIX}/${path}`, params);
}

/** The widgets' files, the embed pages and the readiness probe: served at the CMS's root, outside the API. */
export const WIDGETS_PREFIX = '/treffpunkt';
export const WIDGET_SCRIPT_PATH = '/treffpunkt/widgets.js';
export const WIDGET_STYLESHEET_PATH = '/treffpunkt/widgets.css';
/** Which release of the widgets the CMS serves, with its versioned addresses. */
export const WIDGET_RELEASE_PATH = '/treffpunkt/widgets.json';
export const EMBED_PATH = '/treffpunkt/embed';
export const READY_PATH = '/treffpunkt/ready';

/**
 * The public pages, for visitors, feed readers, search engines and link previews: a network's
 * page with its archive, a report's, a meeting's (and a series date's). German words, as the
 * networks write in German first; `?lang=en` gives the English page.
 */
export const PAGES_PREFIX = '/treffpunkt/n';
export const NETWORK_PAGE_PATH = '/treffpunkt/n/:network';
export const REPORT_PAGE_PATH = '/treffpunkt/n/:network/berichte/:slug';
export const MEETING_PAGE_PATH = '/treffpunkt/n/:network/treffen/:slug';
export const OCCURRENCE_PAGE_PATH = '/treffpunkt/n/:network/treffen/:slug/:date';
/** Following the network without JavaScript: its calendar for each calendar app, and the e-mail form, which POSTs here. */
export const FOLLOW_PAGE_PATH = '/treffpunkt/n/:network/folgen';
/** Every public page, for search engines. */
export const SITEMAP_PATH = '/treffpunkt/sitemap.xml';
/** Pasting a page's address into WordPress or Ghost: the oEmbed answer for it. */
export const OEMBED_PATH = '/treffpunkt/oembed';

/** A path with its parameters (`:name`) filled in, each encoded. */
export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}

/**
 * The pages behind the links of the follow mails: each shows what the link will do with a button
 * that POSTs (a mail scanner that opens links changes nothing), in the visitor's language, without
 * JavaScript. The unsubscribe address also takes the one-click POST of RFC 8058. `?token=` carries the link's token.
 */
export const FOLLOW_CONFIRM_PATH = '/treffpunkt/follow/confirm';
export const FOLLOW_UNSUBSCRIBE_PATH = '/treffpunkt/follow/unsubscribe';

/** Where a file of one release of the widgets is served for good. */
export const versionedWidgetPath = (version: string, file: string) => `/treffpunkt/v/${version}/${file}`;
