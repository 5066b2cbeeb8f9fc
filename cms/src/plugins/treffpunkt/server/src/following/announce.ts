/**
 * What followers are told of without anyone writing it: a report the first time it is published
 * (never again on an edit or a re-publish: the announcement is remembered), and a meeting someone
 * marked when it is cancelled (a single meeting, or one date of a series). A database lifecycle on
 * the published row, inside the publishing transaction: the announcement is stored with the
 * publish or not at all, and the worker (services/follow-mails.ts) queues its mails.
 *
 * A report a source brings (sources/) is announced as news only when its site published it in the
 * last MIRRORED_NEWS_DAYS: a source's first read brings the member's whole archive, which followers
 * would otherwise get as a flood of mails about old reports.
 */
import type { Core } from '@strapi/strapi';
import type { Recurrence } from 'treffpunkt-shared/recurrence';
import { CONTENT_TYPES } from 'treffpunkt-shared/content-types';
import type { EventStatus } from 'treffpunkt-shared/wire';
import { treffpunktConfig } from '../config';
import { treffpunkt } from '../plugin';
import { mailQueueRepository, reportNotice, type AnnouncementKind } from '../repositories/mail-queue';
import { isSyncWrite } from '../sources/sync-context';
import { addDays, DEFAULT_TIME_ZONE, todayIn } from '../time/zoned-time';

const MIRRORED_NEWS_DAYS = 7;

interface PublishedRow {
  documentId?: string;
  publishedAt?: string | Date | null;
  /** A report's, as Strapi reads a date field: YYYY-MM-DD. */
  publicationDate?: string | null;
  eventStatus?: EventStatus;
  recurrence?: Recurrence | null;
}

interface LifecycleEvent {
  model: { uid: string };
  result?: PublishedRow;
}

interface Notice {
  notice: string;
  kind: AnnouncementKind;
  date: string | null;
}

export function announceOnPublish(strapi: Core.Strapi) {
  const queue = mailQueueRepository(strapi);
  const service = treffpunkt(strapi).service;

  /** The notices a published row gives: the report itself; the meeting, or each date of the series, that is cancelled. */
  function noticesOf(uid: string, row: PublishedRow, documentId: string): Notice[] {
    if (uid === CONTENT_TYPES.report) return [{ notice: reportNotice(documentId), kind: 'report', date: null }];
    const dates = (row.recurrence?.exceptions ?? [])
      .filter((exception) => exception.change === 'cancelled')
      .map((exception) => exception.date);
    const cancelled = row.eventStatus === 'cancelled' ? [null, ...dates] : dates;
    return cancelled.map((date) => ({ notice: `cancelled:${documentId}:${date ?? '-'}`, kind: 'cancelled', date }));
  }

  /** A report a source published before the last MIRRORED_NEWS_DAYS (an editor's own are news whatever their date). */
  function isOldMirroredReport(uid: string, row: PublishedRow, now: Date): boolean {
    if (uid !== CONTENT_TYPES.report || !isSyncWrite() || !row.publicationDate) return false;
    return row.publicationDate < addDays(todayIn(now, DEFAULT_TIME_ZONE), -MIRRORED_NEWS_DAYS);
  }

  return {
    async afterCreate(event: LifecycleEvent) {
      const row = event.result;
      if (!treffpunktConfig(strapi).followByEmail || !row?.publishedAt || !row.documentId) return;
      const { documentId } = row;
      const now = service('clock').now();
      const at = now.getTime();
      if (isOldMirroredReport(event.model.uid, row, now)) return queue.announcedAlready([documentId], at);
      await strapi.db.transaction(async ({ onCommit }) => {
        let announced = false;
        for (const { notice, kind, date } of noticesOf(event.model.uid, row, documentId)) {
          announced = (await queue.announce(notice, kind, documentId, date, at)) || announced;
        }
        if (announced) onCommit(() => service('follow-mails').poke());
      });
    },
  };
}

/**
 * Where following begins on a database with reports (the first start with it): they count as
 * announced, so followers hear of reports published from then on, not of an old one an editor corrects.
 */
export async function countPublishedReportsAsAnnounced(strapi: Core.Strapi) {
  const rows = (await strapi.db.query(CONTENT_TYPES.report).findMany({
    where: { publishedAt: { $notNull: true } },
    select: ['documentId'],
  })) as { documentId: string }[];
  const now = treffpunkt(strapi).service('clock').now().getTime();
  await mailQueueRepository(strapi).announcedAlready([...new Set(rows.map((row) => row.documentId))], now);
}
