/**
 * Issue 11: meetings that repeat. A weekly meeting on Wednesday evenings in Berlin (across the
 * change to summer time, one date cancelled with a note, one moved), a monthly one on the first
 * Tuesday and one on the last Friday, through the real API and its calendar files, read back with
 * ical.js: the API's dates and the dates a calendar app expands from the feed are the same.
 * The CMS's clock is set to fixed instants here, so that the dates are those of the calendar.
 */
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventListResponse, NextEventResponse, ReportResponse, WireEvent } from 'treffpunkt-shared/wire';
import { atInstant } from '../support/clock';
import { startCms, type Cms } from '../support/cms';
import { EVENT, createEvent, createNetwork, createReport, getJson } from '../support/content';
import { FIRST_WEDNESDAY, WEDNESDAYS } from '../support/series';

let cms: Cms;
type Created = Awaited<ReturnType<typeof createEvent>>;
let network: Created;
let weekly: Created;
let monthly: Created;

beforeAll(async () => {
  cms = await startCms();
  network = await createNetwork(cms);
  weekly = await createEvent(cms, { network: network.documentId, title: 'Gesprächsgruppe', ...FIRST_WEDNESDAY, recurrence: WEDNESDAYS });
  monthly = await createEvent(cms, {
    network: network.documentId,
    title: 'Online-Runde',
    start: '2027-01-05T18:00:00Z',
    end: '2027-01-05T19:30:00Z',
    attendanceMode: 'online',
    recurrence: {
      frequency: 'monthly',
      interval: 1,
      monthly: { by: 'weekday', position: 1, weekday: 'TU' },
      end: { type: 'count', count: 6 },
    },
  });
  // A single meeting between the occurrences.
  await createEvent(cms, {
    network: network.documentId,
    title: 'Einzeltermin',
    start: '2027-03-11T09:00:00Z',
    end: '2027-03-11T11:00:00Z',
  });
});

const next = () =>
  getJson(cms, `/api/treffpunkt/events/next?network=${network.slug}`).then((answer) => (answer.body as NextEventResponse).data!);
const list = (query = '&limit=20') =>
  getJson(cms, `/api/treffpunkt/events?network=${network.slug}${query}`).then((answer) => answer.body as EventListResponse);

describe('events/next with series', () => {
  it('is the next occurrence of a series, with its own start and end, 19:00 in Berlin before and after the time change', async () => {
    const beforeChange = await atInstant(cms, '2027-03-09T12:00:00Z', next);
    expect(beforeChange).toMatchObject({
      slug: weekly.slug,
      start: '2027-03-10T19:00:00+01:00',
      end: '2027-03-10T20:30:00+01:00',
      occurrence: { date: '2027-03-10' },
      status: 'planned',
    });
    const afterChange = await atInstant(cms, '2027-03-29T12:00:00Z', next);
    expect(afterChange).toMatchObject({ start: '2027-03-31T19:00:00+02:00', end: '2027-03-31T20:30:00+02:00' });
    expect(afterChange.series?.rhythm).toBe('jeden Mittwoch, 19:00–20:30 Uhr, bis 28. April 2027');
    expect(afterChange.occurrence?.ics).toMatch(new RegExp(`/api/treffpunkt/events/${weekly.slug}/2027-03-31\\.ics$`));
  });

  it('counts an occurrence that is going on', async () => {
    const during = await atInstant(cms, '2027-03-10T18:45:00Z', next);
    expect(during).toMatchObject({ slug: weekly.slug, occurrence: { date: '2027-03-10' } });
  });

  it('shows a cancelled occurrence as cancelled, with its note, in the language asked for', async () => {
    const cancelled = await atInstant(cms, '2027-03-16T12:00:00Z', next);
    expect(cancelled).toMatchObject({
      occurrence: { date: '2027-03-17' },
      status: 'cancelled',
      statusLabel: 'Abgesagt',
      note: 'Fällt wegen des Feiertags aus.',
    });
    const english = await atInstant(cms, '2027-03-16T12:00:00Z', () =>
      getJson(cms, `/api/treffpunkt/events/next?network=${network.slug}&locale=en`).then(
        (answer) => (answer.body as NextEventResponse).data!,
      ),
    );
    expect(english).toMatchObject({ statusLabel: 'Cancelled', note: 'No meeting: public holiday.' });
  });

  it('moves a moved occurrence to its new day, time and place', async () => {
    // The Wednesday meeting of 7 April takes place on Thursday: after the monthly round of Tuesday the 6th.
    const moved = await atInstant(cms, '2027-04-06T20:00:00Z', next);
    expect(moved).toMatchObject({
      slug: weekly.slug,
      occurrence: { date: '2027-04-07' },
      start: '2027-04-08T19:00:00+02:00',
      note: 'Diesmal am Donnerstag.',
    });
    expect(moved.display.place).toBe('Gemeindehaus');
  });

  it('has nothing after the series ended', async () => {
    const after = await atInstant(cms, '2027-07-01T12:00:00Z', () => getJson(cms, `/api/treffpunkt/events/next?network=${network.slug}`));
    expect(after.body).toEqual({ data: null });
  });
});

