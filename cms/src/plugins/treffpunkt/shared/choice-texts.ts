/**
 * The words editors read for every choice of a field with fixed values (a network's kind, a
 * meeting's kind, status, date precision and attendance), in German and English. What is stored
 * stays the value (`workshop`, `tentative`); the admin shows these words in the edit view, the
 * list view and the filters. Where a visitor reads the same word (shared/labels.ts), it is
 * taken from there, so editors choose what websites will say.
 */
import { CONTENT_TYPES, SOURCE } from './content-types';
import type { Weekday } from './following';
import type { SourceFormat } from './sources';
import { EVENT_KIND_LABELS, EVENT_STATUS_LABELS } from './labels';
import type { AttendanceMode, DatePrecision, EventKind, EventStatus, Locale, NetworkKind } from './wire';
import { bilingual as t, type Bilingual } from './locales';

/** Each value of a field with its words. */
export type ChoiceTexts<Value extends string = string> = Record<Value, Bilingual>;

/** The visitors' words for `values`. */
function visitorWords<Value extends string>(labels: Record<Locale, Partial<Record<Value, string>>>, values: readonly Value[]) {
  return Object.fromEntries(values.map((value) => [value, t(labels.de[value] ?? value, labels.en[value] ?? value)])) as ChoiceTexts<Value>;
}

const NETWORK_KIND_TEXTS: ChoiceTexts<NetworkKind> = {
  'peer-network': t('Peer-Netzwerk', 'Peer network'),
  association: t('Verein', 'Association'),
  federation: t('Verband (mit Fachbereichen)', 'Federation (with sections)'),
  'regional-partner-network': t('Regionales Partnernetzwerk', 'Regional partner network'),
  project: t('Projekt', 'Project'),
  'working-group': t('Fachbereich oder Arbeitsgruppe', 'Section or working group'),
};

const EVENT_KIND_TEXTS: ChoiceTexts<EventKind> = {
  ...visitorWords(EVENT_KIND_LABELS, ['meeting', 'workshop', 'networking-meeting', 'conference', 'general-assembly'] as const),
  // Visitors read "Veranstaltung"; in a list of kinds the editor needs to see it is the one left.
  other: t('Andere Veranstaltung', 'Other event'),
};

const EVENT_STATUS_TEXTS: ChoiceTexts<EventStatus> = {
  ...visitorWords(EVENT_STATUS_LABELS, ['tentative', 'cancelled', 'postponed'] as const),
  // Websites show no badge for a planned meeting, so visitors have no word for it.
  planned: t('Geplant', 'Planned'),
};

const DATE_PRECISION_TEXTS: ChoiceTexts<DatePrecision> = {
  time: t('Datum und Uhrzeit', 'Date and time'),
  day: t('Nur der Tag (Uhrzeit noch offen)', 'Day only (time still open)'),
  month: t('Nur der Monat', 'Month only'),
};

const ATTENDANCE_MODE_TEXTS: ChoiceTexts<AttendanceMode> = {
  'in-person': t('Vor Ort', 'In person'),
  online: t('Online', 'Online'),
  hybrid: t('Vor Ort und online', 'In person and online'),
};

const SOURCE_FORMAT_TEXTS: ChoiceTexts<SourceFormat> = {
  treffpunkt: t('Treffpunkt (Netzwerk einer anderen Installation)', 'Treffpunkt (a network on another install)'),
  feed: t('Feed (RSS, Atom, JSON Feed): Berichte', 'Feed (RSS, Atom, JSON Feed): reports'),
  icalendar: t('Kalender (iCal): Treffen', 'Calendar (iCal): meetings'),
};

export const WEEKDAY_TEXTS: ChoiceTexts<Weekday> = {
  monday: t('Montag', 'Monday'),
  tuesday: t('Dienstag', 'Tuesday'),
  wednesday: t('Mittwoch', 'Wednesday'),
  thursday: t('Donnerstag', 'Thursday'),
  friday: t('Freitag', 'Friday'),
  saturday: t('Samstag', 'Saturday'),
  sunday: t('Sonntag', 'Sunday'),
};

/** Content type uid → field → value → words. */
export const CHOICE_TEXTS: Record<string, Record<string, ChoiceTexts>> = {
  [CONTENT_TYPES.network]: { kind: NETWORK_KIND_TEXTS, digestDay: WEEKDAY_TEXTS },
  [CONTENT_TYPES.event]: {
    kind: EVENT_KIND_TEXTS,
    eventStatus: EVENT_STATUS_TEXTS,
    datePrecision: DATE_PRECISION_TEXTS,
    attendanceMode: ATTENDANCE_MODE_TEXTS,
  },
  [SOURCE]: { format: SOURCE_FORMAT_TEXTS },
};
