/**
 * Sources (server/src/sources): reading one now, reading the due ones (the schedule, started in
 * bootstrap when `sources.enabled`), and what a source's state is, in the admin's language.
 */
import type { Core } from '@strapi/strapi';
import type { FailingSource, HomeSources, MirroredKind, OriginResponse, SourceState } from 'treffpunkt-shared/admin-api';
import { CONTENT_TYPES, SOURCE } from 'treffpunkt-shared/content-types';
import { DEFAULT_LOCALE, type Locale } from 'treffpunkt-shared/wire';
import { treffpunktConfig } from '../config';
import { treffpunkt } from '../plugin';
import { originOf } from '../repositories/origins';
import { documents } from '../repositories/published';
import { mirroredCount } from '../sources/mirror';
import type { StoredSource } from '../sources/run';
import { sourceReader, startSchedule } from '../sources/schedule';

const iso = (value: string | Date | null | undefined) => (value ? new Date(value).toISOString() : null);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = () => treffpunktConfig(strapi).sources;
  const reader = sourceReader(strapi, settings, () => treffpunkt(strapi).service('clock').now());
  let schedule: { stop(): void } | undefined;

  async function stateOf(source: StoredSource, locale: Locale): Promise<SourceState> {
    const read = Boolean(source.lastAttemptAt);
    return {
      documentId: source.documentId,
      name: source.name,
      url: source.url,
      format: source.format,
      health: !read ? 'unread' : source.problem ? 'failing' : 'ok',
      originName: source.originName ?? null,
      lastAttemptAt: iso(source.lastAttemptAt),
      lastSuccessAt: iso(source.lastSuccessAt),
      httpStatus: source.httpStatus ?? null,
      itemCount: await mirroredCount(strapi, source.documentId),
      problem: source.problem?.[locale] ?? null,
      notes: (source.notes ?? []).map((note) => note[locale]),
      failures: source.failures ?? 0,
      nextAttemptAt: settings().enabled && source.nextAttemptAt ? iso(source.nextAttemptAt) : null,
    };
  }

  /** The source's state, or null when there is none. */
  async function state(documentId: string, locale: Locale): Promise<SourceState | null> {
    const source = await reader.find(documentId);
    return source && stateOf(source, locale);
  }

  return {
    state,

    /** Reads the source now (after a read in progress) and says how it went; null when there is none. */
    async readNow(documentId: string, locale: Locale): Promise<SourceState | null> {
      if (!(await reader.find(documentId))) return null;
      await reader.readNow(documentId);
      return state(documentId, locale);
    },

    /** What the schedule runs: every source that is due. */
    readDue: () => reader.readDue(),

    /** How many sources there are, and the ones whose last read failed, longest failing first. */
    async overview(locale: Locale): Promise<HomeSources> {
      const sources = (await strapi.db.query(SOURCE).findMany({
        select: ['documentId', 'name', 'problem', 'lastSuccessAt', 'failures'],
        orderBy: [{ failures: 'desc' }, { name: 'asc' }],
      })) as StoredSource[];
      const failing = sources
        .filter((source) => source.problem)
        .map((source): FailingSource => ({
          documentId: source.documentId,
          name: source.name,
          problem: source.problem![locale],
          lastSuccessAt: iso(source.lastSuccessAt),
          failures: source.failures ?? 0,
        }));
      return { total: sources.length, failing };
    },

    /** Where a mirrored meeting or report comes from; `withSource` when the user may see sources. */
    async origin(kind: MirroredKind, documentId: string, withSource: boolean): Promise<OriginResponse['data']> {
      const origin = await originOf(strapi, CONTENT_TYPES[kind], documentId);
      if (!origin) return null;
      const source = withSource ? await reader.find(origin.sourceId) : null;
      return {
        name: origin.name,
        url: origin.url,
        updatedAt: iso(origin.originUpdatedAt),
        source: source && { documentId: source.documentId, name: source.name },
        hidden: origin.hidden,
      };
    },

    /** Hides a mirrored document here, or shows it again: a write of `hidden` alone, as the write rules allow an editor. */
    async setHidden(kind: MirroredKind, documentId: string, hidden: boolean): Promise<void> {
      await documents(strapi, CONTENT_TYPES[kind]).update({ documentId, locale: DEFAULT_LOCALE, data: { hidden } });
    },

    startSchedule() {
      if (settings().enabled) schedule ??= startSchedule(strapi, () => reader.readDue());
    },

    stopSchedule() {
      schedule?.stop();
      schedule = undefined;
    },
  };
};
