/**
 * "Write the report" in the edit view of a meeting (the actions menu next to "Publish"):
 * creates the draft report with what the meeting already knows and opens it, or opens the
 * report the meeting already has. Of a series, the editor first picks which of its last past
 * dates the report is about. Shown to roles with the plugin's report-from-event permission.
 */
import { useEffect, useState } from 'react';
import { Radio } from '@strapi/design-system';
import { Feather } from '@strapi/icons';
import { useAPIErrorHandler, useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router-dom';
import {
  ACTIONS,
  CONTENT_TYPES,
  eventReportPath,
  type CreateEventReportRequest,
  type CreateEventReportResponse,
  type EventReportRef,
  type EventReportResponse,
  type ReportableOccurrence,
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

/** Which past date of a series the report is about: the last few, newest first; those with a report say so. */
function OccurrenceChoice({ occurrences, selected, onSelect }: { occurrences: ReportableOccurrence[]; selected: string; onSelect: (date: string) => void }) {
  const text = useText();
  return (
    <Radio.Group aria-label={text('report.chooseOccurrence')} value={selected} onValueChange={onSelect}>
      {occurrences.map(({ date, when, report }) => (
        <Radio.Item key={date} value={date}>
          {report ? text('report.occurrence.hasReport', { when }) : when}
        </Radio.Item>
      ))}
    </Radio.Group>
  );
}

export function WriteReportAction({ model, documentId, document }: EditViewContext) {
  const text = useText();
  const { locale: adminLocale } = useIntl();
  const navigate = useNavigate();
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { _unstableFormatAPIError: formatAPIError } = useAPIErrorHandler();
  const { allowedActions } = useRBAC(REPORT_PERMISSION);
  const [reports, setReports] = useState<EventReportResponse | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const applies = model === CONTENT_TYPES.event && Boolean(documentId) && allowedActions.canCreateFromEvent;
  const language = adminLocale.startsWith('de') ? 'de' : 'en';

  useEffect(() => {
    if (!applies) return;
    // Asked again after every save: a changed series has other past dates.
    get<EventReportResponse>(`${eventReportPath(documentId!)}?locale=${language}`).then(
      ({ data }) => setReports(data),
      () => setReports(null),
    );
  }, [applies, documentId, get, language, document?.updatedAt]);

  if (!applies) return null;
  const existing = reports?.data ?? null;
  const occurrences = reports?.meta.occurrences ?? null;

  async function writeOrOpen(occurrence?: string) {
    try {
      const { data } = await post<CreateEventReportResponse>(eventReportPath(documentId!), {
        // The event's language version (a content locale, which the route checks).
        locale: (document?.locale ?? undefined) as CreateEventReportRequest['locale'],
        ...(occurrence && { occurrence }),
      } satisfies CreateEventReportRequest);
      toggleNotification({ type: 'success', message: text(data.data.created ? 'report.created' : 'report.existing') });
      navigate(reportEditPath(data.data));
    } catch (error) {
      toggleNotification({ type: 'danger', title: text('report.failed'), message: formatAPIError(error as never) });
    }
  }

  const action = { label: text(existing ? 'report.open' : 'report.write'), icon: <Feather />, position: 'panel' as const };

  if (occurrences) {
    const selected = occurrences.find((occurrence) => occurrence.date === chosen) ?? occurrences[0];
    return {
      ...action,
      // True keeps the dialog closed: there is no date to choose yet.
      onClick: () => {
        if (selected) return false;
        toggleNotification({ type: 'info', message: text('report.noPastOccurrence') });
        return true;
      },
      dialog: {
        type: 'dialog' as const,
        title: text('report.chooseOccurrence'),
        content: selected ? <OccurrenceChoice occurrences={occurrences} selected={selected.date} onSelect={setChosen} /> : null,
        confirmLabel: text(selected?.report ? 'report.open' : 'report.write'),
        onConfirm: () => (selected ? writeOrOpen(selected.date) : undefined),
      },
    };
  }

  return {
    ...action,
    onClick: () => {
      if (!existing && !hasStarted(document?.start)) {
        toggleNotification({ type: 'info', message: text('report.notYet') });
        return;
      }
      return writeOrOpen();
    },
  };
}
