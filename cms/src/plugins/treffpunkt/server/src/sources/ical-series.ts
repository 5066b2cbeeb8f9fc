/**
 * A calendar's series as one of ours (shared/recurrence.ts), where it fits: weekly on weekdays or
 * monthly on a day or a weekday position, every N weeks or months, until a date or N times; its
 * EXDATEs as cancelled dates, its overridden dates (RECURRENCE-ID) as moved or cancelled ones.
 * What fits is not guessed: the rule we make must give the same first dates as ical.js gives for
 * the calendar's rule, and pass the checks an editor's series passes; otherwise the caller keeps
 * the dates as single meetings.
 */
import type ICAL from 'ical.js';
import {
  MAX_INTERVAL,
  WEEKDAY_POSITIONS,
  WEEKDAYS,
  type MonthlyRule,
  type OccurrenceException,
  type Recurrence,
  type SeriesEnd,
  type Weekday,
  type WeekdayPosition,
} from 'treffpunkt-shared/recurrence';
import { allOccurrences, occurrenceOn } from '../recurrence/occurrences';
import { toZonedDate } from '../time/zoned-time';
import { checkRecurrence } from '../validation/recurrence';
import { instantOf, zoneOf, type Vevent, type Zones } from './ical-time';

interface Timing {
  start: Date;
  end: Date | null;
  allDay: boolean;
  timeZone: string;
}

/** How many first dates must agree. */
const COMPARED_DATES = 60;
/** BY-parts a rule of ours has no place for. */
const UNSUPPORTED_PARTS = ['BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYYEARDAY', 'BYWEEKNO', 'BYMONTH'];

const isWeekday = (value: string): value is Weekday => (WEEKDAYS as readonly string[]).includes(value);

function monthlyRule(parts: Record<string, unknown[]>, start: ICAL.Time): MonthlyRule | null {
  const byDay = (parts.BYDAY ?? []) as string[];
  const byMonthDay = (parts.BYMONTHDAY ?? []) as number[];
  const bySetPos = (parts.BYSETPOS ?? []) as number[];
  if (byMonthDay.length === 0 && byDay.length === 0) return { by: 'day-of-month', day: start.day };
  if (byMonthDay.length === 1 && byDay.length === 0 && byMonthDay[0] > 0) return { by: 'day-of-month', day: byMonthDay[0] };
  if (byDay.length !== 1 || byMonthDay.length > 0) return null;
  const match = /^([+-]?\d)?([A-Z]{2})$/.exec(byDay[0]);
  const position = Number(match?.[1] ?? bySetPos[0]);
  const weekday = match?.[2] ?? '';
  if (!isWeekday(weekday) || !(WEEKDAY_POSITIONS as readonly number[]).includes(position) || bySetPos.length > (match?.[1] ? 0 : 1))
    return null;
  return { by: 'weekday', position: position as WeekdayPosition, weekday };
}

/** The calendar's rule as ours, without its exceptions; null where ours cannot say it. */
function ruleOf(recur: ICAL.Recur, start: ICAL.Time, zones: Zones, timeZone: string): Omit<Recurrence, 'exceptions'> | null {
  const parts = recur.parts as Record<string, unknown[]>;
  if (UNSUPPORTED_PARTS.some((part) => (parts[part]?.length ?? 0) > 0)) return null;
  const interval = recur.interval ?? 1;
  if (interval > MAX_INTERVAL) return null;
  const end: SeriesEnd = recur.count
    ? { type: 'count', count: recur.count }
    : recur.until
      ? { type: 'until', date: toZonedDate(instantOf(recur.until, zones), timeZone) }
      : { type: 'never' };
  if (recur.freq === 'WEEKLY') {
    const byDay = (parts.BYDAY ?? []) as string[];
    if (byDay.some((day) => !isWeekday(day)) || (parts.BYMONTHDAY?.length ?? 0) > 0 || (parts.BYSETPOS?.length ?? 0) > 0) return null;
    const weekdays = byDay.length > 0 ? (byDay as Weekday[]) : [WEEKDAYS[(start.dayOfWeek() + 5) % 7]];
    return { frequency: 'weekly', interval, weekdays, end };
  }
  if (recur.freq === 'DAILY' && interval === 1 && Object.keys(parts).length === 0) {
    return { frequency: 'weekly', interval: 1, weekdays: [...WEEKDAYS], end };
  }
  if (recur.freq === 'MONTHLY') {
    const monthly = monthlyRule(parts, start);
    return monthly && { frequency: 'monthly', interval, monthly, end };
  }
  return null;
}

