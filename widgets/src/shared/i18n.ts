import type { Locale } from 'treffpunkt-shared/wire';

/**
 * Every word the widgets show, in both languages. Dates, times and relative times come
 * from Intl, and the names of meeting kinds and statuses from the API (`kindLabel`,
 * `statusLabel` of a WireEvent, in the language asked for), so only sentences and labels
 * live here.
 *
 * Keys end in "_" so that the build shortens them (see rollup.config.js): the size budget
 * counts every byte, and these keys are written three times each.
 */
const de = {
  loading_: 'Wird geladen …',
  error_: 'Inhalte gerade nicht erreichbar.',
  offline_: 'Gerade keine Verbindung.',
  retry_: 'Erneut versuchen',
  reportsEmpty_: 'Noch keine Berichte veröffentlicht.',
  readMore_: 'Weiterlesen',
  more_: 'Weitere Berichte',
  moreMeetings_: 'Weitere Termine',
  back_: 'Zurück zur Übersicht',
  missing_: 'Bericht nicht gefunden.',
  meetingEmpty_: 'Zurzeit ist kein Treffen geplant – bis bald!',
  map_: 'Karte',
  online_: 'Online',
  hybrid_: 'Vor Ort und online',
  join_: 'Online teilnehmen',
  agenda_: 'Ablauf',
  details_: 'Mehr zum Treffen',
  less_: 'Weniger anzeigen',
  register_: 'Anmelden',
  until_: 'bis',
  closed_: 'Anmeldung geschlossen',
  calendar_: 'In den Kalender',
  google_: 'Google Kalender',
  previous_: 'Bericht vom letzten Treffen',
  follow_: 'Folgen',
};

export type Messages = typeof de;

const en: Messages = {
  loading_: 'Loading …',
  error_: 'Content unavailable right now.',
  offline_: 'No connection right now.',
  retry_: 'Try again',
  reportsEmpty_: 'No reports published yet.',
  readMore_: 'Read more',
  more_: 'More reports',
  moreMeetings_: 'More meetings',
  back_: 'Back to all reports',
  missing_: 'Report not found.',
  meetingEmpty_: 'No meeting planned right now – see you soon!',
  map_: 'Map',
  online_: 'Online',
  hybrid_: 'On site and online',
  join_: 'Join online',
  agenda_: 'Agenda',
  details_: 'More about this meeting',
  less_: 'Show less',
  register_: 'Register',
  until_: 'by',
  closed_: 'Registration closed',
  calendar_: 'Add to calendar',
  google_: 'Google Calendar',
  previous_: 'Report of the last meeting',
  follow_: 'Follow',
};

export const messages: Record<Locale, Messages> = { de, en };

/** The sentence for a failed request. */
export const failure = (t: Messages, fail: 'offline' | 'missing' | 'error') =>
  fail === 'offline' ? t.offline_ : fail === 'missing' ? t.missing_ : t.error_;
