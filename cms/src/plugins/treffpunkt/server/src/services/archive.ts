/**
 * A network's archive, for its page: the published reports filtered by year, topic and network,
 * with how many each filter's values find (within the other filters), a page of them; and the
 * meetings that are over, each with the report on it where there is one.
 */
import type { Core } from '@strapi/strapi';
import type { Archive, ArchiveFilters, Facet, PastMeeting } from 'treffpunkt-shared/public-pages';
import type { Locale, WireReportRef } from 'treffpunkt-shared/wire';
import { treffpunkt } from '../plugin';
import { occurrenceOn, type Occurrence } from '../recurrence/occurrences';
import { archiveRepository, type ArchiveRow, type MeetingReportRow } from '../repositories/archive';
import { eventRepository, type StoredEvent } from '../repositories/events';
import { pageOf } from '../repositories/published';
import { reportRepository } from '../repositories/reports';
import { meetingOver, type MeetingTiming } from '../time/meeting-span';
import { toZonedDate } from '../time/zoned-time';
import { toWireEvent } from '../wire/event';
import { toWireReportCard } from '../wire/report';

/** Reports per page of the archive. */
export const ARCHIVE_PAGE_SIZE = 20;
/** Past meetings a page shows: the latest, of the year chosen if one is. */
export const PAST_MEETINGS_SHOWN = 30;

type FilterName = 'year' | 'tag' | 'subnetwork';

/** Each value's count among `rows`, most found first (years: newest first). */
function facet(rows: ArchiveRow[], values: (row: ArchiveRow) => string[], label = (value: string) => value): Facet[] {
  const counts = new Map<string, number>();
  for (const row of rows) for (const value of values(row)) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, label: label(value), count }));
}

const byCount = (a: Facet, b: Facet) => b.count - a.count || a.label.localeCompare(b.label, 'de');

/** A meeting that is over: a single one, or a date of a series that a report is on. */
interface PastSlot {
  event: StoredEvent;
  occurrence: Occurrence | null;
  start: number;
}

const reportKey = (eventId: string, date: string | null) => `${eventId} ${date ?? ''}`;

