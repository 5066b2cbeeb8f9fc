/**
 * schema.org Event data of a meeting, for search engines: the widgets put it into the host
 * page's <head> (structured data in a shadow root is invisible to crawlers), the embed pages
 * into their own.
 */
import type { WireEvent } from 'treffpunkt-shared/wire';
import { safeUrl } from 'treffpunkt-shared/safe-url';
import { venueAddress } from '../urls/outgoing-links';

const SCHEMA = 'https://schema.org/';
const STATUS = { planned: 'EventScheduled', tentative: 'EventScheduled', postponed: 'EventPostponed', cancelled: 'EventCancelled' };
const MODE = { 'in-person': 'Offline', online: 'Online', hybrid: 'Mixed' };

/** A date only as exact as it is known: "2027-03", "2027-03-12" or the full moment with offset. */
export function machineDate(event: Pick<WireEvent, 'datePrecision' | 'allDay'>, iso: string | null): string | undefined {
  if (!iso) return undefined;
  if (event.datePrecision === 'month') return iso.slice(0, 7);
  return event.datePrecision === 'day' || event.allDay ? iso.slice(0, 10) : iso;
}

function location(event: WireEvent): object[] {
  const { venue, onlineUrl, attendanceMode } = event;
  const places: object[] = [];
  if (venue && attendanceMode !== 'online') {
    places.push({ '@type': 'Place', name: venue.name ?? undefined, address: venueAddress({ ...venue, name: null }) ?? undefined });
  }
  if (attendanceMode !== 'in-person') places.push({ '@type': 'VirtualLocation', url: safeUrl(onlineUrl) ?? undefined });
  return places;
}

export function eventStructuredData(event: Omit<WireEvent, 'structuredData'>): Record<string, unknown> {
  return {
    '@context': SCHEMA,
    '@type': 'Event',
    name: event.title,
    startDate: machineDate(event, event.start),
    endDate: machineDate(event, event.end),
    eventStatus: SCHEMA + STATUS[event.status],
    eventAttendanceMode: `${SCHEMA}${MODE[event.attendanceMode]}EventAttendanceMode`,
    location: location(event as WireEvent),
    description: event.summary ?? undefined,
    image: safeUrl(event.image?.url) ?? undefined,
    organizer: { '@type': 'Organization', name: event.network.name },
  };
}