describe('events with series', () => {
  it('lists occurrences and single meetings in order, each occurrence with its own date', async () => {
    const { data, meta } = await atInstant(cms, '2027-03-01T12:00:00Z', () => list());
    expect(data.slice(0, 5).map((event) => [event.title, event.start])).toEqual([
      ['Online-Runde', '2027-03-02T19:00:00+01:00'],
      ['Gesprächsgruppe', '2027-03-03T19:00:00+01:00'],
      ['Gesprächsgruppe', '2027-03-10T19:00:00+01:00'],
      ['Einzeltermin', '2027-03-11T10:00:00+01:00'],
      ['Gesprächsgruppe', '2027-03-17T19:00:00+01:00'],
    ]);
    // Weekly until 28 April: 9 Wednesdays; monthly from March: 4 more first Tuesdays of six; one single meeting.
    expect(meta.total).toBe(9 + 4 + 1);
  });

  it('pages through them', async () => {
    const pages = await atInstant(cms, '2027-03-01T12:00:00Z', async () => [await list('&limit=5&page=1'), await list('&limit=5&page=3')]);
    expect(pages[0].meta).toMatchObject({ page: 1, pageSize: 5, pageCount: 3, total: 14 });
    expect(pages[1].data).toHaveLength(4);
  });

  it('finds the first Tuesday and the last Friday of each month', async () => {
    const lastFriday = await createEvent(cms, {
      network: network.documentId,
      title: 'Letzter Freitag',
      start: '2027-01-29T17:00:00Z',
      recurrence: {
        frequency: 'monthly',
        interval: 1,
        monthly: { by: 'weekday', position: -1, weekday: 'FR' },
        end: { type: 'count', count: 4 },
      },
    });
    const { data } = await atInstant(cms, '2027-01-01T00:00:00Z', () => list());
    const dates = (slug: string) => data.filter((event) => event.slug === slug).map((event) => event.occurrence!.date);
    expect(dates(monthly.slug)).toEqual(['2027-01-05', '2027-02-02', '2027-03-02', '2027-04-06', '2027-05-04', '2027-06-01']);
    expect(dates(lastFriday.slug)).toEqual(['2027-01-29', '2027-02-26', '2027-03-26', '2027-04-30']);
  });
});

/** The occurrences a calendar app expands from an iCalendar file, with the overrides applied, from `from` to `to`. */
function expand(text: string, uid: string, from: Date, to: Date): Date[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const components = calendar.getAllSubcomponents('vevent').filter((vevent) => vevent.getFirstPropertyValue('uid') === uid);
  const master = new ICAL.Event(components.find((vevent) => !vevent.hasProperty('recurrence-id')));
  for (const exception of components.filter((vevent) => vevent.hasProperty('recurrence-id'))) master.relateException(exception);
  const iterator = master.iterator();
  const starts: Date[] = [];
  for (let next = iterator.next(); next && next.toJSDate() < to; next = iterator.next()) {
    const details = master.getOccurrenceDetails(next);
    if (details.startDate.toJSDate() >= from) starts.push(details.startDate.toJSDate());
  }
  return starts;
}

