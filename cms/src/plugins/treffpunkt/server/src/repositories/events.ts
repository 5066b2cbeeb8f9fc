/**
 * Published events, as stored: single meetings and series of the networks asked for, by their
 * timing (cheap rows first), then the ones to show in full.
 */
import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES } from 'treffpunkt-shared/content-types';
import { readingOrder } from 'treffpunkt-shared/locales';
import type { Recurrence } from 'treffpunkt-shared/recurrence';
import { LOCALES, type AttendanceMode, type DatePrecision, type EventKind, type EventStatus, type Locale } from 'treffpunkt-shared/wire';
import { notOverFilter } from '../time/meeting-span';
import { belongingToNetworks, findPublishedDocuments, findPublishedRows, type StoredDocument } from './published';
import {
  ATTACHMENTS_POPULATE,
  NETWORK_REF_FIELDS,
  withOriginMedia,
  type MediaFile,
  type StoredAttachment,
  type StoredNetworkRef,
  type StoredOrigin,
} from './stored-parts';

const EVENT = CONTENT_TYPES.event;

export interface StoredVenue {
  name?: string | null;
  street?: string | null;
  postalCode?: string | null;
  city?: string | null;
  latitude?: number | string | null;
  longitude?: number | string | null;
}

export interface StoredEvent extends StoredDocument {
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
  venue?: StoredVenue | null;
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
  recurrence?: Recurrence | null;
  attachments?: StoredAttachment[];
  /** Set when the meeting is mirrored from a source. */
  origin?: StoredOrigin | null;
  tags?: { name: string }[];
}

/** What the public API and the preview read of an event beyond its own fields. */
export const EVENT_POPULATE = {
  network: { fields: NETWORK_REF_FIELDS },
  venue: true,
  agenda: true,
  image: true,
  attachments: ATTACHMENTS_POPULATE,
  origin: true,
  tags: true,
};

/** The columns that say when a meeting is, a series included: enough to tell whether it is over (time/meeting-span.ts). */
export const EVENT_TIMING_FIELDS = ['start', 'end', 'allDay', 'datePrecision', 'timeZone', 'recurrence'] as const;

/** A version of an event as read with EVENT_TIMING_FIELDS. */
export interface EventTimingRow extends StoredDocument {
  start: string;
  end: string | null;
  allDay: boolean | null;
  datePrecision: DatePrecision;
  timeZone: string;
  recurrence: Recurrence | null;
}

export type SeriesRow = EventTimingRow & { recurrence: Recurrence };

/** Which meetings: those of `networks`, of one of `kinds` and with `tag` where they are given (the widgets' filters). */
export interface EventFilter {
  networks: string[];
  kinds?: EventKind[];
  tag?: string;
}

export function eventRepository(strapi: Core.Strapi) {
  async function whereOf(filter: EventFilter, extra: Record<string, unknown>) {
    const where: Record<string, unknown> = { ...(await belongingToNetworks(strapi, EVENT, filter.networks)), ...extra };
    if (filter.kinds) where.kind = { $in: filter.kinds };
    if (filter.tag) where.tags = { name: filter.tag };
    return where;
  }

  const timingRows = async <Row extends EventTimingRow>(filter: EventFilter, locale: Locale, where: Record<string, unknown>) =>
    findPublishedRows<Row>(strapi, EVENT, readingOrder(locale), await whereOf(filter, where), EVENT_TIMING_FIELDS, [
      { start: 'asc' },
      { id: 'asc' },
    ]);

  /** Events in full, by document, in `locale` where they have it. */
  async function read(documentIds: string[], locale: Locale): Promise<Map<string, StoredEvent>> {
    const unique = [...new Set(documentIds)];
    const events = await findPublishedDocuments<StoredEvent>(strapi, EVENT, unique, locale, EVENT_POPULATE, ['network']);
    return new Map(events.map((event) => [event.documentId, withOriginMedia(event)]));
  }

  return {
    read,

    /** Single meetings (no series) that may not be over at `at`, soonest first; the caller decides exactly. */
    singlesNotOver: (filter: EventFilter, locale: Locale, at: Date) =>
      timingRows(filter, locale, { recurrence: { $null: true }, ...notOverFilter(at) }),

    /** Single meetings that began at `since` or later, soonest first. */
    singlesSince: (filter: EventFilter, locale: Locale, since: Date) =>
      timingRows(filter, locale, { recurrence: { $null: true }, start: { $gte: since } }),

    /** Every series (any start: a weekly meeting that began years ago still meets). */
    series: (filter: EventFilter, locale: Locale) => timingRows<SeriesRow>(filter, locale, { recurrence: { $notNull: true } }),

    /** When a published event is, by its document (any language). */
    timing: (documentId: string) => findPublishedRows<EventTimingRow>(strapi, EVENT, LOCALES, { documentId }, EVENT_TIMING_FIELDS),

    async bySlug(slug: string, locale: Locale): Promise<StoredEvent | null> {
      const [row] = await findPublishedRows(strapi, EVENT, readingOrder(locale), { slug }, []);
      return row ? ((await read([row.documentId], locale)).get(row.documentId) ?? null) : null;
    },
  };
}
