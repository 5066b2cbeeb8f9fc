/**
 * What the series form does to the stored value (shared/recurrence.ts), apart from React: a new
 * rule suggested from the meeting's start (its weekday, its day of the month, its place among the
 * month's weekdays, in the meeting's zone), and the edits of weekdays, end and single dates.
 * Every edit returns a new value of the same shape the server checks and expands; the rule is
 * never expanded here (the server's preview does that).
 */
import {
  WEEKDAYS,
  type Frequency,
  type OccurrenceChange,
  type OccurrenceException,
  type Recurrence,
  type SeriesEnd,
  type Weekday,
  type WeekdayPosition,
} from 'treffpunkt-shared/recurrence';
import { fromWallClock, wallClockOf, type WallClock } from 'treffpunkt-shared/wall-clock';

/** The meeting's first occurrence as the form needs it, in the meeting's zone. */
export interface SeriesStart {
  /** Its wall clock: the date names the first occurrence, the time every other one keeps. */
  wallClock: WallClock;
  weekday: Weekday;
  day: number;
  position: WeekdayPosition;
  /** How long each occurrence lasts (ms), from the meeting's end; null without one. */
  duration: number | null;
}

export interface MeetingTiming {
  start?: string | null;
  end?: string | null;
  timeZone: string;
}

const DAY_MS = 24 * 3600 * 1000;

function instant(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The start as the form needs it; null while the meeting has none. */
export function seriesStart({ start, end, timeZone }: MeetingTiming): SeriesStart | null {
  const first = instant(start);
  if (!first) return null;
  const wallClock = wallClockOf(first, timeZone);
  const day = Number(wallClock.date.slice(8, 10));
  // getUTCDay counts from Sunday, WEEKDAYS from Monday.
  const weekday = WEEKDAYS[(new Date(`${wallClock.date}T12:00:00Z`).getUTCDay() + 6) % 7];
  const last = instant(end);
  return {
    wallClock,
    weekday,
    day,
    // The 29th to the 31st is the month's last such weekday; before, the first to the fourth.
    position: day > 28 ? -1 : (Math.ceil(day / 7) as WeekdayPosition),
    duration: last && last > first ? last.getTime() - first.getTime() : null,
  };
}

/** The rule a frequency starts with: on the start's weekday (or its place in the month), every week or month, without end. */
function suggestedRule(frequency: Frequency, start: SeriesStart | null): Recurrence {
  if (frequency === 'weekly') return { frequency, interval: 1, weekdays: start ? [start.weekday] : [], end: { type: 'never' } };
  return {
    frequency,
    interval: 1,
    monthly: start ? { by: 'weekday', position: start.position, weekday: start.weekday } : { by: 'day-of-month', day: 1 },
    end: { type: 'never' },
  };
}

/** Another frequency, or none ('never': a single meeting); the end and the changed dates stay. */
export function withFrequency(rule: Recurrence | null, frequency: Frequency | 'never', start: SeriesStart | null): Recurrence | null {
  if (frequency === 'never') return null;
  if (rule?.frequency === frequency) return rule;
  const suggested = suggestedRule(frequency, start);
  return rule
    ? { ...suggested, interval: rule.interval, end: rule.end, ...(rule.exceptions && { exceptions: rule.exceptions }) }
    : suggested;
}

export function withWeekday(rule: Recurrence, weekday: Weekday, on: boolean): Recurrence {
  const chosen = new Set(rule.weekdays ?? []);
  if (on) chosen.add(weekday);
  else chosen.delete(weekday);
  return { ...rule, weekdays: WEEKDAYS.filter((day) => chosen.has(day)) };
}

/** The monthly rule by day of the month or by weekday position, suggested from the start when switching. */
export function withMonthlyBy(rule: Recurrence, by: 'day-of-month' | 'weekday', start: SeriesStart | null): Recurrence {
  if (rule.monthly?.by === by) return rule;
  const monthly =
    by === 'day-of-month' ? { by, day: start?.day ?? 1 } : { by, position: start?.position ?? 1, weekday: start?.weekday ?? WEEKDAYS[0] };
  return { ...rule, monthly };
}

/** An end of the chosen kind: until the start's date a month on, or after 10 dates, until the editor says otherwise. */
export function withEndType(rule: Recurrence, type: SeriesEnd['type'], start: SeriesStart | null): Recurrence {
  if (rule.end.type === type) return rule;
  if (type === 'never') return { ...rule, end: { type } };
  if (type === 'count') return { ...rule, end: { type, count: 10 } };
  const from = start ? new Date(`${start.wallClock.date}T12:00:00Z`) : new Date();
  return { ...rule, end: { type, date: new Date(from.getTime() + 30 * DAY_MS).toISOString().slice(0, 10) } };
}

export function exceptionOn(rule: Recurrence, date: string): OccurrenceException | undefined {
  return rule.exceptions?.find((exception) => exception.date === date);
}

/** The rule with `exception` for its date, replacing one there was; the changed dates in order. */
export function withException(rule: Recurrence, exception: OccurrenceException): Recurrence {
  const others = (rule.exceptions ?? []).filter((candidate) => candidate.date !== exception.date);
  return { ...rule, exceptions: [...others, exception].sort((a, b) => a.date.localeCompare(b.date)) };
}

/** The date back as the rule has it. */
export function withoutException(rule: Recurrence, date: string): Recurrence {
  const exceptions = (rule.exceptions ?? []).filter((candidate) => candidate.date !== date);
  const { exceptions: _dropped, ...rest } = rule;
  return exceptions.length > 0 ? { ...rest, exceptions } : rest;
}

/** Where the rule puts the meeting of `date`: the start's wall clock on that day, and as long. */
function plannedTimes(date: string, start: SeriesStart, timeZone: string): { start: string; end: string | null } {
  const begins = fromWallClock(`${date}T${start.wallClock.time}`, timeZone);
  return { start: begins.toISOString(), end: start.duration === null ? null : new Date(begins.getTime() + start.duration).toISOString() };
}

/**
 * The date changed as the editor picks it: cancelled (no times, no place), or moved, first to
 * where the rule puts it, so that only the date or time the editor then changes differs. The note stays.
 */
export function changedOccurrence(
  date: string,
  change: OccurrenceChange,
  start: SeriesStart,
  timeZone: string,
  before?: OccurrenceException,
): OccurrenceException {
  const note = before?.note ? { note: before.note } : {};
  if (change === 'cancelled') return { date, change, ...note };
  if (before?.change === 'moved') return before;
  return { date, change, ...plannedTimes(date, start, timeZone), place: null, ...note };
}

/** A moved meeting at another wall clock in the meeting's zone, as long as it was. */
export function movedTo(exception: OccurrenceException, wallClock: WallClock, timeZone: string): OccurrenceException {
  const was = instant(exception.start);
  const wasEnd = instant(exception.end);
  const begins = fromWallClock(`${wallClock.date}T${wallClock.time}`, timeZone);
  const end = was && wasEnd ? new Date(begins.getTime() + (wasEnd.getTime() - was.getTime())).toISOString() : null;
  return { ...exception, start: begins.toISOString(), end };
}

/** The note in one language; an empty note is none. */
export function withNote(exception: OccurrenceException, language: 'de' | 'en', text: string): OccurrenceException {
  const note = { ...exception.note, [language]: text === '' ? null : text };
  return { ...exception, note: note.de || note.en ? note : null };
}
