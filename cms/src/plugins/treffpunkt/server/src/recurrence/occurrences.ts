/**
 * The occurrences of a series: the dates its rule gives (recurrence/rule.ts), each with the first
 * occurrence's duration, and what the editors changed for single dates (cancelled, or moved to
 * another date, time or place, with a note). Every expansion is bounded: a window of time and a
 * most number of occurrences, so an open-ended weekly series costs the same as any other.
 */
import type { OccurrenceException, Recurrence } from 'treffpunkt-shared/recurrence';
import { parseInstant, startOfDay, Temporal, toZonedDate, type InstantLike } from '../time/zoned-time';
import { seriesRule } from './rule';

export interface SeriesEvent {
  start: InstantLike;
  end?: InstantLike | null;
  timeZone: string;
  recurrence: Recurrence;
}

export interface Occurrence {
  /** The date the rule gives it (YYYY-MM-DD in the meeting's zone): its name in the series, also when moved. */
  date: string;
  /** Where the rule puts it: its RECURRENCE-ID, and the date an EXDATE names. */
  ruleStart: Date;
  start: Date;
  end: Date | null;
  exception: OccurrenceException | null;
}

/** How far ahead a list of upcoming meetings looks into a series, and the most it takes of one. */
export const HORIZON_DAYS = 400;
export const MOST_PER_SERIES = 200;
const DAY_MS = 24 * 3600 * 1000;

function durationOf(event: SeriesEvent): number | null {
  const start = parseInstant(event.start)!.epochMilliseconds;
  const end = parseInstant(event.end)?.epochMilliseconds;
  return end !== undefined && end > start ? end - start : null;
}

function withException(event: SeriesEvent, start: Date, duration: number | null): Occurrence {
  const date = toZonedDate(start, event.timeZone);
  const exception = event.recurrence.exceptions?.find((candidate) => candidate.date === date) ?? null;
  if (exception?.change === 'moved' && exception.start) {
    const movedStart = new Date(exception.start);
    const movedEnd = exception.end ? new Date(exception.end) : duration === null ? null : new Date(movedStart.getTime() + duration);
    return { date, ruleStart: start, start: movedStart, end: movedEnd, exception };
  }
  return { date, ruleStart: start, start, end: duration === null ? null : new Date(start.getTime() + duration), exception };
}

/** The occurrences whose rule date falls from `from` to `to` (instants), at most `most`, in order of their dates. */
export function occurrencesBetween(event: SeriesEvent, from: Date, to: Date, most = MOST_PER_SERIES): Occurrence[] {
  const duration = durationOf(event);
  // Starting a meeting's length early finds the one that is still going on at `from`.
  const since = new Date(from.getTime() - (duration ?? DAY_MS));
  const starts = seriesRule(event).between(since, to, true).slice(0, most);
  return starts.map((start) => withException(event, new Date(start.epochMilliseconds), duration));
}

/** The first `most` occurrences from the series' start: the editor's preview, and the admin's checks. */
export function allOccurrences(event: SeriesEvent, most: number): Occurrence[] {
  const duration = durationOf(event);
  return seriesRule(event)
    .all((_, index) => index < most)
    .map((start) => withException(event, new Date(start.epochMilliseconds), duration));
}

/** Whether an occurrence is over at `at`: its end, else the end of its day. */
export function occurrenceOver(occurrence: Occurrence, at: Date, timeZone: string): boolean {
  if (occurrence.end) return occurrence.end.getTime() <= at.getTime();
  return toZonedDate(occurrence.start, timeZone) < toZonedDate(at, timeZone);
}

/** The upcoming (or ongoing) occurrences at `at`, up to `horizonDays` ahead, at most `most`. */
export function upcomingOccurrences(event: SeriesEvent, at: Date, most: number, horizonDays = HORIZON_DAYS): Occurrence[] {
  return occurrencesBetween(event, at, new Date(at.getTime() + horizonDays * DAY_MS), most + 1)
    .filter((occurrence) => !occurrenceOver(occurrence, at, event.timeZone))
    .sort((a, b) => a.start.getTime() - b.start.getTime())
    .slice(0, most);
}

/** The occurrences the editors changed, where the rule puts them (for the calendar feeds' EXDATE and RECURRENCE-ID). */
export function changedOccurrences(event: SeriesEvent): Occurrence[] {
  return (event.recurrence.exceptions ?? []).flatMap((exception) => occurrenceOn(event, exception.date) ?? []);
}

/** The occurrence of the series on `date` (YYYY-MM-DD), or null when the rule gives none that day. */
export function occurrenceOn(event: SeriesEvent, date: string): Occurrence | null {
  const day = Temporal.PlainDate.from(date);
  const found = occurrencesBetween(event, startOfDay(day, event.timeZone), startOfDay(day.add({ days: 1 }), event.timeZone), 2);
  return found.find((occurrence) => occurrence.date === date) ?? null;
}

/**
 * The last `most` occurrences that began by `at` and were not cancelled, newest first: the
 * meetings a report can be written of. Looks back twice `most` rhythms (a rule may skip a month
 * without a 31st, the editors may have cancelled some), so it stays bounded however long the series.
 */
export function pastOccurrences(event: SeriesEvent, at: Date, most: number): Occurrence[] {
  const rhythmDays = (event.recurrence.frequency === 'weekly' ? 7 : 31) * event.recurrence.interval;
  const since = new Date(at.getTime() - 2 * most * rhythmDays * DAY_MS);
  return occurrencesBetween(event, since, at)
    .filter((occurrence) => occurrence.start.getTime() <= at.getTime() && occurrence.exception?.change !== 'cancelled')
    .sort((a, b) => b.start.getTime() - a.start.getTime())
    .slice(0, most);
}
