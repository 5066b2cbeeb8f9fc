/**
 * The admin's home page: the meetings that wait for their report and the next meetings, each
 * list only with what the logged-in user may do, decided by Strapi's roles as the content
 * manager decides them (its permission checker, with the user's conditions and languages):
 * - waiting for a report: published meetings that are over and have no report yet, for users
 *   with the plugin's "write the report" permission and the right to create reports; every
 *   meeting they may read is listed, since that permission lets them write the report of any
 *   past meeting (Strapi's Author role: meetings planned by others too); a series is not among
 *   them, since "write the report" writes one report per meeting, not one per date of a series,
 *   nor a meeting mirrored from a source, whose report is written where it comes from;
 * - next meetings: meetings not over yet (drafts included) that the user may edit; a series by
 *   its next date (shared/recurrence.ts), while it has one.
 */
import type { Core } from '@strapi/strapi';
import { ACTIONS, type HomeMeeting, type HomeMeetingList, type HomeResponse } from 'treffpunkt-shared/admin-api';
import { CONTENT_TYPES, SOURCE } from 'treffpunkt-shared/content-types';
import type { Recurrence } from 'treffpunkt-shared/recurrence';
import { DEFAULT_LOCALE, type Locale } from 'treffpunkt-shared/wire';
import { treffpunkt } from '../plugin';
import { EVENT_TIMING_FIELDS, type EventTimingRow } from '../repositories/events';
import { columnOf, documents, linkTable } from '../repositories/published';
import { upcomingOccurrences } from '../recurrence/occurrences';
import { meetingOver, notOverFilter } from '../time/meeting-span';
import { meetingWhen } from '../wire/display';

type MeetingRow = EventTimingRow & { title: string };

interface PermissionChecker {
  can: { create(): boolean };
  cannot: { read(): boolean; update(): boolean };
  sanitizedQuery: { read(query: object): Promise<Record<string, unknown>>; update(query: object): Promise<Record<string, unknown>> };
}

/** The user's abilities, as Strapi's admin authentication puts them on the request. */
export interface UserAbility {
  can(action: string, subject?: unknown): boolean;
}

export interface HomeQuery {
  locale: Locale;
  limit: number;
}

