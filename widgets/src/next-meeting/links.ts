import type { WireEvent, WireVenue } from '../../../cms/src/plugins/treffpunkt/shared/wire';
import { isDayOnly, isMidnight } from '../shared/format';

/** Outgoing links built from an event: map, Google Calendar. */

export const address = (venue: WireVenue | null) =>
  [venue?.name, venue?.street, [venue?.postalCode, venue?.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');

/** OpenStreetMap at the coordinates when the editors set them, else a search for the address. */
export function mapUrl(venue: WireVenue | null): string | undefined {
  if (venue?.latitude != null && venue.longitude != null) {
    const { latitude: lat, longitude: lon } = venue;
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
  }
  const query = address(venue);
  return query ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}` : undefined;
}

/** YYYYMMDD of the wall-clock date in an ISO string, `plus` days later. */
const day = (iso: string, plus = 0) =>
  new Date(Date.parse(iso.slice(0, 10)) + plus * 864e5).toISOString().slice(0, 10).replace(/-/g, '');

/** UTC in Google's compact form, 20270312T170000Z. */
const utc = (iso: string) => new Date(iso).toISOString().replace(/[-:]|\.\d+/g, '');

/** Google Calendar's "add event" link; all-day events use exclusive end dates there. */
export function googleCalendarUrl(event: WireEvent): string {
  const { start, end } = event;
  const dates = isDayOnly(event)
    ? `${day(start)}/${end ? day(end, isMidnight(end) && end > start ? 0 : 1) : day(start, 1)}`
    : `${utc(start)}/${utc(end ?? start)}`;
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates,
    ctz: event.timeZone,
    location: address(event.venue) || event.onlineUrl || '',
  });
  return `https://calendar.google.com/calendar/render?${params}`;
}
