/**
 * The wire format of Treffpunkt's public read API.
 *
 * Defined once, here: the plugin's controllers answer with these shapes and the widgets
 * import them. Everything is ready for display: no Strapi internals, absolute URLs that
 * were checked (http, https or mailto only), rich text reduced to the blocks below.
 */
import type { Recurrence } from './recurrence';

export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'de';

export const NETWORK_KINDS = ['peer-network', 'association', 'federation', 'regional-partner-network', 'project', 'working-group'] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

export const EVENT_KINDS = ['meeting', 'workshop', 'networking-meeting', 'conference', 'general-assembly', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_STATUSES = ['planned', 'tentative', 'cancelled', 'postponed'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const ATTENDANCE_MODES = ['in-person', 'online', 'hybrid'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

/** How exactly a date is known: "a concept workshop is planned for March" has precision `month`. */
export const DATE_PRECISIONS = ['time', 'day', 'month'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** One rendition of an image; `formats` lists them from narrowest to widest, the original last. */
export interface WireImageFormat {
  url: string;
  width: number;
  height: number;
}

export interface WireImage {
  url: string;
  alt: string;
  width: number | null;
  height: number | null;
  caption: string | null;
  formats: WireImageFormat[];
}

/** Inline rich text: plain text with marks, or a link whose URL was checked. */
export interface WireText {
  type: 'text';
  text: string;
  bold?: true;
  italic?: true;
  underline?: true;
  strikethrough?: true;
  code?: true;
}
export interface WireLink {
  type: 'link';
  url: string;
  children: WireText[];
}
export type WireInline = WireText | WireLink;

export interface WireListItem {
  type: 'list-item';
  children: WireInline[];
}

/** The block types the widgets render; anything else an editor may use is dropped on the server. */
export type WireBlock =
  | { type: 'paragraph'; children: WireInline[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: WireInline[] }
  | { type: 'list'; format: 'ordered' | 'unordered'; children: WireListItem[] }
  | { type: 'quote'; children: WireInline[] }
  | { type: 'code'; text: string }
  | { type: 'image'; image: WireImage };

export interface WireNetworkRef {
  slug: string;
  name: string;
}

/** Only the details an editor marked public are present. */
export interface WireContact {
  name?: string;
  role?: string;
  email?: string;
  phone?: string;
}

export interface WireMemberOrganisation {
  name: string;
  website: string | null;
  region: string | null;
}

export interface WireFeedLinks {
  /** iCalendar feed of the network's meetings. */
  calendar: string;
  /** Atom feed of the network's reports. */
  reports: string;
}

export interface WireNetwork extends WireNetworkRef {
  /** The network's page (its profile, meetings and archive), in the language asked for. */
  url: string;
  locale: Locale;
  kind: NetworkKind;
  shortDescription: string | null;
  description: WireBlock[];
  region: string | null;
  website: string | null;
  logo: WireImage | null;
  contact: WireContact | null;
  parent: WireNetworkRef | null;
  children: WireNetworkRef[];
  members: WireMemberOrganisation[];
  feeds: WireFeedLinks;
}

/** When and where a meeting took place; dates are calendar dates (YYYY-MM-DD) in the meeting's time zone. */
export interface WireMeeting {
  start: string | null;
  end: string | null;
  place: string | null;
}

export interface WireReportRef {
  slug: string;
  title: string;
  locale: Locale;
  /**
   * The report's canonical address: its page on the network's own website where the network set
   * one, else its page on Treffpunkt. Feeds, structured data, shares and the widgets link here.
   */
  url: string;
}

/**
 * Where a mirrored report or meeting comes from: the site that published it (another Treffpunkt,
 * a website's feed or calendar) and its address there, which is also its `url`.
 */
export interface WireOrigin {
  name: string;
  url: string;
}

export interface WireReportCard extends WireReportRef {
  /** When the meeting was ("23.–25. November 2018"), else the publication date, in the language asked for. */
  display: { when: string };
  summary: string | null;
  network: WireNetworkRef;
  meeting: WireMeeting;
  /** Calendar date the editors chose, else the day of first publication. */
  publishedOn: string;
  cover: WireImage | null;
  tags: string[];
  /** Set when the report is mirrored from another site; null for the network's own. */
  origin: WireOrigin | null;
}

export interface WireAuthor {
  name: string;
  role: string | null;
}

export interface WireEventRef {
  slug: string;
  title: string;
  start: string;
  end: string | null;
  timeZone: string;
  /** The meeting's canonical address (of a series' date: that date's), as WireReportRef's `url`. */
  url: string;
}

/** A file that belongs to a report or a meeting (minutes, slides, photo documentation), with the title an editor gave it. */
export interface WireAttachment {
  title: string;
  url: string;
  /** The file's name, as it is downloaded. */
  name: string;
  /** Its media type, e.g. "application/pdf". */
  mime: string;
  /** Its size in bytes. */
  size: number;
}

export interface WireReport extends WireReportCard {
  body: WireBlock[];
  outcomes: string[];
  nextSteps: WireBlock[];
  author: WireAuthor | null;
  participants: number | null;
  gallery: WireImage[];
  event: WireEventRef | null;
  contact: WireContact | null;
  attachments: WireAttachment[];
}

export interface WireVenue {
  name: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface WireAgendaItem {
  time: string | null;
  topic: string;
}

export interface WireRegistration {
  url: string;
  /** ISO 8601 with offset, or null when there is no deadline. */
  deadline: string | null;
}

/** A meeting as the widgets show it, written in the language asked for and in the meeting's own time zone. */
export interface WireEventDisplay {
  /** "Freitag, 12. März 2027, 18:00–20:30 Uhr", "voraussichtlich März 2027". */
  when: string;
  /** The same, short for a line of a list: "Fr., 12. März 2027, 18:00–20:30 Uhr". */
  brief: string;
  /** A `datetime` value only as exact as the date is known: "2027-03", "2027-03-12" or the full moment. */
  datetime: string;
  /** "heute", "in 3 Tagen", "läuft gerade", counted when the answer was made; null when not worth saying. */
  relative: string | null;
  /** The venue in one line, or null. */
  place: string | null;
  /** The registration deadline with date and time, or null. */
  deadline: string | null;
}

export interface WireEventLinks {
  /** The venue on OpenStreetMap, or null without a venue. */
  map: string | null;
  /** "Add to Google Calendar", or null for a meeting known only by its month. */
  googleCalendar: string | null;
}

/** The series a meeting belongs to, when it repeats. */
export interface WireSeries {
  /** The rhythm in words, in the language asked for: "jeden ersten Dienstag im Monat, 19:00–20:30 Uhr". */
  rhythm: string;
  /** The whole series as one iCalendar file (RRULE with its exceptions), for "add to calendar". */
  ics: string;
}

/** One occurrence of a series: its date in the series (slug and date are its address) and its own calendar file. */
export interface WireOccurrence {
  /** YYYY-MM-DD in the meeting's zone: the date the rule gives it, kept when the meeting moved. */
  date: string;
  ics: string;
}

export interface WireEvent extends WireEventRef {
  locale: Locale;
  kind: EventKind;
  /** `kind` in the language asked for: "Workshop", "Vernetzungstreffen". */
  kindLabel: string;
  status: EventStatus;
  /** The badge for a tentative, postponed or cancelled meeting, in the language asked for; null when planned. */
  statusLabel: string | null;
  network: WireNetworkRef;
  /** `start`/`end` are ISO 8601 with the offset of `timeZone` at that moment. */
  allDay: boolean;
  datePrecision: DatePrecision;
  attendanceMode: AttendanceMode;
  venue: WireVenue | null;
  /** Present only when the editors marked the online link public. */
  onlineUrl: string | null;
  agenda: WireAgendaItem[];
  registration: WireRegistration | null;
  capacity: number | null;
  host: string | null;
  summary: string | null;
  description: WireBlock[];
  image: WireImage | null;
  /** Absolute URL of the event as one iCalendar file, for "add to calendar". */
  ics: string;
  display: WireEventDisplay;
  links: WireEventLinks;
  /** schema.org Event data, for the `<head>` of the page that shows the meeting. */
  structuredData: Record<string, unknown>;
  /** The published report of the network's previous meeting, if there is one. */
  previousReport: WireReportRef | null;
  /** The series this meeting is an occurrence of; null for a single meeting. */
  series: WireSeries | null;
  /** Which occurrence of the series this is (its own start, end, status and note above); null for a single meeting. */
  occurrence: WireOccurrence | null;
  /** Why the editors cancelled or moved this occurrence ("fällt wegen des Feiertags aus"), in the language asked for. */
  note: string | null;
  attachments: WireAttachment[];
  /** Set when the meeting is mirrored from another site; null for the network's own. */
  origin: WireOrigin | null;
}

export interface WirePage {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

export interface WireListMeta extends WirePage {
  locale: Locale;
}

/** `GET /api/treffpunkt/networks/:slug` */
export interface NetworkResponse {
  data: WireNetwork;
}
/** `GET /api/treffpunkt/reports` */
export interface ReportListResponse {
  data: WireReportCard[];
  meta: WireListMeta;
}
/** `GET /api/treffpunkt/reports/:slug` */
export interface ReportResponse {
  data: WireReport;
}
/** `GET /api/treffpunkt/events/next` */
export interface NextEventResponse {
  data: WireEvent | null;
}
/** `GET /api/treffpunkt/events` */
export interface EventListResponse {
  data: WireEvent[];
  meta: WireListMeta;
}

/** A meeting's texts in one language, as the sync answer carries them. */
export interface SyncEventTexts {
  title: string;
  summary: string | null;
  description: WireBlock[];
  agenda: WireAgendaItem[];
  /** The meeting's canonical address in this language. */
  url: string;
  /** The address of one date of the series, `{date}` standing for its YYYY-MM-DD; null for a single meeting. */
  dateUrl: string | null;
}

/** A published meeting for another Treffpunkt to mirror: a series with its rule and changed dates, not expanded. */
export interface SyncEvent {
  /** Stable: the same for the meeting's whole life, in every language. */
  id: string;
  /** When any of its published language versions last changed (ISO 8601). */
  updatedAt: string;
  network: WireNetworkRef;
  slug: string;
  kind: EventKind;
  status: EventStatus;
  start: string;
  end: string | null;
  timeZone: string;
  allDay: boolean;
  datePrecision: DatePrecision;
  attendanceMode: AttendanceMode;
  venue: WireVenue | null;
  /** Present only when the editors marked the online link public. */
  onlineUrl: string | null;
  registration: WireRegistration | null;
  capacity: number | null;
  host: string | null;
  image: WireImage | null;
  attachments: WireAttachment[];
  recurrence: Recurrence | null;
  texts: Partial<Record<Locale, SyncEventTexts>>;
}

/** A report's texts in one language, as the sync answer carries them. */
export interface SyncReportTexts {
  title: string;
  summary: string | null;
  body: WireBlock[];
  outcomes: string[];
  nextSteps: WireBlock[];
  place: string | null;
  url: string;
}

/** A published report for another Treffpunkt to mirror, whole, in every language it has. */
export interface SyncReport {
  id: string;
  updatedAt: string;
  network: WireNetworkRef;
  slug: string;
  /** The meeting reported on (of a series: which date), when it is one of the answer's networks'. */
  event: { id: string; occurrence: string | null } | null;
  /** The meeting's dates (YYYY-MM-DD) when no meeting is linked. */
  meeting: { start: string | null; end: string | null };
  publishedOn: string;
  author: WireAuthor | null;
  participants: number | null;
  cover: WireImage | null;
  gallery: WireImage[];
  tags: string[];
  contact: WireContact | null;
  attachments: WireAttachment[];
  texts: Partial<Record<Locale, SyncReportTexts>>;
}

/**
 * `GET /api/treffpunkt/networks/:slug/sync?since=&include=subnetworks`: what another Treffpunkt
 * needs to mirror a network. Without `since`, every published meeting and report (`complete`);
 * with it, those changed after it and the ids unpublished or deleted since. Mirrored documents are
 * not passed on: a site follows their origin.
 */
export interface NetworkSyncResponse {
  data: {
    network: WireNetworkRef & { url: string; website: string | null };
    events: SyncEvent[];
    reports: SyncReport[];
    removed: { events: string[]; reports: string[] };
  };
  meta: {
    since: string | null;
    /** The latest change the answer covers: the next request's `since`. */
    until: string;
    /** Whether the answer lists every published meeting and report (no `since`). */
    complete: boolean;
  };
}

/** Every error of the public API: `parameter` names the query or path parameter that was wrong. */
export interface ErrorResponse {
  error: {
    status: number;
    name: 'BadRequest' | 'NotFound' | 'MethodNotAllowed' | 'TooManyRequests' | 'NotImplemented' | 'InternalError';
    message: string;
    parameter?: string;
  };
}

/** GET /treffpunkt/ready, for load balancers: 200 with `ready: true` while this instance serves the public API, else 503. */
export const INSTANCE_PHASES = ['starting', 'ready', 'stopping'] as const;
export type InstancePhase = (typeof INSTANCE_PHASES)[number];

/** How this instance learns of other instances' writes: `local` (SQLite, one instance), or its PostgreSQL listener's state. */
export const CACHE_SYNC_STATES = ['local', 'listening', 'reconnecting'] as const;
export type CacheSyncState = (typeof CACHE_SYNC_STATES)[number];

export interface ReadinessResponse {
  ready: boolean;
  phase: InstancePhase;
  cacheSync: CacheSyncState;
}
