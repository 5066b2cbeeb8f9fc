import { useCallback } from 'react';
import { useIntl } from 'react-intl';

/** An instant as the admin's language writes a date with its time ("4. Jan. 2027, 10:15"). */
export function useWhen() {
  const { formatDate } = useIntl();
  return useCallback((iso: string) => formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' }), [formatDate]);
}
