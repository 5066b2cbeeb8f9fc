/**
 * Links from a meeting to other services, built on the server so that every widget and the
 * embed pages offer the same: the place on OpenStreetMap, "add to Google Calendar".
 */
import type { WireEvent, WireVenue } from 'treffpunkt-shared/wire';
import { isWholeDays, meetingDays } from '../time/meeting-span';
import { parseInstant } from '../time/zoned-time';

/** "Haus der Vereine, Hauptstraße 1, 10115 Berlin": the venue in one line, or null without one. */
export function venueAddress(venue: WireVenue | null): string | null {
  const parts = [venue?.name, venue?.street, [venue?.postalCode, venue?.city].filter(Boolean).join(' ')].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : null;
}

/** OpenStreetMap at the coordinates when the editors set them, else a search for the address. */
export function mapUrl(venue: WireVenue | null): string | null {
  if (venue?.latitude != null && venue.longitude != null) {
    const { latitude: lat, longitude: lon } = venue;
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
  }
  const query = venueAddress(venue);
  return query ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}` : null;
}

const compactDay = (date: { toString(): string }) => date.toString().replace(/-/g, '');
/** UTC in Google's compact form, 20270312T170000Z. */
const compactUtc = (epochMs: number) => new Date(epochMs).toISOString().replace(/[-:]|\.\d+/g, '');

/**
 * Google Calendar's "add event" link; whole-day meetings as days (the end exclusive, as Google
 * wants it), the others as UTC times. None for a meeting known only by its month.
 */
export function googleCalendarUrl(
  event: Pick<WireEvent, 'title' | 'start' | 'end' | 'allDay' | 'datePrecision' | 'timeZone' | 'venue' | 'onlineUrl'>,
): string | null {
  if (event.datePrecision === 'month') return null;
  let dates: string;
  if (isWholeDays(event)) {
    const days = meetingDays(event)!;
    dates = `${compactDay(days.first)}/${compactDay(days.afterLast)}`;
  } else {
    const start = parseInstant(event.start)!.epochMilliseconds;
    dates = `${compactUtc(start)}/${compactUtc(parseInstant(event.end)?.epochMilliseconds ?? start)}`;
  }
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates,
    ctz: event.timeZone,
    location: venueAddress(event.venue) ?? event.onlineUrl ?? '',
  });
  return `https://calendar.google.com/calendar/render?${params}`;
}
