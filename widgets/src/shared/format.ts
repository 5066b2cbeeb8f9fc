import type { Locale, WireEvent } from '../../../cms/src/plugins/treffpunkt/shared/wire';
import { messages } from './i18n';

/**
 * What the widgets work out about dates themselves: only what depends on the reader's "now"
 * ("in 3 Tagen", "läuft gerade") and the machine-readable `datetime`. The dates as words come
 * from the API (`display`), written in the meeting's own time zone.
 */

const DAY_MS = 864e5;

/** Days since the epoch of the calendar day `time` falls on in `timeZone` (en-CA writes YYYY-MM-DD). */
const dayNumber = (time: number, timeZone: string) =>
  Math.round(Date.parse(new Intl.DateTimeFormat('en-CA', { timeZone }).format(time)) / DAY_MS);

const isDayOnly = (event: WireEvent) => event.allDay || event.datePrecision === 'day';

/**
 * "heute", "morgen", "in 3 Tagen", "happening now"; undefined when the date is only known to
 * the month (the text already says "tentatively"), more than a month away (the date says
 * enough) or over.
 */
export function relativeWhen(event: WireEvent, locale: Locale, now = Date.now()): string | undefined {
  if (event.datePrecision === 'month') return undefined;
  const start = Date.parse(event.start);
  const dayOnly = isDayOnly(event);
  const today = dayNumber(now, event.timeZone);
  const days = dayNumber(start, event.timeZone) - today;
  if (start <= now) {
    const end = event.end ? Date.parse(event.end) : undefined;
    // A day-only event runs until its last day (the end's date) is over; a timed one without end, for its day.
    const ongoing = dayOnly ? dayNumber(end ?? start, event.timeZone) >= today : end ? end > now : days === 0;
    return ongoing ? messages[locale].now_ : undefined;
  }
  return days < 32 ? new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day') : undefined;
}

/** A `datetime` value only as exact as the date is known: "2027-03", "2027-03-12" or the full moment. */
export function machineDate(event: WireEvent, iso: string): string {
  return event.datePrecision === 'month' ? iso.slice(0, 7) : isDayOnly(event) ? iso.slice(0, 10) : iso;
}
