import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES } from '../../../shared/content-types';
import type { DatePrecision, EventListResponse, Locale, WireEvent, WireReportRef } from '../../../shared/wire';
import { notFound } from '../http/errors';
import { treffpunkt } from '../plugin';
import { EVENT_POPULATE } from '../reads/populate';
import { belongingToNetworks, findPublishedDocuments, findPublishedRows, localesFor, pageOf } from '../reads/localized-reads';
import { meetingOver } from '../time/meeting-span';
import { toZonedDate } from '../time/zoned-time';
import { toWireEvent, type StoredEvent } from '../wire/event';

const DAY_MS = 24 * 3600 * 1000;
/** A month-precision meeting starts on the 1st and may still be ahead up to a month later. */
const LONGEST_OPEN_SPAN_MS = 32 * DAY_MS;
/** A whole-day meeting goes on until its last day is over, up to a day after the end stored. */
const LONGEST_PAST_END_MS = 2 * DAY_MS;
const CALENDAR_HISTORY_MS = 365 * DAY_MS;
const CALENDAR_LENGTH = 500;

interface EventTimingRow {
  documentId: string;
  locale: Locale;
  start: string;
  end: string | null;
  allDay: boolean | null;
  datePrecision: DatePrecision;
  timeZone: string;
}

export interface EventListQuery {
  networks: string[];
  limit: number;
  page: number;
  locale: Locale;
}

const TIMING_COLUMNS = ['start', 'end', 'allDay', 'datePrecision', 'timeZone'];

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const now = () => treffpunkt(strapi).service('clock').now();

  /** Published events of `networks` not yet over at `now`, soonest first. A three-day meeting that began yesterday is still ahead. */
  async function upcomingRows(networks: string[], locale: Locale, at: Date): Promise<EventTimingRow[]> {
    const rows = await findPublishedRows<EventTimingRow>(
      strapi,
      CONTENT_TYPES.event,
      localesFor(locale),
      {
        ...(await belongingToNetworks(strapi, CONTENT_TYPES.event, networks)),
        $or: [
          { end: { $gte: new Date(at.getTime() - LONGEST_PAST_END_MS) } },
          { start: { $gte: new Date(at.getTime() - LONGEST_OPEN_SPAN_MS) } },
        ],
      },
      TIMING_COLUMNS,
      [{ start: 'asc' }, { id: 'asc' }],
    );
    return rows.filter((row) => (meetingOver(row)?.getTime() ?? 0) > at.getTime());
  }

  async function readEvents(documentIds: string[], locale: Locale, baseUrl: string): Promise<WireEvent[]> {
    const events = (await findPublishedDocuments(strapi, CONTENT_TYPES.event, documentIds, locale, EVENT_POPULATE, [
      'network',
    ])) as unknown as StoredEvent[];
    return Promise.all(events.map(async (event) => toWireEvent(event, locale, baseUrl, await previousReport(event, locale))));
  }

  /** The published report of the network's meeting before `event`: "report of the last meeting". */
  function previousReport(event: Pick<StoredEvent, 'start' | 'timeZone' | 'network'>, locale: Locale): Promise<WireReportRef | null> {
    if (!event.network) return Promise.resolve(null);
    // The calendar day of the last instant before the meeting: a report published that day counts.
    const dayBefore = toZonedDate(new Date(new Date(event.start).getTime() - 1), event.timeZone);
    return treffpunkt(strapi).service('public-report').latestBefore([event.network.slug], dayBefore, locale);
  }

  return {
    previousReport,

    async next(networks: string[], locale: Locale, baseUrl: string): Promise<WireEvent | null> {
      const [soonest] = await upcomingRows(networks, locale, now());
      if (!soonest) return null;
      const [event] = await readEvents([soonest.documentId], locale, baseUrl);
      return event ?? null;
    },

    async upcoming(query: EventListQuery, baseUrl: string): Promise<EventListResponse> {
      const { documentIds, meta } = pageOf(await upcomingRows(query.networks, query.locale, now()), query);
      return { data: await readEvents(documentIds, query.locale, baseUrl), meta };
    },

    async bySlug(slug: string, locale: Locale, baseUrl: string): Promise<WireEvent> {
      const [row] = await findPublishedRows<EventTimingRow>(strapi, CONTENT_TYPES.event, localesFor(locale), { slug }, []);
      if (!row) throw notFound(`There is no published event "${slug}".`, 'slug');
      const [event] = await readEvents([row.documentId], locale, baseUrl);
      return event;
    },

    /** A network's calendar: what is ahead, and the meetings of the past year (calendars keep history). */
    async calendar(networkSlug: string, locale: Locale, baseUrl: string): Promise<WireEvent[]> {
      const yearAgo = new Date(now().getTime() - CALENDAR_HISTORY_MS);
      const rows = await findPublishedRows<EventTimingRow>(
        strapi,
        CONTENT_TYPES.event,
        localesFor(locale),
        { ...(await belongingToNetworks(strapi, CONTENT_TYPES.event, [networkSlug])), start: { $gte: yearAgo } },
        [],
        [{ start: 'asc' }],
      );
      return readEvents(
        rows.slice(0, CALENDAR_LENGTH).map((row) => row.documentId),
        locale,
        baseUrl,
      );
    },
  };
};
