/**
 * A series in words, as a person says it: "jeden ersten Dienstag im Monat, 19:00–20:30 Uhr, bis
 * 30. Juni 2027", "every 2 weeks on Monday and Wednesday, 6:00 – 8:00 PM". The names of weekdays,
 * the times and the dates come from Intl in the meeting's zone; only the sentence patterns are ours
 * (rrule-temporal's own toText writes German that nobody would say).
 */
import type { Locale } from 'treffpunkt-shared/wire';
import type { Recurrence, Weekday, WeekdayPosition } from 'treffpunkt-shared/recurrence';
import { WEEKDAYS } from 'treffpunkt-shared/recurrence';
import { parseInstant, Temporal } from '../time/zoned-time';

export interface DescribedSeries {
  start: string;
  end?: string | null;
  timeZone: string;
  allDay?: boolean | null;
  datePrecision: string;
  recurrence: Recurrence;
}

/** A Monday (2024-01-01), so that WEEKDAYS[i] is that day plus i. */
const MONDAY = Date.UTC(2024, 0, 1, 12);

function weekdayName(weekday: Weekday, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(MONDAY + WEEKDAYS.indexOf(weekday) * 864e5);
}

function list(items: string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}

const ORDINAL: Record<Locale, Record<WeekdayPosition, string>> = {
  de: { 1: 'ersten', 2: 'zweiten', 3: 'dritten', 4: 'vierten', [-1]: 'letzten' },
  en: { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', [-1]: 'last' },
};

const englishOrdinal = (day: number) =>
  `${day}${day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th'}`;

/** "jeden Mittwoch", "alle 2 Wochen am Montag und Mittwoch", "jeden ersten Dienstag im Monat", "alle 3 Monate am 15.". */
function rhythm(recurrence: Recurrence, locale: Locale): string {
  const { interval, monthly } = recurrence;
  const de = locale === 'de';
  if (recurrence.frequency === 'weekly') {
    const days = list(
      (recurrence.weekdays ?? []).map((day) => weekdayName(day, locale)),
      locale,
    );
    if (interval === 1) return de ? `jeden ${days}` : `every ${days}`;
    return de ? `alle ${interval} Wochen am ${days}` : `every ${interval} weeks on ${days}`;
  }
  if (monthly?.by === 'weekday') {
    const day = `${ORDINAL[locale][monthly.position]} ${weekdayName(monthly.weekday, locale)}`;
    if (interval === 1) return de ? `jeden ${day} im Monat` : `every ${day} of the month`;
    return de ? `alle ${interval} Monate am ${day}` : `every ${interval} months on the ${day}`;
  }
  const day = monthly?.by === 'day-of-month' ? monthly.day : 1;
  if (interval === 1) return de ? `jeden Monat am ${day}.` : `every month on the ${englishOrdinal(day)}`;
  return de ? `alle ${interval} Monate am ${day}.` : `every ${interval} months on the ${englishOrdinal(day)}`;
}

/** "19:00–20:30 Uhr" in the meeting's zone; nothing for whole-day meetings. */
function timeOfDay(series: DescribedSeries, locale: Locale): string | null {
  if (series.allDay || series.datePrecision !== 'time') return null;
  const start = parseInstant(series.start)!.epochMilliseconds;
  const end = parseInstant(series.end)?.epochMilliseconds;
  const format = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: series.timeZone });
  const sameDay = end !== undefined && end - start < 864e5;
  const text = sameDay && end > start ? format.formatRange(start, end) : format.format(start);
  return locale === 'de' && !text.includes('Uhr') ? `${text} Uhr` : text;
}

function ending(recurrence: Recurrence, locale: Locale): string | null {
  const { end } = recurrence;
  if (end.type === 'until') {
    const date = Temporal.PlainDate.from(end.date);
    const text = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      Date.UTC(date.year, date.month - 1, date.day, 12),
    );
    return locale === 'de' ? `bis ${text}` : `until ${text}`;
  }
  if (end.type === 'count') return locale === 'de' ? `${end.count} Termine` : `${end.count} times`;
  return null;
}

/** The whole sentence: rhythm, time of day, end. */
export function describeSeries(series: DescribedSeries, locale: Locale): string {
  return [rhythm(series.recurrence, locale), timeOfDay(series, locale), ending(series.recurrence, locale)].filter(Boolean).join(', ');
}
