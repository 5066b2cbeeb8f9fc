/** The plugin's custom fields in the admin: how a meeting's series is edited (the server registers the same uids). */
import { ArrowClockwise } from '@strapi/icons';
import { PLUGIN_ID } from '../../../shared/admin-api';
import { CUSTOM_FIELDS } from '../../../shared/custom-fields';
import { MESSAGES } from '../translations/messages';

const message = (key: keyof typeof MESSAGES) => ({ id: `${PLUGIN_ID}.${key}`, defaultMessage: MESSAGES[key].en });

export const customFields = [
  {
    ...CUSTOM_FIELDS.recurrence,
    pluginId: PLUGIN_ID,
    icon: ArrowClockwise,
    intlLabel: message('customField.recurrence'),
    intlDescription: message('customField.recurrence.description'),
    components: { Input: () => import('./RecurrenceInput') },
  },
];
