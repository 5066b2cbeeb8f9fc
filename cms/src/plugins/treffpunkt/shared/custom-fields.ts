/**
 * The plugin's custom fields: how a field is edited in the admin, while the value stored stays
 * of the underlying Strapi type. Registered by the server (its register step) and the admin,
 * under the uids the schemas name.
 */
import { PLUGIN_ID } from './admin-api';

export const CUSTOM_FIELDS = {
  /** A meeting's series (shared/recurrence.ts) as JSON, edited as a form: rhythm, end, the dates that differ. */
  recurrence: { name: 'recurrence', type: 'json' },
} as const;

export type CustomFieldKey = keyof typeof CUSTOM_FIELDS;

export const customFieldUid = (key: CustomFieldKey) => `plugin::${PLUGIN_ID}.${CUSTOM_FIELDS[key].name}` as const;
