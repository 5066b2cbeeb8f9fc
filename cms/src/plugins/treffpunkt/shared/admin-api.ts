/**
 * The contract between the plugin's admin panel (React) and its admin routes: permission
 * actions, route paths and answer shapes. Imported by both sides, so a rename cannot drift.
 */
import type { OccurrenceChange, Recurrence } from './recurrence';
import type { SourceFormat, SourceHealth } from './sources';
import type { DatePrecision, Locale } from './wire';

export const PLUGIN_ID = 'treffpunkt';

/** Admin permissions the plugin adds to Strapi's roles (Settings → Roles → Plugins → Treffpunkt). */
export const ACTIONS = {
  /** Open the "Embed / Einbetten" page: pick a widget, copy its snippet and the feed addresses. */
  embed: 'plugin::treffpunkt.embed.read',
  /** Create the draft report of a past event ("Write the report"). */
  reportFromEvent: 'plugin::treffpunkt.reports.create-from-event',
  /** Choose the editors of a network ("Editors of this network" on the network's edit view). */
  manageEditors: 'plugin::treffpunkt.network-editors.manage',
  /** See the addresses that follow networks by e-mail, export and delete them (GDPR Art. 15 and 17). */
  manageSubscribers: 'plugin::treffpunkt.subscribers.manage',
} as const;

/** Admin routes, relative to the admin API (Strapi prefixes them with `/treffpunkt`). */
export const ADMIN_ROUTES = {
  embedOptions: '/admin/embed',
  eventReport: '/admin/events/:documentId/report',
  seriesPreview: '/admin/series/preview',
  networkEditors: '/admin/networks/:documentId/editors',
  myNetworks: '/admin/my-networks',
  home: '/admin/home',
  /** A source's state in words (GET), and reading it now (POST …/sync, answered when done). */
  source: '/admin/sources/:documentId',
  sourceSync: '/admin/sources/:documentId/sync',
  /** Where a mirrored meeting or report comes from (GET); hiding it here or showing it again (PUT). */
  origin: '/admin/origin/:kind/:documentId',
  /** How many follow a network by e-mail: for whoever may open the network. */
  networkFollowers: '/admin/networks/:documentId/followers',
  /** The addresses (ACTIONS.manageSubscribers): `?network=<documentId>&email=&format=json|csv`. */
  subscribers: '/admin/subscribers',
  subscribersDelete: '/admin/subscribers/delete',
  /** The preview of a document in the content manager, with the signed token that grants it (no admin login). */
  previewPage: '/preview/:token',
  previewScript: '/preview-page.js',
} as const;

export const eventReportPath = (documentId: string) =>
  `/${PLUGIN_ID}${ADMIN_ROUTES.eventReport.replace(':documentId', encodeURIComponent(documentId))}`;
export const networkEditorsPath = (documentId: string) =>
  `/${PLUGIN_ID}${ADMIN_ROUTES.networkEditors.replace(':documentId', encodeURIComponent(documentId))}`;
export const networkFollowersPath = (documentId: string) =>
  `/${PLUGIN_ID}${ADMIN_ROUTES.networkFollowers.replace(':documentId', encodeURIComponent(documentId))}`;
export const subscribersPath = (filter: SubscribersFilter = {}) => {
  const query = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1])));
  return `/${PLUGIN_ID}${ADMIN_ROUTES.subscribers}${query.toString() ? `?${query}` : ''}`;
};
export const subscribersDeletePath = `/${PLUGIN_ID}${ADMIN_ROUTES.subscribersDelete}`;
export const myNetworksPath = `/${PLUGIN_ID}${ADMIN_ROUTES.myNetworks}`;
export const embedOptionsPath = `/${PLUGIN_ID}${ADMIN_ROUTES.embedOptions}`;
export const seriesPreviewPath = `/${PLUGIN_ID}${ADMIN_ROUTES.seriesPreview}`;
export const homePath = `/${PLUGIN_ID}${ADMIN_ROUTES.home}`;
export const sourcePath = (documentId: string) =>
  `/${PLUGIN_ID}${ADMIN_ROUTES.source.replace(':documentId', encodeURIComponent(documentId))}`;
export const sourceSyncPath = (documentId: string) =>
  `/${PLUGIN_ID}${ADMIN_ROUTES.sourceSync.replace(':documentId', encodeURIComponent(documentId))}`;
export const originPath = (kind: MirroredKind, documentId: string) =>
  `/${PLUGIN_ID}${ADMIN_ROUTES.origin.replace(':kind', kind).replace(':documentId', encodeURIComponent(documentId))}`;
export const previewPagePath = (token: string) => `/${PLUGIN_ID}${ADMIN_ROUTES.previewPage.replace(':token', encodeURIComponent(token))}`;
export const previewScriptPath = `/${PLUGIN_ID}${ADMIN_ROUTES.previewScript}`;

export { CONTENT_TYPES, SOURCE } from './content-types';

/** A published network the embed page offers. */
export interface EmbedNetwork {
  slug: string;
  name: string;
  /** Slug of the parent network, if it has one. */
  parent: string | null;
  /** How many published networks belong to it (directly). */
  children: number;
  feeds: { calendar: string; reports: string };
}

