/**
 * Content outlives the plugin being switched off. Strapi drops, at its next start, every table it
 * created for a content type it no longer knows, unless the table is listed in the core store's
 * `persisted_tables` (the list Strapi itself uses to keep the audit log's tables when an
 * Enterprise licence ends). An operator who disables or uninstalls Treffpunkt would otherwise lose
 * every network, meeting and report; listed there, the tables stay and a later install finds them.
 */
import type { Core } from '@strapi/strapi';

/** Our content tables, their link tables and our components' tables all start like this. */
const OUR_TABLES = /^(treffpunkt_|components_treffpunkt_)/;
const KEY = { type: 'core', key: 'persisted_tables' } as const;

type PersistedTable = string | { name: string; dependsOn?: { name: string }[] };

const nameOf = (table: PersistedTable) => (typeof table === 'string' ? table : table.name);

export async function keepTablesWhenRemoved(strapi: Core.Strapi) {
  const ours = (await strapi.db.dialect.schemaInspector.getTables()).filter((table: string) => OUR_TABLES.test(table));
  const persisted = ((await strapi.store.get(KEY)) ?? []) as PersistedTable[];
  const known = new Set(persisted.map(nameOf));
  const missing = ours.filter((table: string) => !known.has(table));
  if (missing.length > 0) await strapi.store.set({ ...KEY, value: [...persisted, ...missing.map((name: string) => ({ name }))] });
}