describe('calendar files of a series', () => {
  const from = new Date('2027-03-01T00:00:00Z');
  const to = new Date('2027-06-30T00:00:00Z');

  async function apiDates(slug: string): Promise<Date[]> {
    const { data } = await atInstant(cms, from, () => list());
    return data.filter((event: WireEvent) => event.slug === slug && event.status !== 'cancelled').map((event) => new Date(event.start));
  }

  it('carries the series as RRULE with EXDATE and RECURRENCE-ID, and a calendar app shows the API’s dates', async () => {
    const { body: text, headers } = await fetch(`${cms.url}/api/treffpunkt/events/${weekly.slug}.ics`).then(async (response) => ({
      body: await response.text(),
      headers: response.headers,
    }));
    expect(headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(text).toMatch(/RRULE:FREQ=WEEKLY;UNTIL=\d{8}T\d{6}Z;BYDAY=WE/);
    expect(text).toContain('EXDATE;TZID=Europe/Berlin:20270317T190000');
    expect(text).toContain('RECURRENCE-ID;TZID=Europe/Berlin:20270407T190000');
    const uid = `${weekly.slug}@127.0.0.1`;
    expect(expand(text, uid, from, to)).toEqual(await apiDates(weekly.slug));
  });

  it('shows the same dates in the network’s calendar feed', async () => {
    const text = await fetch(`${cms.url}/api/treffpunkt/networks/${network.slug}/events.ics`).then((response) => response.text());
    expect(expand(text, `${weekly.slug}@127.0.0.1`, from, to)).toEqual(await apiDates(weekly.slug));
    expect(expand(text, `${monthly.slug}@127.0.0.1`, from, to)).toEqual(await apiDates(monthly.slug));
  });

  it('gives each occurrence a file of its own, and answers 404 for a date the series does not meet', async () => {
    const text = await fetch(`${cms.url}/api/treffpunkt/events/${weekly.slug}/2027-03-24.ics`).then((response) => response.text());
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('uid')).toBe(`${weekly.slug}-2027-03-24@127.0.0.1`);
    expect((vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe('2027-03-24T18:00:00.000Z');
    expect(vevent.hasProperty('rrule')).toBe(false);
    const missing = await getJson(cms, `/api/treffpunkt/events/${weekly.slug}/2027-03-25.ics`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.parameter).toBe('date');
  });
});

describe('a report of one occurrence', () => {
  it('says when that occurrence was', async () => {
    const report = await createReport(cms, {
      network: network.documentId,
      event: weekly.documentId,
      occurrence: '2027-03-24',
      publicationDate: '2027-03-25',
    });
    const { body } = await getJson(cms, `/api/treffpunkt/reports/${report.slug}`);
    expect((body as ReportResponse).data).toMatchObject({
      meeting: { start: '2027-03-24' },
      event: { slug: weekly.slug, start: '2027-03-24T19:00:00+01:00' },
    });
  });
});

describe('an editor’s series that cannot be', () => {
  const refusal = async (recurrence: unknown, fields: Record<string, unknown> = {}) => {
    try {
      await cms.strapi.documents(EVENT).create({
        data: {
          title: 'Reihe',
          slug: `reihe-${Math.random().toString(36).slice(2, 8)}`,
          kind: 'meeting',
          start: '2027-03-03T18:00:00Z',
          recurrence,
          ...fields,
        },
        locale: 'de',
      } as never);
    } catch (error) {
      return error as { message: string; details: { errors: { path: string[] }[] } };
    }
    throw new Error('the series was accepted');
  };

  it('gets a clear message at the field, for every kind of mistake', async () => {
    const weeklyOn = (weekdays: string[], end: unknown = { type: 'never' }) => ({ frequency: 'weekly', interval: 1, weekdays, end });
    const cases: [unknown, RegExp, Record<string, unknown>?][] = [
      [weeklyOn([]), /Choose the weekdays/],
      [weeklyOn(['MO']), /not one of the dates this repetition gives/],
      [weeklyOn(['WE'], { type: 'until', date: '2027-02-01' }), /ends before the meeting starts/],
      [weeklyOn(['WE'], { type: 'count', count: 10_000 }), /count must be at most 520/],
      [{ ...weeklyOn(['WE']), exceptions: [{ date: '2027-03-04', change: 'cancelled' }] }, /2027-03-04 is not one of the series' dates/],
      [{ ...weeklyOn(['WE']), exceptions: [{ date: '2027-03-10', change: 'moved' }] }, /Give the new date and time/],
      [weeklyOn(['WE']), /known only by its month cannot repeat/, { datePrecision: 'month' }],
      [{ frequency: 'daily', interval: 1, end: { type: 'never' } }, /The repetition is not complete: frequency/],
    ];
    for (const [recurrence, message, fields] of cases) {
      const error = await refusal(recurrence, fields);
      expect(error.message).toMatch(message);
      expect(error.details.errors[0].path).toEqual(['recurrence']);
    }
  });
});
