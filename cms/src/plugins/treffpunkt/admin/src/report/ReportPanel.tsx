/**
 * The report of a meeting, in a panel of the meeting's edit view, beside "Entry": "Write the
 * report" once the meeting has begun (by the server's clock), "Open the report" once it has one.
 * Shown to roles with the plugin's report-from-event permission; no panel for a meeting ahead.
 */
import { useEffect, useState } from 'react';
import { Button } from '@strapi/design-system';
import { Feather } from '@strapi/icons';
import { useFetchClient, useRBAC } from '@strapi/strapi/admin';
import { useNavigate } from 'react-router-dom';
import { ACTIONS, CONTENT_TYPES, eventReportPath, type EventReportResponse } from '../../../shared/admin-api';
import { editViewPath } from '../content-manager/paths';
import { useText } from '../translations/useText';
import { useWriteReport } from './useWriteReport';

interface PanelContext {
  model: string;
  documentId?: string;
  document?: { locale?: string | null };
}

const REPORT_PERMISSION = [{ action: ACTIONS.reportFromEvent, subject: null }];

/** The meeting's report and whether it began; undefined while asking, null where it does not apply. */
function useReportState(documentId: string | undefined, applies: boolean) {
  const { get } = useFetchClient();
  const [state, setState] = useState<EventReportResponse | null | undefined>(undefined);
  useEffect(() => {
    if (!applies || !documentId) return setState(null);
    let current = true;
    get<EventReportResponse>(eventReportPath(documentId)).then(
      ({ data }) => current && setState(data),
      () => current && setState(null),
    );
    return () => {
      current = false;
    };
  }, [applies, documentId, get]);
  return state;
}

/** A panel description of the content manager: called like a component, it returns the panel or null. */
export function ReportPanel({ model, documentId, document }: PanelContext) {
  const text = useText();
  const navigate = useNavigate();
  const writeReport = useWriteReport();
  const { allowedActions, isLoading } = useRBAC(REPORT_PERMISSION);
  const applies = model === CONTENT_TYPES.event && !isLoading && Boolean(allowedActions.canCreateFromEvent);
  const state = useReportState(documentId, applies);
  if (!applies || !documentId || !state) return null;
  const report = state.data;
  if (!report && !state.meta.started) return null;
  return {
    title: text('report.panel'),
    content: (
      <Button
        fullWidth
        size="L"
        variant={report ? 'secondary' : 'default'}
        startIcon={<Feather />}
        onClick={() => (report ? navigate(editViewPath(CONTENT_TYPES.report, report)) : writeReport(documentId, document?.locale))}
      >
        {text(report ? 'report.open' : 'report.write')}
      </Button>
    ),
  };
}
ReportPanel.type = 'treffpunkt-report';
