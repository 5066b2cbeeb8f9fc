/**
 * One read of one source: its importer reads it (treffpunkt.ts, feed.ts, icalendar.ts), mirror.ts
 * writes what it found, and the source keeps what happened in words. A read that fails changes
 * nothing mirrored; the source says why, and the schedule comes back to it later each time it
 * fails again in a row (twice the interval, four times, … at most a day).
 */
import type { Core } from '@strapi/strapi';
import { SOURCE } from 'treffpunkt-shared/content-types';
import type { Bilingual } from 'treffpunkt-shared/locales';
import type { SourceFormat } from 'treffpunkt-shared/sources';
import type { TreffpunktConfig } from '../config';
import { readFeed } from './feed';
import { readCalendar } from './icalendar';
import type { Importer } from './items';
import { mediaChecker } from './media';
import { mirror } from './mirror';
import { PROBLEMS, SourceProblem } from './problems';
import { readTreffpunkt } from './treffpunkt';

const IMPORTERS: Record<SourceFormat, Importer> = { treffpunkt: readTreffpunkt, feed: readFeed, icalendar: readCalendar };

const LONGEST_BACKOFF_MS = 24 * 3600 * 1000;

/** A source as stored: what the office set, and what the last reads found. */
export interface StoredSource {
  id: number;
  documentId: string;
  name: string;
  url: string;
  format: SourceFormat;
  includeSubnetworks?: boolean | null;
  network?: { documentId: string; name: string } | null;
  originName?: string | null;
  lastAttemptAt?: string | null;
  lastSuccessAt?: string | null;
  httpStatus?: number | null;
  problem?: Bilingual | null;
  notes?: Bilingual[] | null;
  failures?: number | null;
  nextAttemptAt?: string | null;
  readFrom?: string | null;
  etag?: string | null;
  lastModified?: string | null;
  cursor?: string | null;
}

export type SourceSettings = TreffpunktConfig['sources'];

/** What a read is of: validators and cursor of another address, or of another kind of read, mean nothing for this one. */
const readFromOf = (source: StoredSource) => `${source.format}${source.includeSubnetworks ? '+subnetworks' : ''} ${source.url}`;

/** When the schedule reads a source next: after the interval, and after `failures` failures in a row twice as late each time. */
export function nextAttempt(now: Date, intervalMinutes: number, failures: number): Date {
  const wait = intervalMinutes * 60_000 * 2 ** Math.max(0, failures - 1);
  return new Date(now.getTime() + Math.min(wait, Math.max(LONGEST_BACKOFF_MS, intervalMinutes * 60_000)));
}

export async function readSource(strapi: Core.Strapi, source: StoredSource, settings: SourceSettings, now: Date): Promise<void> {
  const save = (data: Record<string, unknown>) => strapi.db.query(SOURCE).update({ where: { id: source.id }, data });
  const sameRead = source.readFrom === readFromOf(source);
  try {
    if (!source.network) throw new SourceProblem(PROBLEMS.noNetwork());
    const imported = await IMPORTERS[source.format]({
      url: source.url,
      includeSubnetworks: Boolean(source.includeSubnetworks),
      limits: settings,
      validators: sameRead ? { etag: source.etag, lastModified: source.lastModified } : {},
      cursor: sameRead ? (source.cursor ?? null) : null,
      now,
      media: mediaChecker(settings),
    });
    const originName = imported.originName ?? source.originName ?? null;
    const result =
      imported.status === 304
        ? null
        : await mirror(strapi, { documentId: source.documentId, networkId: source.network.documentId }, originName ?? source.name).apply(
            imported,
          );
    await save({
      lastAttemptAt: now,
      lastSuccessAt: now,
      httpStatus: imported.status,
      problem: null,
      // Nothing was read anew on a 304: what the last read noted still holds.
      notes: result ? [...imported.notes, ...result.notes] : (source.notes ?? []),
      failures: 0,
      nextAttemptAt: nextAttempt(now, settings.intervalMinutes, 0),
      readFrom: readFromOf(source),
      etag: imported.validators.etag ?? null,
      lastModified: imported.validators.lastModified ?? null,
      cursor: imported.cursor,
      originName,
    });
  } catch (error) {
    const problem =
      error instanceof SourceProblem ? error : new SourceProblem(PROBLEMS.unexpected((error as Error).message ?? String(error)));
    if (!(error instanceof SourceProblem)) strapi.log.error(`treffpunkt: reading the source ${source.documentId} failed`, error);
    const failures = (source.failures ?? 0) + 1;
    await save({
      lastAttemptAt: now,
      httpStatus: problem.httpStatus,
      problem: problem.text,
      failures,
      nextAttemptAt: nextAttempt(now, settings.intervalMinutes, failures),
    });
  }
}
