/** A stored event in the wire format: dates with the offset of the meeting's own zone, labels in the visitor's language. */
import type { AttendanceMode, DatePrecision, EventKind, EventStatus, Locale, WireEvent, WireReportRef } from '../../../shared/wire';
import { EVENT_KIND_LABELS, EVENT_STATUS_LABELS } from '../../../shared/labels';
import { safeUrl } from '../../../shared/safe-url';
import { toZonedIso } from '../time/zoned-time';
import { googleCalendarUrl, mapUrl, venueAddress } from '../urls/outgoing-links';
import { eventIcsUrl } from '../urls/public-urls';
import { meetingWhen, momentIn } from './display';
import { eventStructuredData } from './structured-data';
import { toNetworkRef, toWireBlocks, toWireImage, trimmedOrNull, type MediaFile, type StoredNetworkRef } from './parts';

export interface StoredEvent {
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

function toNumber(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

function toWireVenue(venue: StoredEvent['venue']): WireEvent['venue'] {
  if (!venue) return null;
  return {
    name: trimmedOrNull(venue.name),
    street: trimmedOrNull(venue.street),
    postalCode: trimmedOrNull(venue.postalCode),
    city: trimmedOrNull(venue.city),
    latitude: toNumber(venue.latitude),
    longitude: toNumber(venue.longitude),
  };
}

/** `locale` is the visitor's language: labels follow it even where the texts fall back to German. */
export function toWireEvent(event: StoredEvent, locale: Locale, baseUrl: string, previous: WireReportRef | null): WireEvent {
  const zoned = (value: string | null | undefined) => (value ? toZonedIso(value, event.timeZone) : null);
  const registrationUrl = safeUrl(event.registrationUrl);
  const wire: Omit<WireEvent, 'display' | 'links' | 'structuredData'> = {
    slug: event.slug,
    title: event.title,
    locale: event.locale,
    kind: event.kind,
    kindLabel: EVENT_KIND_LABELS[locale][event.kind],
    status: event.eventStatus,
    statusLabel: EVENT_STATUS_LABELS[locale][event.eventStatus] ?? null,
    network: toNetworkRef(event.network as StoredNetworkRef),
    start: toZonedIso(event.start, event.timeZone),
    end: zoned(event.end),
    timeZone: event.timeZone,
    allDay: Boolean(event.allDay),
    datePrecision: event.datePrecision,
    attendanceMode: event.attendanceMode,
    venue: toWireVenue(event.venue),
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
  const display = {
    when: meetingWhen(event, locale),
    place: wire.attendanceMode === 'online' ? null : venueAddress(wire.venue),
    deadline: momentIn(event.registrationDeadline, event.timeZone, locale),
  };
  const links = { map: mapUrl(wire.venue), googleCalendar: googleCalendarUrl(wire) };
  return { ...wire, display, links, structuredData: eventStructuredData({ ...wire, display, links }) };
}
