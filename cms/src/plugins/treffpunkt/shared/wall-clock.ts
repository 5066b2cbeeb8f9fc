/**
 * A meeting's wall clock, for the server and the admin alike: what an editor types in the
 * meeting's time zone becomes the stored instant by the same rule the API, the feeds and the
 * demo use, and the edit view shows a stored instant as the API's local time does. On Temporal
 * (temporal-polyfill), as the server is: the admin's date input loads it with itself.
 *
 * One choice for wall times that happen twice or not at all: Temporal's `disambiguation:
 * 'compatible'`, which is what RFC 5545 §3.3.5 asks of calendars. A time in the spring gap is
 * moved forward by the length of the gap (02:30 on the night Berlin springs forward is
 * 03:30+02:00); a time in the autumn overlap is the earlier of its two instants (+02:00).
 */
import { Temporal } from 'temporal-polyfill';

/** The zone of a meeting that names none, and of the editors' "today" (a report's default date). */
export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

/** A wall clock: a calendar date and a time of day, as the meeting's zone shows them. */
export interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  time: string;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The instant at which the wall clock in `timeZone` shows `wallClock` (YYYY-MM-DDTHH:MM[:SS]), disambiguated as above. */
export function fromWallClock(wallClock: string, timeZone: string): Date {
  const zoned = Temporal.PlainDateTime.from(wallClock).toZonedDateTime(timeZone, { disambiguation: 'compatible' });
  return new Date(zoned.epochMilliseconds);
}

/** What the wall clock in `timeZone` shows at `instant` (to the minute). */
export function wallClockOf(instant: Date, timeZone: string): WallClock {
  const zoned = Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone);
  return { date: zoned.toPlainDate().toString(), time: zoned.toPlainTime().toString({ smallestUnit: 'minute' }) };
}
