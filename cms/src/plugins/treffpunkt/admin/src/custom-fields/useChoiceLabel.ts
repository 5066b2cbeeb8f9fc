import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { choiceMessageId } from '../translations';

/** The words for a stored choice in the admin's language; the value itself where Treffpunkt has none (another app's field). */
export function useChoiceLabel() {
  const { formatMessage } = useIntl();
  return useCallback(
    (uid: string, field: string, value: string) => formatMessage({ id: choiceMessageId(uid, field, value), defaultMessage: value }),
    [formatMessage],
  );
}
