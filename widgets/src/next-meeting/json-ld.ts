import type { WireEvent } from '../../../cms/src/plugins/treffpunkt/shared/wire';
import { machineDate as when } from '../shared/format';
import { safeUrl } from '../shared/safe-url';
import { address } from './links';

/**
 * schema.org Event data for search engines, in the host page's <head> (structured data in
 * a shadow root is invisible to crawlers). One script per event for the whole page, however
 * many elements show it or how often they render.
 */

const SCHEMA = 'https://schema.org/';
const STATUS = { planned: 'EventScheduled', tentative: 'EventScheduled', postponed: 'EventPostponed', cancelled: 'EventCancelled' };
const MODE = { 'in-person': 'Offline', online: 'Online', hybrid: 'Mixed' };

function location(event: WireEvent): object[] {
  const { venue, onlineUrl, attendanceMode } = event;
  const places: object[] = [];
  if (venue && attendanceMode !== 'online') {
    places.push({
      '@type': 'Place',
      name: venue.name ?? undefined,
      address: address({ ...venue, name: null }),
    });
  }
  if (attendanceMode !== 'in-person') places.push({ '@type': 'VirtualLocation', url: safeUrl(onlineUrl) });
  return places;
}

export function eventJsonLd(event: WireEvent): object {
  return {
    '@context': SCHEMA,
    '@type': 'Event',
    name: event.title,
    startDate: when(event, event.start),
    endDate: when(event, event.end),
    eventStatus: SCHEMA + STATUS[event.status],
    eventAttendanceMode: `${SCHEMA}${MODE[event.attendanceMode]}EventAttendanceMode`,
    location: location(event),
    description: event.summary ?? undefined,
    image: safeUrl(event.image?.url),
    organizer: { '@type': 'Organization', name: event.network.name },
  };
}

/** Adds the event's JSON-LD to <head> unless it is there already. */
export function publishJsonLd(event: WireEvent): void {
  if (document.head.querySelector(`script[data-treffpunkt-event="${CSS.escape(event.slug)}"]`)) return;
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.dataset.treffpunktEvent = event.slug;
  // textContent, not innerHTML: the JSON cannot end the script element or add markup.
  script.textContent = JSON.stringify(eventJsonLd(event));
  document.head.append(script);
}
