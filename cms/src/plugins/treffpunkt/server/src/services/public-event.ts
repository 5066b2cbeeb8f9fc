import type { Core } from '@strapi/strapi';
import type {
  AttendanceMode,
  DatePrecision,
  EventKind,
  EventStatus,
  Locale,
  WireEvent,
  WireReportRef,
} from '../../../shared/wire';
import { EVENT_KIND_LABELS, EVENT_STATUS_LABELS } from '../../../shared/labels';
import { notFound } from '../utils/errors';
import { safeUrl } from '../utils/safe-url';
import { endOfLocalDay, endOfLocalMonth, toZonedDate, toZonedIso } from '../utils/zoned-time';
import { belongingToNetworks, findPublishedDocuments, findPublishedRows, localesFor, pageOf } from './localized-reads';
import { eventIcsUrl } from './public-urls';
import {
  toNetworkRef,
  toWireBlocks,
  toWireImage,
  trimmedOrNull,
  type MediaFile,
  type StoredNetworkRef,
} from './to-wire';

const EVENT = 'plugin::treffpunkt.event';
/** A month-precision meeting starts on the 1st and may still be ahead up to a month later. */
const LONGEST_OPEN_SPAN_MS = 32 * 24 * 3600 * 1000;

interface EventTimingRow {
  documentId: string;
  locale: Locale;
  start: string;
  end: string | null;
  allDay: boolean | null;
  datePrecision: DatePrecision;
  timeZone: string;
}

interface StoredEvent {
  documentId: string;
  locale: Locale;
  slug: string;
  title: string;
  kind: EventKind;
  eventStatus: EventStatus;
  network?: StoredNetworkRef | null;
  start: string;
  end?: string | null;
  allDay?: boolean | null;
  timeZone: string;
  datePrecision: DatePrecision;
  attendanceMode: AttendanceMode;
  venue?: {
    name?: string | null;
    street?: string | null;
    postalCode?: string | null;
    city?: string | null;
    latitude?: number | string | null;
    longitude?: number | string | null;
  } | null;
  onlineUrl?: string | null;
  onlineUrlPublic?: boolean | null;
  agenda?: { time?: string | null; topic: string }[];
  registrationUrl?: string | null;
  registrationDeadline?: string | null;
  capacity?: number | null;
  host?: string | null;
  summary?: string | null;
  description?: unknown;
  image?: MediaFile | null;
}

export interface EventListQuery {
  networks: string[];
  limit: number;
  page: number;
  locale: Locale;
}

export const EVENT_POPULATE = { network: { fields: ['slug', 'name'] }, venue: true, agenda: true, image: true };
const TIMING_COLUMNS = ['start', 'end', 'allDay', 'datePrecision', 'timeZone'];

/**
 * When a meeting is over: its end, else the end of its day (or of its month, when only the
 * month is known). A three-day meeting that began yesterday is still the next meeting.
 */
