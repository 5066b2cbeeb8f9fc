/**
 * Series of meetings, for the admin and for apps that create meetings (the demo does): their
 * dates, and the series form's preview in the edit view: a series not yet saved, checked as saving checks
 * it (validation/recurrence.ts), said back in the sentence the API and the widgets use
 * (recurrence/describe.ts), with its next dates from now. One source for the rule, its words and
 * its messages: the admin builds none of them itself.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { SeriesPreviewOccurrence, SeriesPreviewResponse } from 'treffpunkt-shared/admin-api';
import type { DatePrecision, Locale } from 'treffpunkt-shared/wire';
import { treffpunkt } from '../plugin';
import { describeSeries } from '../recurrence/describe';
import { allOccurrences, upcomingOccurrences, type Occurrence, type SeriesEvent } from '../recurrence/occurrences';
import { toZonedIso } from '../time/zoned-time';
import { meetingBrief } from '../wire/display';
import { inEditorsLanguage } from '../validation/editor-messages';
import { checkRecurrence } from '../validation/recurrence';

export interface SeriesDraft {
  locale: Locale;
  start: string;
  end?: string | null;
  timeZone: string;
  allDay?: boolean | null;
  datePrecision: DatePrecision;
  recurrence: unknown;
  limit: number;
}

function previewOccurrence(occurrence: Occurrence, series: Omit<SeriesDraft, 'recurrence' | 'limit'>): SeriesPreviewOccurrence {
  const { start, end } = occurrence;
  return {
    date: occurrence.date,
    start: toZonedIso(start, series.timeZone),
    end: end ? toZonedIso(end, series.timeZone) : null,
    when: meetingBrief({ ...series, start, end }, series.locale),
    change: occurrence.exception?.change ?? null,
  };
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The first `most` dates of a series, from its start. */
  dates: (series: SeriesEvent, most: number): Occurrence[] => allOccurrences(series, most),

  /** The coming (or ongoing) dates of a series at `at`, at most `most`. */
  upcomingDates: (series: SeriesEvent, at: Date, most: number): Occurrence[] => upcomingOccurrences(series, at, most),

  preview(draft: SeriesDraft): SeriesPreviewResponse['data'] {
    const { limit, recurrence: rule, ...timing } = draft;
    const checked = checkRecurrence(rule, timing);
    if ('problem' in checked) throw new errors.ValidationError(inEditorsLanguage(strapi, checked.problem), { parameter: 'recurrence' });
    const series = { ...timing, recurrence: checked.recurrence };
    // Far enough ahead for one date more than asked, however sparse the rhythm: twice its length for each.
    const horizonDays = 2 * (limit + 1) * series.recurrence.interval * (series.recurrence.frequency === 'weekly' ? 7 : 31);
    const coming = upcomingOccurrences(series, treffpunkt(strapi).service('clock').now(), limit + 1, horizonDays + 1);
    return {
      sentence: describeSeries(series, draft.locale),
      occurrences: coming.slice(0, limit).map((occurrence) => previewOccurrence(occurrence, timing)),
      more: coming.length > limit,
    };
  },
});