const ROW_FIELDS = ['documentId', 'locale', 'title', ...EVENT_TIMING_FIELDS];

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const checker = (userAbility: UserAbility, model: string) =>
    strapi.plugin('content-manager').service('permission-checker').create({ userAbility, model }) as PermissionChecker;

  /** Every event (by documentId) a report links to, draft or published, in any language. */
  async function eventsWithReport(): Promise<Set<string>> {
    const link = linkTable(strapi, CONTENT_TYPES.report, 'event');
    const events = strapi.db.metadata.get(CONTENT_TYPES.event);
    const documentIdColumn = columnOf(strapi, CONTENT_TYPES.event, 'documentId');
    const rows: { documentId: string }[] = await strapi.db
      .connection(link.name)
      .distinct({ documentId: `${events.tableName}.${documentIdColumn}` })
      .join(events.tableName, `${events.tableName}.id`, `${link.name}.${link.inverseJoinColumn.name}`);
    return new Set(rows.map((row) => row.documentId));
  }

  /** Every event mirrored from a source (server/src/sources), by documentId. */
  async function mirroredEvents(): Promise<Set<string>> {
    const rows = (await strapi.db.query(CONTENT_TYPES.event).findMany({
      where: { origin: { id: { $notNull: true } } },
      select: ['documentId'],
    })) as { documentId: string }[];
    return new Set(rows.map((row) => row.documentId));
  }

  /**
   * The versions of the events `query` finds, as the user's role lets them see them (all languages).
   * The permission checker drops Date values from filters (it clones them as objects): instants go in as ISO strings.
   */
  async function eventRows(
    sanitize: (query: object) => Promise<Record<string, unknown>>,
    query: { filters: object; [key: string]: unknown },
  ): Promise<MeetingRow[]> {
    const filters = JSON.parse(JSON.stringify(query.filters));
    const sanitized = await sanitize({ ...query, filters, fields: ROW_FIELDS, locale: '*' });
    return (await documents(strapi, CONTENT_TYPES.event).findMany(sanitized)) as MeetingRow[];
  }

  /**
   * The names of the networks of the meetings `documentIds`, when the user may read networks. Asked
   * apart: the permission checker checks a populated relation's fields against the event's own.
   */
  async function networkNames(ability: UserAbility, documentIds: string[]): Promise<Map<string, string>> {
    if (documentIds.length === 0 || checker(ability, CONTENT_TYPES.network).cannot.read()) return new Map();
    const rows = (await strapi.db.query(CONTENT_TYPES.event).findMany({
      where: { documentId: { $in: documentIds }, network: { id: { $notNull: true } } },
      select: ['documentId'],
      populate: { network: { select: ['name'] } },
    })) as { documentId: string; network: { name: string } | null }[];
    // Any version's: a translation may lack the network while its network has none in that language.
    return new Map(rows.flatMap((row) => (row.network ? [[row.documentId, row.network.name] as const] : [])));
  }

  /** One row per meeting, in the order of `rows`: in `locale` where the meeting has it, else in the default language. */
  function oneRowPerMeeting(rows: MeetingRow[], locale: Locale): MeetingRow[] {
    const rank = (row: MeetingRow) => (row.locale === locale ? 0 : row.locale === DEFAULT_LOCALE ? 1 : 2);
    const byMeeting = new Map<string, MeetingRow>();
    for (const row of rows) {
      const seen = byMeeting.get(row.documentId);
      if (!seen || rank(row) < rank(seen)) byMeeting.set(row.documentId, row);
    }
    return [...byMeeting.values()];
  }

  /** The first `limit` meetings (one row each, the shown language's), with their networks, and how many there are. */
  async function listOf(
    ability: UserAbility,
    meetings: MeetingRow[],
    query: HomeQuery,
    published: (shown: string[]) => Promise<Set<string>>,
  ): Promise<HomeMeetingList> {
    const shown = meetings.slice(0, query.limit);
    const documentIds = shown.map((row) => row.documentId);
    const [networks, isPublished] = await Promise.all([networkNames(ability, documentIds), published(documentIds)]);
    return {
      total: meetings.length,
      meetings: shown.map((row): HomeMeeting => ({
        documentId: row.documentId,
        locale: row.locale,
        title: row.title,
        when: meetingWhen(row, query.locale),
        network: networks.get(row.documentId) ?? null,
        published: isPublished.has(row.documentId),
      })),
    };
  }

  async function waitingForReport(ability: UserAbility, query: HomeQuery, now: Date): Promise<HomeMeetingList | null> {
    if (!ability.can(ACTIONS.reportFromEvent) || !checker(ability, CONTENT_TYPES.report).can.create()) return null;
    const events = checker(ability, CONTENT_TYPES.event);
    if (events.cannot.read()) return null;
    const [rows, reported, mirrored] = await Promise.all([
      eventRows(events.sanitizedQuery.read, {
        filters: { start: { $lte: now }, recurrence: { $null: true } },
        status: 'published',
        sort: [{ start: 'desc' }, { id: 'desc' }],
      }),
      eventsWithReport(),
      mirroredEvents(),
    ]);
    const waiting = rows.filter(
      (row) => !reported.has(row.documentId) && !mirrored.has(row.documentId) && (meetingOver(row)?.getTime() ?? Infinity) <= now.getTime(),
    );
    return listOf(ability, oneRowPerMeeting(waiting, query.locale), query, async (documentIds) => new Set(documentIds));
  }

  async function nextMeetings(ability: UserAbility, query: HomeQuery, now: Date): Promise<HomeMeetingList | null> {
    const events = checker(ability, CONTENT_TYPES.event);
    if (events.cannot.update()) return null;
    const rows = await eventRows(events.sanitizedQuery.update, {
      filters: { $or: [{ recurrence: { $notNull: true } }, notOverFilter(now)] },
      status: 'draft',
      sort: [{ start: 'asc' }, { id: 'asc' }],
    });
    const ahead = rows
      .flatMap((row) =>
        row.recurrence ? nextOfSeries(row, row.recurrence, now) : (meetingOver(row)?.getTime() ?? 0) > now.getTime() ? [row] : [],
      )
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    return listOf(ability, oneRowPerMeeting(ahead, query.locale), query, publishedAmong);
  }

  /** A series as its next date not over at `now` (moved where the editors moved it), or nothing when it has none ahead. */
  function nextOfSeries(row: MeetingRow, recurrence: Recurrence, now: Date): MeetingRow[] {
    const [next] = upcomingOccurrences({ ...row, recurrence }, now, 1);
    return next ? [{ ...row, start: next.start.toISOString(), end: next.end?.toISOString() ?? null }] : [];
  }

  async function publishedAmong(documentIds: string[]): Promise<Set<string>> {
    if (documentIds.length === 0) return new Set();
    const rows = (await strapi.db.query(CONTENT_TYPES.event).findMany({
      where: { documentId: { $in: documentIds }, publishedAt: { $notNull: true } },
      select: ['documentId'],
    })) as { documentId: string }[];
    return new Set(rows.map((row) => row.documentId));
  }

  return {
    async lists(ability: UserAbility, query: HomeQuery): Promise<HomeResponse['data']> {
      const now = treffpunkt(strapi).service('clock').now();
      const [waiting, next] = await Promise.all([waitingForReport(ability, query, now), nextMeetings(ability, query, now)]);
      // Sources, for whoever may open them: which fail, and why.
      const sources = ability.can('plugin::content-manager.explorer.read', SOURCE)
        ? await treffpunkt(strapi).service('sources').overview(query.locale)
        : null;
      return { waitingForReport: waiting, next, sources };
    },
  };
};
