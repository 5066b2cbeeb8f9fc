/**
 * A meeting that repeats, as editors set it up in the admin and the server stores it (the event's
 * `recurrence` field): weekly on chosen weekdays every N weeks, or monthly on a day of the month or
 * a weekday position ("every first Tuesday", "the last Friday"), until a date or for a number of
 * times; plus the occurrences that are cancelled or moved. The first occurrence is the event's own
 * start and end; every other one keeps its wall-clock time in the meeting's time zone.
 * Defined once here: the admin's form, the server's checks and expansion use it.
 */

export const FREQUENCIES = ['weekly', 'monthly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** iCalendar's weekday codes, Monday first. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Which weekday of the month: the first to the fourth, or the last (-1). */
export const WEEKDAY_POSITIONS = [1, 2, 3, 4, -1] as const;
export type WeekdayPosition = (typeof WEEKDAY_POSITIONS)[number];

export const OCCURRENCE_CHANGES = ['cancelled', 'moved'] as const;
export type OccurrenceChange = (typeof OCCURRENCE_CHANGES)[number];

/** The most occurrences a series may have, and the most weeks or months between two. */
export const MAX_OCCURRENCES = 520;
export const MAX_INTERVAL = 12;

export type MonthlyRule = { by: 'day-of-month'; day: number } | { by: 'weekday'; position: WeekdayPosition; weekday: Weekday };

export type SeriesEnd = { type: 'never' } | { type: 'until'; date: string } | { type: 'count'; count: number };

/** One occurrence that differs from the rule, named by its date in the series (YYYY-MM-DD, in the meeting's zone). */
export interface OccurrenceException {
  date: string;
  change: OccurrenceChange;
  /** A moved occurrence's new start and end (ISO instants); a cancelled one has none. */
  start?: string | null;
  end?: string | null;
  /** A moved occurrence's other place, in one line. */
  place?: string | null;
  /** "Fällt wegen des Feiertags aus", in the languages the editors wrote it. */
  note?: { de?: string | null; en?: string | null } | null;
}

export interface Recurrence {
  frequency: Frequency;
  /** Every `interval` weeks or months (1 = every week / month). */
  interval: number;
  /** Weekly: the weekdays it meets on. */
  weekdays?: Weekday[];
  /** Monthly: on which day. */
  monthly?: MonthlyRule;
  end: SeriesEnd;
  exceptions?: OccurrenceException[];
}
