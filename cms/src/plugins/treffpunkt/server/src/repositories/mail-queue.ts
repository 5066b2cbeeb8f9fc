/**
 * The mail queue and the announcements it is filled from (database/following-tables.ts). A mail
 * is one row per subscription and notice (a unique key: never two for the same); instances claim
 * due rows with a lease (on PostgreSQL `FOR UPDATE SKIP LOCKED`, so two never take the same),
 * mark them done once the mail server accepted, or give them back for later. Every instant is
 * epoch milliseconds of the plugin's clock.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { FOLLOWING_TABLES } from '../database/following-tables';
import { isPostgres } from '../instances/session';

const { announcements: ANNOUNCEMENTS, mails: MAILS } = FOLLOWING_TABLES;

export const MAIL_KINDS = ['confirm', 'report', 'digest', 'reminder', 'cancelled'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export interface MailJob {
  id: number;
  subscriptionId: number;
  kind: MailKind;
  notice: string;
  documentId: string | null;
  date: string | null;
  attempts: number;
}

export interface NewMail {
  subscriptionId: number;
  kind: MailKind;
  notice: string;
  documentId?: string | null;
  date?: string | null;
  runAfter: number;
}

export type AnnouncementKind = 'report' | 'cancelled';

/** A report is announced once: its notice names the document, whatever its language versions. */
export const reportNotice = (documentId: string) => `report:${documentId}`;

export interface Announcement {
  id: number;
  notice: string;
  kind: AnnouncementKind;
  documentId: string;
  date: string | null;
}

interface MailRecord {
  id: number;
  subscription_id: number;
  kind: MailKind;
  notice: string;
  document_id: string | null;
  date: string | null;
  attempts: number;
}

const fromRecord = (record: MailRecord): MailJob => ({
  id: Number(record.id),
  subscriptionId: Number(record.subscription_id),
  kind: record.kind,
  notice: record.notice,
  documentId: record.document_id,
  date: record.date,
  attempts: Number(record.attempts),
});

/** Rows are written in batches: SQLite takes at most 999 bound values a statement. */
const BATCH = 100;

export function mailQueueRepository(strapi: Core.Strapi) {
  const knex = () => strapi.db.connection;
  const postgres = isPostgres(strapi);

  /** Of many instances asking at once, each gets other rows: locked ones are skipped, not waited for. */
  const lockingSkipped = (query: Knex.QueryBuilder) => (postgres ? query.forUpdate().skipLocked() : query);

  async function enqueue(mails: NewMail[], now: number, trx?: Knex.Transaction): Promise<void> {
    const records = mails.map((mail) => ({
      subscription_id: mail.subscriptionId,
      kind: mail.kind,
      notice: mail.notice,
      document_id: mail.documentId ?? null,
      date: mail.date ?? null,
      run_after: mail.runAfter,
      created_at: now,
    }));
    for (let start = 0; start < records.length; start += BATCH) {
      await (trx ?? knex())(MAILS)
        .insert(records.slice(start, start + BATCH))
        .onConflict(['subscription_id', 'notice'])
        .ignore();
    }
  }

  return {
    enqueue,

    /** Up to `most` due mails, leased until `leaseUntil`: no other instance takes them before. */
    async claim(now: number, leaseUntil: number, most: number): Promise<MailJob[]> {
      return knex().transaction(async (trx) => {
        const due = lockingSkipped(
          trx(MAILS)
            .select('id')
            .whereNull('done_at')
            .andWhere('run_after', '<=', now)
            .andWhere((where) => where.whereNull('lease_until').orWhere('lease_until', '<', now))
            .orderBy([{ column: 'run_after' }, { column: 'id' }])
            .limit(most),
        );
        const ids = (await due).map((row: { id: number }) => row.id);
        if (ids.length === 0) return [];
        await trx(MAILS)
          .whereIn('id', ids)
          .update({ lease_until: leaseUntil, attempts: trx.raw('attempts + 1') });
        const records: MailRecord[] = await trx(MAILS).whereIn('id', ids).orderBy('id').select('*');
        return records.map(fromRecord);
      });
    },

    async markDone(id: number, outcome: 'sent' | 'skipped', now: number) {
      await knex()(MAILS).where({ id }).update({ done_at: now, outcome, lease_until: null, last_error: null });
    },

    /** Back into the queue, due at `runAfter`. */
    async retryLater(id: number, runAfter: number, error: string) {
      await knex()(MAILS)
        .where({ id })
        .update({ run_after: runAfter, lease_until: null, last_error: error.slice(0, 100) });
    },

    /** Forgets mails done before `before` (a sent notice is not sent again: its announcement is remembered). */
    async deleteDoneBefore(before: number) {
      await knex()(MAILS).where('done_at', '<', before).delete();
    },

    /** Remembers that `notice` is to be announced; false when it was already (an edit, a re-publish). Runs in the writing transaction. */
    async announce(notice: string, kind: AnnouncementKind, documentId: string, date: string | null, now: number): Promise<boolean> {
      return strapi.db.transaction(async ({ trx }) => {
        const inserted = await trx(ANNOUNCEMENTS)
          .insert({ notice, kind, document_id: documentId, date, created_at: now })
          .onConflict('notice')
          .ignore()
          .returning('id');
        return inserted.length > 0;
      });
    },

    /**
     * Remembers the reports as announced already, without mails: those published before following
     * began, or brought old by a source. In the write's transaction where there is one (SQLite has
     * a single connection, which that transaction holds).
     */
    async announcedAlready(reports: string[], now: number) {
      const records = reports.map((documentId) => ({
        notice: reportNotice(documentId),
        kind: 'report',
        document_id: documentId,
        created_at: now,
        fanned_out_at: now,
      }));
      await strapi.db.transaction(async ({ trx }) => {
        for (let start = 0; start < records.length; start += BATCH) {
          await trx(ANNOUNCEMENTS)
            .insert(records.slice(start, start + BATCH))
            .onConflict('notice')
            .ignore();
        }
      });
    },

    /** Announcements whose mails are not queued yet, oldest first. */
    async unqueuedAnnouncements(most: number): Promise<Announcement[]> {
      const records = await knex()(ANNOUNCEMENTS).select('*').whereNull('fanned_out_at').orderBy('id').limit(most);
      return records.map((record) => ({
        id: Number(record.id),
        notice: record.notice,
        kind: record.kind,
        documentId: record.document_id,
        date: record.date,
      }));
    },

    /**
     * Queues the mails of an announcement and marks it queued, together. Two instances doing it at
     * once queue each mail once all the same (the unique key); one that dies before leaves it for the next.
     */
    async queueAnnouncement(id: number, mails: NewMail[], now: number) {
      await knex().transaction(async (trx) => {
        await enqueue(mails, now, trx);
        await trx(ANNOUNCEMENTS).where({ id }).update({ fanned_out_at: now });
      });
    },
  };
}
