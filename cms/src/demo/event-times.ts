/**
 * The dates of a demo meeting. Past meetings keep the instants of their reports; upcoming ones
 * are wall times counted in days from the seeding day, so a "next meeting" always exists. A
 * series' dates come from the plugin's own rule (its `series` service), as an editor's would.
 */
import type { Core } from '@strapi/strapi';
import type { Recurrence } from 'treffpunkt-shared/recurrence';
import type { DemoEvent, DemoWhen } from './content';
import { addDays, at, dateIn, DEMO_TIME_ZONE } from './dates';

type DemoSeries = Extract<DemoWhen, { kind: 'series' }>;
type Series = { start: string; end?: string | null; timeZone: string; recurrence: Recurrence };
type SeriesDate = { date: string; start: Date };

/** What the demo asks of the plugin's `series` service. */
interface SeriesService {
  dates(series: Series, most: number): SeriesDate[];
  upcomingDates(series: Series, at: Date, most: number): SeriesDate[];
}

/** How long before the seeding day a demo series began: it has a past, and goes on. */
const SERIES_HISTORY_DAYS = 35;

function ruleOf(when: DemoSeries): Recurrence {
  const { repeats } = when;
  return 'weekly' in repeats
    ? { frequency: 'weekly', interval: 1, weekdays: [repeats.weekly], end: { type: 'never' } }
    : { frequency: 'monthly', interval: 1, monthly: { by: 'weekday', ...repeats.monthly }, end: { type: 'never' } };
}

/**
 * A series' first meeting (the first date its rule gives from some weeks before the seeding day)
 * and its rule, with the cancelled coming occurrence.
 */
function demoSeries(when: DemoSeries, today: string, now: Date, timeZone: string, series: SeriesService) {
  const rule = ruleOf(when);
  const from = addDays(today, -SERIES_HISTORY_DAYS);
  const [first] = series
    .dates({ start: at(from, when.startTime, timeZone), timeZone, recurrence: rule }, 2)
    .filter((occurrence) => occurrence.date >= from);
  const start = first.start.toISOString();
  const end = at(dateIn(first.start, timeZone), when.endTime, timeZone);
  const cancelled = when.cancelled && series.upcomingDates({ start, end, timeZone, recurrence: rule }, now, when.cancelled.upcoming).at(-1);
  const exceptions = cancelled ? [{ date: cancelled.date, change: 'cancelled' as const, note: when.cancelled!.note }] : [];
  return { start, end, recurrence: { ...rule, exceptions } };
}

/**
 * Start and end of a demo meeting (and the rule of a series); relative ones are counted from
 * `today` (YYYY-MM-DD of the seeding day, whose instant is `now`).
 */
export function demoEventTimes(strapi: Core.Strapi, event: DemoEvent, today: string, now: Date) {
  const timeZone = event.timeZone ?? DEMO_TIME_ZONE;
  const { when } = event;
  if (when.kind === 'series') return demoSeries(when, today, now, timeZone, strapi.plugin('treffpunkt').service('series'));
  if (when.kind === 'absolute')
    return { start: new Date(when.start).toISOString(), end: when.end ? new Date(when.end).toISOString() : null };
  let firstDay = addDays(today, when.startInDays);
  // "Sometime in March" is stored as the 1st of the month.
  if (event.datePrecision === 'month') firstDay = `${firstDay.slice(0, 7)}-01`;
  const lastDay = addDays(firstDay, (when.durationDays ?? 1) - 1);
  const start = at(firstDay, when.startTime ?? '00:00', timeZone);
  const endTime = when.endTime ?? (when.startTime ? null : '23:59');
  return { start, end: endTime ? at(lastDay, endTime, timeZone) : null };
}
