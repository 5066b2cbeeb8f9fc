/**
 * Reads published documents in a visitor's language, falling back to the default locale
 * where a document has no translation. Relations (network, event) come from whichever
 * version has them: a translation made before its network was translated still belongs to it.
 */
import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES, type TreffpunktUid } from 'treffpunkt-shared/content-types';
import { DEFAULT_LOCALE, type Locale } from 'treffpunkt-shared/wire';

export interface StoredDocument {
  documentId: string;
  locale: Locale;
  [field: string]: unknown;
}

/** The locales to read, the visitor's first. */
export function localesFor(locale: Locale): Locale[] {
  return locale === DEFAULT_LOCALE ? [locale] : [locale, DEFAULT_LOCALE];
}

/**
 * Lightweight rows (documentId and the given columns) of published versions in `locales`,
 * one per document, preferring the first locale.
 */
export async function findPublishedRows<Row extends { documentId: string; locale: Locale }>(
  strapi: Core.Strapi,
  uid: TreffpunktUid,
  locales: readonly Locale[],
  where: Record<string, unknown>,
  select: string[],
  orderBy?: Record<string, 'asc' | 'desc'>[],
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

/**
 * Where clause for the published rows of events or reports that belong to one of the networks
 * `slugs`. Strapi would filter `network.slug` with a join from every report row (tens of ms on
 * 10,000 reports); the relation's link table is indexed by network, so ask it for the row ids.
 */
export async function belongingToNetworks(strapi: Core.Strapi, uid: TreffpunktUid, slugs: string[]) {
  const metadata = strapi.db.metadata;
  const link = (metadata.get(uid).attributes as Record<string, { joinTable?: JoinTable }>).network.joinTable as JoinTable;
  const networks = metadata.get(CONTENT_TYPES.network);
  const column = (name: string) => (networks.attributes as Record<string, { columnName?: string }>)[name].columnName ?? name;
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
function uniqueByDocument<Row extends { documentId: string; locale: Locale }>(rows: Row[], locale: Locale): Row[] {
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
export async function findPublishedDocuments(
  strapi: Core.Strapi,
  uid: TreffpunktUid,
  documentIds: string[],
  locale: Locale,
  populate: Record<string, unknown>,
  inheritedRelations: string[] = [],
): Promise<StoredDocument[]> {
  if (documentIds.length === 0) return [];
  const versions = await Promise.all(
    localesFor(locale).map(
      (candidate) =>
        strapi.documents(uid).findMany({
          status: 'published',
          locale: candidate,
          filters: { documentId: { $in: documentIds } },
          populate,
          limit: documentIds.length,
        } as never) as unknown as Promise<StoredDocument[]>,
    ),
  );
  const [preferred, fallback = new Map<string, StoredDocument>()] = versions.map(
    (docs) => new Map(docs.map((doc) => [doc.documentId, doc])),
  );
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

/** One page of `rows` (already in order): the documents to read in full, and the page's metadata. */
export function pageOf(rows: { documentId: string }[], query: { page: number; limit: number; locale: Locale }) {
  const offset = (query.page - 1) * query.limit;
  return {
    documentIds: rows.slice(offset, offset + query.limit).map((row) => row.documentId),
    meta: {
      page: query.page,
      pageSize: query.limit,
      pageCount: Math.ceil(rows.length / query.limit),
      total: rows.length,
      locale: query.locale,
    },
  };
}
