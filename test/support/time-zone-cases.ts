/**
 * Meetings whose times are hard to get right: Berlin's spring gap and autumn overlap, zones that
 * skip midnight (Santiago, Havana), a meeting abroad read on a German page, whole days across a
 * change night. Each case gives what an editor or the demo enters (wall times in the meeting's
 * zone) and what every reader must agree on: the API's start/end, the .ics entry, and the
 * instant from which the meeting is no longer upcoming.
 *
 * Shared by the server's API test (test/api/time-zones.test.ts) and the widgets' text test.
 * Ambiguous wall times follow RFC 5545 §3.3.5 (Temporal's 'compatible'): a time in the spring gap
 * is moved forward by the gap, a time in the autumn overlap is the earlier instant.
 */
import type { DatePrecision, Locale } from 'treffpunkt-shared/wire';
import { at } from '../../cms/src/demo/dates';
import type { Cms } from './cms';
import { createEvent, createNetwork, uniqueSlug } from './content';

export interface TimeZoneCase {
  /** Names the case and becomes part of the test slugs. */
  name: string;
  input: {
    timeZone: string;
    datePrecision: DatePrecision;
    allDay: boolean;
    /** Wall times in `timeZone`, YYYY-MM-DDTHH:MM, as typed or seeded. */
    start: string;
    end: string | null;
  };
  /** The language the meeting is read in. */
  locale: Locale;
  expected: {
    /** The instants the wall times stand for. */
    startInstant: string;
    endInstant: string | null;
    /** `start`/`end` of the public API: ISO 8601 with the zone's offset at that instant. */
    apiStart: string;
    apiEnd: string | null;
    /**
     * The .ics entry: DTSTART/DTEND as ical.js reads them back: a wall time with TZID, a UTC time
     * (`…Z`, for a wall time that happens twice), or a date with VALUE=DATE (DTEND exclusive).
     */
    ics: { tzid: string | null; start: string; end: string | null };
    /** The first instant at which the meeting is over (no longer the next meeting). */
    overAt: string;
  };
}

