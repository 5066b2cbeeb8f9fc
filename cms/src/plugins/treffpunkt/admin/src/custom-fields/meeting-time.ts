/**
 * What the meeting-time input asks for and what it stores, apart from React: the editor enters
 * the wall clock of the meeting's zone, the field keeps an instant (ISO 8601, UTC), read by the
 * same rules the API uses (shared/wall-clock.ts).
 * - A start or end of a meeting known by the hour: date and time.
 * - Of a whole-day meeting (all day, or only the day known): the date, stored as the first instant
 *   of that day; the end is the last day itself, as the API reads it (server/src/time/meeting-span.ts:
 *   the end's date counts, whatever its time).
 * - Of a meeting known by its month: the month, stored as its first day (an end: its last month).
 * - A deadline: always date and time.
 */
import { fromWallClock, wallClockOf, type WallClock } from 'treffpunkt-shared/wall-clock';
import type { AskedFor } from './asked-for';

/** The wall clock the input shows for the stored instant (for a date or month, `time` is the day's start). */
export function shownWallClock(stored: string | null | undefined, asked: AskedFor, timeZone: string): WallClock | null {
  if (!stored) return null;
  const instant = new Date(stored);
  if (Number.isNaN(instant.getTime())) return null;
  const shown = wallClockOf(instant, timeZone);
  return asked === 'date-time' ? shown : { date: shown.date, time: '00:00' };
}

/** The instant to store for what the editor entered (`date` YYYY-MM-DD; for a month its 1st; `time` HH:MM or ''). */
export function storedInstant(entered: WallClock, asked: AskedFor, timeZone: string): string {
  const day = asked === 'month' ? `${entered.date.slice(0, 7)}-01` : entered.date;
  const time = asked === 'date-time' ? entered.time || '00:00' : '00:00';
  return fromWallClock(`${day}T${time}`, timeZone).toISOString();
}

/** The same moment in `timeZone` as `stored` had in `previousZone`, as the input shows it: the wall clock stays when the zone changes. */
export function sameWallClockIn(stored: string, asked: AskedFor, previousZone: string, timeZone: string): string {
  const wall = shownWallClock(stored, asked, previousZone);
  return wall ? storedInstant(wall, asked, timeZone) : stored;
}
