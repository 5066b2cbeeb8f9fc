import type { Core } from '@strapi/strapi';
import type { EventListResponse, Locale, WireEvent, WireReportRef } from 'treffpunkt-shared/wire';
import type { CalendarMeeting } from '../feeds/icalendar';
import { notFound } from '../http/errors';
import { treffpunkt } from '../plugin';
import { eventRepository, type EventFilter, type EventTimingRow, type SeriesRow, type StoredEvent } from '../repositories/events';
import { pageOf } from '../repositories/published';
import { rruleValue } from '../recurrence/rule';
import {
  changedOccurrences,
  HORIZON_DAYS,
  MOST_PER_SERIES,
  occurrenceOn,
  occurrencesBetween,
  upcomingOccurrences,
  type Occurrence,
} from '../recurrence/occurrences';
import { meetingOver } from '../time/meeting-span';
import { toZonedDate } from '../time/zoned-time';
import type { CalendarParams, EventListParams, NextEventParams } from '../validation/public-queries';
import { toWireEvent, type WireContext } from '../wire/event';

const DAY_MS = 24 * 3600 * 1000;
const CALENDAR_HISTORY_MS = 365 * DAY_MS;
const CALENDAR_LENGTH = 500;

/** A meeting on the timeline: a single event, or one occurrence of a series. */
interface Slot {
  documentId: string;
  start: number;
  occurrence: Occurrence | null;
}

