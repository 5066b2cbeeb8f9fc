/**
 * How every repository reads: published documents in a visitor's language, falling back to the
 * default locale where a document has no translation. Relations (network, event) come from
 * whichever version has them: a translation made before its network was translated still
 * belongs to it.
 *
 * Strapi types its Document Service and Query Engine by the app's generated content types,
 * which a plugin's own are not among: the results are typed here, once, by the repositories'
 * stored types.
 */
import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES, type TreffpunktUid } from 'treffpunkt-shared/content-types';
import { readingOrder } from 'treffpunkt-shared/locales';
import type { Locale, WireListMeta } from 'treffpunkt-shared/wire';

export interface StoredDocument {
  documentId: string;
  locale: Locale;
}

type Where = Record<string, unknown>;
export type OrderBy = Record<string, 'asc' | 'desc'>[];

type Params = Record<string, unknown>;

/** The Document Service of one of our content types; each caller types what it reads as its stored type. */
export interface Documents {
  findMany(params: Params): Promise<unknown[]>;
  findOne(params: Params): Promise<unknown>;
  create(params: Params): Promise<StoredDocument>;
  update(params: Params): Promise<StoredDocument | null>;
  publish(params: Params): Promise<{ documentId: string; entries: StoredDocument[] }>;
}

/** The Document Service for `uid`: the one place its parameters, typed by the app's content types, meet ours. */
export function documents(strapi: Core.Strapi, uid: TreffpunktUid): Documents {
  return strapi.documents(uid as never) as unknown as Documents;
}

/**
 * Lightweight rows (documentId, locale and the given columns) of published versions in
 * `locales`, one per document, preferring the first locale.
 */
export async function findPublishedRows<Row extends StoredDocument>(
  strapi: Core.Strapi,
  uid: TreffpunktUid,
  locales: readonly Locale[],
  where: Where,
  select: readonly string[],
  orderBy?: OrderBy,
  limit?: number,
): Promise<Row[]> {
  const rows = (await strapi.db.query(uid).findMany({
    where: { ...where, publishedAt: { $notNull: true }, locale: { $in: locales } },
    select: ['documentId', 'locale', ...select],
    orderBy,
    limit,
  })) as Row[];
  return uniqueByDocument(rows, locales[0]);
}

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

/** The link table of a relation: its own table and the columns that point at both sides. */
export function linkTable(strapi: Core.Strapi, uid: TreffpunktUid, relation: string): JoinTable {
  const attributes = strapi.db.metadata.get(uid).attributes as Record<string, { joinTable?: JoinTable }>;
  return attributes[relation].joinTable as JoinTable;
}

/** The database column of an attribute of `uid`. */
export function columnOf(strapi: Core.Strapi, uid: TreffpunktUid, attribute: string): string {
  const attributes = strapi.db.metadata.get(uid).attributes as Record<string, { columnName?: string }>;
  return attributes[attribute].columnName ?? attribute;
}

/**
 * Where clause for the published rows of events or reports that belong to one of the networks
 * `slugs`. Strapi would filter `network.slug` with a join from every report row (tens of ms on
 * 10,000 reports); the relation's link table is indexed by network, so ask it for the row ids.
 */
export async function belongingToNetworks(strapi: Core.Strapi, uid: TreffpunktUid, slugs: string[]): Promise<Where> {
  const link = linkTable(strapi, uid, 'network');
  const networks = strapi.db.metadata.get(CONTENT_TYPES.network);
  const column = (name: string) => columnOf(strapi, CONTENT_TYPES.network, name);
  const knex = strapi.db.connection;
  const rows: Record<string, number>[] = await knex(link.name)
    .select(link.joinColumn.name)
    .whereIn(
      link.inverseJoinColumn.name,
      knex(networks.tableName).select('id').whereIn(column('slug'), slugs).whereNotNull(column('publishedAt')),
    );
  return { id: { $in: rows.map((row) => row[link.joinColumn.name]) } };
}

/** One row per document, keeping the preferred locale's, in the order first seen. */
export function uniqueByDocument<Row extends StoredDocument>(rows: Row[], locale: Locale): Row[] {
  const byDocument = new Map<string, Row>();
  for (const row of rows) {
    const seen = byDocument.get(row.documentId);
    if (!seen || (seen.locale !== locale && row.locale === locale)) byDocument.set(row.documentId, row);
  }
  return [...byDocument.values()];
}

/**
 * Full published documents with `populate`, in the visitor's language where it exists.
 * Returned in the order of `documentIds`; the relations named in `inheritedRelations`
 * are taken from the default-locale version when the translation has none.
 */
export async function findPublishedDocuments<Stored extends StoredDocument>(
  strapi: Core.Strapi,
  uid: TreffpunktUid,
  documentIds: string[],
  locale: Locale,
  populate: Record<string, unknown>,
  inheritedRelations: readonly (keyof Stored & string)[] = [],
): Promise<Stored[]> {
  if (documentIds.length === 0) return [];
  const versions = await Promise.all(
    readingOrder(locale).map(
      (candidate) =>
        documents(strapi, uid).findMany({
          status: 'published',
          locale: candidate,
          filters: { documentId: { $in: documentIds } },
          populate,
          limit: documentIds.length,
        }) as Promise<Stored[]>,
    ),
  );
  const [preferred, fallback = new Map<string, Stored>()] = versions.map((docs) => new Map(docs.map((doc) => [doc.documentId, doc])));
  return documentIds.flatMap((documentId) => {
    const doc = preferred.get(documentId) ?? fallback.get(documentId);
    if (!doc) return [];
    const other = fallback.get(documentId);
    if (other && other !== doc) {
      for (const relation of inheritedRelations) if (isEmptyRelation(doc[relation])) doc[relation] = other[relation];
    }
    return [doc];
  });
}

function isEmptyRelation(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}

/** One page of `items` (already in order), and the page's metadata. */
export function pageOf<Item>(items: Item[], query: { page: number; limit: number; locale: Locale }): { items: Item[]; meta: WireListMeta } {
  const offset = (query.page - 1) * query.limit;
  return {
    items: items.slice(offset, offset + query.limit),
    meta: {
      page: query.page,
      pageSize: query.limit,
      pageCount: Math.ceil(items.length / query.limit),
      total: items.length,
      locale: query.locale,
    },
  };
}
