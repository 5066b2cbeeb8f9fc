/** A stored event in the wire format: dates with the offset of the meeting's own zone, labels in the visitor's language. */
import type { Locale, WireEvent, WireReportRef } from 'treffpunkt-shared/wire';
import { EVENT_KIND_LABELS, EVENT_STATUS_LABELS } from 'treffpunkt-shared/labels';
import { safeUrl } from 'treffpunkt-shared/safe-url';
import { toZonedIso } from '../time/zoned-time';
import { googleCalendarUrl, mapUrl, venueAddress } from '../urls/outgoing-links';
import { eventIcsUrl, occurrenceIcsUrl } from '../urls/public-urls';
import { describeSeries } from '../recurrence/describe';
import type { Occurrence } from '../recurrence/occurrences';
import { meetingBrief, meetingRelative, meetingWhen, momentIn } from './display';
import { eventStructuredData, machineDate } from './structured-data';
import type { StoredEvent } from '../repositories/events';
import type { StoredNetworkRef } from '../repositories/stored-parts';
import { canonicalMeetingUrl } from '../urls/pages';
import { toNetworkRef, toWireAttachments, toWireBlocks, toWireImage, toWireOrigin, trimmedOrNull } from './parts';

function toNumber(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

export function toWireVenue(venue: StoredEvent['venue']): WireEvent['venue'] {
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

/** What a series' occurrence changes of the stored event: its own times, a cancelled status, another place, a note. */
function asOccurrence(event: StoredEvent, occurrence: Occurrence | null): StoredEvent {
  if (!occurrence) return event;
  const start = occurrence.start.toISOString();
  const end = occurrence.end?.toISOString() ?? null;
  const cancelled = occurrence.exception?.change === 'cancelled';
  const place = occurrence.exception?.place?.trim();
  return {
    ...event,
    start,
    end,
    eventStatus: cancelled ? 'cancelled' : event.eventStatus,
    venue: place ? { name: place } : event.venue,
  };
}

function noteOf(occurrence: Occurrence | null, locale: Locale): string | null {
  const note = occurrence?.exception?.note;
  return trimmedOrNull(note?.[locale]) ?? trimmedOrNull(note?.de) ?? trimmedOrNull(note?.en);
}

type WireLogistics = Pick<
  WireEvent,
  | 'start'
  | 'end'
  | 'timeZone'
  | 'allDay'
  | 'datePrecision'
  | 'attendanceMode'
  | 'venue'
  | 'onlineUrl'
  | 'registration'
  | 'capacity'
  | 'host'
>;

/** When, where and how to take part: the same in the widgets' answer and in the sync answer (wire/sync.ts). */
export function toWireLogistics(event: StoredEvent): WireLogistics {
  const zoned = (value: string | null | undefined) => (value ? toZonedIso(value, event.timeZone) : null);
  const registrationUrl = safeUrl(event.registrationUrl);
  return {
    start: toZonedIso(event.start, event.timeZone),
    end: zoned(event.end),
    timeZone: event.timeZone,
    allDay: Boolean(event.allDay),
    datePrecision: event.datePrecision,
    attendanceMode: event.attendanceMode,
    venue: toWireVenue(event.venue),
    onlineUrl: event.onlineUrlPublic ? safeUrl(event.onlineUrl) : null,
    registration: registrationUrl ? { url: registrationUrl, deadline: zoned(event.registrationDeadline) } : null,
    capacity: event.capacity ?? null,
    host: trimmedOrNull(event.host),
  };
}

export const toWireAgenda = (agenda: StoredEvent['agenda']): WireEvent['agenda'] =>
  (agenda ?? []).map((item) => ({ time: trimmedOrNull(item.time), topic: item.topic }));

/** What the answer is made for: the visitor's language (labels follow it even where the texts fall back to German), the CMS's address, the instant. */
export interface WireContext {
  locale: Locale;
  baseUrl: string;
  now: Date;
}

/** `occurrence` is the date of a series this answer is about (none: a single meeting, or a series as a whole). */
export function toWireEvent(
  stored: StoredEvent,
  context: WireContext,
  previous: WireReportRef | null,
  occurrence: Occurrence | null = null,
): WireEvent {
  const { locale, baseUrl, now } = context;
  const event = asOccurrence(stored, occurrence);
  const series = stored.recurrence
    ? { rhythm: describeSeries({ ...stored, recurrence: stored.recurrence }, locale), ics: eventIcsUrl(baseUrl, event.slug) }
    : null;
  // A published meeting always has a network: publishing without one is refused.
  const network = event.network as StoredNetworkRef;
  const wire: Omit<WireEvent, 'display' | 'links' | 'structuredData'> = {
    slug: event.slug,
    url: canonicalMeetingUrl(baseUrl, network, event.slug, occurrence?.date ?? null, locale, stored.origin),
    title: event.title,
    locale: event.locale,
    kind: event.kind,
    kindLabel: EVENT_KIND_LABELS[locale][event.kind],
    status: event.eventStatus,
    statusLabel: EVENT_STATUS_LABELS[locale][event.eventStatus] ?? null,
    network: toNetworkRef(network),
    ...toWireLogistics(event),
    agenda: toWireAgenda(event.agenda),
    summary: trimmedOrNull(event.summary),
    description: toWireBlocks(event.description, baseUrl),
    image: toWireImage(event.image, baseUrl),
    ics: occurrence ? occurrenceIcsUrl(baseUrl, event.slug, occurrence.date) : eventIcsUrl(baseUrl, event.slug),
    previousReport: previous,
    series,
    occurrence: occurrence && { date: occurrence.date, ics: occurrenceIcsUrl(baseUrl, event.slug, occurrence.date) },
    note: noteOf(occurrence, locale),
    attachments: toWireAttachments(stored.attachments, baseUrl),
    origin: toWireOrigin(stored.origin),
  };
  const display = {
    when: meetingWhen(event, locale),
    brief: meetingBrief(event, locale),
    datetime: machineDate(wire, wire.start)!,
    relative: meetingRelative({ ...event, cancelled: event.eventStatus === 'cancelled' }, locale, now),
    place: wire.attendanceMode === 'online' ? null : venueAddress(wire.venue),
    deadline: momentIn(event.registrationDeadline, event.timeZone, locale),
  };
  const links = { map: mapUrl(wire.venue), googleCalendar: googleCalendarUrl(wire) };
  return { ...wire, display, links, structuredData: eventStructuredData({ ...wire, display, links }) };
}
