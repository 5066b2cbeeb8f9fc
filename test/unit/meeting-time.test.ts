/**
 * What the admin's meeting-time input asks for, shows and stores (admin/src/custom-fields), by the
 * rules the API reads the instants with; and what "write the report" takes of a whole-day end.
 */
import { describe, expect, it } from 'vitest';
import { askedFor } from '../../cms/src/plugins/treffpunkt/admin/src/custom-fields/asked-for';
import { sameWallClockIn, shownWallClock, storedInstant } from '../../cms/src/plugins/treffpunkt/admin/src/custom-fields/meeting-time';
import { meetingDatesOf } from '../../cms/src/plugins/treffpunkt/server/src/services/admin-report';
import { meetingDays } from '../../cms/src/plugins/treffpunkt/server/src/time/meeting-span';
import { toZonedIso } from '../../cms/src/plugins/treffpunkt/server/src/time/zoned-time';

const NEW_YORK = 'America/New_York';

describe('what the input asks for', () => {
  it.each([
    ['start', { datePrecision: 'time' }, 'date-time'],
    ['end', { datePrecision: 'time', allDay: true }, 'date'],
    ['start', { datePrecision: 'day' }, 'date'],
    ['end', { datePrecision: 'month' }, 'month'],
    ['deadline', { datePrecision: 'month', allDay: true }, 'date-time'],
  ] as const)('%s of a meeting with %j: %s', (role, settings, asked) => {
    expect(askedFor(role, settings)).toBe(asked);
  });
});

describe('wall clock in, instant out', () => {
  it('stores 19:00 in New York as the instant the API writes with -05:00, and shows it as 19:00 again', () => {
    const stored = storedInstant({ date: '2026-12-09', time: '19:00' }, 'date-time', NEW_YORK);
    expect(stored).toBe('2026-12-10T00:00:00.000Z');
    expect(toZonedIso(stored, NEW_YORK)).toBe('2026-12-09T19:00:00-05:00');
    expect(shownWallClock(stored, 'date-time', NEW_YORK)).toEqual({ date: '2026-12-09', time: '19:00' });
  });

  it('reads a time in the spring gap as the API does: forward by the gap', () => {
    expect(storedInstant({ date: '2027-03-28', time: '02:30' }, 'date-time', 'Europe/Berlin')).toBe('2027-03-28T01:30:00.000Z');
  });

  it('stores the last day of a whole-day meeting as that day, which the API, the calendar and the report read as the last day', () => {
    const start = storedInstant({ date: '2026-11-23', time: '' }, 'date', 'Europe/Berlin');
    const end = storedInstant({ date: '2026-11-25', time: '' }, 'date', 'Europe/Berlin');
    expect([start, end]).toEqual(['2026-11-22T23:00:00.000Z', '2026-11-24T23:00:00.000Z']);
    expect(shownWallClock(end, 'date', 'Europe/Berlin')?.date).toBe('2026-11-25');
    const days = meetingDays({ start, end, allDay: true, datePrecision: 'time', timeZone: 'Europe/Berlin' })!;
    expect([days.first.toString(), days.afterLast.toString()]).toEqual(['2026-11-23', '2026-11-26']);
    expect(meetingDatesOf({ start, end, timeZone: 'Europe/Berlin' })).toEqual({ meetingStart: '2026-11-23', meetingEnd: '2026-11-25' });
  });

  it('stores a one-day meeting with its end on its start, which the editor rules accept (the end is not before the start)', () => {
    const start = storedInstant({ date: '2026-11-23', time: '' }, 'date', 'Europe/Berlin');
    const end = storedInstant({ date: '2026-11-23', time: '' }, 'date', 'Europe/Berlin');
    expect(end).toBe(start);
    const days = meetingDays({ start, end, allDay: true, datePrecision: 'day', timeZone: 'Europe/Berlin' })!;
    expect([days.first.toString(), days.afterLast.toString()]).toEqual(['2026-11-23', '2026-11-24']);
  });

  it('shows the last day of an end the demo stores at 23:59 as that day', () => {
    expect(shownWallClock('2018-11-25T22:59:00.000Z', 'date', 'Europe/Berlin')?.date).toBe('2018-11-25');
  });

  it('stores a month as its first day, also the end month, which the API reads as the last month', () => {
    const start = storedInstant({ date: '2027-03-01', time: '' }, 'month', 'Europe/Berlin');
    expect(start).toBe('2027-02-28T23:00:00.000Z');
    const end = storedInstant({ date: '2027-05-01', time: '' }, 'month', 'Europe/Berlin');
    expect(end).toBe('2027-04-30T22:00:00.000Z');
    expect(shownWallClock(end, 'month', 'Europe/Berlin')?.date.slice(0, 7)).toBe('2027-05');
    const months = meetingDays({ start, end, datePrecision: 'month', timeZone: 'Europe/Berlin' })!;
    expect([months.first.toString(), months.afterLast.toString()]).toEqual(['2027-03-01', '2027-06-01']);
  });

  it('keeps the wall clock when the meeting moves to another zone', () => {
    const inBerlin = storedInstant({ date: '2026-12-09', time: '19:00' }, 'date-time', 'Europe/Berlin');
    const moved = sameWallClockIn(inBerlin, 'date-time', 'Europe/Berlin', NEW_YORK);
    expect(shownWallClock(moved, 'date-time', NEW_YORK)).toEqual({ date: '2026-12-09', time: '19:00' });
    expect(moved).toBe('2026-12-10T00:00:00.000Z');
  });

  it('shows nothing for no value or one that is not an instant', () => {
    expect(shownWallClock(null, 'date-time', NEW_YORK)).toBeNull();
    expect(shownWallClock('kaputt', 'date-time', NEW_YORK)).toBeNull();
  });
});
