/**
 * A series as an iCalendar recurrence rule, expanded by rrule-temporal (RFC 5545 on Temporal):
 * every occurrence keeps the first one's wall-clock time in the meeting's zone, so 19:00 stays
 * 19:00 across the change to summer time. The rule's first occurrence is the event's own start.
 */
import { RRuleTemporal } from 'rrule-temporal';
import type { Recurrence } from 'treffpunkt-shared/recurrence';
import { startOfDay, Temporal, zonedDateTime, type InstantLike } from '../time/zoned-time';

export interface SeriesStart {
  start: InstantLike;
  timeZone: string;
  recurrence: Recurrence;
}

/** The last instant of the series' last day ("until 30 June 2027" includes that day). */
function untilOf(date: string, timeZone: string): Temporal.ZonedDateTime {
  const dayAfter = Temporal.PlainDate.from(date).add({ days: 1 });
  return Temporal.Instant.fromEpochMilliseconds(startOfDay(dayAfter, timeZone).getTime() - 1000).toZonedDateTimeISO(timeZone);
}

export function seriesRule({ start, timeZone, recurrence }: SeriesStart): RRuleTemporal {
  const dtstart = zonedDateTime(start, timeZone).with({ millisecond: 0, microsecond: 0, nanosecond: 0 });
  const { frequency, interval, end } = recurrence;
  const monthly = recurrence.monthly;
  return new RRuleTemporal({
    freq: frequency === 'weekly' ? 'WEEKLY' : 'MONTHLY',
    interval,
    dtstart,
    tzid: timeZone,
    ...(frequency === 'weekly' && { byDay: [...(recurrence.weekdays ?? [])] }),
    ...(frequency === 'monthly' && monthly?.by === 'day-of-month' && { byMonthDay: [monthly.day] }),
    ...(frequency === 'monthly' && monthly?.by === 'weekday' && { byDay: [`${monthly.position}${monthly.weekday}`] }),
    ...(end.type === 'until' && { until: untilOf(end.date, timeZone) }),
    ...(end.type === 'count' && { count: end.count }),
  });
}

/** The RRULE property value for the calendar feeds, e.g. `FREQ=WEEKLY;BYDAY=WE`. */
export function rruleValue(series: SeriesStart): string {
  const line = seriesRule(series)
    .toString()
    .split(/\r?\n/)
    .find((text) => text.startsWith('RRULE:'));
  return line!.slice('RRULE:'.length);
}
