/**
 * What the widgets work out about dates themselves, checked in Node's Intl (the same ICU data a
 * browser uses), with a fixed "now" so the relative times do not depend on the day the tests run.
 * The dates as words come from the API: test/unit/display.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { WireEvent } from '../../cms/src/plugins/treffpunkt/shared/wire';
import { machineDate, relativeWhen } from '../../widgets/src/shared/format';

/** Only what the formatting reads; the rest of a WireEvent does not matter here. */
function event(fields: Partial<WireEvent>): WireEvent {
  return {
    start: '2027-03-12T18:00:00+01:00',
    end: null,
    timeZone: 'Europe/Berlin',
    allDay: false,
    datePrecision: 'time',
    ...fields,
  } as WireEvent;
}

const at = (iso: string) => Date.parse(iso);

/** Intl puts thin and narrow no-break spaces around range dashes and before AM/PM; compare them as spaces. */
const plain = (text: string | undefined) => text?.replace(/[\u2009\u202f]/g, ' ');

describe('machineDate', () => {
  it('is only as exact as the date is known', () => {
    expect(machineDate(event({ datePrecision: 'month' }), '2027-03-01T00:00:00+01:00')).toBe('2027-03');
    expect(machineDate(event({ allDay: true, datePrecision: 'day' }), '2027-03-12T00:00:00+01:00')).toBe('2027-03-12');
    expect(machineDate(event({}), '2027-03-12T18:00:00+01:00')).toBe('2027-03-12T18:00:00+01:00');
  });
});

describe('relativeWhen', () => {
  const meeting = event({ start: '2027-03-12T18:00:00+01:00', end: '2027-03-12T20:00:00+01:00' });

  it('counts calendar days in the event’s zone', () => {
    expect(relativeWhen(meeting, 'de', at('2027-03-11T23:30:00+01:00'))).toBe('morgen');
    expect(relativeWhen(meeting, 'en', at('2027-03-09T08:00:00+01:00'))).toBe('in 3 days');
    expect(relativeWhen(meeting, 'de', at('2027-03-12T09:00:00+01:00'))).toBe('heute');
  });

  it('says "happening now" while it runs, nothing once it is over or far away', () => {
    expect(relativeWhen(meeting, 'en', at('2027-03-12T19:00:00+01:00'))).toBe('happening now');
    expect(relativeWhen(meeting, 'de', at('2027-03-12T19:00:00+01:00'))).toBe('läuft gerade');
    expect(relativeWhen(meeting, 'de', at('2027-03-12T21:00:00+01:00'))).toBeUndefined();
    expect(relativeWhen(meeting, 'de', at('2026-12-01T12:00:00+01:00'))).toBeUndefined();
  });

  it('keeps a multi-day all-day meeting "happening now" until its last day is over', () => {
    const camp = event({ start: '2027-03-12T00:00:00+01:00', end: '2027-03-14T23:59:00+01:00', allDay: true, datePrecision: 'day' });
    expect(relativeWhen(camp, 'de', at('2027-03-14T22:00:00+01:00'))).toBe('läuft gerade');
    expect(relativeWhen(camp, 'de', at('2027-03-15T08:00:00+01:00'))).toBeUndefined();
  });

  it('has no relative time when only the month is known', () => {
    const planned = event({ start: '2027-03-01T00:00:00+01:00', datePrecision: 'month' });
    expect(relativeWhen(planned, 'de', at('2027-02-27T12:00:00+01:00'))).toBeUndefined();
  });
});
