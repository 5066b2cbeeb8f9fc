/**
 * What a meeting time asks for, by what it is for and what is known of the meeting: see
 * ./meeting-time.ts. Apart from it, so the list view's cells need no Temporal.
 */
import type { MeetingTimeRole } from 'treffpunkt-shared/custom-fields';
import type { DatePrecision } from 'treffpunkt-shared/wire';

export type AskedFor = 'date-time' | 'date' | 'month';

export interface MeetingDateSettings {
  allDay?: boolean | null;
  datePrecision?: DatePrecision | null;
}

export function askedFor(role: MeetingTimeRole, { allDay, datePrecision }: MeetingDateSettings): AskedFor {
  if (role === 'deadline') return 'date-time';
  if (datePrecision === 'month') return 'month';
  return allDay || datePrecision === 'day' ? 'date' : 'date-time';
}
