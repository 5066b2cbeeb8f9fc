/**
 * The list view's cells of Treffpunkt's custom fields: a choice in words, a meeting time as the
 * meeting's zone has it (the content manager would show the value and the browser's time). The
 * hook Admin/CM/pages/ListView/inject-column-in-table, the one the i18n plugin uses too.
 */
import type { ReactNode } from 'react';
import { Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { customFieldUid, type MeetingTimeRole } from 'treffpunkt-shared/custom-fields';
import type { DatePrecision } from 'treffpunkt-shared/wire';
import { askedFor, type AskedFor } from '../custom-fields/asked-for';
import { useChoiceLabel } from '../custom-fields/useChoiceLabel';

export const LIST_COLUMNS_HOOK = 'Admin/CM/pages/ListView/inject-column-in-table';

type Row = Record<string, unknown>;

interface Header {
  name: string;
  attribute?: { customField?: string; options?: { role?: MeetingTimeRole } };
  cellFormatter?: (row: Row, header: Header, context: { model: string }) => ReactNode;
  [key: string]: unknown;
}

function ChoiceCell({ uid, field, value }: { uid: string; field: string; value: unknown }) {
  const labelOf = useChoiceLabel();
  return <Typography textColor="neutral800">{typeof value === 'string' && value ? labelOf(uid, field, value) : '-'}</Typography>;
}

const CELL_FORMATS: Record<AskedFor, Intl.DateTimeFormatOptions> = {
  'date-time': { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'shortOffset' },
  date: { day: '2-digit', month: '2-digit', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
};

/** As the edit view asks for it: date and time, the date, or the month, in the meeting's zone. */
function MeetingTimeCell({ row, field, role }: { row: Row; field: string; role: MeetingTimeRole }) {
  const { formatDate } = useIntl();
  const value = row[field];
  if (typeof value !== 'string' || !value) return <Typography textColor="neutral800">-</Typography>;
  const asked = askedFor(role, { allDay: row.allDay as boolean, datePrecision: row.datePrecision as DatePrecision });
  // A whole-day end is its last day, whatever its time (server/src/time/meeting-span.ts).
  const instant = new Date(value).getTime();
  // The editor rules let no meeting be saved with an unknown zone (server/src/writes/editor-rules.ts).
  const timeZone = typeof row.timeZone === 'string' && row.timeZone ? row.timeZone : 'UTC';
  return <Typography textColor="neutral800">{formatDate(instant, { ...CELL_FORMATS[asked], timeZone })}</Typography>;
}

const CELLS: Record<string, Header['cellFormatter']> = {
  [customFieldUid('choice')]: (row, header, { model }) => <ChoiceCell uid={model} field={header.name} value={row[header.name]} />,
  // List rows carry every scalar field of the document: its time zone and date precision too.
  [customFieldUid('meetingTime')]: (row, header) => (
    <MeetingTimeCell row={row} field={header.name} role={header.attribute?.options?.role ?? 'deadline'} />
  ),
};

export function formatCustomFieldColumns<Args extends { displayedHeaders: Header[] }>(args: Args): Args {
  return {
    ...args,
    displayedHeaders: args.displayedHeaders.map((header) => {
      const cellFormatter = header.attribute?.customField ? CELLS[header.attribute.customField] : undefined;
      return cellFormatter ? { ...header, cellFormatter } : header;
    }),
  };
}
