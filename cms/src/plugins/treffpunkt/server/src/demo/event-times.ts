/**
 * The dates of a demo meeting. Past meetings keep the instants of their reports; upcoming ones
 * are wall times counted in days from the seeding day, so a "next meeting" always exists.
 */
import { addDays, DEFAULT_TIME_ZONE, fromWallClock } from '../time/zoned-time';
import type { DemoEvent } from './content';

/** The instant a wall time on a calendar day happens in `timeZone`, as stored. */
export function at(isoDate: string, time: string, timeZone: string): string {
  return fromWallClock(`${isoDate}T${time}`, timeZone).toISOString();
}

/** Start and end of a demo meeting; relative ones are counted from `today` (YYYY-MM-DD of the seeding day). */
export function demoEventTimes(event: DemoEvent, today: string) {
  const timeZone = event.timeZone ?? DEFAULT_TIME_ZONE;
  const { when } = event;
  if (when.kind === 'absolute') return { start: new Date(when.start).toISOString(), end: when.end ? new Date(when.end).toISOString() : null };
  let firstDay = addDays(today, when.startInDays);
  // "Sometime in March" is stored as the 1st of the month.
  if (event.datePrecision === 'month') firstDay = `${firstDay.slice(0, 7)}-01`;
  const lastDay = addDays(firstDay, (when.durationDays ?? 1) - 1);
  const start = at(firstDay, when.startTime ?? '00:00', timeZone);
  const endTime = when.endTime ?? (when.startTime ? null : '23:59');
  return { start, end: endTime ? at(lastDay, endTime, timeZone) : null };
}
