import type { Locale, WireEvent } from '../../../cms/src/plugins/treffpunkt/shared/wire';
import { messages } from './i18n';

/**
 * Dates as a person writes them, in the chosen language and always in the event's own
 * time zone (a meeting in Berlin at 18:00 stays 18:00 for a reader in Lisbon).
 * Everything leans on Intl so that no month or weekday names ship in the bundle.
 */

const DAY_MS = 864e5;

const dtf = (locale: Locale, options: Intl.DateTimeFormatOptions, timeZone = 'UTC') =>
  new Intl.DateTimeFormat(locale, { ...options, timeZone });

/** One moment, or the range up to `end` when that is later. */
const span = (format: Intl.DateTimeFormat, start: number, end = 0) =>
  end > start ? format.formatRange(start, end) : format.format(start);

/** `start`/`end` carry the wall-clock time of the event's zone, so midnight is visible in the string itself. */
export const isMidnight = (iso: string) => iso.slice(11, 16) === '00:00';

/**
 * The last moment to show for an all-day or day-precision event. An end at midnight after the
 * start day is exclusive (as in iCalendar): 12th 00:00 – 14th 00:00 is the 12th and 13th.
 */
function shownEnd(event: WireEvent, dayOnly: boolean): number | undefined {
  if (!event.end) return undefined;
  const end = Date.parse(event.end);
  const exclusive = dayOnly && isMidnight(event.end) && event.end.slice(0, 10) > event.start.slice(0, 10);
  return exclusive ? end - 1 : end;
}

export const isDayOnly = (event: WireEvent) => event.allDay || event.datePrecision === 'day';

/** "Freitag, 12. März 2027, 18:00–20:30 Uhr", "12.–14. März 2027" with weekdays, "voraussichtlich März 2027". */
export function eventWhen(event: WireEvent, locale: Locale): string {
  const start = Date.parse(event.start);
  if (event.datePrecision === 'month') {
    const month = dtf(locale, { month: 'long', year: 'numeric' }, event.timeZone).format(start);
    return `${messages[locale].tentatively_} ${month}`;
  }
  const dayOnly = isDayOnly(event);
  const format = dtf(locale, { dateStyle: 'full', timeStyle: dayOnly ? undefined : 'short' }, event.timeZone);
  return span(format, start, shownEnd(event, dayOnly));
}

/** A calendar date (YYYY-MM-DD, no zone) or a range of them: "12. März 2027", "March 12 – 14, 2027". */
export function calendarDates(start: string, end: string | null, locale: Locale): string {
  return span(dtf(locale, { dateStyle: 'long' }), Date.parse(start), end ? Date.parse(end) : 0);
}

/** A moment with date and time in the event's zone, e.g. a registration deadline. */
export const dateTime = (iso: string, timeZone: string, locale: Locale) =>
  dtf(locale, { dateStyle: 'long', timeStyle: 'short' }, timeZone).format(Date.parse(iso));

/** Days since the epoch of the calendar day `time` falls on in `timeZone` (en-CA writes YYYY-MM-DD). */
const dayNumber = (time: number, timeZone: string) =>
  Math.round(Date.parse(dtf('en-CA' as Locale, {}, timeZone).format(time)) / DAY_MS);

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
    const end = shownEnd(event, dayOnly);
    // A day-only event runs until its last day is over; a timed one without end, for its day.
    const ongoing = dayOnly ? dayNumber(end ?? start, event.timeZone) >= today : end ? end > now : days === 0;
    return ongoing ? messages[locale].now_ : undefined;
  }
  return days < 32 ? new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day') : undefined;
}

/** A `datetime` value only as exact as the date is known: "2027-03", "2027-03-12" or the full moment. */
export function machineDate(event: WireEvent, iso: string | null): string | undefined {
  if (!iso) return undefined;
  return event.datePrecision === 'month' ? iso.slice(0, 7) : isDayOnly(event) ? iso.slice(0, 10) : iso;
}