/** `GET /treffpunkt/admin/embed` */
export interface EmbedOptionsResponse {
  data: {
    /** Absolute origin the snippet points at: the configured public URL, else the address the admin uses. */
    cmsUrl: string;
    /** Absolute URL of the widget bundle. */
    widgetsUrl: string;
    networks: EmbedNetwork[];
  };
}

/** The report that belongs to an event, to open in the content manager. */
export interface EventReportRef {
  documentId: string;
  locale: string;
}

/** A past occurrence of a series that a report can be written of, and the report it has. */
export interface ReportableOccurrence {
  /** Its date in the series (YYYY-MM-DD in the meeting's zone), as the report's `occurrence` names it. */
  date: string;
  /** When it was, in the admin's language and the meeting's zone: "Mi., 4. März 2026, 19:00–20:30" (a moved one where it was moved to). */
  when: string;
  report: EventReportRef | null;
}

/**
 * `GET /treffpunkt/admin/events/:documentId/report?locale=`: the event's report, if there is one. A
 * series has a report per occurrence: `data` is null and `meta.occurrences` lists its last past
 * occurrences (newest first) with theirs; for a single meeting `meta.occurrences` is null.
 */
export interface EventReportResponse {
  data: EventReportRef | null;
  /**
   * Whether the meeting has begun (by the server's clock): from then on its report can be written.
   * Of a series, its last past occurrences, newest first, each with its report (else null).
   */
  meta: { started: boolean; occurrences: ReportableOccurrence[] | null };
}

/** The body of `POST /treffpunkt/admin/events/:documentId/report`. */
export interface CreateEventReportRequest {
  /** Which language version of the event the editor has open. */
  locale?: Locale;
  /** Of a series: the past occurrence reported on (YYYY-MM-DD); without it, the last one. */
  occurrence?: string;
}

/** `POST /treffpunkt/admin/events/:documentId/report`: the new draft (201) or the existing report (200). */
export interface CreateEventReportResponse {
  data: EventReportRef & { created: boolean };
}

/** The body of `POST /treffpunkt/admin/series/preview`: a series as the edit view has it, not yet saved. */
export interface SeriesPreviewRequest {
  /** The language of the sentence. */
  locale?: Locale;
  /** The meeting's start and end (ISO instants): the series' first occurrence. */
  start: string;
  end?: string | null;
  timeZone?: string | null;
  allDay?: boolean | null;
  datePrecision?: DatePrecision | null;
  recurrence: Recurrence;
  /** How many coming dates (1 to 20; 5 when not given). */
  limit?: number;
}

/** A coming date of the series as the preview lists it. */
export interface SeriesPreviewOccurrence {
  /** Its date in the series (YYYY-MM-DD in the meeting's zone): what an exception names. */
  date: string;
  /** When it is (ISO 8601 with the meeting's offset): a moved one where it was moved to. */
  start: string;
  end: string | null;
  /** The same in the language asked for, as the API says it: "Mi., 25. Nov. 2026, 19:00–20:30". */
  when: string;
  change: OccurrenceChange | null;
}

/**
 * `POST /treffpunkt/admin/series/preview`: the series said back in words, as the API and the
 * widgets say it, and its next dates from today (by the server's clock). A series that cannot be
 * is a 400 with the message the save would give, `details.parameter` "recurrence".
 */
export interface SeriesPreviewResponse {
  data: {
    sentence: string;
    occurrences: SeriesPreviewOccurrence[];
    /** Whether the series has more dates after these. */
    more: boolean;
  };
}

/** The role Treffpunkt creates once for the editors of one network (and its child networks). */
export const NETWORK_EDITOR_ROLE = 'treffpunkt-network-editor';

/**
 * What an admin user's roles let them edit, so the office sees whether assigning them to a
 * network makes a difference: `assigned` (a role limited to their networks, e.g. Network
 * editor), `all` (Super Admin, Editor: every network anyway), `none` (no role that edits by
 * network, e.g. only Author).
 */
export type EditorReach = 'assigned' | 'all' | 'none';

export interface AdminUserChoice {
  id: number;
  name: string;
  email: string;
  /** False while an invitation has not been accepted yet. */
  active: boolean;
  reach: EditorReach;
}

/** `GET` and `PUT /treffpunkt/admin/networks/:documentId/editors` */
export interface NetworkEditorsResponse {
  data: {
    /** Assigned to this network. */
    editors: AdminUserChoice[];
    /** Editors of the parent networks, nearest first: they edit this network too. */
    inherited: { network: string; editors: AdminUserChoice[] }[];
    /** Every admin user, to choose from. */
    users: AdminUserChoice[];
  };
}

/** `PUT /treffpunkt/admin/networks/:documentId/editors`: the complete list of the network's editors. */
export interface NetworkEditorsUpdate {
  editors: number[];
}

