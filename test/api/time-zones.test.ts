/**
 * Meetings around time changes and in other zones, through the real API and .ics: the instant
 * the wall time stands for, the API's start and end with offset, the calendar entry as ical.js
 * reads it, and whether the meeting is still the next one just before and at the moment it ends
 * must all tell the same story (the cases: test/support/time-zone-cases.ts).
 */
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NextEventResponse } from 'treffpunkt-shared/wire';
import type { AnyDocument } from '../support/admin-answer';
import { atInstant } from '../support/clock';
import { startCms, type Cms } from '../support/cms';
import { EVENT, getJson } from '../support/content';
import { TIME_ZONE_CASES, createTimeZoneCase, type TimeZoneCase } from '../support/time-zone-cases';

let cms: Cms;
const created = new Map<string, { network: string; event: string; documentId: string }>();

async function createCase(c: TimeZoneCase) {
  const { network, event } = await createTimeZoneCase(cms, c, 'tz');
  created.set(c.name, { network: network.slug, event: event.slug, documentId: event.documentId });
}

beforeAll(async () => {
  cms = await startCms();
  for (const c of TIME_ZONE_CASES) await createCase(c);
});

const cases = TIME_ZONE_CASES.map((c) => [c.name, c] as const);
const secondBefore = (iso: string) => new Date(Date.parse(iso) - 1000);

async function nextMeeting(c: TimeZoneCase, instant: Date | string) {
  const { network } = created.get(c.name)!;
  return atInstant(cms, instant, async () => {
    const { status, body } = await getJson(cms, `/api/treffpunkt/events/next?network=${network}&locale=${c.locale}`);
    expect(status).toBe(200);
    return (body as NextEventResponse).data;
  });
}

async function calendarEntry(c: TimeZoneCase) {
  const response = await fetch(`${cms.url}/api/treffpunkt/events/${created.get(c.name)!.event}.ics?locale=${c.locale}`);
  expect(response.status).toBe(200);
  const [vevent] = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents('vevent');
  return vevent;
}

describe('a meeting entered as wall time in its own zone', () => {
  it.each(cases)('%s: is stored at the instant the wall time stands for', async (name, c) => {
    const stored = (await cms.strapi
      .documents(EVENT)
      .findOne({ documentId: created.get(name)!.documentId, status: 'published' } as never)) as AnyDocument;
    expect(new Date(stored.start).toISOString()).toBe(c.expected.startInstant);
    expect(stored.end ? new Date(stored.end).toISOString() : null).toBe(c.expected.endInstant);
  });

  it.each(cases)('%s: the API gives start and end with the zone’s offset, until the moment it is over', async (_name, c) => {
    const before = await nextMeeting(c, secondBefore(c.expected.overAt));
    expect(before).toMatchObject({
      slug: created.get(c.name)!.event,
      timeZone: c.input.timeZone,
      start: c.expected.apiStart,
      end: c.expected.apiEnd,
    });
    expect(Date.parse(before!.start)).toBe(Date.parse(c.expected.startInstant));
    expect(await nextMeeting(c, c.expected.overAt)).toBeNull();
  });

  it.each(cases)('%s: the .ics entry shows the same wall times, dates and instants', async (_name, c) => {
    const vevent = await calendarEntry(c);
    const dtstart = vevent.getFirstProperty('dtstart')!;
    const dtend = vevent.getFirstProperty('dtend');
    const start = dtstart.getFirstValue() as ICAL.Time;
    const end = (dtend?.getFirstValue() as ICAL.Time | undefined) ?? null;
    expect(dtstart.getParameter('tzid') ?? null).toBe(c.expected.ics.tzid);
    expect(start.toString()).toBe(c.expected.ics.start);
    expect(end?.toString() ?? null).toBe(c.expected.ics.end);
    expect(start.isDate).toBe(c.input.datePrecision !== 'time' || c.input.allDay);
    if (!start.isDate) {
      // A wall time with TZID (resolved with the file's VTIMEZONE) or in UTC: the API's instants, and over when it ends.
      expect(start.toJSDate().toISOString()).toBe(c.expected.startInstant);
      expect(end?.toJSDate().toISOString() ?? null).toBe(c.expected.endInstant);
      if (end) expect(end.toJSDate().toISOString()).toBe(c.expected.overAt);
    }
  });
});
