/**
 * "Write the report" in the edit view of a meeting (the actions menu next to "Publish"):
 * creates the draft report with what the meeting already knows and opens it, or opens the
 * report the meeting already has. Shown to roles with the plugin's report-from-event permission.
 */
import { useEffect, useState } from 'react';
import { Feather } from '@strapi/icons';
import { useAPIErrorHandler, useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useNavigate } from 'react-router-dom';
import {
  ACTIONS,
  CONTENT_TYPES,
  eventReportPath,
  type CreateEventReportResponse,
  type EventReportRef,
  type EventReportResponse,
} from '../../../shared/admin-api';
import { useText } from '../translations/useText';

interface EditViewContext {
  model: string;
  documentId?: string;
  document?: { locale?: string | null; start?: string | null; [field: string]: unknown };
}

const REPORT_PERMISSION = [{ action: ACTIONS.reportFromEvent, subject: null }];

export const reportEditPath = (report: EventReportRef) =>
  `/content-manager/collection-types/${CONTENT_TYPES.report}/${report.documentId}?plugins[i18n][locale]=${report.locale}`;

const hasStarted = (start: string | null | undefined) => Boolean(start) && new Date(start as string).getTime() <= Date.now();

export function WriteReportAction({ model, documentId, document }: EditViewContext) {
  const text = useText();
  const navigate = useNavigate();
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { _unstableFormatAPIError: formatAPIError } = useAPIErrorHandler();
  const { allowedActions } = useRBAC(REPORT_PERMISSION);
  const [existing, setExisting] = useState<EventReportRef | null>(null);
  const applies = model === CONTENT_TYPES.event && Boolean(documentId) && allowedActions.canCreateFromEvent;

  useEffect(() => {
    if (!applies) return;
    get<EventReportResponse>(eventReportPath(documentId!)).then(
      ({ data }) => setExisting(data.data),
      () => setExisting(null),
    );
  }, [applies, documentId, get]);

  if (!applies) return null;

  async function writeOrOpen() {
    if (!existing && !hasStarted(document?.start)) {
      toggleNotification({ type: 'info', message: text('report.notYet') });
      return;
    }
    try {
      const { data } = await post<CreateEventReportResponse>(eventReportPath(documentId!), {
        locale: document?.locale ?? undefined,
      });
      toggleNotification({ type: 'success', message: text(data.data.created ? 'report.created' : 'report.existing') });
      navigate(reportEditPath(data.data));
    } catch (error) {
      toggleNotification({ type: 'danger', title: text('report.failed'), message: formatAPIError(error as never) });
    }
  }

  return {
    label: text(existing ? 'report.open' : 'report.write'),
    icon: <Feather />,
    position: 'panel' as const,
    onClick: writeOrOpen,
  };
}
