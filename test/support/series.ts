/**
 * One weekly series that the API and the admin tests both use: Wednesday evenings in Berlin,
 * 19:00–20:30, from 3 March 2027 (winter time) to 28 April (summer time), one Wednesday cancelled
 * with a note, one moved to the Thursday at another place.
 */
import type { Recurrence } from 'treffpunkt-shared/recurrence';

/** The first meeting: 19:00–20:30 in Berlin, winter time: 18:00Z. */
export const FIRST_WEDNESDAY = { start: '2027-03-03T18:00:00Z', end: '2027-03-03T19:30:00Z', timeZone: 'Europe/Berlin' };

export const WEDNESDAYS: Recurrence = {
  frequency: 'weekly',
  interval: 1,
  weekdays: ['WE'],
  end: { type: 'until', date: '2027-04-28' },
  exceptions: [
    { date: '2027-03-17', change: 'cancelled', note: { de: 'Fällt wegen des Feiertags aus.', en: 'No meeting: public holiday.' } },
    {
      date: '2027-04-07',
      change: 'moved',
      start: '2027-04-08T17:00:00Z',
      end: '2027-04-08T18:30:00Z',
      place: 'Gemeindehaus',
      note: { de: 'Diesmal am Donnerstag.' },
    },
  ],
};
