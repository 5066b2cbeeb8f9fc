/** Calendar arithmetic for the demo's dates, with Temporal: days counted from the seeding day, wall times in a zone. */
import { Temporal } from 'temporal-polyfill';

/** The demo's meetings are in Berlin unless they say otherwise. */
export const DEMO_TIME_ZONE = 'Europe/Berlin';

/** The calendar date (YYYY-MM-DD) of `instant` in `timeZone`. */
export const dateIn = (instant: Date, timeZone: string) =>
  Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone).toPlainDate().toString();

export const addDays = (isoDate: string, days: number) => Temporal.PlainDate.from(isoDate).add({ days }).toString();

/** The instant a wall time on a calendar day happens in `timeZone`, as stored (ISO 8601, UTC). */
export const at = (isoDate: string, time: string, timeZone: string) =>
  Temporal.PlainDateTime.from(`${isoDate}T${time}`).toZonedDateTime(timeZone).toInstant().toString();
