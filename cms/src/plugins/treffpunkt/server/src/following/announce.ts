/**
 * What followers are told of without anyone writing it: a report the first time it is published
 * (never again on an edit or a re-publish: the announcement is remembered), and a meeting someone
 * marked when it is cancelled (a single meeting, or one date of a series). A database lifecycle on
 * the published row, inside the publishing transaction: the announcement is stored with the
 * publish or not at all, and the worker (services/follow-mails.ts) queues its mails.
 */
import type { Core } from '@strapi/strapi';
import type { Recurrence } from 'treffpunkt-shared/recurrence';
import { CONTENT_TYPES } from 'treffpunkt-shared/content-types';
import type { EventStatus } from 'treffpunkt-shared/wire';
import { treffpunktConfig } from '../config';
import { treffpunkt } from '../plugin';
import { mailQueueRepository, reportNotice, type AnnouncementKind } from '../repositories/mail-queue';

interface PublishedRow {
  documentId?: string;
  publishedAt?: string | Date | null;
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

  return {
    async afterCreate(event: LifecycleEvent) {
      const row = event.result;
      if (!treffpunktConfig(strapi).followByEmail || !row?.publishedAt || !row.documentId) return;
      const { documentId } = row;
      const at = service('clock').now().getTime();
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
