/**
 * The plugin's custom fields: how a field is edited in the admin, while the value stored stays
 * of the underlying Strapi type. Registered by the server (its register step) and the admin,
 * under the uids the schemas name.
 */
import { PLUGIN_ID } from './admin-api';

export const CUSTOM_FIELDS = {
  /** One of fixed values (an enumeration), offered with words in the admin's language. */
  choice: { name: 'choice', type: 'enumeration' },
  /** An instant, entered and shown as the wall clock of the meeting's time zone (the sibling field `timeZone`). */
  meetingTime: { name: 'meeting-time', type: 'datetime' },
  /** A meeting's series (shared/recurrence.ts) as JSON, edited as a form: rhythm, end, the dates that differ. */
  recurrence: { name: 'recurrence', type: 'json' },
} as const;

export type CustomFieldKey = keyof typeof CUSTOM_FIELDS;

export const customFieldUid = (key: CustomFieldKey) => `plugin::${PLUGIN_ID}.${CUSTOM_FIELDS[key].name}` as const;

/**
 * What a meeting time is for, from the schema (`options.role`), as the edit view asks for it:
 * the start and the end follow the meeting's date precision (a date for whole days, a month for
 * "in March"; a whole-day end is its last day), a deadline always has a date and a time.
 */
export const MEETING_TIME_ROLES = ['start', 'end', 'deadline'] as const;
export type MeetingTimeRole = (typeof MEETING_TIME_ROLES)[number];
