/**
 * The search index of published reports, kept in step with the content: each write to a report
 * (or to a meeting, whose date is the report's year) rewrites that document's entries from what
 * is published (follow-writes.ts), and at start whatever changed without it, or an index of an
 * older format, is brought up to date (an upgraded install, content written below the Document
 * Service, a restored database).
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { CONTENT_TYPES } from 'treffpunkt-shared/content-types';
import { PLUGIN_ID } from 'treffpunkt-shared/admin-api';
import { treffpunkt } from '../plugin';
import { columnOf } from '../repositories/published';
import { reportRepository } from '../repositories/reports';
import { indexEntry } from './entries';
import { ENTRIES, searchStore } from './stores';

const REPORT = CONTENT_TYPES.report;
/** Raise it when what an entry holds changes (its texts, their words, the year's rule): the next start rebuilds the index. */
const FORMAT = 1;
const FORMAT_KEY = 'search-index-format';
/** Documents rewritten per transaction when catching up. */
const BATCH = 200;

export function searchIndex(strapi: Core.Strapi) {
  const reports = reportRepository(strapi);

  /** Rewrites the entries of `documentIds` from their published versions (none when unpublished or deleted). */
  async function sync(documentIds: string[]): Promise<void> {
    const store = searchStore(strapi);
    if (!store || documentIds.length === 0) return;
    await strapi.db.transaction(async ({ trx }) => {
      const versions = await reports.publishedVersions(documentIds);
      await store.write(trx, documentIds, versions.map(indexEntry));
      // Answers found through the old entries go, on every instance, when these are committed.
      await treffpunkt(strapi).service('cache-sync').written();
    });
  }

  /** Reports whose published row has no entry, and entries whose row is no longer a published report. */
  async function outOfStep(knex: Knex): Promise<string[]> {
    const table = strapi.db.metadata.get(REPORT).tableName;
    const [documentId, locale, publishedAt] = ['documentId', 'locale', 'publishedAt'].map((name) => columnOf(strapi, REPORT, name));
    // The same row of the same document and language: ids of a database restored under the index cannot pass for others.
    const sameRow = (query: Knex.QueryBuilder) =>
      query.whereRaw(`entry.row_id = report.id AND entry.document_id = report.${documentId} AND entry.locale = report.${locale}`);
    const unindexed = knex(`${table} as report`)
      .select(`report.${documentId} as document_id`)
      .whereNotNull(`report.${publishedAt}`)
      .whereNotExists(sameRow(knex(`${ENTRIES} as entry`).select('entry.id')));
    const outdated = knex(`${ENTRIES} as entry`)
      .select('entry.document_id')
      .whereNotExists(sameRow(knex(`${table} as report`).select('report.id').whereNotNull(`report.${publishedAt}`)));
    const rows: { document_id: string }[] = await unindexed.union(outdated);
    return [...new Set(rows.map((row) => row.document_id))];
  }

  return {
    sync,

    /** The reports that name `eventDocumentId` as their meeting, in any version. */
    async reportsOfMeeting(eventDocumentId: string): Promise<string[]> {
      const rows = (await strapi.db.query(REPORT).findMany({
        where: { event: { documentId: eventDocumentId } },
        select: ['documentId'],
      })) as { documentId: string }[];
      return [...new Set(rows.map((row) => row.documentId))];
    },

    /** At start: makes the index whole. Returns how many documents it rewrote. */
    async catchUp(): Promise<number> {
      const store = searchStore(strapi);
      if (!store) {
        strapi.log.warn('treffpunkt: searching reports needs PostgreSQL or SQLite; on this database q and year are refused');
        return 0;
      }
      const knex = strapi.db.connection;
      const settings = strapi.store({ type: 'plugin', name: PLUGIN_ID });
      const format = await settings.get({ key: FORMAT_KEY });
      // In one transaction: a start that dies halfway leaves the tables whole or absent, never without their indexes.
      await strapi.db.transaction(async ({ trx }) => {
        if (format !== FORMAT) await store.drop(trx);
        await store.create(trx);
      });
      const documentIds = await outOfStep(knex);
      const started = Date.now();
      for (let i = 0; i < documentIds.length; i += BATCH) await sync(documentIds.slice(i, i + BATCH));
      if (format !== FORMAT) await settings.set({ key: FORMAT_KEY, value: FORMAT });
      if (documentIds.length > 0) {
        strapi.log.info(`treffpunkt: search index brought up to date for ${documentIds.length} reports in ${Date.now() - started} ms`);
      }
      return documentIds.length;
    },
  };
}
