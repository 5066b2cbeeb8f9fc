/**
 * The contract between the plugin's admin panel (React) and its admin routes: permission
 * actions, route paths and answer shapes. Imported by both sides, so a rename cannot drift.
 */

export const PLUGIN_ID = 'treffpunkt';

/** Admin permissions the plugin adds to Strapi's roles (Settings → Roles → Plugins → Treffpunkt). */
export const ACTIONS = {
  /** Open the "Embed / Einbetten" page: pick a widget, copy its snippet and the feed addresses. */
  embed: 'plugin::treffpunkt.embed.read',
  /** Create the draft report of a past event ("Write the report"). */
  reportFromEvent: 'plugin::treffpunkt.reports.create-from-event',
  /** Choose the editors of a network ("Editors of this network" on the network's edit view). */
  manageEditors: 'plugin::treffpunkt.network-editors.manage',
} as const;

/** Admin routes, relative to the admin API (Strapi prefixes them with `/treffpunkt`). */
export const ADMIN_ROUTES = {
  embedOptions: '/admin/embed',
  eventReport: '/admin/events/:documentId/report',
  networkEditors: '/admin/networks/:documentId/editors',
  myNetworks: '/admin/my-networks',
  home: '/admin/home',
} as const;

export const eventReportPath = (documentId: string) =>
  `/${PLUGIN_ID}${ADMIN_ROUTES.eventReport.replace(':documentId', encodeURIComponent(documentId))}`;
export const networkEditorsPath = (documentId: string) =>
  `/${PLUGIN_ID}${ADMIN_ROUTES.networkEditors.replace(':documentId', encodeURIComponent(documentId))}`;
export const myNetworksPath = `/${PLUGIN_ID}${ADMIN_ROUTES.myNetworks}`;
export const embedOptionsPath = `/${PLUGIN_ID}${ADMIN_ROUTES.embedOptions}`;
export const homePath = `/${PLUGIN_ID}${ADMIN_ROUTES.home}`;

export { CONTENT_TYPES } from './content-types';

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

/** `GET /treffpunkt/admin/events/:documentId/report`: the event's report, if there is one. */
export interface EventReportResponse {
  data: EventReportRef | null;
  /** Whether the meeting has begun (by the server's clock): from then on its report can be written. */
  meta: { started: boolean };
}

/** `POST /treffpunkt/admin/events/:documentId/report`: the new draft (201) or the existing report (200). */
export interface CreateEventReportResponse {
  data: EventReportRef & { created: boolean };
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
  };
}
