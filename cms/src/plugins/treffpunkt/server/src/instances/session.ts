/**
 * Sessions of our own beside Strapi's connection pool. The first-start lock and the cache
 * listener each keep one connection for as long as they live (an advisory lock belongs to the
 * session that took it; LISTEN hears only on its own session), which must neither take a slot of
 * the pool nor be recycled by it. They are opened with the driver and the settings Strapi's
 * database layer (knex) already resolved, so DATABASE_URL, SSL and every other connection setting
 * apply alike, and an app on SQLite needs no `pg` installed.
 */
import type { Core } from '@strapi/strapi';
import type { Client, ClientConfig } from 'pg';

/** What of knex's PostgreSQL client we use: the `pg` module it loaded and its connection settings. */
interface KnexPostgresClient {
  driver: typeof import('pg');
  connectionSettings?: string | ClientConfig;
  connectionConfigProvider?: () => Promise<string | ClientConfig>;
}

/** Several instances share state only through PostgreSQL; on SQLite (and MySQL) the plugin runs as one. */
export function isPostgres(strapi: Core.Strapi): boolean {
  return strapi.config.get('database.connection.client') === 'postgres';
}

async function connectionSettings(knexClient: KnexPostgresClient): Promise<ClientConfig> {
  const settings = knexClient.connectionSettings ?? (await knexClient.connectionConfigProvider?.()) ?? {};
  if (typeof settings === 'string') return { connectionString: settings };
  // knex keeps the password as a hidden (non-enumerable) property, which a spread would drop.
  return { ...settings, password: settings.password };
}

/** A new connection, named so that it can be told apart in pg_stat_activity. */
export async function openSession(strapi: Core.Strapi, applicationName: string): Promise<Client> {
  const knexClient = strapi.db.connection.client as unknown as KnexPostgresClient;
  const client = new knexClient.driver.Client({
    ...(await connectionSettings(knexClient)),
    application_name: applicationName,
    keepAlive: true,
  });
  await client.connect();
  return client;
}