export const TIME_ZONE_CASES: readonly TimeZoneCase[] = [
  {
    name: 'berlin-spring-gap',
    input: { timeZone: 'Europe/Berlin', datePrecision: 'time', allDay: false, start: '2027-03-28T02:30', end: '2027-03-28T04:30' },
    locale: 'de',
    expected: {
      // 02:30 does not exist that night: moved forward by the hour the clocks skip.
      startInstant: '2027-03-28T01:30:00.000Z',
      endInstant: '2027-03-28T02:30:00.000Z',
      apiStart: '2027-03-28T03:30:00+02:00',
      apiEnd: '2027-03-28T04:30:00+02:00',
      ics: { tzid: 'Europe/Berlin', start: '2027-03-28T03:30:00', end: '2027-03-28T04:30:00' },
      overAt: '2027-03-28T02:30:00.000Z',
    },
  },
  {
    name: 'berlin-autumn-overlap',
    input: { timeZone: 'Europe/Berlin', datePrecision: 'time', allDay: false, start: '2026-10-25T02:30', end: '2026-10-25T03:30' },
    locale: 'de',
    expected: {
      // 02:30 happens twice that night: the earlier one, still in summer time.
      startInstant: '2026-10-25T00:30:00.000Z',
      endInstant: '2026-10-25T02:30:00.000Z',
      apiStart: '2026-10-25T02:30:00+02:00',
      apiEnd: '2026-10-25T03:30:00+01:00',
      // 02:30 with TZID would be read as the later 02:30 by ical.js and others: written in UTC.
      ics: { tzid: null, start: '2026-10-25T00:30:00Z', end: '2026-10-25T02:30:00Z' },
      overAt: '2026-10-25T02:30:00.000Z',
    },
  },
  {
    name: 'santiago-all-day-before-skipped-midnight',
    input: { timeZone: 'America/Santiago', datePrecision: 'day', allDay: true, start: '2026-09-05T00:00', end: null },
    locale: 'de',
    expected: {
      startInstant: '2026-09-05T04:00:00.000Z',
      endInstant: null,
      apiStart: '2026-09-05T00:00:00-04:00',
      apiEnd: null,
      ics: { tzid: null, start: '2026-09-05', end: '2026-09-06' },
      // 6 September begins at 01:00 (-03:00): the 5th lasts until then, not an hour less.
      overAt: '2026-09-06T04:00:00.000Z',
    },
  },
  {
    name: 'santiago-all-day-on-skipped-midnight',
    input: { timeZone: 'America/Santiago', datePrecision: 'day', allDay: true, start: '2026-09-06T00:00', end: null },
    locale: 'en',
    expected: {
      // There is no 00:00 on 6 September: the day starts at 01:00.
      startInstant: '2026-09-06T04:00:00.000Z',
      endInstant: null,
      apiStart: '2026-09-06T01:00:00-03:00',
      apiEnd: null,
      ics: { tzid: null, start: '2026-09-06', end: '2026-09-07' },
      overAt: '2026-09-07T03:00:00.000Z',
    },
  },
  {
    name: 'santiago-month',
    input: { timeZone: 'America/Santiago', datePrecision: 'month', allDay: false, start: '2026-09-01T00:00', end: null },
    locale: 'de',
    expected: {
      startInstant: '2026-09-01T04:00:00.000Z',
      endInstant: null,
      apiStart: '2026-09-01T00:00:00-04:00',
      apiEnd: null,
      ics: { tzid: null, start: '2026-09-01', end: '2026-10-01' },
      // September is over when 1 October begins, in summer time by then.
      overAt: '2026-10-01T03:00:00.000Z',
    },
  },
  {
    name: 'havana-all-day-before-skipped-midnight',
    input: { timeZone: 'America/Havana', datePrecision: 'day', allDay: true, start: '2026-03-07T00:00', end: null },
    locale: 'de',
    expected: {
      startInstant: '2026-03-07T05:00:00.000Z',
      endInstant: null,
      apiStart: '2026-03-07T00:00:00-05:00',
      apiEnd: null,
      ics: { tzid: null, start: '2026-03-07', end: '2026-03-08' },
      overAt: '2026-03-08T05:00:00.000Z',
    },
  },
  {
    name: 'new-york-evening-read-in-german',
    input: { timeZone: 'America/New_York', datePrecision: 'time', allDay: false, start: '2026-11-20T19:00', end: '2026-11-20T21:00' },
    locale: 'de',
    expected: {
      // Already the 21st in Germany; the meeting is still on the 20th, at 19:00, where it happens.
      startInstant: '2026-11-21T00:00:00.000Z',
      endInstant: '2026-11-21T02:00:00.000Z',
      apiStart: '2026-11-20T19:00:00-05:00',
      apiEnd: '2026-11-20T21:00:00-05:00',
      ics: { tzid: 'America/New_York', start: '2026-11-20T19:00:00', end: '2026-11-20T21:00:00' },
      overAt: '2026-11-21T02:00:00.000Z',
    },
  },
  {
    name: 'berlin-all-day-across-spring-night',
    input: { timeZone: 'Europe/Berlin', datePrecision: 'day', allDay: true, start: '2027-03-27T00:00', end: '2027-03-28T23:59' },
    locale: 'de',
    expected: {
      startInstant: '2027-03-26T23:00:00.000Z',
      endInstant: '2027-03-28T21:59:00.000Z',
      apiStart: '2027-03-27T00:00:00+01:00',
      apiEnd: '2027-03-28T23:59:00+02:00',
      ics: { tzid: null, start: '2027-03-27', end: '2027-03-29' },
      overAt: '2027-03-28T22:00:00.000Z',
    },
  },
  {
    name: 'berlin-all-day-across-autumn-night',
    input: { timeZone: 'Europe/Berlin', datePrecision: 'day', allDay: true, start: '2026-10-24T00:00', end: '2026-10-25T23:59' },
    locale: 'en',
    expected: {
      startInstant: '2026-10-23T22:00:00.000Z',
      endInstant: '2026-10-25T22:59:00.000Z',
      apiStart: '2026-10-24T00:00:00+02:00',
      apiEnd: '2026-10-25T23:59:00+01:00',
      ics: { tzid: null, start: '2026-10-24', end: '2026-10-26' },
      overAt: '2026-10-25T23:00:00.000Z',
    },
  },
];

/** The case's meeting in a network of its own, as the demo seeds one: its wall times turned into instants in its zone. */
export async function createTimeZoneCase(cms: Cms, c: TimeZoneCase, slugPrefix: string) {
  const network = await createNetwork(cms);
  const wall = (value: string) => at(value.slice(0, 10), value.slice(11), c.input.timeZone);
  const event = await createEvent(cms, {
    slug: uniqueSlug(`${slugPrefix}-${c.name}`),
    network: network.documentId,
    timeZone: c.input.timeZone,
    datePrecision: c.input.datePrecision,
    allDay: c.input.allDay,
    start: wall(c.input.start),
    end: c.input.end ? wall(c.input.end) : null,
  });
  return { network, event };
}