/** The dates (YYYY-MM-DD in the meeting's zone) ical.js gives for the calendar's rule alone. */
function calendarDates(recur: ICAL.Recur, start: ICAL.Time, zones: Zones, timeZone: string): string[] {
  const iterator = recur.iterator(start);
  const dates: string[] = [];
  for (let next = iterator.next(); next && dates.length < COMPARED_DATES; next = iterator.next()) {
    dates.push(toZonedDate(instantOf(next, zones), timeZone));
  }
  return dates;
}

/** EXDATEs as cancelled dates, overridden dates as cancelled or moved (to their own time and place). */
function exceptionsOf(master: Vevent, overrides: Vevent[], zones: Zones, timing: Timing): OccurrenceException[] {
  const dateOf = (time: ICAL.Time) => toZonedDate(instantOf(time, zones), timing.timeZone);
  const exceptions = new Map<string, OccurrenceException>();
  for (const property of master.component.getAllProperties('exdate')) {
    for (const value of property.getValues() as ICAL.Time[]) exceptions.set(dateOf(value), { date: dateOf(value), change: 'cancelled' });
  }
  const duration = timing.end ? timing.end.getTime() - timing.start.getTime() : null;
  for (const override of overrides) {
    const date = dateOf(override.event.recurrenceId);
    if (String(override.component.getFirstPropertyValue('status')).toUpperCase() === 'CANCELLED') {
      exceptions.set(date, { date, change: 'cancelled' });
      continue;
    }
    const start = instantOf(override.event.startDate, zones);
    const end = override.event.endDate ? instantOf(override.event.endDate, zones) : null;
    const ruleStart = instantOf(override.event.recurrenceId, zones);
    const place = override.component.getFirstPropertyValue('location');
    const samePlace = place === master.component.getFirstPropertyValue('location');
    const sameTime =
      start.getTime() === ruleStart.getTime() && (end?.getTime() ?? null) === (duration === null ? null : ruleStart.getTime() + duration);
    if (sameTime && samePlace) continue;
    exceptions.set(date, {
      date,
      change: 'moved',
      start: start.toISOString(),
      end: end?.toISOString() ?? null,
      place: samePlace || typeof place !== 'string' ? null : place.slice(0, 200),
    });
  }
  return [...exceptions.values()];
}

/** The series as ours, or what its rule says, for the note that it was kept as single dates. */
export function seriesOf(master: Vevent, overrides: Vevent[], zones: Zones, timing: Timing): { recurrence: Recurrence } | { rule: string } {
  const recur = master.component.getFirstPropertyValue('rrule') as ICAL.Recur | null;
  const said = { rule: recur ? `RRULE:${recur.toString()}` : 'RDATE' };
  // Extra dates (RDATE) or several rules have no place in one rule of ours.
  if (!recur || master.component.getAllProperties('rrule').length > 1 || master.component.hasProperty('rdate')) return said;
  const timeZone = zoneOf(master.event.startDate, zones);
  const rule = ruleOf(recur, master.event.startDate, zones, timeZone);
  if (!rule) return said;
  const series = { start: timing.start, end: timing.end, timeZone: timing.timeZone, datePrecision: timing.allDay ? 'day' : 'time' };
  const ours = allOccurrences({ ...series, recurrence: rule }, COMPARED_DATES).map((occurrence) => occurrence.date);
  const theirs = calendarDates(recur, master.event.startDate, zones, timeZone);
  if (ours.join() !== theirs.join()) return said;
  // An EXDATE or override of a date the rule does not give changes nothing.
  const exceptions = exceptionsOf(master, overrides, zones, timing).filter((exception) =>
    occurrenceOn({ ...series, recurrence: rule }, exception.date),
  );
  const checked = checkRecurrence({ ...rule, exceptions }, series);
  return 'recurrence' in checked ? { recurrence: checked.recurrence } : said;
}
