/**
 * The series form's preview in the edit view: a series not yet saved, checked as saving checks
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
import { upcomingOccurrences, type Occurrence } from '../recurrence/occurrences';
import { toZonedIso } from '../time/zoned-time';
import { meetingBrief } from '../wire/display';
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
  preview(draft: SeriesDraft): SeriesPreviewResponse['data'] {
    const { limit, recurrence: rule, ...timing } = draft;
    const checked = checkRecurrence(rule, timing);
    if ('message' in checked) throw new errors.ValidationError(checked.message, { parameter: 'recurrence' });
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