/** `GET /treffpunkt/admin/my-networks`: what the list views tell a network editor about their reach. */
export interface MyNetworksResponse {
  data: {
    /** Whether the requester's role limits them to their networks (else the list is empty and says nothing). */
    limited: boolean;
    /** The networks assigned to them. */
    networks: { documentId: string; name: string }[];
    /** How many networks below those they edit as well. */
    below: number;
  };
}

/** A meeting on the admin's home page, in the language asked for. */
export interface HomeMeeting {
  documentId: string;
  /** The language version the link opens: the one asked for, else another the meeting has. */
  locale: string;
  title: string;
  /** When, as the meeting's page says it: "Freitag, 12. März 2027, 18:00–20:30 Uhr". */
  when: string;
  network: string | null;
  published: boolean;
}

export interface HomeMeetingList {
  /** How many there are in all; `meetings` has the first of them. */
  total: number;
  meetings: HomeMeeting[];
}

/** A source whose last read failed, as the home page names it. */
export interface FailingSource {
  documentId: string;
  name: string;
  /** What went wrong, in the language asked for. */
  problem: string;
  /** Its last good read (ISO 8601), or null when it never had one. */
  lastSuccessAt: string | null;
  /** How many reads in a row failed. */
  failures: number;
}

export interface HomeSources {
  /** How many sources there are in all. */
  total: number;
  failing: FailingSource[];
}

/**
 * `GET /treffpunkt/admin/home?locale=&limit=`: what the logged-in user may do next. A list is
 * null when the user may not do what it is for.
 */
export interface HomeResponse {
  data: {
    /** Published meetings that are over and have no report, newest first: the user may write their report. */
    waitingForReport: HomeMeetingList | null;
    /** Meetings not over yet that the user may edit, soonest first. */
    next: HomeMeetingList | null;
    /** The sources, for users who may see them: which fail and why. */
    sources: HomeSources | null;
  };
}

/** A source's state, in the language asked for (`?locale=`). */
export interface SourceState {
  documentId: string;
  name: string;
  url: string;
  format: SourceFormat;
  health: SourceHealth;
  /** What the source calls itself (a feed's or calendar's title, the network's name), once read. */
  originName: string | null;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  /** The HTTP status of the last answer (304 when nothing had changed), null when none came. */
  httpStatus: number | null;
  /** How many meetings and reports are mirrored from it now. */
  itemCount: number;
  /** Why the last read failed, in words; null when it did not. */
  problem: string | null;
  /** What the last good read could not take over as it was (e.g. a series kept as single dates). */
  notes: string[];
  failures: number;
  /** When the schedule reads it next (later after failures); null when it is due now or the schedule is off. */
  nextAttemptAt: string | null;
}

/** `GET /treffpunkt/admin/sources/:documentId` and `POST …/sync` (answered once the read is over). */
export interface SourceStateResponse {
  data: SourceState;
}

export const MIRRORED_KINDS = ['event', 'report'] as const;
export type MirroredKind = (typeof MIRRORED_KINDS)[number];

/** `GET /treffpunkt/admin/origin/:kind/:documentId`: where a mirrored meeting or report comes from; `data` null for one of the office's own. */
export interface OriginResponse {
  data: {
    /** The site's name and the document's address there. */
    name: string;
    url: string;
    /** When it last changed there (ISO 8601), if the site says. */
    updatedAt: string | null;
    /** The source it is read from, to open in the content manager (null when the user may not see sources). */
    source: { documentId: string; name: string } | null;
    hidden: boolean;
  } | null;
}

/** The body of `PUT /treffpunkt/admin/origin/:kind/:documentId`: hidden here, whatever the source says; answered as GET. */
export interface OriginUpdate {
  hidden: boolean;
}

/** `GET /treffpunkt/admin/networks/:documentId/followers`: how many follow the network by e-mail (no addresses). */
export interface FollowerCountsResponse {
  data: {
    /** Whether this CMS sends e-mail at all (else nobody can follow by e-mail). */
    email: boolean;
    /** Confirmed addresses, and how many of them chose each. */
    confirmed: number;
    reports: number;
    digest: number;
    reminders: number;
    /** Addresses waiting for their confirmation (deleted after 48 hours). */
    pending: number;
  };
}

/** Which addresses: of one network (its documentId), one address in all networks, or all. `format=csv` for a file. */
export interface SubscribersFilter {
  network?: string;
  email?: string;
  format?: 'json' | 'csv';
}

/** Everything stored of one address following one network. */
export interface Subscriber {
  id: number;
  email: string;
  network: { documentId: string; name: string | null };
  /** When it asked (while unconfirmed: last asked). */
  since: string;
  confirmedAt: string | null;
  language: Locale;
  reports: boolean;
  digest: boolean;
  subnetworks: boolean;
  /** How many meetings it marked for a reminder. */
  reminders: number;
}

/** `GET /treffpunkt/admin/subscribers` (JSON; with `format=csv` the same as a CSV file). */
export interface SubscribersResponse {
  data: Subscriber[];
}

/** The body of `POST /treffpunkt/admin/subscribers/delete`: these subscriptions, or every one of this address. */
export interface DeleteSubscribersRequest {
  ids?: number[];
  email?: string;
}

export interface DeleteSubscribersResponse {
  data: { deleted: number };
}
