import type { Recurrence } from 'treffpunkt-shared/recurrence';
import type { DatePrecision, Locale } from 'treffpunkt-shared/wire';

/** What the public API reads of each document beyond its own fields; the preview reads the same. */
export const EVENT_POPULATE = { network: { fields: ['slug', 'name'] }, venue: true, agenda: true, image: true };

/** What a report needs of its event: enough to say when it was, an occurrence of a series included. */
const EVENT_REF_FIELDS = ['slug', 'title', 'start', 'end', 'timeZone', 'recurrence'];

export const REPORT_CARD_POPULATE = {
  network: { fields: ['slug', 'name'] },
  event: { fields: EVENT_REF_FIELDS },
  cover: true,
  tags: true,
};

export const REPORT_FULL_POPULATE = { ...REPORT_CARD_POPULATE, author: true, outcomes: true, gallery: true, contact: true };

/** The columns that say when a meeting is, a series included: enough to tell whether it is over (time/meeting-span.ts). */
export const EVENT_TIMING_FIELDS = ['start', 'end', 'allDay', 'datePrecision', 'timeZone', 'recurrence'];

/** A version of an event as read with EVENT_TIMING_FIELDS. */
export interface EventTimingRow {
  documentId: string;
  locale: Locale;
  start: string;
  end: string | null;
  allDay: boolean | null;
  datePrecision: DatePrecision;
  timeZone: string;
  recurrence: Recurrence | null;
}
