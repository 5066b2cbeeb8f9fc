/**
 * The report of a meeting, in a panel of the meeting's edit view, beside "Entry": "Write the
 * report" once the meeting has begun (by the server's clock), "Open the report" once it has one.
 * Of a series, the editor first picks which of its last past dates the report is about.
 * Shown to roles with the plugin's report-from-event permission; no panel for a meeting ahead.
 */
import { useEffect, useState } from 'react';
import { Button, Flex, Radio } from '@strapi/design-system';
import { Feather } from '@strapi/icons';
import { useFetchClient, useRBAC } from '@strapi/strapi/admin';
import { useNavigate } from 'react-router-dom';
import {
  ACTIONS,
  CONTENT_TYPES,
  eventReportPath,
  type EventReportRef,
  type EventReportResponse,
  type ReportableOccurrence,
} from 'treffpunkt-shared/admin-api';
import { editViewPath } from '../content-manager/paths';
import { useAdminLanguage, useText } from '../translations/useText';
import { useWriteReport } from './useWriteReport';

interface PanelContext {
  model: string;
  documentId?: string;
  document?: { locale?: string | null; updatedAt?: string | null };
}

const REPORT_PERMISSION = [{ action: ACTIONS.reportFromEvent, subject: null }];

/**
 * The meeting's report, whether it began and, of a series, its past dates (their `when` in the
 * admin's language); undefined while asking, null where it does not apply. Asked again after
 * every save: a changed series has other past dates.
 */
function useReportState(documentId: string | undefined, applies: boolean, savedAt: string | null | undefined) {
  const { get } = useFetchClient();
  const language = useAdminLanguage();
  const [state, setState] = useState<EventReportResponse | null | undefined>(undefined);
  useEffect(() => {
    if (!applies || !documentId) return setState(null);
    let current = true;
    get<EventReportResponse>(`${eventReportPath(documentId)}?locale=${language}`).then(
      ({ data }) => current && setState(data),
      () => current && setState(null),
    );
    return () => {
      current = false;
    };
  }, [applies, documentId, get, language, savedAt]);
  return state;
}

/** Write or open: one button, its words by whether there is a report. */
function ReportButton({ report, onWrite }: { report: EventReportRef | null; onWrite: () => void }) {
  const text = useText();
  const navigate = useNavigate();
  return (
    <Button
      fullWidth
      size="L"
      variant={report ? 'secondary' : 'default'}
      startIcon={<Feather />}
      onClick={() => (report ? navigate(editViewPath(CONTENT_TYPES.report, report)) : onWrite())}
    >
      {text(report ? 'report.open' : 'report.write')}
    </Button>
  );
}

/** Which past date of a series the report is about: the last few, newest first; those with a report say so. */
function OccurrenceReport({ occurrences, onWrite }: { occurrences: ReportableOccurrence[]; onWrite: (date: string) => void }) {
  const text = useText();
  const [chosen, setChosen] = useState(occurrences[0].date);
  const selected = occurrences.find((occurrence) => occurrence.date === chosen) ?? occurrences[0];
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Radio.Group aria-label={text('report.chooseOccurrence')} value={selected.date} onValueChange={setChosen}>
        {occurrences.map(({ date, when, report }) => (
          <Radio.Item key={date} value={date}>
            {report ? text('report.occurrence.hasReport', { when }) : when}
          </Radio.Item>
        ))}
      </Radio.Group>
      <ReportButton report={selected.report} onWrite={() => onWrite(selected.date)} />
    </Flex>
  );
}

/** A panel description of the content manager: called like a component, it returns the panel or null. */
export function ReportPanel({ model, documentId, document }: PanelContext) {
  const text = useText();
  const writeReport = useWriteReport();
  const { allowedActions, isLoading } = useRBAC(REPORT_PERMISSION);
  const applies = model === CONTENT_TYPES.event && !isLoading && Boolean(allowedActions.canCreateFromEvent);
  const state = useReportState(documentId, applies, document?.updatedAt);
  if (!applies || !documentId || !state) return null;
  const { occurrences, started } = state.meta;
  if (occurrences) {
    // A series whose first date is still ahead has nothing to report on yet.
    if (occurrences.length === 0) return null;
    return {
      title: text('report.chooseOccurrence'),
      content: (
        <OccurrenceReport
          key={occurrences.map((occurrence) => occurrence.date).join()}
          occurrences={occurrences}
          onWrite={(date) => writeReport(documentId, document?.locale, date)}
        />
      ),
    };
  }
  const report = state.data;
  if (!report && !started) return null;
  return {
    title: text('report.panel'),
    content: <ReportButton report={report} onWrite={() => writeReport(documentId, document?.locale)} />,
  };
}
ReportPanel.type = 'treffpunkt-report';
