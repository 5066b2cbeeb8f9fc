/** The plugin's custom fields in the admin: how a choice, a meeting time and a meeting's series are edited (the server registers the same uids). */
import { ArrowClockwise, BulletList, Clock } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { PLUGIN_ID } from 'treffpunkt-shared/admin-api';
import { CUSTOM_FIELDS } from 'treffpunkt-shared/custom-fields';
import { MESSAGES } from '../translations/messages';

const message = (key: keyof typeof MESSAGES) => ({ id: `${PLUGIN_ID}.${key}`, defaultMessage: MESSAGES[key].en });

/**
 * Strapi's custom field (its type is not exported by name) with our inputs: Strapi types an input
 * as taking no props, while the edit view passes name, label, attribute and more.
 */
type StrapiCustomField = Extract<Parameters<StrapiApp['customFields']['register']>[0], unknown[]>[number];
type CustomField = Omit<StrapiCustomField, 'components'> & { components: { Input: () => Promise<{ default: unknown }> } };

export const customFields: CustomField[] = [
  {
    ...CUSTOM_FIELDS.choice,
    pluginId: PLUGIN_ID,
    icon: BulletList,
    intlLabel: message('customField.choice'),
    intlDescription: message('customField.choice.description'),
    components: { Input: () => import('./ChoiceInput') },
  },
  {
    ...CUSTOM_FIELDS.meetingTime,
    pluginId: PLUGIN_ID,
    icon: Clock,
    intlLabel: message('customField.meetingTime'),
    intlDescription: message('customField.meetingTime.description'),
    components: { Input: () => import('./MeetingTimeInput') },
  },
  {
    ...CUSTOM_FIELDS.recurrence,
    pluginId: PLUGIN_ID,
    icon: ArrowClockwise,
    intlLabel: message('customField.recurrence'),
    intlDescription: message('customField.recurrence.description'),
    components: { Input: () => import('./RecurrenceInput') },
  },
];
