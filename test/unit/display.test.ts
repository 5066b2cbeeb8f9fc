/**
 * Dates as a person writes them, as the API sends them to the widgets (`display`): in the
 * language asked for and the meeting's own time zone, whatever the zone of the machine.
 */
import { describe, expect, it } from 'vitest';
import {
  calendarDates,
  meetingBrief,
  meetingRelative,
  meetingWhen,
  type DisplayTiming,
} from '../../cms/src/plugins/treffpunkt/server/src/wire/display';

/** A meeting's timing; what the tests leave out is an evening in Berlin. */
function event(fields: Partial<DisplayTiming>): DisplayTiming {
  return { start: '2027-03-12T18:00:00+01:00', end: null, timeZone: 'Europe/Berlin', allDay: false, datePrecision: 'time', ...fields };
}

/** Intl puts thin and narrow no-break spaces around range dashes and before AM/PM; compare them as spaces. */
const plain = (text: string | undefined) => text?.replace(/[\u2009\u202f]/g, ' ');

const eventWhen = meetingWhen;

describe('meetingWhen', () => {
  it('writes an evening meeting with weekday and time range, in the event’s zone', () => {
    const meeting = event({ end: '2027-03-12T20:30:00+01:00' });
    expect(plain(eventWhen(meeting, 'de'))).toBe('Freitag, 12. März 2027, 18:00–20:30 Uhr');
    expect(plain(eventWhen(meeting, 'en'))).toBe('Friday, March 12, 2027, 6:00 – 8:30 PM');
  });

  it('keeps the event’s wall-clock time for a meeting in another zone', () => {
    const lisbon = event({ start: '2027-03-12T10:00:00+00:00', timeZone: 'Europe/Lisbon' });
    expect(plain(eventWhen(lisbon, 'de'))).toBe('Freitag, 12. März 2027 um 10:00');
  });

  it('writes a multi-day meeting as one range', () => {
    const conference = event({ start: '2027-03-11T15:00:00+01:00', end: '2027-03-13T13:00:00+01:00' });
    expect(plain(eventWhen(conference, 'de'))).toBe('Donnerstag, 11. März 2027 um 15:00 – Samstag, 13. März 2027 um 13:00');
  });

  it('writes all-day meetings without times, from the start’s day to the end’s day, whatever the end’s time', () => {
    const lateEnd = event({ start: '2027-03-12T00:00:00+01:00', end: '2027-03-14T23:59:00+01:00', allDay: true, datePrecision: 'day' });
    // The calendar feed reads an end date the same way (test/unit/feeds.test.ts): the 14th is the last day.
    const dateOnlyEnd = event({ start: '2027-03-12T00:00:00+01:00', end: '2027-03-14T00:00:00+01:00', allDay: true, datePrecision: 'day' });
    expect(plain(eventWhen(lateEnd, 'de'))).toBe('Freitag, 12. – Sonntag, 14. März 2027');
    expect(plain(eventWhen(dateOnlyEnd, 'de'))).toBe('Freitag, 12. – Sonntag, 14. März 2027');
    const oneDay = event({ start: '2027-03-12T00:00:00+01:00', end: '2027-03-12T23:59:00+01:00', allDay: true, datePrecision: 'day' });
    expect(plain(eventWhen(oneDay, 'en'))).toBe('Friday, March 12, 2027');
  });

  it('says "voraussichtlich März 2027" when only the month is known', () => {
    const planned = event({ start: '2027-03-01T00:00:00+01:00', datePrecision: 'month' });
    expect(plain(eventWhen(planned, 'de'))).toBe('voraussichtlich März 2027');
    expect(plain(eventWhen(planned, 'en'))).toBe('tentatively March 2027');
  });
});

describe('calendarDates', () => {
  it('writes report meeting dates and ranges', () => {
    expect(plain(calendarDates('2018-11-23', '2018-11-25', 'de'))).toBe('23.–25. November 2018');
    expect(plain(calendarDates('2021-02-01', null, 'en'))).toBe('February 1, 2021');
    expect(plain(calendarDates('2020-02-18', '2020-02-18', 'de'))).toBe('18. Februar 2020');
  });
});

describe('meetingRelative', () => {
  const meeting = event({ start: '2027-03-12T18:00:00+01:00', end: '2027-03-12T20:00:00+01:00' });
  const relative = (timing: DisplayTiming, locale: 'de' | 'en', at: string, cancelled = false) =>
    meetingRelative({ ...timing, cancelled }, locale, new Date(at));

  it('counts calendar days in the meeting’s zone', () => {
    expect(relative(meeting, 'de', '2027-03-11T23:30:00+01:00')).toBe('morgen');
    expect(relative(meeting, 'en', '2027-03-09T08:00:00+01:00')).toBe('in 3 days');
    expect(relative(meeting, 'de', '2027-03-12T09:00:00+01:00')).toBe('heute');
  });

  it('says "happening now" while it runs, nothing once it is over, far away or cancelled', () => {
    expect(relative(meeting, 'en', '2027-03-12T19:00:00+01:00')).toBe('happening now');
    expect(relative(meeting, 'de', '2027-03-12T19:00:00+01:00')).toBe('läuft gerade');
    expect(relative(meeting, 'de', '2027-03-12T21:00:00+01:00')).toBeNull();
    expect(relative(meeting, 'de', '2026-12-01T12:00:00+01:00')).toBeNull();
    expect(relative(meeting, 'de', '2027-03-11T12:00:00+01:00', true)).toBeNull();
  });

  it('keeps a multi-day all-day meeting "happening now" until its last day is over', () => {
    const camp = event({ start: '2027-03-12T00:00:00+01:00', end: '2027-03-14T23:59:00+01:00', allDay: true, datePrecision: 'day' });
    expect(relative(camp, 'de', '2027-03-14T22:00:00+01:00')).toBe('läuft gerade');
    expect(relative(camp, 'de', '2027-03-15T08:00:00+01:00')).toBeNull();
  });

  it('has no relative time when only the month is known', () => {
    expect(relative(event({ start: '2027-03-01T00:00:00+01:00', datePrecision: 'month' }), 'de', '2027-02-27T12:00:00+01:00')).toBeNull();
  });
});

describe('meetingBrief', () => {
  it('writes a meeting short, for a line of a list', () => {
    expect(plain(meetingBrief(event({ end: '2027-03-12T20:30:00+01:00' }), 'de'))).toBe('Fr., 12. März 2027, 18:00–20:30 Uhr');
    expect(plain(meetingBrief(event({ end: '2027-03-12T20:30:00+01:00' }), 'en'))).toBe('Fri, Mar 12, 2027, 6:00 – 8:30 PM');
  });
});
