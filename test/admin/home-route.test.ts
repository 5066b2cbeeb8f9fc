/**
 * The home page's lists through HTTP, as the admin's widget asks for them: which meetings wait
 * for a report and which are next, in the admin's language, and only what the logged-in user
 * may do (an Editor, an Author, a role without permissions).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eventReportPath, homePath, type HomeMeeting, type HomeResponse } from 'treffpunkt-shared/admin-api';
import { WEEKDAYS, type Recurrence } from 'treffpunkt-shared/recurrence';
import { Temporal } from 'temporal-polyfill';
import { fromWallClock } from 'treffpunkt-shared/wall-clock';
import type { AnyDocument } from '../support/admin-answer';
import { adminSession, roleWithoutPermissions, type AdminSession } from '../support/admin';
import { startCms, type Cms } from '../support/cms';
import { atInstant, cmsClock } from '../support/clock';
import { EVENT, createEvent, createNetwork, createReport, uniqueSlug } from '../support/content';

const HOUR_MS = 3600 * 1000;

let cms: Cms;
let editor: AdminSession;
let author: AdminSession;
let nobody: AdminSession;
let network: AnyDocument;

/** An instant `hours` hours from the CMS's now. */
const hoursFromNow = (hours: number) => new Date(cmsClock(cms).now().getTime() + hours * HOUR_MS).toISOString();

async function lists(session: AdminSession, query = 'limit=20'): Promise<HomeResponse['data']> {
  const { status, body } = await session.request<HomeResponse>('GET', `${homePath}?${query}`);
  expect(status, JSON.stringify(body)).toBe(200);
  return body.data;
}

const titles = (meetings: HomeMeeting[] | undefined) => (meetings ?? []).map((meeting) => meeting.title);

/** Weekly on the weekday `start` falls on in Berlin, `count` times. */
function weeklyFrom(start: string, count: number): Recurrence {
  return { frequency: 'weekly', interval: 1, weekdays: [WEEKDAYS[isoWeekday(start) - 1]], end: { type: 'count', count } };
}

