import { useCallback } from 'react';
import { useAPIErrorHandler, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useNavigate } from 'react-router-dom';
import { CONTENT_TYPES, eventReportPath, type CreateEventReportRequest, type CreateEventReportResponse } from 'treffpunkt-shared/admin-api';
import { editViewPath } from '../content-manager/paths';
import { useText } from '../translations/useText';

/**
 * "Write the report" of a meeting: creates the draft report with what the meeting already knows
 * and opens it, or opens the report the meeting already has (of a series: of the date
 * `occurrence`); says so, or why it could not.
 */
export function useWriteReport() {
  const text = useText();
  const navigate = useNavigate();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { _unstableFormatAPIError: formatAPIError } = useAPIErrorHandler();

  return useCallback(
    async (eventDocumentId: string, locale: string | null | undefined, occurrence?: string) => {
      try {
        const { data } = await post<CreateEventReportResponse>(eventReportPath(eventDocumentId), {
          // The event's language version (a content locale, which the route checks).
          locale: (locale ?? undefined) as CreateEventReportRequest['locale'],
          ...(occurrence && { occurrence }),
        } satisfies CreateEventReportRequest);
        toggleNotification({ type: 'success', message: text(data.data.created ? 'report.created' : 'report.existing') });
        navigate(editViewPath(CONTENT_TYPES.report, data.data));
      } catch (error) {
        toggleNotification({ type: 'danger', title: text('report.failed'), message: formatAPIError(error as never) });
      }
    },
    [formatAPIError, navigate, post, text, toggleNotification],
  );
}
