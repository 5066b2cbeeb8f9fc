/**
 * When a meeting is over, as the API (next and upcoming meetings) and the calendar feeds both
 * need it: one rule, so that "still upcoming" and the calendar entry's end never disagree.
 *
 * - Exact time: its end, else the end of its day (a meeting without an end fills its day).
 * - Day precision or all-day: whole calendar days in the meeting's zone, from the start's date to
 *   the end's date; it is over when the day after the last one begins. The end's date counts
 *   whatever its time: an editor who picks the 15th as the last day means the 15th.
 * - Month precision ("a concept workshop in March"): whole months, over when the next month begins.
 */
import type { DatePrecision } from 'treffpunkt-shared/wire';
import { parseInstant, startOfDay, Temporal, zonedDateTime, type InstantLike } from './zoned-time';

const DAY_MS = 24 * 3600 * 1000;
/** A month-precision meeting starts on the 1st and may still be ahead up to a month later. */
const LONGEST_OPEN_SPAN_MS = 32 * DAY_MS;
/**
 * A whole-day meeting goes on until its last day is over, a month-precision one until its last
 * month is: up to a month after the end stored (the end's date counts, so an end on the 1st of
 * its last month is still on for the rest of that month).
 */
const LONGEST_PAST_END_MS = 32 * DAY_MS;

export interface MeetingTiming {
  start: InstantLike | null | undefined;
  end?: InstantLike | null;
  allDay?: boolean | null;
  datePrecision: DatePrecision;
  timeZone: string;
}

/** The calendar days a meeting covers: the first one and the day after the last (exclusive, as iCalendar's DTEND). */
export interface MeetingDays {
  first: Temporal.PlainDate;
  afterLast: Temporal.PlainDate;
}

/** A meeting known by its day(s) or month rather than by its hours. */
export function isWholeDays(timing: Pick<MeetingTiming, 'allDay' | 'datePrecision'>): boolean {
  return timing.datePrecision !== 'time' || Boolean(timing.allDay);
}

/** The days of a whole-day or month meeting; null when its start is not an instant. */
export function meetingDays(timing: MeetingTiming): MeetingDays | null {
  const start = parseInstant(timing.start);
  if (!start) return null;
  const first = zonedDateTime(start, timing.timeZone).toPlainDate();
  const end = parseInstant(timing.end);
  const endDate = end ? zonedDateTime(end, timing.timeZone).toPlainDate() : first;
  const last = Temporal.PlainDate.compare(endDate, first) < 0 ? first : endDate;
  if (timing.datePrecision === 'month') {
    return { first: first.with({ day: 1 }), afterLast: last.with({ day: 1 }).add({ months: 1 }) };
  }
  return { first, afterLast: last.add({ days: 1 }) };
}

/** The instant the meeting is over; null when its start is not an instant. */
export function meetingOver(timing: MeetingTiming): Date | null {
  if (isWholeDays(timing)) {
    const days = meetingDays(timing);
    return days && startOfDay(days.afterLast, timing.timeZone);
  }
  const start = parseInstant(timing.start);
  if (!start) return null;
  const end = parseInstant(timing.end);
  if (end && Temporal.Instant.compare(end, start) > 0) return new Date(end.epochMilliseconds);
  return startOfDay(zonedDateTime(start, timing.timeZone).toPlainDate().add({ days: 1 }), timing.timeZone);
}

/**
 * A database filter for the meetings that may not be over at `at`: every one that is not over
 * passes, and a few that are (keep those with `meetingOver`). Mind that it has an `$or` of its own.
 */
export function notOverFilter(at: Date) {
  return {
    $or: [
      { end: { $gte: new Date(at.getTime() - LONGEST_PAST_END_MS) } },
      { start: { $gte: new Date(at.getTime() - LONGEST_OPEN_SPAN_MS) } },
    ],
  };
}
