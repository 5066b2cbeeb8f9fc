/**
 * "Write the report" on a past meeting: a draft report linked to the event, with what the
 * event already knows (network, dates, place, agenda as a starting outline), so the editor
 * only writes what happened. One report per event, of a series one per occurrence (its date in
 * the report's `occurrence`, its own date and place): asking again opens the existing one.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { EventReportRef, ReportableOccurrence } from 'treffpunkt-shared/admin-api';
import { CONTENT_TYPES } from 'treffpunkt-shared/content-types';
import type { Recurrence } from 'treffpunkt-shared/recurrence';
import type { DatePrecision, Locale } from 'treffpunkt-shared/wire';
import { treffpunkt } from '../plugin';
import { occurrenceOn, pastOccurrences, type Occurrence, type SeriesEvent } from '../recurrence/occurrences';
import { DEFAULT_TIME_ZONE, toZonedDate } from '../time/zoned-time';
import { calendarDates, meetingBrief } from '../wire/display';
import { paragraphsToBlocks } from '../repositories/stored-parts';
import { documents } from '../repositories/published';

const TITLE_MAX = 200;

const REPORT_WORDING: Record<Locale, { title: string; slug: string }> = {
  de: { title: 'Bericht', slug: 'bericht' },
  en: { title: 'Report', slug: 'report' },
};

/** A meeting as its editors have it (the draft): what its report is written from. */
interface MeetingDraft {
  documentId: string;
  locale: Locale;
  title?: string | null;
  slug?: string | null;
  start?: string | null;
  end?: string | null;
  timeZone?: string | null;
  allDay?: boolean | null;
  datePrecision?: DatePrecision | null;
  recurrence?: Recurrence | null;
  attendanceMode?: string | null;
  network?: { documentId: string } | null;
  venue?: { name?: string | null; city?: string | null } | null;
  agenda?: { time?: string | null; topic: string }[];
}

export interface AdminUser {
  id: number;
}

/** "Haus der Jugend, Hannover"; "Online" for an online meeting without a venue. */
export function placeOf(event: Pick<MeetingDraft, 'venue' | 'attendanceMode'>): string | null {
  const parts = [event.venue?.name, event.venue?.city].map((part) => part?.trim()).filter(Boolean);
  if (parts.length > 0) return parts.join(', ');
  return event.attendanceMode === 'online' ? 'Online' : null;
}

/** Calendar dates in the meeting's time zone; an end only when the meeting spans several days. */
export function meetingDatesOf(event: Pick<MeetingDraft, 'start' | 'end' | 'timeZone'>) {
  const timeZone = event.timeZone || DEFAULT_TIME_ZONE;
  const meetingStart = event.start ? toZonedDate(event.start, timeZone) : null;
  const lastDay = event.end ? toZonedDate(event.end, timeZone) : null;
  return { meetingStart, meetingEnd: lastDay && lastDay !== meetingStart ? lastDay : null };
}

/** The event as a series, when it repeats. */
function seriesOf(event: Pick<MeetingDraft, 'start' | 'end' | 'timeZone' | 'recurrence'>): SeriesEvent | null {
  if (!event.recurrence || !event.start) return null;
  return { start: event.start, end: event.end, timeZone: event.timeZone || DEFAULT_TIME_ZONE, recurrence: event.recurrence };
}

