/**
 * The tables of following by e-mail (../following/), the plugin's own rather than content types:
 * they hold exactly what is needed (an address, its choices and language, when it was confirmed,
 * hashed tokens), need unique keys and row locks that Strapi's content types do not give, and stay
 * out of Strapi's content model, so that no content-manager view, REST route, permission by type,
 * content history or data transfer (backup) ever carries an address. Strapi leaves tables it did
 * not create alone; these are created here, in the bootstrap, under the first-start lock.
 * Instants are epoch milliseconds of the plugin's clock, the same on SQLite and PostgreSQL.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

export const FOLLOWING_TABLES = {
  /** One address following one network: its choices once confirmed, and what it asked for and still has to confirm. */
  subscriptions: 'treffpunkt_follow_subscriptions',
  /** The hashes of the links in the mails: confirm (expiring) or unsubscribe, each for one subscription. */
  tokens: 'treffpunkt_follow_tokens',
  /** What was announced once to everyone concerned: a published report, a cancelled meeting. */
  announcements: 'treffpunkt_follow_announcements',
  /** The mail queue: one row per subscription and notice. */
  mails: 'treffpunkt_follow_mails',
} as const;

const DEFINITIONS: Record<keyof typeof FOLLOWING_TABLES, (table: Knex.CreateTableBuilder) => void> = {
  subscriptions(table) {
    table.increments('id');
    table.string('email', 254).notNullable();
    table.string('network_document_id', 64).notNullable();
    table.boolean('subnetworks').notNullable().defaultTo(false);
    table.boolean('reports').notNullable().defaultTo(false);
    table.boolean('digest').notNullable().defaultTo(false);
    /** JSON: the marked meetings, [{ event: documentId, date: YYYY-MM-DD | null }]. */
    table.text('reminders').notNullable();
    table.string('locale', 8).notNullable();
    /** The CMS address the visitor followed through: links in the mails start with it unless a public URL is configured. */
    table.string('origin', 300).notNullable();
    /** JSON: choices and language asked for and not yet confirmed, or null. */
    table.text('pending');
    table.bigInteger('created_at').notNullable();
    table.bigInteger('confirmed_at');
    /** When the last confirmation mail was queued: the per-address limit. */
    table.bigInteger('confirm_sent_at');
    table.unique(['email', 'network_document_id']);
    table.index(['network_document_id']);
  },
  tokens(table) {
    table.increments('id');
    table.integer('subscription_id').notNullable().index();
    table.string('purpose', 16).notNullable();
    table.string('hash', 64).notNullable().unique();
    table.bigInteger('expires_at');
    table.bigInteger('created_at').notNullable();
  },
  announcements(table) {
    table.increments('id');
    /** `report:<documentId>`, `cancelled:<documentId>:<date or ->`. */
    table.string('notice', 200).notNullable().unique();
    table.string('kind', 16).notNullable();
    table.string('document_id', 64).notNullable();
    table.string('date', 10);
    table.bigInteger('created_at').notNullable();
    /** When the queue got a mail for everyone concerned. */
    table.bigInteger('fanned_out_at');
  },
  mails(table) {
    table.increments('id');
    table.integer('subscription_id').notNullable().index();
    table.string('kind', 16).notNullable();
    /** The notice this mail is for; one per subscription (`digest:<date>`, `reminder:<documentId>:<date>`, …). */
    table.string('notice', 200).notNullable();
    table.string('document_id', 64);
    table.string('date', 10);
    table.bigInteger('run_after').notNullable();
    table.integer('attempts').notNullable().defaultTo(0);
    table.bigInteger('lease_until');
    table.bigInteger('done_at');
    /** `sent`, or `skipped` (what it was about is gone, e.g. unpublished). */
    table.string('outcome', 16);
    /** Why the last attempt failed: an error code, never an address. */
    table.string('last_error', 100);
    table.bigInteger('created_at').notNullable();
    table.unique(['subscription_id', 'notice']);
    table.index(['done_at', 'run_after']);
  },
};

/** Creates the tables that are missing; gives the names of those it created. */
export async function ensureFollowingTables(strapi: Core.Strapi): Promise<(keyof typeof FOLLOWING_TABLES)[]> {
  // A new schema builder for each statement: a builder runs every statement given to it so far.
  const schema = () => strapi.db.connection.schema;
  const created: (keyof typeof FOLLOWING_TABLES)[] = [];
  for (const [name, define] of Object.entries(DEFINITIONS) as [keyof typeof FOLLOWING_TABLES, (table: Knex.CreateTableBuilder) => void][]) {
    if (await schema().hasTable(FOLLOWING_TABLES[name])) continue;
    await schema().createTable(FOLLOWING_TABLES[name], define);
    created.push(name);
  }
  return created;
}
