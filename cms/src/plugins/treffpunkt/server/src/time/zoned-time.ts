/**
 * Wall clock and instant, in one place. Meetings are stored as instants and shown in their own
 * time zone: the API writes ISO 8601 with that zone's offset, the feeds write wall times with a
 * TZID, the demo and "write the report" go from wall clock to instant and back.
 *
 * Wall clock to instant, with the one choice for wall times that happen twice or not at all, is
 * shared with the admin's date input (shared/wall-clock.ts). A day begins at its first instant
 * (Temporal's startOfDay), which in a zone that skips midnight (America/Santiago on 2026-09-06)
 * is 01:00, so a day ends where the next one begins.
 */
import { Temporal } from 'temporal-polyfill';

export { Temporal };
export { DEFAULT_TIME_ZONE, fromWallClock, isValidTimeZone } from 'treffpunkt-shared/wall-clock';

/** An instant as the database, the wire format or a caller has it. */
export type InstantLike = Date | string | Temporal.Instant;

/** The instant of an ISO 8601 value with offset (or `Z`) or a Date; null for anything else. */
export function parseInstant(value: InstantLike | null | undefined): Temporal.Instant | null {
  if (value instanceof Temporal.Instant) return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : Temporal.Instant.fromEpochMilliseconds(value.getTime());
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    return Temporal.Instant.from(value.trim());
  } catch {
    return null;
  }
}

function instantOf(value: InstantLike): Temporal.Instant {
  const instant = parseInstant(value);
  if (!instant) throw new RangeError(`Not an instant: ${String(value)}`);
  return instant;
}

/** The instant `value` as a clock on the wall in `timeZone` shows it. */
export function zonedDateTime(value: InstantLike, timeZone: string): Temporal.ZonedDateTime {
  return instantOf(value).toZonedDateTimeISO(timeZone);
}

/** 2026-11-23T10:00:00+01:00: the instant in `timeZone`, to the second, with that zone's offset. */
export function toZonedIso(value: InstantLike, timeZone: string): string {
  return zonedDateTime(value, timeZone).toString({ smallestUnit: 'second', timeZoneName: 'never' });
}

/** The calendar date (YYYY-MM-DD) of the instant in `timeZone`. */
export function toZonedDate(value: InstantLike, timeZone: string): string {
  return zonedDateTime(value, timeZone).toPlainDate().toString();
}

/** Whether the wall time `zoned` shows happens twice in its zone (the autumn overlap): it alone does not name one instant. */
export function isAmbiguousWallTime(zoned: Temporal.ZonedDateTime): boolean {
  const wall = zoned.toPlainDateTime();
  const earlier = wall.toZonedDateTime(zoned.timeZoneId, { disambiguation: 'earlier' });
  const later = wall.toZonedDateTime(zoned.timeZoneId, { disambiguation: 'later' });
  return !earlier.equals(later);
}

/** The first instant of the calendar day `date` in `timeZone`. */
export function startOfDay(date: Temporal.PlainDate | string, timeZone: string): Date {
  return new Date(Temporal.PlainDate.from(date).toZonedDateTime(timeZone).epochMilliseconds);
}

/** The calendar date in `timeZone` at the instant `now`. */
export function todayIn(now: Date, timeZone: string): string {
  return toZonedDate(now, timeZone);
}

/** `days` calendar days after `isoDate` (YYYY-MM-DD). */
export function addDays(isoDate: string, days: number): string {
  return Temporal.PlainDate.from(isoDate).add({ days }).toString();
}
