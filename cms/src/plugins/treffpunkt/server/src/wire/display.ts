/**
 * What the widgets show of a meeting's and a report's dates, written here: in the language asked
 * for, always in the meeting's own time zone (a meeting in Berlin at 18:00 stays 18:00 for a
 * reader in Lisbon), with Intl, which has the same ICU data as the browsers. The API, the feeds
 * and the widgets then say the same, and the widget bundle carries no date formatting of its own.
 * Days of whole-day meetings come from time/meeting-span, the rule the calendar feeds use too.
 */
import type { DatePrecision, Locale } from 'treffpunkt-shared/wire';
import { isWholeDays, meetingDays, meetingOver, type MeetingTiming } from '../time/meeting-span';
import { parseInstant, Temporal } from '../time/zoned-time';

const TENTATIVELY: Record<Locale, string> = { de: 'voraussichtlich', en: 'tentatively' };
const GOING_ON: Record<Locale, string> = { de: 'läuft gerade', en: 'happening now' };
/** A relative time is said for meetings up to a month ahead; further away the date says enough. */
const RELATIVE_DAYS = 32;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone} ${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, found);
  }
  return found;
}

/** One moment, or the range up to `end` when that is later. */
const span = (format: Intl.DateTimeFormat, start: number, end?: number | null) =>
  end !== undefined && end !== null && end > start ? format.formatRange(start, end) : format.format(start);

/** A calendar date as a moment that Intl writes as that date in UTC. */
const dayInUtc = (date: Temporal.PlainDate) => Date.UTC(date.year, date.month - 1, date.day, 12);

export interface DisplayTiming extends MeetingTiming {
  datePrecision: DatePrecision;
}

const LONG = { days: { dateStyle: 'full' }, times: { dateStyle: 'full', timeStyle: 'short' } } satisfies Styles;
const BRIEF = {
  days: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  times: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' },
} satisfies Styles;

interface Styles {
  days: Intl.DateTimeFormatOptions;
  times: Intl.DateTimeFormatOptions;
}

function written(timing: DisplayTiming, locale: Locale, styles: Styles): string {
  const start = parseInstant(timing.start);
  if (!start) return '';
  if (timing.datePrecision === 'month') {
    const days = meetingDays(timing)!;
    const month = formatter(locale, { month: 'long', year: 'numeric' }, 'UTC');
    return `${TENTATIVELY[locale]} ${span(month, dayInUtc(days.first), dayInUtc(days.afterLast.subtract({ days: 1 })))}`;
  }
  if (isWholeDays(timing)) {
    const days = meetingDays(timing)!;
    return span(formatter(locale, styles.days, 'UTC'), dayInUtc(days.first), dayInUtc(days.afterLast.subtract({ days: 1 })));
  }
  const end = parseInstant(timing.end);
  return span(formatter(locale, styles.times, timing.timeZone), start.epochMilliseconds, end?.epochMilliseconds);
}

/** "Freitag, 12. März 2027, 18:00–20:30 Uhr", "Freitag, 12. – Sonntag, 14. März 2027", "voraussichtlich März 2027". */
export function meetingWhen(timing: DisplayTiming, locale: Locale): string {
  return written(timing, locale, LONG);
}

/** The same, short for a line of a list: "Fr., 12. März 2027, 18:00–20:30". */
export function meetingBrief(timing: DisplayTiming, locale: Locale): string {
  return written(timing, locale, BRIEF);
}

const dayNumber = (instant: Temporal.Instant, timeZone: string) =>
  instant.toZonedDateTimeISO(timeZone).toPlainDate().since(Temporal.PlainDate.from('1970-01-01')).days;

/**
 * "heute", "morgen", "in 3 Tagen", "läuft gerade", counted in calendar days of the meeting's
 * zone at `now`; null when only the month is known (the date says "tentatively"), more than a month
 * ahead, over, or cancelled. Answers are cached for at most max-age: "in 3 Tagen" is that old at most.
 */
export function meetingRelative(timing: DisplayTiming & { cancelled: boolean }, locale: Locale, now: Date): string | null {
  const start = parseInstant(timing.start);
  if (!start || timing.cancelled || timing.datePrecision === 'month') return null;
  const at = Temporal.Instant.fromEpochMilliseconds(now.getTime());
  const days = dayNumber(start, timing.timeZone) - dayNumber(at, timing.timeZone);
  if (Temporal.Instant.compare(start, at) <= 0) {
    const over = meetingOver(timing);
    return over && over.getTime() > now.getTime() ? GOING_ON[locale] : null;
  }
  return days < RELATIVE_DAYS ? new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day') : null;
}

/** A moment with date and time in the meeting's zone, e.g. a registration deadline: "12. März 2027 um 23:59". */
export function momentIn(value: string | null | undefined, timeZone: string, locale: Locale): string | null {
  const instant = parseInstant(value);
  return instant ? formatter(locale, { dateStyle: 'long', timeStyle: 'short' }, timeZone).format(instant.epochMilliseconds) : null;
}

/** Calendar dates (YYYY-MM-DD, no zone) or a range of them, as a report's meeting has them: "23.–25. November 2018". */
export function calendarDates(start: string, end: string | null, locale: Locale): string {
  const at = (date: string) => dayInUtc(Temporal.PlainDate.from(date));
  return span(formatter(locale, { dateStyle: 'long' }, 'UTC'), at(start), end ? at(end) : null);
}