const bySoonest = (a: Slot, b: Slot) => a.start - b.start || (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const events = eventRepository(strapi);
  const service = treffpunkt(strapi).service;
  const now = () => service('clock').now();
  const context = (locale: Locale, baseUrl: string): WireContext => ({ locale, baseUrl, now: now() });
  /** The meetings a request asks for: its networks (with their subnetworks if asked), kinds and tag. */
  async function filterOf(params: Pick<NextEventParams, 'network' | 'include' | 'kind' | 'tag'>): Promise<EventFilter> {
    const networks = await service('networks').resolveSlugs(params.network, params.include === 'subnetworks');
    return { networks, kinds: params.kind, tag: params.tag };
  }

  /** Published single meetings not yet over at `at`. A three-day meeting that began yesterday is still ahead. */
  async function upcomingSingles(filter: EventFilter, locale: Locale, at: Date): Promise<Slot[]> {
    const rows = await events.singlesNotOver(filter, locale, at);
    return rows
      .filter((row) => (meetingOver(row)?.getTime() ?? 0) > at.getTime())
      .map((row) => ({ documentId: row.documentId, start: Date.parse(row.start), occurrence: null }));
  }

  /** The next `most` occurrences of each series, not yet over at `at`: bounded per series and in time. */
  async function upcomingOfSeries(filter: EventFilter, locale: Locale, at: Date, most: number): Promise<Slot[]> {
    const rows = await events.series(filter, locale);
    return rows.flatMap((row) =>
      upcomingOccurrences(row, at, most).map((occurrence) => ({
        documentId: row.documentId,
        start: occurrence.start.getTime(),
        occurrence,
      })),
    );
  }

  async function upcomingSlots(filter: EventFilter, locale: Locale, at: Date, most: number): Promise<Slot[]> {
    const [singles, occurrences] = await Promise.all([upcomingSingles(filter, locale, at), upcomingOfSeries(filter, locale, at, most)]);
    return [...singles, ...occurrences].sort(bySoonest);
  }

  /** The published report of the network's meeting before this one: "report of the last meeting". */
  function previousReport(
    event: Pick<StoredEvent, 'start' | 'timeZone' | 'network'>,
    locale: Locale,
    baseUrl: string,
  ): Promise<WireReportRef | null> {
    if (!event.network) return Promise.resolve(null);
    // The calendar day of the last instant before the meeting: a report published that day counts.
    const dayBefore = toZonedDate(new Date(new Date(event.start).getTime() - 1), event.timeZone);
    return service('reports').latestBefore([event.network.slug], dayBefore, locale, baseUrl);
  }

  /** The wire format of each slot: a single meeting as it is stored, an occurrence with its own date, status and note. */
  async function readSlots(slots: Slot[], locale: Locale, baseUrl: string): Promise<WireEvent[]> {
    const stored = await events.read(
      slots.map((slot) => slot.documentId),
      locale,
    );
    return Promise.all(
      slots.flatMap((slot) => {
        const event = stored.get(slot.documentId);
        if (!event) return [];
        const start = slot.occurrence ? slot.occurrence.start.toISOString() : event.start;
        return [
          previousReport({ ...event, start }, locale, baseUrl).then((previous) =>
            toWireEvent(event, context(locale, baseUrl), previous, slot.occurrence),
          ),
        ];
      }),
    );
  }

  async function storedBySlug(slug: string, locale: Locale): Promise<StoredEvent> {
    const event = await events.bySlug(slug, locale);
    // A meeting of a network taken offline is offline with it.
    if (!event?.network) throw notFound(`There is no published event "${slug}".`, 'slug');
    return event;
  }

  /** A series for the calendar feeds: its rule, the dates the editors cancelled and the occurrences they moved. */
  async function seriesMeeting(
    event: StoredEvent & Pick<SeriesRow, 'recurrence'>,
    locale: Locale,
    baseUrl: string,
  ): Promise<CalendarMeeting> {
    const first = toWireEvent(event, context(locale, baseUrl), await previousReport(event, locale, baseUrl));
    const changed = changedOccurrences(event);
    return {
      event: first,
      rule: rruleValue(event),
      cancelled: changed.filter((occurrence) => occurrence.exception?.change === 'cancelled').map((occurrence) => occurrence.ruleStart),
      moved: changed
        .filter((occurrence) => occurrence.exception?.change === 'moved')
        .map((occurrence) => ({ original: occurrence.ruleStart, event: toWireEvent(event, context(locale, baseUrl), null, occurrence) })),
    };
  }

  async function calendarMeeting(event: StoredEvent, locale: Locale, baseUrl: string): Promise<CalendarMeeting> {
    if (event.recurrence) return seriesMeeting({ ...event, recurrence: event.recurrence }, locale, baseUrl);
    return { event: toWireEvent(event, context(locale, baseUrl), await previousReport(event, locale, baseUrl)) };
  }

  return {
    previousReport,

    /** The next (or ongoing) meeting of the networks asked for: a single one or an occurrence of a series, whichever comes first. */
    async next(params: NextEventParams, baseUrl: string): Promise<WireEvent | null> {
      const [soonest] = await upcomingSlots(await filterOf(params), params.locale, now(), 1);
      if (!soonest) return null;
      const [event] = await readSlots([soonest], params.locale, baseUrl);
      return event ?? null;
    },

    /**
     * Upcoming meetings and occurrences in order, a page of them. Bounded whatever the page: a series
     * contributes its occurrences of the next HORIZON_DAYS, at most MOST_PER_SERIES.
     */
    async upcoming(params: EventListParams, baseUrl: string): Promise<EventListResponse> {
      const slots = await upcomingSlots(await filterOf(params), params.locale, now(), MOST_PER_SERIES);
      const { items, meta } = pageOf(slots, params);
      return { data: await readSlots(items, params.locale, baseUrl), meta };
    },

    /** One meeting for "add to calendar": a single one, or the whole series. */
    async calendarEntry(slug: string, locale: Locale, baseUrl: string): Promise<CalendarMeeting> {
      return calendarMeeting(await storedBySlug(slug, locale), locale, baseUrl);
    },

    /**
     * A published meeting by its document in `locale` (else German), or of a series the occurrence
     * on `date`; null when there is none (any more).
     */
    async meeting(documentId: string, date: string | null, locale: Locale, baseUrl: string): Promise<WireEvent | null> {
      const event = (await events.read([documentId], locale)).get(documentId);
      if (!event) return null;
      const occurrence = date && event.recurrence ? occurrenceOn({ ...event, recurrence: event.recurrence }, date) : null;
      if (date && !occurrence) return null;
      const start = occurrence ? occurrence.start.getTime() : Date.parse(event.start);
      const [wire] = await readSlots([{ documentId, start, occurrence }], locale, baseUrl);
      return wire ?? null;
    },

    /**
     * A published meeting a visitor may mark for a reminder, by its slug (of a series, with the
     * date of one occurrence): its document, its network and when it is; null when there is none.
     */
    async markable(slug: string, date: string | null, locale: Locale) {
      const event = await events.bySlug(slug, locale);
      if (!event?.network) return null;
      const occurrence = date && event.recurrence ? occurrenceOn({ ...event, recurrence: event.recurrence }, date) : null;
      // A series is marked one date at a time; a single meeting has no dates to name.
      if (event.recurrence ? !occurrence : date) return null;
      const timing = occurrence ? { ...event, start: occurrence.start, end: occurrence.end } : event;
      return { documentId: event.documentId, network: event.network.slug, timing };
    },

    /** When a marked meeting is (of a series, the occurrence on `date`), in any language; null when it is not published (any more). */
    async markedTiming(documentId: string, date: string | null): Promise<EventTimingRow | null> {
      const [row] = await events.timing(documentId);
      if (!row) return null;
      if (!row.recurrence) return date ? null : row;
      const occurrence = date ? occurrenceOn({ ...row, recurrence: row.recurrence }, date) : null;
      return occurrence && { ...row, start: occurrence.start.toISOString(), end: occurrence.end?.toISOString() ?? null };
    },

    /** One occurrence of a series, by its date. */
    async occurrence(slug: string, date: string, locale: Locale, baseUrl: string): Promise<WireEvent> {
      const event = await storedBySlug(slug, locale);
      const occurrence = event.recurrence ? occurrenceOn({ ...event, recurrence: event.recurrence }, date) : null;
      if (!occurrence) throw notFound(`The event "${slug}" does not meet on ${date}.`, 'date');
      const [wire] = await readSlots([{ documentId: event.documentId, start: occurrence.start.getTime(), occurrence }], locale, baseUrl);
      return wire;
    },

    /**
     * A network's calendar: what is ahead, the meetings of the past year (calendars keep history), and
     * its series whole; with its subnetworks, of some kinds or with a tag where the request asks.
     */
    async calendar(networkSlug: string, params: CalendarParams, baseUrl: string): Promise<CalendarMeeting[]> {
      const { locale } = params;
      const filter = await filterOf({ ...params, network: [networkSlug] });
      const yearAgo = new Date(now().getTime() - CALENDAR_HISTORY_MS);
      const singles = await events.singlesSince(filter, locale, yearAgo);
      // A series belongs in the calendar while it has occurrences from a year ago to the horizon ahead.
      const horizon = new Date(now().getTime() + HORIZON_DAYS * DAY_MS);
      const series = (await events.series(filter, locale)).filter((row) => occurrencesBetween(row, yearAgo, horizon, 1).length > 0);
      const ids = [...singles.slice(0, CALENDAR_LENGTH), ...series].map((row) => row.documentId);
      const stored = await events.read(ids, locale);
      return Promise.all(ids.flatMap((id) => (stored.has(id) ? [calendarMeeting(stored.get(id)!, locale, baseUrl)] : [])));
    },
  };
};
