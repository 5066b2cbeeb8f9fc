import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from 'treffpunkt-shared/admin-api';
import type { Locale } from 'treffpunkt-shared/wire';
import { MESSAGES, type MessageKey } from './messages';

/** A plugin text in the admin's language; English when the admin runs in a language the plugin does not ship. */
export function useText() {
  const { formatMessage } = useIntl();
  return useCallback(
    (key: MessageKey, values?: Record<string, string | number>) =>
      formatMessage({ id: `${PLUGIN_ID}.${key}`, defaultMessage: MESSAGES[key].en }, values),
    [formatMessage],
  );
}

/** The admin's language where the plugin has it, else English: for answers the plugin asks its API for in words. */
export function useAdminLanguage(): Locale {
  return useIntl().locale.startsWith('de') ? 'de' : 'en';
}