/** 1 (Monday) to 7 (Sunday), in Berlin. */
function isoWeekday(instant: string): number {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', dateStyle: 'short' }).format(new Date(instant));
  return ((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/** "1. Dezember 2026": the day of `instant` in Berlin, as the German list writes it. */
const germanDay = (instant: string) =>
  new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(instant));

function meetingOf(session: HomeMeeting[] | undefined, documentId: string) {
  return (session ?? []).find((meeting) => meeting.documentId === documentId);
}

beforeAll(async () => {
  cms = await startCms();
  const noPermissions = await roleWithoutPermissions(cms);
  [editor, author, nobody] = await Promise.all([
    adminSession(cms, 'strapi-editor'),
    adminSession(cms, 'strapi-author'),
    adminSession(cms, noPermissions),
  ]);
  network = await createNetwork(cms);
});

describe('the home route', () => {
  it('needs an admin login', async () => {
    expect((await fetch(`${cms.url}${homePath}`)).status).toBe(401);
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=21', 'limit'],
    ['limit=fünf', 'limit'],
    ['locale=fr', 'locale'],
    ['sort=title', 'sort'],
  ])('answers %s with a 400 that names the parameter', async (query, parameter) => {
    const { status, body } = await editor.request('GET', `${homePath}?${query}`);
    expect(status).toBe(400);
    expect(body.error.details).toMatchObject({ parameter });
    expect(body.error.message).toContain(parameter);
  });

  it('has neither list for a role that may neither write reports nor edit meetings, nor sources', async () => {
    expect(await lists(nobody)).toEqual({ waitingForReport: null, next: null, sources: null });
  });

  it('says how the sources fare to whoever manages them: an editor, not an author', async () => {
    expect((await lists(editor)).sources).toEqual({ total: expect.any(Number), failing: expect.any(Array) });
    expect((await lists(author)).sources).toBeNull();
  });
});

describe('meetings waiting for a report', () => {
  it('lists published meetings that are over and have no report, newest first, with when and where', async () => {
    const older = await createEvent(cms, {
      network: network.documentId,
      title: `Älter ${uniqueSlug('w')}`,
      start: hoursFromNow(-5),
      end: hoursFromNow(-4),
    });
    const newer = await createEvent(cms, {
      network: network.documentId,
      title: `Neuer ${uniqueSlug('w')}`,
      start: hoursFromNow(-3),
      end: hoursFromNow(-2),
    });
    const reported = await createEvent(cms, { network: network.documentId, start: hoursFromNow(-3), end: hoursFromNow(-2) });
    await createReport(cms, { network: network.documentId, event: reported.documentId }, { status: 'draft' });
    const draft = await createEvent(
      cms,
      { network: network.documentId, start: hoursFromNow(-3), end: hoursFromNow(-2) },
      { status: 'draft' },
    );
    const ongoing = await createEvent(cms, { network: network.documentId, start: hoursFromNow(-1), end: hoursFromNow(1) });

    const { waitingForReport } = await lists(editor);
    const listed = waitingForReport!.meetings.map((meeting) => meeting.documentId);
    expect(listed).toContain(newer.documentId);
    expect(listed.indexOf(newer.documentId)).toBeLessThan(listed.indexOf(older.documentId));
    for (const absent of [reported, draft, ongoing]) expect(listed).not.toContain(absent.documentId);
    expect(waitingForReport!.total).toBeGreaterThanOrEqual(listed.length);
    expect(meetingOf(waitingForReport!.meetings, newer.documentId)).toMatchObject({
      locale: 'de',
      title: newer.title,
      network: network.name,
      published: true,
      when: expect.stringMatching(/\d{4}/),
    });
  });

  it('does not list a series, whose dates "write the report" does not tell apart', async () => {
    const start = hoursFromNow(-10 * 7 * 24);
    const series = await createEvent(cms, {
      network: network.documentId,
      start,
      end: hoursFromNow(-10 * 7 * 24 + 1),
      recurrence: weeklyFrom(start, 3),
    });
    const { waitingForReport } = await lists(editor);
    expect(waitingForReport!.meetings.map((meeting) => meeting.documentId)).not.toContain(series.documentId);
  });

  it('leaves a meeting once its report is written', async () => {
    const event = await createEvent(cms, { network: network.documentId, start: hoursFromNow(-3), end: hoursFromNow(-2) });
    expect(titles((await lists(editor)).waitingForReport?.meetings)).toContain(event.title);
    expect((await editor.request('POST', eventReportPath(event.documentId), {})).status).toBe(201);
    expect(titles((await lists(editor)).waitingForReport?.meetings)).not.toContain(event.title);
  });

  it('counts all and shows as many as asked for', async () => {
    await createEvent(cms, { network: network.documentId, start: hoursFromNow(-3), end: hoursFromNow(-2) });
    await createEvent(cms, { network: network.documentId, start: hoursFromNow(-3), end: hoursFromNow(-2) });
    const { waitingForReport, next } = await lists(editor, 'limit=1');
    expect(waitingForReport!.meetings).toHaveLength(1);
    expect(waitingForReport!.total).toBeGreaterThan(1);
    expect(next!.meetings.length).toBeLessThanOrEqual(1);
  });
});

describe('next meetings', () => {
  it('lists the meetings not over yet, drafts too, soonest first, in the language asked for', async () => {
    const soon = await createEvent(cms, {
      network: network.documentId,
      title: `Bald ${uniqueSlug('n')}`,
      start: hoursFromNow(0.5),
      timeZone: 'America/New_York',
    });
    await cms.strapi.documents(EVENT).update({
      documentId: soon.documentId,
      locale: 'en',
      data: { title: 'Soon, in English', slug: soon.slug },
      status: 'published',
    } as never);
    const later = await createEvent(cms, { network: network.documentId, start: hoursFromNow(0.75) }, { status: 'draft' });
    const over = await createEvent(cms, { network: network.documentId, start: hoursFromNow(-3), end: hoursFromNow(-2) });
    const ongoing = await createEvent(cms, { network: network.documentId, start: hoursFromNow(-1), end: hoursFromNow(1) });

    const { next } = await lists(editor, 'locale=en&limit=20');
    const listed = next!.meetings.map((meeting) => meeting.documentId);
    expect(listed).toEqual(expect.arrayContaining([soon.documentId, later.documentId, ongoing.documentId]));
    expect(listed).not.toContain(over.documentId);
    expect(listed.indexOf(ongoing.documentId)).toBeLessThan(listed.indexOf(soon.documentId));
    expect(listed.indexOf(soon.documentId)).toBeLessThan(listed.indexOf(later.documentId));
    expect(meetingOf(next!.meetings, soon.documentId)).toMatchObject({ locale: 'en', title: 'Soon, in English', published: true });
    expect(meetingOf(next!.meetings, later.documentId)).toMatchObject({ locale: 'de', published: false });
  });

  it('lists a series that began weeks ago by its next date, and not one whose dates are all over', async () => {
    const start = hoursFromNow(-3 * 7 * 24 + 2);
    const going = await createEvent(cms, {
      network: network.documentId,
      start,
      end: hoursFromNow(-3 * 7 * 24 + 3),
      recurrence: weeklyFrom(start, 10),
    });
    const endedStart = hoursFromNow(-10 * 7 * 24);
    const ended = await createEvent(cms, {
      network: network.documentId,
      start: endedStart,
      end: hoursFromNow(-10 * 7 * 24 + 1),
      recurrence: weeklyFrom(endedStart, 3),
    });
    // Its next date is three weeks after its first, at the same time of day in Berlin (in about two
    // hours; one more or less when the clocks changed in between); a single meeting just before it.
    const nextDate = new Date(Temporal.Instant.from(start).toZonedDateTimeISO('Europe/Berlin').add({ weeks: 3 }).epochMilliseconds);
    const single = await createEvent(cms, { network: network.documentId, start: new Date(nextDate.getTime() - HOUR_MS / 2).toISOString() });

    const { next } = await lists(editor, 'locale=de&limit=20');
    const listed = next!.meetings.map((meeting) => meeting.documentId);
    expect(listed).toContain(going.documentId);
    expect(listed).not.toContain(ended.documentId);
    expect(listed.indexOf(single.documentId)).toBeLessThan(listed.indexOf(going.documentId));
    expect(meetingOf(next!.meetings, going.documentId)?.when).toContain(germanDay(nextDate.toISOString()));
  });

  it('says when in the meeting’s own zone, in the language asked for', async () => {
    // 19:00 in New York, a year and a half ahead: asked an hour before it, the next meeting of all,
    // whatever other tests of the run planned.
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', dateStyle: 'short' }).format(
      new Date(hoursFromNow(24 * 540)),
    );
    const start = fromWallClock(`${day}T19:00`, 'America/New_York');
    const event = await createEvent(cms, { network: network.documentId, start: start.toISOString(), timeZone: 'America/New_York' });
    const [german, english] = await atInstant(cms, new Date(start.getTime() - HOUR_MS), async () => [
      meetingOf((await lists(editor, 'limit=20&locale=de')).next?.meetings, event.documentId),
      meetingOf((await lists(editor, 'limit=20&locale=en')).next?.meetings, event.documentId),
    ]);
    expect(german?.when).toMatch(/19:00/);
    expect(english?.when).toMatch(/7:00\s?PM/);
  });
});

describe('an Author sees what they may do', () => {
  it('as next meetings only the ones they may edit: those they created', async () => {
    const own = await author.request('POST', `/content-manager/collection-types/${EVENT}?locale=de`, {
      title: `Eigenes Treffen ${uniqueSlug('a')}`,
      slug: uniqueSlug('eigen'),
      start: hoursFromNow(0.5),
    });
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    const othersMeeting = await createEvent(cms, { network: network.documentId, start: hoursFromNow(0.5) });

    const { next } = await lists(author);
    expect(titles(next?.meetings)).toContain(own.body.data.title);
    expect(titles(next?.meetings)).not.toContain(othersMeeting.title);
    expect(titles((await lists(editor)).next?.meetings)).toEqual(expect.arrayContaining([own.body.data.title, othersMeeting.title]));
  });

  it('as waiting for a report every past meeting: they may write the report of any', async () => {
    const othersMeeting = await createEvent(cms, { network: network.documentId, start: hoursFromNow(-3), end: hoursFromNow(-2) });
    expect(titles((await lists(author)).waitingForReport?.meetings)).toContain(othersMeeting.title);
  });
});