const isOver = (timing: MeetingTiming, at: Date) => (meetingOver(timing)?.getTime() ?? Infinity) <= at.getTime();

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const archive = archiveRepository(strapi);
  const reports = reportRepository(strapi);
  const events = eventRepository(strapi);
  const now = () => treffpunkt(strapi).service('clock').now();

  /** The reports' references (title and address), by document. */
  async function reportRefs(documentIds: string[], locale: Locale, baseUrl: string): Promise<Map<string, WireReportRef>> {
    const stored = await reports.read(documentIds, locale);
    return new Map(
      stored.map((report) => {
        const { slug, title, locale: language, url } = toWireReportCard(report, baseUrl, locale);
        return [report.documentId, { slug, title, locale: language, url }];
      }),
    );
  }

  /** The single meetings of `networks` that are over, latest first, of `year` if given. */
  async function pastSingles(networks: string[], year: number | undefined, locale: Locale): Promise<PastSlot[]> {
    const at = now();
    const rows = (await archive.singlesBefore(networks, locale, at))
      .filter((row) => isOver(row, at) && (year === undefined || toZonedDate(row.start, row.timeZone).startsWith(`${year}-`)))
      .slice(0, PAST_MEETINGS_SHOWN);
    const stored = await events.read(
      rows.map((row) => row.documentId),
      locale,
    );
    return rows.flatMap((row) => {
      const event = stored.get(row.documentId);
      return event ? [{ event, occurrence: null, start: Date.parse(row.start) }] : [];
    });
  }

  /** The dates of series that reports are on and that are over, of `year` if given. */
  async function reportedSeriesDates(reported: MeetingReportRow[], year: number | undefined, locale: Locale): Promise<PastSlot[]> {
    const dated = reported.filter(
      (row): row is MeetingReportRow & { occurrence: string } =>
        row.occurrence !== null && (year === undefined || row.occurrence.startsWith(`${year}-`)),
    );
    const stored = await events.read(
      dated.map((row) => row.event),
      locale,
    );
    const at = now();
    return dated.flatMap((row) => {
      const event = stored.get(row.event);
      const occurrence = event?.recurrence ? occurrenceOn({ ...event, recurrence: event.recurrence }, row.occurrence) : null;
      if (!event || !occurrence || !isOver({ ...event, start: occurrence.start, end: occurrence.end }, at)) return [];
      return [{ event, occurrence, start: occurrence.start.getTime() }];
    });
  }

  return {
    /** The archive of `networks` (a network and those below it) with `filters` applied, in `locale`. */
    async reports(networks: string[], filters: ArchiveFilters, locale: Locale, baseUrl: string): Promise<Archive> {
      const rows = await archive.reports(networks, locale);
      const names = new Map(rows.map((row) => [row.network.slug, row.network.name]));
      const matches = (row: ArchiveRow, except?: FilterName) =>
        (except === 'year' || filters.year === undefined || row.year === filters.year) &&
        (except === 'tag' || !filters.tag || row.tags.includes(filters.tag)) &&
        (except === 'subnetwork' || !filters.subnetwork || row.network.slug === filters.subnetwork);
      const within = (except: FilterName) => rows.filter((row) => matches(row, except));
      const found = rows.filter((row) => matches(row));
      const { items, meta } = pageOf(found, { page: filters.page, limit: ARCHIVE_PAGE_SIZE, locale });
      const stored = await reports.read(
        items.map((row) => row.documentId),
        locale,
      );
      return {
        filters,
        years: facet(within('year'), (row) => [String(row.year)]).sort((a, b) => Number(b.value) - Number(a.value)),
        tags: facet(within('tag'), (row) => row.tags).sort(byCount),
        networks:
          networks.length > 1
            ? facet(
                within('subnetwork'),
                (row) => [row.network.slug],
                (slug) => names.get(slug) ?? slug,
              ).sort(byCount)
            : [],
        reports: stored.map((report) => toWireReportCard(report, baseUrl, locale)),
        pages: { page: meta.page, pageSize: meta.pageSize, pageCount: meta.pageCount, total: meta.total },
      };
    },

    /** The meetings of `networks` that are over, latest first (of `year` if given), each with the report on it. */
    async pastMeetings(networks: string[], year: number | undefined, locale: Locale, baseUrl: string): Promise<PastMeeting[]> {
      const reported = await archive.reportsOnMeetings(networks, locale);
      const [singles, seriesDates] = await Promise.all([pastSingles(networks, year, locale), reportedSeriesDates(reported, year, locale)]);
      const slots = [...singles, ...seriesDates].sort((a, b) => b.start - a.start).slice(0, PAST_MEETINGS_SHOWN);
      const reportOf = new Map(reported.map((row) => [reportKey(row.event, row.occurrence), row.documentId]));
      const keyOf = (slot: PastSlot) => reportKey(slot.event.documentId, slot.occurrence?.date ?? null);
      const refs = await reportRefs(
        slots.flatMap((slot) => reportOf.get(keyOf(slot)) ?? []),
        locale,
        baseUrl,
      );
      const context = { locale, baseUrl, now: now() };
      return slots.map((slot) => ({
        event: toWireEvent(slot.event, context, null, slot.occurrence),
        report: refs.get(reportOf.get(keyOf(slot)) ?? '') ?? null,
      }));
    },

    /** The report on one meeting of `network` (of a series: on its `date`), if there is one. */
    async reportOn(
      network: string,
      eventSlug: string,
      date: string | null,
      locale: Locale,
      baseUrl: string,
    ): Promise<WireReportRef | null> {
      const reported = await archive.reportsOnMeetings([network], locale);
      const row = reported.find((each) => each.eventSlug === eventSlug && each.occurrence === date);
      return row ? ((await reportRefs([row.documentId], locale, baseUrl)).get(row.documentId) ?? null) : null;
    },
  };
};
