/**
 * The custom fields on the server: registered in the plugin's register step, before Strapi
 * replaces `customField` in the schemas by the underlying type (so validation, the database
 * and the API see a plain json field); and the attribute parts the schemas use.
 */
import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../../../shared/admin-api';
import { CUSTOM_FIELDS, customFieldUid } from '../../../shared/custom-fields';

export function registerCustomFields(strapi: Core.Strapi) {
  strapi.customFields.register(Object.values(CUSTOM_FIELDS).map(({ name, type }) => ({ name, type, plugin: PLUGIN_ID })));
}

/** A series (shared/recurrence.ts), stored as JSON, which the admin edits as a form. */
export const recurrence = () => ({ type: 'customField' as const, customField: customFieldUid('recurrence') });
