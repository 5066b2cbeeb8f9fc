/**
 * Where the index lives, in the database itself (so every instance on PostgreSQL asks the same
 * one): a table of entries, one per published language version of a report (its document, its
 * published row, its year), and its words in the database's own full-text index:
 * - PostgreSQL: a `tsvector` column made by the language's configuration (`german`, `english`),
 *   with a GIN index;
 * - SQLite: an FTS5 table of the stems made in JavaScript (words.ts), one column per language,
 *   contentless (the stems are not kept twice), its rows deleted by the entries' ids.
 * A query finds the reports with every word of it in one language version, each word as a prefix:
 * Snowball's German stemmer keeps "Workshops" whole, and "workshop*" finds it.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { LOCALES, type Locale } from 'treffpunkt-shared/wire';
import { badRequest } from '../http/errors';
import type { IndexEntry } from './entries';
import { LANGUAGES, queryStemsOf, queryWordsOf, stemsOf } from './words';

export const ENTRIES = 'treffpunkt_report_search';
const WORDS = 'treffpunkt_report_search_words';

export interface SearchQuery {
  q?: string;
  year?: number;
}

export interface SearchStore {
  /** Creates the tables that are missing. */
  create(knex: Knex): Promise<void>;
  drop(knex: Knex): Promise<void>;
  /** Replaces the entries of `documentIds` with `entries` (theirs, as published now). */
  write(trx: Knex, documentIds: string[], entries: IndexEntry[]): Promise<void>;
  /** The `document_id`s the query finds, as a subquery. */
  matching(knex: Knex, query: SearchQuery): Knex.QueryBuilder;
}

async function createEntries(knex: Knex, addColumns: (table: Knex.CreateTableBuilder) => void): Promise<boolean> {
  if (await knex.schema.hasTable(ENTRIES)) return false;
  await knex.schema.createTable(ENTRIES, (table) => {
    table.increments('id');
    table.string('document_id').notNullable();
    table.string('locale', 10).notNullable();
    table.integer('row_id').notNullable();
    table.integer('year').notNullable();
    addColumns(table);
    table.unique(['document_id', 'locale']);
    table.index(['year']);
    table.index(['row_id']);
  });
  return true;
}

const entryColumns = (entry: IndexEntry) => ({
  document_id: entry.documentId,
  locale: entry.locale,
  row_id: entry.rowId,
  year: entry.year,
});

function entriesOfYear(knex: Knex, year: number | undefined): Knex.QueryBuilder {
  const entries = knex(ENTRIES).select('document_id');
  return year === undefined ? entries : entries.where('year', year);
}

const postgresStore: SearchStore = {
  async create(knex) {
    if (await createEntries(knex, (table) => table.specificType('words', 'tsvector').notNullable())) {
      await knex.raw('CREATE INDEX ?? ON ?? USING gin (words)', [`${ENTRIES}_words_index`, ENTRIES]);
    }
  },

  drop: (knex) => knex.schema.dropTableIfExists(ENTRIES),

  async write(trx, documentIds, entries) {
    await trx(ENTRIES).whereIn('document_id', documentIds).delete();
    if (entries.length === 0) return;
    const rows = entries.map((entry) => ({
      ...entryColumns(entry),
      words: trx.raw('to_tsvector(?::regconfig, ?)', [LANGUAGES[entry.locale].postgres, entry.text]),
    }));
    // Another instance writing the same document at the same time: the later write wins.
    await trx(ENTRIES).insert(rows).onConflict(['document_id', 'locale']).merge();
  },

  matching(knex, { q, year }) {
    const entries = entriesOfYear(knex, year);
    if (q === undefined) return entries;
    return entries.where((inOneLanguage) => {
      for (const locale of LOCALES) {
        const prefixes = queryWordsOf(q, locale)
          .map((word) => `${word}:*`)
          .join(' & ');
        inOneLanguage.orWhere((version) =>
          version.where('locale', locale).whereRaw('words @@ to_tsquery(?::regconfig, ?)', [LANGUAGES[locale].postgres, prefixes]),
        );
      }
    });
  },
};

/** An FTS5 query: every stem, as a prefix, in the column of one language. */
function ftsQuery(q: string): string {
  return LOCALES.map((locale: Locale) => queryStemsOf(q, locale).map((stem) => `${locale} : "${stem}"*`))
    .filter((phrases) => phrases.length > 0)
    .map((phrases) => `(${phrases.join(' AND ')})`)
    .join(' OR ');
}

const sqliteStore: SearchStore = {
  async create(knex) {
    await createEntries(knex, () => {});
    await knex.raw(
      `CREATE VIRTUAL TABLE IF NOT EXISTS ?? USING fts5(${LOCALES.join(', ')}, content='', contentless_delete=1, ` +
        `tokenize="unicode61 remove_diacritics 0 categories 'L* M* N* Co'")`,
      [WORDS],
    );
  },

  async drop(knex) {
    await knex.schema.dropTableIfExists(WORDS);
    await knex.schema.dropTableIfExists(ENTRIES);
  },

  async write(trx, documentIds, entries) {
    await trx(WORDS).whereIn('rowid', trx(ENTRIES).select('id').whereIn('document_id', documentIds)).delete();
    await trx(ENTRIES).whereIn('document_id', documentIds).delete();
    for (const entry of entries) {
      const [{ id }] = await trx(ENTRIES).insert(entryColumns(entry)).returning('id');
      await trx(WORDS).insert({ rowid: id, [entry.locale]: stemsOf(entry.text, entry.locale).join(' ') });
    }
  },

  matching(knex, { q, year }) {
    const entries = entriesOfYear(knex, year);
    if (q === undefined) return entries;
    const match = ftsQuery(q);
    // Only stop words: nothing to look for, as on PostgreSQL.
    if (!match) return entries.whereRaw('0 = 1');
    return entries.whereIn('id', knex(WORDS).select('rowid').whereRaw('?? MATCH ?', [WORDS, match]));
  },
};

/** The store for this database; none on MySQL, whose full-text search has no word forms either. */
export function searchStore(strapi: Core.Strapi): SearchStore | null {
  const client: string = strapi.db.dialect.client;
  return client === 'postgres' ? postgresStore : client === 'sqlite' ? sqliteStore : null;
}

/** The documents of the reports `query` finds, as a subquery for the report list's filter. */
export function reportsMatching(strapi: Core.Strapi, query: SearchQuery): Knex.QueryBuilder {
  const store = searchStore(strapi);
  if (!store) {
    const parameter = query.q === undefined ? 'year' : 'q';
    throw badRequest(parameter, `Parameter "${parameter}" needs PostgreSQL or SQLite as the CMS's database; this one has no search.`);
  }
  return store.matching(strapi.db.connection, query);
}
