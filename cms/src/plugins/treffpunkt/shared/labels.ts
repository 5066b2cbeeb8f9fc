/**
 * Names of meeting kinds and statuses as a visitor reads them. Kept on the server and sent
 * with each meeting (`kindLabel`, `statusLabel`), so the calendar feed and the widgets say the
 * same, and the widget bundle does not carry the tables.
 */
import type { EventKind, EventStatus, Locale } from './wire';

export const EVENT_KIND_LABELS: Record<Locale, Record<EventKind, string>> = {
  de: {
    meeting: 'Treffen',
    workshop: 'Workshop',
    'networking-meeting': 'Vernetzungstreffen',
    conference: 'Konferenz',
    'general-assembly': 'Mitgliederversammlung',
    other: 'Veranstaltung',
  },
  en: {
    meeting: 'Meeting',
    workshop: 'Workshop',
    'networking-meeting': 'Networking meeting',
    conference: 'Conference',
    'general-assembly': 'General assembly',
    other: 'Event',
  },
};

/** A planned meeting needs no badge. */
export const EVENT_STATUS_LABELS: Record<Locale, Partial<Record<EventStatus, string>>> = {
  de: { tentative: 'Vorläufig', postponed: 'Verschoben', cancelled: 'Abgesagt' },
  en: { tentative: 'Tentative', postponed: 'Postponed', cancelled: 'Cancelled' },
};