function effectiveEnd(event: Pick<EventTimingRow, 'start' | 'end' | 'datePrecision' | 'timeZone'>): Date {
  const start = new Date(event.start);
  if (event.datePrecision === 'month') return endOfLocalMonth(start, event.timeZone);
  if (event.end) return new Date(event.end);
  return endOfLocalDay(start, event.timeZone);
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Published events of `networks` not yet over at `now`, soonest first. */
  async function upcomingRows(networks: string[], locale: Locale, now: Date): Promise<EventTimingRow[]> {
    const rows = await findPublishedRows<EventTimingRow>(
      strapi,
      EVENT,
      localesFor(locale),
      {
        ...(await belongingToNetworks(strapi, EVENT, networks)),
        $or: [{ end: { $gte: now } }, { start: { $gte: new Date(now.getTime() - LONGEST_OPEN_SPAN_MS) } }],
      },
      TIMING_COLUMNS,
      [{ start: 'asc' }, { id: 'asc' }],
    );
    return rows.filter((row) => effectiveEnd(row) > now);
  }

  async function readEvents(documentIds: string[], locale: Locale, baseUrl: string): Promise<WireEvent[]> {
    const events = (await findPublishedDocuments(strapi, EVENT, documentIds, locale, EVENT_POPULATE, [
      'network',
    ])) as unknown as StoredEvent[];
    return Promise.all(
      events.map(async (event) => toWireEvent(event, locale, baseUrl, await previousReport(event, locale))),
    );
  }

  /** The published report of the network's meeting before `event`: "report of the last meeting". */
  function previousReport(
    event: Pick<StoredEvent, 'start' | 'timeZone' | 'network'>,
    locale: Locale,
  ): Promise<WireReportRef | null> {
    if (!event.network) return Promise.resolve(null);
    const dayBefore = toZonedDate(new Date(new Date(event.start).getTime() - 1), event.timeZone);
    return strapi.plugin('treffpunkt').service('public-report').latestBefore([event.network.slug], dayBefore, locale);
  }

  return {
    previousReport,

    async next(networks: string[], locale: Locale, baseUrl: string, now = new Date()): Promise<WireEvent | null> {
      const [soonest] = await upcomingRows(networks, locale, now);
      if (!soonest) return null;
      const [event] = await readEvents([soonest.documentId], locale, baseUrl);
      return event ?? null;
    },

    async upcoming(query: EventListQuery, baseUrl: string, now = new Date()) {
      const { documentIds, meta } = pageOf(await upcomingRows(query.networks, query.locale, now), query);
      return { data: await readEvents(documentIds, query.locale, baseUrl), meta };
    },

    async bySlug(slug: string, locale: Locale, baseUrl: string): Promise<WireEvent> {
      const [row] = await findPublishedRows<EventTimingRow>(strapi, EVENT, localesFor(locale), { slug }, []);
      if (!row) throw notFound(`There is no published event "${slug}".`, 'slug');
      const [event] = await readEvents([row.documentId], locale, baseUrl);
      return event;
    },

    /** A network's calendar: what is ahead, and the meetings of the past year (calendars keep history). */
    async calendar(networkSlug: string, locale: Locale, baseUrl: string, now = new Date()): Promise<WireEvent[]> {
      const yearAgo = new Date(now.getTime() - 365 * 24 * 3600 * 1000);
      const rows = await findPublishedRows<EventTimingRow>(
        strapi,
        EVENT,
        localesFor(locale),
        { ...(await belongingToNetworks(strapi, EVENT, [networkSlug])), start: { $gte: yearAgo } },
        [],
        [{ start: 'asc' }],
      );
      return readEvents(
        rows.slice(0, 500).map((row) => row.documentId),
        locale,
        baseUrl,
      );
    },
  };
};

function toNumber(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

export /** `locale` is the visitor's language: labels follow it even where the texts fall back to German. */
function toWireEvent(event: StoredEvent, locale: Locale, baseUrl: string, previous: WireReportRef | null): WireEvent {
  const zoned = (value: string | null | undefined) => (value ? toZonedIso(new Date(value), event.timeZone) : null);
  const registrationUrl = safeUrl(event.registrationUrl);
  const venue = event.venue;
  return {
    slug: event.slug,
    title: event.title,
    locale: event.locale,
    kind: event.kind,
    kindLabel: EVENT_KIND_LABELS[locale][event.kind],
    status: event.eventStatus,
    statusLabel: EVENT_STATUS_LABELS[locale][event.eventStatus] ?? null,
    network: toNetworkRef(event.network as StoredNetworkRef),
    start: zoned(event.start) as string,
    end: zoned(event.end),
    timeZone: event.timeZone,
    allDay: Boolean(event.allDay),
    datePrecision: event.datePrecision,
    attendanceMode: event.attendanceMode,
    venue: venue
      ? {
          name: trimmedOrNull(venue.name),
          street: trimmedOrNull(venue.street),
          postalCode: trimmedOrNull(venue.postalCode),
          city: trimmedOrNull(venue.city),
          latitude: toNumber(venue.latitude),
          longitude: toNumber(venue.longitude),
        }
      : null,
    onlineUrl: event.onlineUrlPublic ? safeUrl(event.onlineUrl) : null,
    agenda: (event.agenda ?? []).map((item) => ({ time: trimmedOrNull(item.time), topic: item.topic })),
    registration: registrationUrl ? { url: registrationUrl, deadline: zoned(event.registrationDeadline) } : null,
    capacity: event.capacity ?? null,
    host: trimmedOrNull(event.host),
    summary: trimmedOrNull(event.summary),
    description: toWireBlocks(event.description, baseUrl),
    image: toWireImage(event.image, baseUrl),
    ics: eventIcsUrl(baseUrl, event.slug),
    previousReport: previous,
  };
}
