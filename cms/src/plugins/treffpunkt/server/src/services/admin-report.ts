/**
 * "Write the report" on a past meeting: a draft report linked to the event, with what the
 * event already knows (network, dates, place, agenda as a starting outline), so the editor
 * only writes what happened. One report per event: asking again opens the existing one.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { EventReportRef } from '../../../shared/admin-api';
import { CONTENT_TYPES } from '../../../shared/content-types';
import type { Locale } from '../../../shared/wire';
import { treffpunkt } from '../plugin';
import { DEFAULT_TIME_ZONE, toZonedDate } from '../time/zoned-time';
import { paragraphsToBlocks } from '../wire/parts';

const TITLE_MAX = 200;

const REPORT_WORDING: Record<Locale, { title: string; slug: string }> = {
  de: { title: 'Bericht', slug: 'bericht' },
  en: { title: 'Report', slug: 'report' },
};

interface StoredEvent {
  documentId: string;
  locale: Locale;
  title?: string | null;
  slug?: string | null;
  start?: string | null;
  end?: string | null;
  timeZone?: string | null;
  attendanceMode?: string | null;
  network?: { documentId: string } | null;
  venue?: { name?: string | null; city?: string | null } | null;
  agenda?: { time?: string | null; topic: string }[];
}

export interface AdminUser {
  id: number;
}

/** "Haus der Jugend, Hannover"; "Online" for an online meeting without a venue. */
export function placeOf(event: Pick<StoredEvent, 'venue' | 'attendanceMode'>): string | null {
  const parts = [event.venue?.name, event.venue?.city].map((part) => part?.trim()).filter(Boolean);
  if (parts.length > 0) return parts.join(', ');
  return event.attendanceMode === 'online' ? 'Online' : null;
}

/** Calendar dates in the meeting's time zone; an end only when the meeting spans several days. */
export function meetingDatesOf(event: Pick<StoredEvent, 'start' | 'end' | 'timeZone'>) {
  const timeZone = event.timeZone || DEFAULT_TIME_ZONE;
  const meetingStart = event.start ? toZonedDate(event.start, timeZone) : null;
  const lastDay = event.end ? toZonedDate(event.end, timeZone) : null;
  return { meetingStart, meetingEnd: lastDay && lastDay !== meetingStart ? lastDay : null };
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const hasStarted = (start: string | null | undefined) => Boolean(start) && new Date(start!) <= treffpunkt(strapi).service('clock').now();

  async function reportOf(eventDocumentId: string): Promise<EventReportRef | null> {
    const row = (await strapi.db.query(CONTENT_TYPES.report).findOne({
      where: { event: { documentId: eventDocumentId } },
      select: ['documentId', 'locale'],
      orderBy: { id: 'asc' },
    })) as EventReportRef | null;
    return row ? { documentId: row.documentId, locale: row.locale } : null;
  }

  async function readEvent(documentId: string, locale: Locale): Promise<StoredEvent> {
    const event = (await strapi.documents(CONTENT_TYPES.event).findOne({
      documentId,
      locale,
      status: 'draft',
      populate: { network: { fields: ['documentId'] }, venue: true, agenda: true },
    } as never)) as StoredEvent | null;
    if (!event) throw new errors.NotFoundError(`There is no event ${documentId} in "${locale}".`);
    return event;
  }

  /** A translation may lack the network while its network has no version in that language. */
  async function networkOf(event: StoredEvent): Promise<string | null> {
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

  async function draftFor(event: StoredEvent, user: AdminUser) {
    const wording = REPORT_WORDING[event.locale] ?? REPORT_WORDING.de;
    const network = await networkOf(event);
    const agenda = (event.agenda ?? []).map((item) => item.topic.trim()).filter(Boolean);
    return {
      title: `${wording.title}: ${event.title ?? ''}`.slice(0, TITLE_MAX).trim(),
      slug: await freeSlug(`${wording.slug}-${event.slug || event.documentId.toLowerCase()}`),
      event: { connect: [{ documentId: event.documentId, locale: event.locale }] },
      ...(network && { network: { connect: [{ documentId: network, locale: event.locale }] } }),
      ...meetingDatesOf(event),
      place: placeOf(event),
      // The agenda's topics as a first outline; participants stay empty: a capacity is not a headcount.
      ...(agenda.length > 0 && { body: paragraphsToBlocks(agenda) }),
      // As the content manager does: Authors may then edit the report they started.
      createdBy: user.id,
      updatedBy: user.id,
    };
  }

  return {
    /** The event's report, if it has one, and whether its report can be written yet. */
    async reportState(eventDocumentId: string): Promise<{ report: EventReportRef | null; started: boolean }> {
      const event = (await strapi.db.query(CONTENT_TYPES.event).findOne({
        where: { documentId: eventDocumentId },
        select: ['start'],
      })) as Pick<StoredEvent, 'start'> | null;
      if (!event) throw new errors.NotFoundError(`There is no event ${eventDocumentId}.`);
      return { report: await reportOf(eventDocumentId), started: hasStarted(event.start) };
    },

    async createFromEvent(eventDocumentId: string, locale: Locale, user: AdminUser) {
      const event = await readEvent(eventDocumentId, locale);
      const existing = await reportOf(eventDocumentId);
      if (existing) return { report: existing, created: false };
      if (!hasStarted(event.start)) {
        throw new errors.ValidationError('This meeting has not taken place yet; its report can be written once it has started.');
      }
      const report = (await strapi.documents(CONTENT_TYPES.report).create({
        data: await draftFor(event, user),
        locale: event.locale,
      } as never)) as unknown as EventReportRef;
      return { report: { documentId: report.documentId, locale: report.locale }, created: true };
    },
  };
};
