/**
 * Issue 11 in the admin, through HTTP as the admin panel calls it: the series form's preview
 * (the sentence and the next dates of a series not yet saved, or the message saving would give),
 * and "write the report" of one past occurrence of a series. A weekly meeting on Wednesday
 * evenings in Berlin from 3 March 2027; the CMS's clock is set to fixed instants around it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eventReportPath, seriesPreviewPath, type EventReportResponse } from 'treffpunkt-shared/admin-api';
import type { Recurrence } from 'treffpunkt-shared/recurrence';
import type { AnyDocument } from '../support/admin-answer';
import { adminSession, roleWithoutPermissions, type AdminSession } from '../support/admin';
import { atInstant } from '../support/clock';
import { startCms, type Cms } from '../support/cms';
import { REPORT, createEvent, createNetwork } from '../support/content';
import { FIRST_WEDNESDAY, WEDNESDAYS } from '../support/series';

let cms: Cms;
let superAdmin: AdminSession;
let author: AdminSession;
let nobody: AdminSession;

beforeAll(async () => {
  cms = await startCms();
  const noPermissions = await roleWithoutPermissions(cms);
  [superAdmin, author, nobody] = await Promise.all([
    adminSession(cms),
    adminSession(cms, 'strapi-author'),
    adminSession(cms, noPermissions),
  ]);
});

const preview = (body: Record<string, unknown>, session = superAdmin) => session.request('POST', seriesPreviewPath, body);
const at = <T>(instant: string, run: () => Promise<T>) => atInstant(cms, instant, run);

describe('the series preview', () => {
  it('needs an admin login, and a role that may open meetings', async () => {
    const body = { ...FIRST_WEDNESDAY, recurrence: WEDNESDAYS };
    expect((await fetch(`${cms.url}${seriesPreviewPath}`, { method: 'POST' })).status).toBe(401);
    expect((await preview(body, nobody)).status).toBe(403);
    expect((await preview(body, author)).status).toBe(200);
  });

  it('says the series back as websites say it, with its next dates from now, cancelled and moved ones as such', async () => {
    const { status, body } = await at('2027-03-09T12:00:00Z', () => preview({ ...FIRST_WEDNESDAY, recurrence: WEDNESDAYS }));
    expect(status).toBe(200);
    expect(body.data.sentence).toBe('jeden Mittwoch, 19:00–20:30 Uhr, bis 28. April 2027');
    expect(body.data.occurrences.map(({ date, start, change }: Record<string, string>) => [date, start, change])).toEqual([
      ['2027-03-10', '2027-03-10T19:00:00+01:00', null],
      ['2027-03-17', '2027-03-17T19:00:00+01:00', 'cancelled'],
      ['2027-03-24', '2027-03-24T19:00:00+01:00', null],
      // After the change to summer time still 19:00; the moved one where it was moved to.
      ['2027-03-31', '2027-03-31T19:00:00+02:00', null],
      ['2027-04-07', '2027-04-08T19:00:00+02:00', 'moved'],
    ]);
    expect(body.data.occurrences[0].when).toBe('Mi., 10. März 2027, 19:00–20:30 Uhr');
    expect(body.data.more).toBe(true);
  });

  it('lists up to twenty dates, in the language asked for', async () => {
    const { body } = await at('2027-03-09T12:00:00Z', () =>
      preview({ ...FIRST_WEDNESDAY, recurrence: WEDNESDAYS, locale: 'en', limit: 20 }),
    );
    expect(body.data.sentence).toMatch(/^every Wednesday, 7:00\s*–\s*8:30\sPM, until April 28, 2027$/);
    // The Wednesdays from 10 March to 28 April.
    expect(body.data.occurrences).toHaveLength(8);
    expect(body.data.more).toBe(false);
  });

  it('refuses a series that cannot be with the message saving gives, naming the field', async () => {
    const weekly = (changes: Partial<Recurrence>) => ({
      ...FIRST_WEDNESDAY,
      recurrence: { frequency: 'weekly', interval: 1, weekdays: ['WE'], end: { type: 'never' }, ...changes },
    });
    const cases: [Record<string, unknown>, RegExp][] = [
      [
        weekly({ end: { type: 'until', date: '2027-02-01' } }),
        /ends before the meeting starts.*\(Die Wiederholung endet vor dem Beginn des Treffens\.\)/,
      ],
      [weekly({ weekdays: ['MO'] }), /not one of the dates this repetition gives/],
      [weekly({ weekdays: [] }), /Choose the weekdays/],
      [weekly({ exceptions: [{ date: '2027-03-04', change: 'cancelled' }] }), /2027-03-04 is not one of the series' dates/],
      [weekly({ end: { type: 'count', count: 10_000 } }), /count must be at most 520/],
      [{ ...weekly({}), datePrecision: 'month' }, /known only by its month cannot repeat/],
    ];
    for (const [body, message] of cases) {
      const answer = await preview(body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error.message).toMatch(message);
      expect(answer.body.error.details.parameter).toBe('recurrence');
    }
  });

  it('answers 400 naming the parameter for malformed input', async () => {
    const good = { ...FIRST_WEDNESDAY, recurrence: WEDNESDAYS };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...good, start: undefined }, 'start'],
      [{ ...good, start: 'next Wednesday' }, 'start'],
      [{ ...good, end: '2027-13-01' }, 'end'],
      [{ ...good, timeZone: 'Mars/Olympus' }, 'timeZone'],
      [{ ...good, locale: 'fr' }, 'locale'],
      [{ ...good, limit: 50 }, 'limit'],
      [{ ...good, datePrecision: 'week' }, 'datePrecision'],
      [{ ...good, recurrence: 'FREQ=WEEKLY' }, 'recurrence'],
    ];
    for (const [body, parameter] of cases) {
      const answer = await preview(body);
      expect(answer.status, parameter).toBe(400);
      expect(answer.body.error.details.parameter).toBe(parameter);
      expect(answer.body.error.message).toMatch(new RegExp(`^${parameter}: `));
    }
  });
});

describe('the report of a past occurrence', () => {
  async function weeklyMeeting() {
    const network = await createNetwork(cms);
    const event = await createEvent(cms, {
      network: network.documentId,
      title: 'Gesprächsgruppe',
      ...FIRST_WEDNESDAY,
      recurrence: WEDNESDAYS,
      venue: { name: 'Stadtteilhaus', city: 'Bremen' },
    });
    return { network, event };
  }

  const readReport = (documentId: string) =>
    cms.strapi
      .documents(REPORT)
      .findOne({ documentId, locale: 'de', status: 'draft', populate: { event: true, network: true } } as never) as Promise<AnyDocument>;

  it('offers the last past dates of the series, newest first, without the cancelled one', async () => {
    const { event } = await weeklyMeeting();
    const { status, body } = await at('2027-03-25T12:00:00Z', () =>
      superAdmin.request<EventReportResponse>('GET', `${eventReportPath(event.documentId)}?locale=de`),
    );
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.meta.occurrences).toEqual([
      { date: '2027-03-24', when: 'Mi., 24. März 2027, 19:00–20:30 Uhr', report: null },
      { date: '2027-03-10', when: 'Mi., 10. März 2027, 19:00–20:30 Uhr', report: null },
      { date: '2027-03-03', when: 'Mi., 3. März 2027, 19:00–20:30 Uhr', report: null },
    ]);
  });

  it('writes the draft report of the chosen date, with its date, and opens it when asked again', async () => {
    const { network, event } = await weeklyMeeting();
    const created = await at('2027-03-25T12:00:00Z', () =>
      superAdmin.request('POST', eventReportPath(event.documentId), { occurrence: '2027-03-10' }),
    );
    expect(created.status).toBe(201);
    const report = await readReport(created.body.data.documentId);
    expect(report).toMatchObject({
      title: 'Bericht: Gesprächsgruppe (10. März 2027)',
      slug: `bericht-${event.slug}-2027-03-10`,
      occurrence: '2027-03-10',
      meetingStart: '2027-03-10',
      meetingEnd: null,
      place: 'Stadtteilhaus, Bremen',
    });
    expect(report.event.documentId).toBe(event.documentId);
    expect(report.network.documentId).toBe(network.documentId);

    const again = await at('2027-03-25T12:00:00Z', () =>
      superAdmin.request('POST', eventReportPath(event.documentId), { occurrence: '2027-03-10' }),
    );
    expect(again.status).toBe(200);
    expect(again.body.data).toEqual({ documentId: created.body.data.documentId, locale: 'de', created: false });
    const offered = await at('2027-03-25T12:00:00Z', () =>
      superAdmin.request<EventReportResponse>('GET', eventReportPath(event.documentId)),
    );
    expect(offered.body.meta.occurrences?.map((occurrence: { report: unknown }) => occurrence.report)).toEqual([
      null,
      { documentId: created.body.data.documentId, locale: 'de' },
      null,
    ]);
  });

  it('takes a moved date where it was moved to, and the last past date when none is named', async () => {
    const { event } = await weeklyMeeting();
    const moved = await at('2027-04-09T12:00:00Z', () =>
      author.request('POST', eventReportPath(event.documentId), { occurrence: '2027-04-07' }),
    );
    expect(moved.status).toBe(201);
    expect(await readReport(moved.body.data.documentId)).toMatchObject({
      occurrence: '2027-04-07',
      meetingStart: '2027-04-08',
      place: 'Gemeindehaus',
    });
    const last = await at('2027-03-25T12:00:00Z', () => superAdmin.request('POST', eventReportPath(event.documentId), {}));
    expect(await readReport(last.body.data.documentId)).toMatchObject({ occurrence: '2027-03-24', meetingStart: '2027-03-24' });
  });

  it('refuses a date that is not a past one of the series, saying why', async () => {
    const { event } = await weeklyMeeting();
    const single = await createEvent(cms, { start: '2027-03-01T09:00:00Z' }, { status: 'draft' });
    const cases: [string, string, RegExp][] = [
      [event.documentId, '2027-03-17', /was cancelled/],
      [event.documentId, '2027-03-18', /does not meet on 2027-03-18/],
      [event.documentId, '2027-04-14', /has not taken place yet/],
      [event.documentId, '2027-02-30', /must be a date that exists/],
      [event.documentId, 'last week', /must be a date \(YYYY-MM-DD\)/],
      [single.documentId, '2027-03-01', /does not repeat/],
    ];
    for (const [documentId, occurrence, message] of cases) {
      const answer = await at('2027-03-25T12:00:00Z', () => superAdmin.request('POST', eventReportPath(documentId), { occurrence }));
      expect(answer.status, occurrence).toBe(400);
      expect(answer.body.error.message).toMatch(message);
      expect(answer.body.error.details.parameter).toBe('occurrence');
    }
    const early = await at('2027-03-01T12:00:00Z', () => superAdmin.request('POST', eventReportPath(event.documentId), {}));
    expect(early.status).toBe(400);
    expect(early.body.error.message).toMatch(/no meeting of this series has taken place yet/);
    expect((await superAdmin.request('GET', eventReportPath('nosuchdocument000000000'))).status).toBe(404);
  });
});