/** How many past occurrences of a series the edit view offers to write the report of. */
const OFFERED_OCCURRENCES = 5;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const now = () => treffpunkt(strapi).service('clock').now();
  const hasStarted = (start: string | null | undefined) => Boolean(start) && new Date(start!) <= now();

  /** The report of the event; of a series, the one of the occurrence on `occurrence`. */
  async function reportOf(eventDocumentId: string, occurrence?: string): Promise<EventReportRef | null> {
    const row = (await strapi.db.query(CONTENT_TYPES.report).findOne({
      where: { event: { documentId: eventDocumentId }, ...(occurrence && { occurrence }) },
      select: ['documentId', 'locale'],
      orderBy: { id: 'asc' },
    })) as EventReportRef | null;
    return row ? { documentId: row.documentId, locale: row.locale } : null;
  }

  /** The reports of these occurrences of a series, by date. */
  async function reportsOfOccurrences(eventDocumentId: string, dates: string[]): Promise<Map<string, EventReportRef>> {
    const rows = (await strapi.db.query(CONTENT_TYPES.report).findMany({
      where: { event: { documentId: eventDocumentId }, occurrence: { $in: dates } },
      select: ['documentId', 'locale', 'occurrence'],
      orderBy: { id: 'desc' },
    })) as (EventReportRef & { occurrence: string })[];
    // Newest row last wins the map: the first report written of a date, as reportOf finds it.
    return new Map(rows.map((row) => [row.occurrence, { documentId: row.documentId, locale: row.locale }]));
  }

  async function readEvent(documentId: string, locale: Locale): Promise<MeetingDraft> {
    const event = (await documents(strapi, CONTENT_TYPES.event).findOne({
      documentId,
      locale,
      status: 'draft',
      populate: { network: { fields: ['documentId'] }, venue: true, agenda: true },
    })) as MeetingDraft | null;
    if (!event) throw new errors.NotFoundError(`There is no event ${documentId} in "${locale}".`);
    return event;
  }

  /** A translation may lack the network while its network has no version in that language. */
  async function networkOf(event: MeetingDraft): Promise<string | null> {
    if (event.network) return event.network.documentId;
    const any = (await strapi.db.query(CONTENT_TYPES.event).findOne({
      where: { documentId: event.documentId, network: { id: { $notNull: true } } },
      populate: { network: { select: ['documentId'] } },
    })) as { network?: { documentId: string } } | null;
    return any?.network?.documentId ?? null;
  }

  async function freeSlug(base: string): Promise<string> {
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      const taken = await strapi.db.query(CONTENT_TYPES.report).findOne({ where: { slug }, select: ['id'] });
      if (!taken) return slug;
    }
  }

  /** The occurrence a report of a series is about: the one asked for, which must be a past one, else the last. */
  function reportedOccurrence(series: SeriesEvent, asked: string | undefined): Occurrence {
    const refuse = (message: string) => new errors.ValidationError(`occurrence: ${message}`, { parameter: 'occurrence' });
    if (!asked) {
      const [last] = pastOccurrences(series, now(), 1);
      if (!last) throw refuse('no meeting of this series has taken place yet; its report can be written once one has started.');
      return last;
    }
    const occurrence = occurrenceOn(series, asked);
    if (!occurrence) throw refuse(`the series does not meet on ${asked}.`);
    if (occurrence.exception?.change === 'cancelled') throw refuse(`the meeting of ${asked} was cancelled.`);
    if (occurrence.start > now())
      throw refuse(`the meeting of ${asked} has not taken place yet; its report can be written once it has started.`);
    return occurrence;
  }

  async function draftFor(event: MeetingDraft, user: AdminUser, occurrence: Occurrence | null) {
    const wording = REPORT_WORDING[event.locale] ?? REPORT_WORDING.de;
    const network = await networkOf(event);
    const agenda = (event.agenda ?? []).map((item) => item.topic.trim()).filter(Boolean);
    // Of a series: the occurrence's own date, time and place, and its date in the title and the slug.
    const meeting = occurrence ? { ...event, start: occurrence.start.toISOString(), end: occurrence.end?.toISOString() ?? null } : event;
    const day = occurrence ? ` (${calendarDates(occurrence.date, null, event.locale)})` : '';
    const title = `${wording.title}: ${event.title ?? ''}`.slice(0, TITLE_MAX - day.length).trim();
    const slugBase = `${wording.slug}-${event.slug || event.documentId.toLowerCase()}${occurrence ? `-${occurrence.date}` : ''}`;
    return {
      title: `${title}${day}`,
      slug: await freeSlug(slugBase),
      event: { connect: [{ documentId: event.documentId, locale: event.locale }] },
      ...(network && { network: { connect: [{ documentId: network, locale: event.locale }] } }),
      ...(occurrence && { occurrence: occurrence.date }),
      ...meetingDatesOf(meeting),
      place: occurrence?.exception?.place?.trim() || placeOf(event),
      // The agenda's topics as a first outline; participants stay empty: a capacity is not a headcount.
      ...(agenda.length > 0 && { body: paragraphsToBlocks(agenda) }),
      // As the content manager does: Authors may then edit the report they started.
      createdBy: user.id,
      updatedBy: user.id,
    };
  }

  return {
    /**
     * The event's report, if it has one, and whether its report can be written yet; of a series,
     * its last past occurrences (newest first), each with its report, `when` in the admin's language.
     */
    async reportState(
      eventDocumentId: string,
      language: Locale,
    ): Promise<{ report: EventReportRef | null; started: boolean; occurrences: ReportableOccurrence[] | null }> {
      const event = (await strapi.db.query(CONTENT_TYPES.event).findOne({
        where: { documentId: eventDocumentId },
        select: ['start', 'end', 'allDay', 'timeZone', 'datePrecision', 'recurrence'],
      })) as MeetingDraft | null;
      if (!event) throw new errors.NotFoundError(`There is no event ${eventDocumentId}.`);
      const started = hasStarted(event.start);
      const series = seriesOf(event);
      if (!series) return { report: await reportOf(eventDocumentId), started, occurrences: null };
      const past = pastOccurrences(series, now(), OFFERED_OCCURRENCES);
      const reports = await reportsOfOccurrences(
        eventDocumentId,
        past.map((occurrence) => occurrence.date),
      );
      const occurrences = past.map((occurrence) => ({
        date: occurrence.date,
        when: meetingBrief(
          {
            ...event,
            datePrecision: event.datePrecision ?? 'time',
            start: occurrence.start,
            end: occurrence.end,
            timeZone: series.timeZone,
          },
          language,
        ),
        report: reports.get(occurrence.date) ?? null,
      }));
      return { report: null, started, occurrences };
    },

    async createFromEvent(eventDocumentId: string, locale: Locale, user: AdminUser, asked?: string) {
      const event = await readEvent(eventDocumentId, locale);
      const series = seriesOf(event);
      if (!series && asked) {
        throw new errors.ValidationError('occurrence: this meeting does not repeat; its report needs no date.', {
          parameter: 'occurrence',
        });
      }
      const occurrence = series ? reportedOccurrence(series, asked) : null;
      const existing = await reportOf(eventDocumentId, occurrence?.date);
      if (existing) return { report: existing, created: false };
      if (!hasStarted(event.start)) {
        throw new errors.ValidationError('This meeting has not taken place yet; its report can be written once it has started.');
      }
      const report = await documents(strapi, CONTENT_TYPES.report).create({
        data: await draftFor(event, user, occurrence),
        locale: event.locale,
      });
      return { report: { documentId: report.documentId, locale: report.locale }, created: true };
    },
  };
};
