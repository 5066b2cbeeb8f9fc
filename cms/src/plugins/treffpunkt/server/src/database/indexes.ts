/**
 * Indexes Strapi does not make itself. Populating a component (a report's tags, outcomes, author)
 * joins the type's component table on `entity_id` and `field`; Strapi indexes each column alone,
 * and on a large database SQLite then walks the `field` index through every row, where a joint
 * index reads only the report's own. Strapi leaves indexes it does not know alone, so creating them
 * once is enough.
 */
import type { Core } from '@strapi/strapi';
import { TREFFPUNKT_UIDS, type TreffpunktUid } from 'treffpunkt-shared/content-types';

interface ComponentJoinTable {
  name: string;
  joinColumn: { name: string };
  on?: Record<string, string>;
}

function componentTable(strapi: Core.Strapi, uid: TreffpunktUid): ComponentJoinTable | undefined {
  // In the database's metadata a component is a relation whose join table is filtered by `field`.
  const attributes = strapi.db.metadata.get(uid).attributes as Record<string, { joinTable?: ComponentJoinTable }>;
  return Object.values(attributes).find((attribute) => attribute.joinTable?.on?.field)?.joinTable;
}

export async function ensureIndexes(strapi: Core.Strapi) {
  const knex = strapi.db.connection;
  for (const uid of TREFFPUNKT_UIDS) {
    const table = componentTable(strapi, uid);
    if (!table) continue;
    await knex.raw('CREATE INDEX IF NOT EXISTS ?? ON ?? (??, ??)', [
      `${table.name}_entity_field_idx`,
      table.name,
      table.joinColumn.name,
      'field',
    ]);
  }
}
