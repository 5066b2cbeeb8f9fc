/**
 * What the widgets show of a meeting's and a report's dates, written here: in the language asked
 * for, always in the meeting's own time zone (a meeting in Berlin at 18:00 stays 18:00 for a
 * reader in Lisbon), with Intl, which has the same ICU data as the browsers. The API, the feeds
 * and the widgets then say the same, and the widget bundle carries no date formatting of its own.
 * Days of whole-day meetings come from time/meeting-span, the rule the calendar feeds use too.
 */
import type { DatePrecision, Locale } from '../../../shared/wire';
import { isWholeDays, meetingDays, type MeetingTiming } from '../time/meeting-span';
import { parseInstant, Temporal } from '../time/zoned-time';

const TENTATIVELY: Record<Locale, string> = { de: 'voraussichtlich', en: 'tentatively' };

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

/** "Freitag, 12. März 2027, 18:00–20:30 Uhr", "Freitag, 12. – Sonntag, 14. März 2027", "voraussichtlich März 2027". */
export function meetingWhen(timing: DisplayTiming, locale: Locale): string {
  const start = parseInstant(timing.start);
  if (!start) return '';
  if (timing.datePrecision === 'month') {
    const days = meetingDays(timing)!;
    const month = formatter(locale, { month: 'long', year: 'numeric' }, 'UTC');
    return `${TENTATIVELY[locale]} ${span(month, dayInUtc(days.first), dayInUtc(days.afterLast.subtract({ days: 1 })))}`;
  }
  if (isWholeDays(timing)) {
    const days = meetingDays(timing)!;
    return span(formatter(locale, { dateStyle: 'full' }, 'UTC'), dayInUtc(days.first), dayInUtc(days.afterLast.subtract({ days: 1 })));
  }
  const end = parseInstant(timing.end);
  return span(formatter(locale, { dateStyle: 'full', timeStyle: 'short' }, timing.timeZone), start.epochMilliseconds, end?.epochMilliseconds);
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
