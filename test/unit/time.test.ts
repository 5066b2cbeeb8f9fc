/** The time module: wall clock and instant, the one choice for ambiguous wall times, when a meeting is over. */
import { describe, expect, it } from 'vitest';
import { isWholeDays, meetingDays, meetingOver } from '../../cms/src/plugins/treffpunkt/server/src/time/meeting-span';
import {
  addDays,
  fromWallClock,
  isValidTimeZone,
  parseInstant,
  startOfDay,
  todayIn,
  toZonedDate,
  toZonedIso,
} from '../../cms/src/plugins/treffpunkt/server/src/time/zoned-time';
import { TIME_ZONE_CASES } from '../support/time-zone-cases';

describe('wall clock and instant', () => {
  it('moves a wall time in the spring gap forward by the gap, and takes the earlier instant in the autumn overlap', () => {
    expect(fromWallClock('2027-03-28T02:30', 'Europe/Berlin').toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(fromWallClock('2026-10-25T02:30', 'Europe/Berlin').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(fromWallClock('2026-10-25T03:00', 'Europe/Berlin').toISOString()).toBe('2026-10-25T02:00:00.000Z');
  });

  it('writes an instant with the offset its zone has at that moment, to the second', () => {
    expect(toZonedIso('2027-03-28T01:30:00.000Z', 'Europe/Berlin')).toBe('2027-03-28T03:30:00+02:00');
    expect(toZonedIso(new Date('2026-10-25T01:30:00.250Z'), 'Europe/Berlin')).toBe('2026-10-25T02:30:00+01:00');
    expect(toZonedIso('2026-11-21T00:00:00Z', 'America/New_York')).toBe('2026-11-20T19:00:00-05:00');
    expect(toZonedIso('2026-11-21T00:00:00Z', 'UTC')).toBe('2026-11-21T00:00:00+00:00');
  });

  it('gives the calendar date of an instant in a zone, not in UTC', () => {
    expect(toZonedDate('2026-11-22T23:30:00Z', 'Europe/Berlin')).toBe('2026-11-23');
    expect(todayIn(new Date('2026-12-31T23:30:00Z'), 'Europe/Berlin')).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('starts a day at its first instant, which is 01:00 where a zone skips midnight', () => {
    expect(startOfDay('2026-09-06', 'America/Santiago').toISOString()).toBe('2026-09-06T04:00:00.000Z');
    expect(startOfDay('2026-03-08', 'America/Havana').toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfDay('2027-03-28', 'Europe/Berlin').toISOString()).toBe('2027-03-27T23:00:00.000Z');
  });

  it('knows time zones by their names and instants only with an offset', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Berlin')).toBe(false);
    expect(parseInstant('2026-11-18T09:30:00+01:00')?.toString()).toBe('2026-11-18T08:30:00Z');
    expect(parseInstant('2026-11-18T09:30')).toBeNull();
    expect(parseInstant('not a date')).toBeNull();
    expect(parseInstant(new Date(Number.NaN))).toBeNull();
  });
});

describe('when a meeting is over', () => {
  it.each(TIME_ZONE_CASES.map((c) => [c.name, c] as const))('%s', (_name, { input, expected }) => {
    const start = fromWallClock(input.start, input.timeZone);
    const end = input.end ? fromWallClock(input.end, input.timeZone) : null;
    expect(start.toISOString()).toBe(expected.startInstant);
    expect(end?.toISOString() ?? null).toBe(expected.endInstant);
    expect(toZonedIso(start, input.timeZone)).toBe(expected.apiStart);
    const timing = { ...input, start, end };
    expect(meetingOver(timing)?.toISOString()).toBe(expected.overAt);
    if (isWholeDays(timing)) {
      const days = meetingDays(timing)!;
      expect([days.first.toString(), days.afterLast.toString()]).toEqual([expected.ics.start, expected.ics.end]);
    }
  });

  it('lasts until the end of its day without an end, and a month ends with the month its end names', () => {
    const timing = { start: '2026-11-23T09:00:00Z', datePrecision: 'time' as const, timeZone: 'Europe/Berlin' };
    expect(meetingOver(timing)?.toISOString()).toBe('2026-11-23T23:00:00.000Z');
    const months = {
      start: '2027-03-01T00:00:00+01:00',
      end: '2027-04-10T00:00:00+02:00',
      datePrecision: 'month' as const,
      timeZone: 'Europe/Berlin',
    };
    expect(meetingDays(months)?.afterLast.toString()).toBe('2027-05-01');
    expect(meetingOver({ ...timing, start: 'kaputt' })).toBeNull();
  });
});
