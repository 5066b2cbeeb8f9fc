/**
 * The custom fields on the server: registered in the plugin's register step, before Strapi
 * replaces `customField` in the schemas by the underlying type (so validation, the database
 * and the API see a plain enumeration, datetime or json field); and the attribute parts the schemas use.
 */
import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from 'treffpunkt-shared/admin-api';
import { CUSTOM_FIELDS, customFieldUid, type MeetingTimeRole } from 'treffpunkt-shared/custom-fields';

export function registerCustomFields(strapi: Core.Strapi) {
  strapi.customFields.register(Object.values(CUSTOM_FIELDS).map(({ name, type }) => ({ name, type, plugin: PLUGIN_ID })));
}

/** An enumeration the admin offers with words (shared/choice-texts.ts). */
export const choice = () => ({ type: 'customField' as const, customField: customFieldUid('choice') });

/** A datetime the admin shows in the meeting's own time zone. */
export const meetingTime = (role: MeetingTimeRole) => ({
  type: 'customField' as const,
  customField: customFieldUid('meetingTime'),
  options: { role },
});

/** A series (shared/recurrence.ts), stored as JSON, which the admin edits as a form. */
export const recurrence = () => ({ type: 'customField' as const, customField: customFieldUid('recurrence') });
