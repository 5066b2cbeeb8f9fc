/**
 * Issue 23: a federation's office mirrors what its members publish on their own websites. A
 * WordPress feed and an export of The Events Calendar, served by a real HTTP server on this
 * machine, read through the admin's "Jetzt abrufen" route, become reports and meetings of a member
 * network: with where they come from, nothing unsafe, series as series. Every fault a website can
 * have leaves the source's state in words and nothing mirrored lost; a source on the CMS's own
 * machine is refused unless the operators allow it. The CMS's clock stands in January 2027.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { originPath, sourceSyncPath, type OriginResponse, type SourceState, type SourceStateResponse } from 'treffpunkt-shared/admin-api';
import { SOURCE } from 'treffpunkt-shared/content-types';
import type { EventListResponse, NetworkSyncResponse, ReportListResponse, ReportResponse, WireBlock } from 'treffpunkt-shared/wire';
import { treffpunkt } from '../../cms/src/plugins/treffpunkt/server/src/plugin';
import { adminSession, newAdminSession, type AdminSession } from '../support/admin';
import { collection } from '../support/admin-http';
import { atInstant } from '../support/clock';
import { startCms, type Cms } from '../support/cms';
import { createEvent, createNetwork, createReport, getJson, REPORT } from '../support/content';
import { FIRST_WEDNESDAY, WEDNESDAYS } from '../support/series';
import { eventsCalendarExport, hostilePost, OUTLOOK_ZONE, wordpressFeed, type FeedEntry } from '../support/source-fixtures';
import { startSourceServer, type SourceServer } from '../support/source-server';

const NOW = '2027-01-10T12:00:00Z';

let cms: Cms;
let server: SourceServer;
let office: AdminSession;
type Network = { documentId: string; slug: string };
let member: Network;

/** A network of the office's: a member, known here by its profile. */
async function memberNetwork(name: string): Promise<Network> {
  const created = await createNetwork(cms, { name });
  return { documentId: created.documentId, slug: String(created.slug) };
}

interface SourceSettings {
  enabled: boolean;
  allowPrivateAddresses: boolean;
  timeoutSeconds: number;
  maxBytes: number;
}

/** The operators' settings for sources, as config/plugins would give them. */
function sourceSettings(settings: Partial<SourceSettings>) {
  const current = cms.strapi.config.get<SourceSettings>('plugin::treffpunkt.sources');
  cms.strapi.config.set('plugin::treffpunkt.sources', { ...current, ...settings });
}

async function addSource(name: string, path: string, format: 'feed' | 'icalendar' | 'treffpunkt', network = member): Promise<string> {
  const created = await cms.strapi
    .documents(SOURCE as never)
    .create({ data: { name, url: `${server.url}${path}`, format, network: network.documentId } as never });
  return created.documentId;
}

/** "Jetzt abrufen", as the admin's source panel asks it: answered once the source is read. */
async function readNow(documentId: string, locale: 'de' | 'en' = 'en'): Promise<SourceState> {
  const answer = await atInstant(cms, NOW, () =>
    office.request<SourceStateResponse>('POST', `${sourceSyncPath(documentId)}?locale=${locale}`),
  );
  expect(answer.status).toBe(200);
  return answer.body.data;
}

const reportsOf = async (slug: string) =>
  ((await getJson(cms, `/api/treffpunkt/reports?network=${slug}&limit=20`)).body as ReportListResponse).data;

const eventsOf = async (slug: string) =>
  atInstant(cms, NOW, async () => ((await getJson(cms, `/api/treffpunkt/events?network=${slug}&limit=20`)).body as EventListResponse).data);

beforeAll(async () => {
  cms = await startCms();
  server = await startSourceServer();
  office = await adminSession(cms);
  // The test's websites are on this machine: the operators allow that, as a private network's office would.
  sourceSettings({ allowPrivateAddresses: true, timeoutSeconds: 2, maxBytes: 1_000_000 });
  member = await memberNetwork('Landesverband Nord');
});

afterAll(async () => {
  sourceSettings({ allowPrivateAddresses: false, timeoutSeconds: 20, maxBytes: 10_000_000 });
  await server?.close();
});

const FEED_ENTRIES = (): FeedEntry[] => [
  {
    id: 101,
    title: 'Mitgliederversammlung & Wahlen',
    pubDate: 'Tue, 05 Jan 2027 17:30:00 +0000',
    summary: 'Der Vorstand wurde neu gewählt &#8230;',
    content: hostilePost(server.url),
    image: `${server.url}/wp-content/uploads/2027/01/versammlung.jpg`,
    categories: ['Verband', 'Jugend Hilfe'],
  },
  {
    id: 102,
    title: 'Fachtag Kinderschutz',
    pubDate: 'Mon, 14 Dec 2026 09:00:00 +0000',
    summary: 'Rückblick auf den Fachtag.',
    content: '<p>Rückblick auf den Fachtag.</p>',
  },
];

const blockText = (blocks: WireBlock[]) => JSON.stringify(blocks);

/** A public page or feed of the CMS at the test's instant, as text: without Lit's markers, and without the spaces Lit leaves in a tag. */
async function publicText(path: string): Promise<string> {
  const response = await atInstant(cms, NOW, () => fetch(`${cms.url}${path}`));
  expect(response.status, path).toBe(200);
  return (await response.text()).replace(/<!--[^]*?-->/g, '').replace(/\s+>/g, '>');
}

const canonicalOf = (html: string) => html.match(/<link rel="canonical" href="([^"]*)">/)?.[1];
const viaLink = (name: string, url: string) => ` · via <a href="${url}">${name}</a>`;
const searchFor = async (slug: string, words: string) =>
  ((await getJson(cms, `/api/treffpunkt/reports?network=${slug}&q=${encodeURIComponent(words)}`)).body as ReportListResponse).data;

describe('a WordPress feed', () => {
  let source: string;

  beforeAll(async () => {
    server.set('/feed/', {
      type: 'application/rss+xml; charset=UTF-8',
      body: wordpressFeed(server.url, 'Landesverband Nord', FEED_ENTRIES()),
    });
    source = await addSource('LV Nord (Website)', '/feed/', 'feed');
  });

  it('becomes reports of the member network, each with where it comes from as its address', async () => {
    const state = await readNow(source);
    expect(state).toMatchObject({ health: 'ok', httpStatus: 200, itemCount: 2, problem: null, originName: 'Landesverband Nord' });
    const [newest, older] = await reportsOf(member.slug);
    const origin = { name: 'Landesverband Nord', url: `${server.url}/2027/beitrag-101/` };
    expect(newest).toMatchObject({ title: 'Mitgliederversammlung & Wahlen', url: origin.url, origin, publishedOn: '2027-01-05' });
    expect(newest.summary).toBe('Der Vorstand wurde neu gewählt …');
    expect(newest.cover?.url).toBe(`${server.url}/wp-content/uploads/2027/01/versammlung.jpg`);
    expect(newest.tags).toEqual(['verband', 'jugend-hilfe']);
    expect(older).toMatchObject({
      title: 'Fachtag Kinderschutz',
      publishedOn: '2026-12-14',
      origin: { url: `${server.url}/2027/beitrag-102/` },
    });
  });

  it('shows on the public pages like the network’s own, naming and linking its site, whose address is its canonical one', async () => {
    const [newest] = await reportsOf(member.slug);
    const there = `${server.url}/2027/beitrag-101/`;
    const networkPage = await publicText(`/treffpunkt/n/${member.slug}`);
    expect(networkPage).toContain(`<a href="${there}">Mitgliederversammlung &amp; Wahlen</a>`);
    expect(networkPage).toContain(viaLink('Landesverband Nord', there));

    const reportPage = await publicText(`/treffpunkt/n/${member.slug}/berichte/${newest.slug}`);
    expect(canonicalOf(reportPage)).toBe(there);
    expect(reportPage).toContain(`<meta property="og:url" content="${there}">`);
    expect(reportPage).toContain(viaLink('Landesverband Nord', there));

    // The site lists its own posts: the sitemap leaves them out, and keeps the network's page.
    const sitemap = await publicText('/treffpunkt/sitemap.xml');
    expect(sitemap).toContain(`/treffpunkt/n/${member.slug}<`);
    expect(sitemap).not.toContain(newest.slug);

    const atom = await publicText(`/api/treffpunkt/networks/${member.slug}/reports.atom`);
    expect(atom).toContain(`<link href="${there}"/>`);

    // Found by a search like the network's own: "Satzung" is in the post's list of outcomes.
    expect((await searchFor(member.slug, 'Satzung')).map((report) => report.slug)).toEqual([newest.slug]);
  });

  it('keeps of the post what the widgets render, and nothing unsafe: no script, style, frame, handler or javascript: link', async () => {
    const [card] = await reportsOf(member.slug);
    const report = ((await getJson(cms, `/api/treffpunkt/reports/${card.slug}`)).body as ReportResponse).data;
    const body = blockText(report.body);
    expect(body).not.toMatch(/script|evil|cookie|alert|display: none|onmouseover|onerror|javascript/i);
    expect(report.body).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Am Samstag trafen sich ' },
          { type: 'text', text: '32 Aktive', bold: true },
          { type: 'text', text: ' in Hannover.' },
        ],
      },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Mehr dazu hier und im ' },
          { type: 'link', url: `${server.url}/protokoll/`, children: [{ type: 'text', text: 'Protokoll' }] },
          { type: 'text', text: '.' },
        ],
      },
      expect.objectContaining({
        type: 'image',
        image: expect.objectContaining({ url: `${server.url}/wp-content/uploads/2027/01/gruppe.jpg`, alt: 'Gruppenfoto', width: 1024 }),
      }),
      { type: 'heading', level: 3, children: [{ type: 'text', text: 'Ergebnisse' }] },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'Neue Satzung' }] },
          {
            type: 'list-item',
            children: [
              { type: 'text', text: 'Arbeitsgruppe ' },
              { type: 'text', text: 'Jugend', italic: true },
            ],
          },
        ],
      },
    ]);
  });

  it('is asked conditionally next time; an edited entry changes, one that dropped out of the feed stays', async () => {
    expect((await readNow(source)).httpStatus).toBe(304);
    expect(server.requests.at(-1)?.headers['if-none-match']).toMatch(/^"/);
    const [first] = FEED_ENTRIES();
    server.set('/feed/', {
      type: 'application/rss+xml',
      body: wordpressFeed(server.url, 'Landesverband Nord', [{ ...first, title: 'Mitgliederversammlung: neuer Vorstand' }]),
    });
    expect(await readNow(source)).toMatchObject({ health: 'ok', httpStatus: 200, itemCount: 2 });
    expect((await reportsOf(member.slug)).map((report) => report.title)).toEqual([
      'Mitgliederversammlung: neuer Vorstand',
      'Fachtag Kinderschutz',
    ]);
  });

  it('stays read-only for editors, who may hide an entry; hidden, it stays hidden after the next read', async () => {
    const editor = await newAdminSession(cms, 'strapi-editor', { preferedLanguage: 'de' });
    const [card] = await reportsOf(member.slug);
    const row = await cms.strapi.db.query(REPORT).findOne({ where: { slug: card.slug }, select: ['documentId'] });
    const one = `${collection(REPORT)}/${row.documentId}?locale=de`;
    const saved = await editor.request('PUT', one, { title: 'Hier umgeschrieben' });
    expect(saved.status).toBe(403);
    expect(saved.body.error.message).toBe(
      `Dieser Eintrag wird von „Landesverband Nord“ übernommen und dort bearbeitet (${card.url}); hier lässt er sich nur ausblenden.`,
    );
    expect((await editor.request('DELETE', one)).status).toBe(403);
    expect((await editor.request('POST', `${collection(REPORT)}/${row.documentId}/actions/unpublish?locale=de`, {})).status).toBe(403);

    const origin = await editor.request<OriginResponse>('GET', originPath('report', row.documentId));
    expect(origin.body.data).toMatchObject({
      name: 'Landesverband Nord',
      url: card.url,
      hidden: false,
      source: { documentId: source, name: 'LV Nord (Website)' },
    });
    const hidden = await editor.request<OriginResponse>('PUT', originPath('report', row.documentId), { hidden: true });
    expect(hidden.body.data?.hidden).toBe(true);
    expect((await getJson(cms, `/api/treffpunkt/reports/${card.slug}`)).status).toBe(404);
    expect((await reportsOf(member.slug)).map((report) => report.slug)).not.toContain(card.slug);
    expect(await publicText(`/treffpunkt/n/${member.slug}`)).not.toContain(card.title);
    expect(await searchFor(member.slug, 'Satzung')).toEqual([]);

    const [first] = FEED_ENTRIES();
    server.set('/feed/', {
      type: 'application/rss+xml',
      body: wordpressFeed(server.url, 'Landesverband Nord', [{ ...first, title: 'Mitgliederversammlung 2027' }]),
    });
    await readNow(source);
    expect((await getJson(cms, `/api/treffpunkt/reports/${card.slug}`)).status).toBe(404);
    await editor.request('PUT', originPath('report', row.documentId), { hidden: false });
    expect(((await getJson(cms, `/api/treffpunkt/reports/${card.slug}`)).body as ReportResponse).data.title).toBe(
      'Mitgliederversammlung 2027',
    );
  });
});

/** The Events Calendar's export: a weekly Wednesday series (one date cancelled, one moved), an all-day meeting, a cancelled one, one in Outlook's zone, and a rule ours cannot hold. */
function eventsCalendar(site: string, withoutSingle = false) {
  return eventsCalendarExport(
    site,
    [
      {
        uid: '1001-1800000000-1800005400@lv-nord.example',
        lines: [
          'DTSTART;TZID=Europe/Berlin:20270113T190000',
          'DTEND;TZID=Europe/Berlin:20270113T203000',
          'SUMMARY:Offener Stammtisch',
          'DESCRIPTION:Wir treffen uns zum Austausch.\\n\\nAlle sind willkommen.',
          'LOCATION:Gemeindehaus\\, Hauptstr. 1\\, Gifhorn',
          'RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=8',
          'EXDATE;TZID=Europe/Berlin:20270127T190000',
        ],
      },
      {
        uid: '1001-1800000000-1800005400@lv-nord.example',
        lines: [
          'RECURRENCE-ID;TZID=Europe/Berlin:20270210T190000',
          'DTSTART;TZID=Europe/Berlin:20270211T180000',
          'DTEND;TZID=Europe/Berlin:20270211T193000',
          'SUMMARY:Offener Stammtisch (Donnerstag)',
        ],
      },
      { uid: '1002@lv-nord.example', lines: ['DTSTART;VALUE=DATE:20270305', 'DTEND;VALUE=DATE:20270307', 'SUMMARY:Klausurtagung'] },
      {
        uid: '1003@lv-nord.example',
        lines: [
          'DTSTART;TZID=Europe/Berlin:20270120T100000',
          'DTEND;TZID=Europe/Berlin:20270120T120000',
          'SUMMARY:Vorstandssitzung',
          'STATUS:CANCELLED',
        ],
      },
      ...(withoutSingle
        ? []
        : [
            {
              uid: '1004@lv-nord.example',
              lines: [
                'DTSTART;TZID=W. Europe Standard Time:20270204T140000',
                'DTEND;TZID=W. Europe Standard Time:20270204T160000',
                'SUMMARY:Fachgruppe Finanzen',
              ],
            },
          ]),
      {
        uid: '1005@lv-nord.example',
        lines: [
          'DTSTART;TZID=Europe/Berlin:20270112T180000',
          'DTEND;TZID=Europe/Berlin:20270112T190000',
          'SUMMARY:Beratung',
          'RRULE:FREQ=MONTHLY;COUNT=3;BYDAY=2TU,4TU',
        ],
      },
    ],
    [OUTLOOK_ZONE],
  );
}

describe('an export of The Events Calendar', () => {
  let source: string;
  let network: Network;

  beforeAll(async () => {
    network = await memberNetwork('Kreisverband Gifhorn');
    server.set('/events/?ical=1', { type: 'text/calendar; charset=utf-8', body: eventsCalendar(server.url) });
    source = await addSource('KV Gifhorn (Kalender)', '/events/?ical=1', 'icalendar', network);
  });

  it('becomes meetings: times by their zone (a VTIMEZONE for a zone no database knows), all-day dates, cancelled ones', async () => {
    const state = await readNow(source);
    expect(state).toMatchObject({ health: 'ok', originName: 'Landesverband Termine', problem: null });
    expect(state.notes).toEqual([
      expect.stringMatching(
        /^"Beratung" repeats in a way Treffpunkt's series do not know \(RRULE:FREQ=MONTHLY;COUNT=3;BYDAY=2TU,4TU\): its dates are taken over as single meetings/,
      ),
    ]);
    const events = await eventsOf(network.slug);
    const bySlug = (title: string) => events.filter((event) => event.title === title);
    expect(bySlug('Fachgruppe Finanzen')[0]).toMatchObject({
      start: '2027-02-04T14:00:00+01:00',
      end: '2027-02-04T16:00:00+01:00',
      timeZone: 'Europe/Berlin',
    });
    expect(bySlug('Klausurtagung')[0]).toMatchObject({
      allDay: true,
      datePrecision: 'day',
      start: '2027-03-05T00:00:00+01:00',
      end: '2027-03-06T00:00:00+01:00',
    });
    expect(bySlug('Vorstandssitzung')[0]).toMatchObject({ status: 'cancelled' });
    expect(bySlug('Beratung').map((event) => [event.start, event.series])).toEqual([
      ['2027-01-12T18:00:00+01:00', null],
      ['2027-01-26T18:00:00+01:00', null],
      ['2027-02-09T18:00:00+01:00', null],
    ]);
    expect(bySlug('Fachgruppe Finanzen')[0].origin).toEqual({ name: 'Landesverband Termine', url: `${server.url}/veranstaltung/1004/` });
  });

  it('keeps a weekly series as a series, with its cancelled and its moved date: the calendar feed gives the same dates as the export', async () => {
    const occurrences = (await eventsOf(network.slug)).filter((event) => event.title.startsWith('Offener Stammtisch'));
    expect(occurrences.map((event) => [event.occurrence?.date, event.start, event.status])).toEqual([
      ['2027-01-13', '2027-01-13T19:00:00+01:00', 'planned'],
      ['2027-01-20', '2027-01-20T19:00:00+01:00', 'planned'],
      ['2027-01-27', '2027-01-27T19:00:00+01:00', 'cancelled'],
      ['2027-02-03', '2027-02-03T19:00:00+01:00', 'planned'],
      ['2027-02-10', '2027-02-11T18:00:00+01:00', 'planned'],
      ['2027-02-17', '2027-02-17T19:00:00+01:00', 'planned'],
      ['2027-02-24', '2027-02-24T19:00:00+01:00', 'planned'],
      ['2027-03-03', '2027-03-03T19:00:00+01:00', 'planned'],
    ]);
    expect(occurrences[0].series?.rhythm).toBe('jeden Mittwoch, 19:00–20:30 Uhr, 8 Termine');
    expect(occurrences[0].origin?.url).toBe(`${server.url}/veranstaltung/1001-1800000000-1800005400/`);

    const expand = (ics: string, title: string) => {
      const calendar = new ICAL.Component(ICAL.parse(ics));
      for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
      const components = calendar
        .getAllSubcomponents('vevent')
        .filter((vevent) => String(vevent.getFirstPropertyValue('summary')).startsWith(title));
      const master = new ICAL.Event(
        components.find((vevent) => !vevent.hasProperty('recurrence-id')),
        { exceptions: components.filter((vevent) => vevent.hasProperty('recurrence-id')) },
      );
      const starts: string[] = [];
      const iterator = master.iterator();
      for (let next = iterator.next(); next; next = iterator.next())
        starts.push(master.getOccurrenceDetails(next).startDate.toJSDate().toISOString());
      return starts;
    };
    const ours = await atInstant(cms, NOW, async () =>
      (await fetch(`${cms.url}/api/treffpunkt/networks/${network.slug}/events.ics`)).text(),
    );
    expect(expand(ours, 'Offener Stammtisch')).toEqual(expand(eventsCalendar(server.url), 'Offener Stammtisch'));
  });

  it('shows on the public pages and in the calendar feed with the address and name of its site', async () => {
    const events = await eventsOf(network.slug);
    const single = events.find((event) => event.title === 'Fachgruppe Finanzen')!;
    const there = `${server.url}/veranstaltung/1004/`;
    const meetingPage = await publicText(`/treffpunkt/n/${network.slug}/treffen/${single.slug}`);
    expect(canonicalOf(meetingPage)).toBe(there);
    expect(meetingPage).toContain(viaLink('Landesverband Termine', there));

    // A date of a series: the calendar has one address for the whole series.
    const series = events.find((event) => event.title === 'Offener Stammtisch')!;
    const seriesThere = `${server.url}/veranstaltung/1001-1800000000-1800005400/`;
    expect(await publicText(`/treffpunkt/n/${network.slug}`)).toContain(viaLink('Landesverband Termine', seriesThere));
    const datePage = await publicText(`/treffpunkt/n/${network.slug}/treffen/${series.slug}/${series.occurrence!.date}`);
    expect(canonicalOf(datePage)).toBe(seriesThere);

    const calendar = new ICAL.Component(ICAL.parse(await publicText(`/api/treffpunkt/networks/${network.slug}/events.ics`)));
    const urlOf = (title: string) =>
      calendar
        .getAllSubcomponents('vevent')
        .find((vevent) => vevent.getFirstPropertyValue('summary') === title)
        ?.getFirstPropertyValue('url');
    expect(urlOf('Fachgruppe Finanzen')).toBe(there);
    expect(urlOf('Offener Stammtisch')).toBe(seriesThere);

    const sitemap = await publicText('/treffpunkt/sitemap.xml');
    expect(sitemap).not.toContain(single.slug);
    expect(sitemap).not.toContain(series.slug);
  });

  it('removes a meeting the calendar still covers and no longer lists; one before what it covers stays', async () => {
    server.set('/events/?ical=1', { type: 'text/calendar', body: eventsCalendar(server.url, true) });
    await readNow(source);
    expect((await eventsOf(network.slug)).map((event) => event.title)).not.toContain('Fachgruppe Finanzen');
    const onlyLater = eventsCalendarExport(server.url, [
      { uid: '1002@lv-nord.example', lines: ['DTSTART;VALUE=DATE:20270305', 'DTEND;VALUE=DATE:20270307', 'SUMMARY:Klausurtagung'] },
    ]);
    server.set('/events/?ical=1', { type: 'text/calendar', body: onlyLater });
    await readNow(source);
    // What lies before the first date the calendar still lists (it shows only what is ahead) stays.
    expect((await eventsOf(network.slug)).map((event) => event.title)).toContain('Offener Stammtisch');
  });
});

describe('a source that fails', () => {
  let network: Network;
  let feed: string;
  let calendar: string;

  const publicAnswers = async () => [
    (await getJson(cms, `/api/treffpunkt/reports?network=${network.slug}`)).status,
    (await getJson(cms, `/api/treffpunkt/events?network=${network.slug}`)).status,
    (await getJson(cms, `/api/treffpunkt/networks/${network.slug}/sync`)).status,
    (await fetch(`${cms.url}/api/treffpunkt/networks/${network.slug}/events.ics`)).status,
  ];

  beforeAll(async () => {
    network = await memberNetwork('Fachbereich Süd');
    server.set('/sued/feed/', { type: 'application/rss+xml', body: wordpressFeed(server.url, 'FB Süd', FEED_ENTRIES().slice(1)) });
    server.set('/sued/ical', { type: 'text/calendar', body: eventsCalendar(server.url) });
    feed = await addSource('FB Süd (Feed)', '/sued/feed/', 'feed', network);
    calendar = await addSource('FB Süd (Kalender)', '/sued/ical', 'icalendar', network);
    await readNow(feed);
    await readNow(calendar);
  });

  const faults: [string, () => void, string, RegExp][] = [
    [
      'malformed XML',
      () => server.set('/sued/feed/', { type: 'application/rss+xml', body: '<rss><channel><item><title>Halb</ti' }),
      'feed',
      /^The answer is not readable XML \(line 1: /,
    ],
    [
      'a web page instead of a feed',
      () => server.set('/sued/feed/', { type: 'text/html', body: '<!doctype html><title>Start</title>' }),
      'feed',
      /is not an RSS, Atom or JSON feed/,
    ],
    [
      'malformed iCalendar',
      () => server.set('/sued/ical', { type: 'text/calendar', body: 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:kaputt\r\n' }),
      'calendar',
      /^The answer is not a readable iCal calendar/,
    ],
    [
      '404',
      () => server.set('/sued/feed/', { status: 404, body: 'Not Found' }),
      'feed',
      /^The address does not exist \(any more\) \(HTTP 404\)\.$/,
    ],
    ['500', () => server.set('/sued/ical', { status: 500, body: 'Fatal error' }), 'calendar', /^The site reported an error \(HTTP 500\)/],
    ['no answer in time', () => server.set('/sued/feed/', { delayMs: Infinity }), 'feed', /^No complete answer within 2 s\.$/],
    [
      'a huge answer',
      () => server.set('/sued/feed/', { type: 'application/rss+xml', chunks: { size: 64 * 1024, count: 200 } }),
      'feed',
      /^The answer is larger than 1 MB and was cut off/,
    ],
    [
      'too many redirects',
      () => {
        server.set('/sued/ical', { status: 302, headers: { Location: '/loop/a' } });
        server.set('/loop/a', { status: 302, headers: { Location: '/loop/b' } });
        server.set('/loop/b', { status: 307, headers: { Location: `${server.url}/loop/a` } });
      },
      'calendar',
      /^More than 5 redirects/,
    ],
    [
      'a redirect away from http(s)',
      () => server.set('/sued/feed/', { status: 301, headers: { Location: 'file:///etc/passwd' } }),
      'feed',
      /^"file:\/\/\/etc\/passwd" is not an http or https address/,
    ],
  ];

  it.each(faults)(
    '%s: the state says so in words, nothing mirrored is lost, no public route fails',
    async (_fault, set, which, problem) => {
      const before = { reports: (await reportsOf(network.slug)).length, events: (await eventsOf(network.slug)).length };
      set();
      const state = await readNow(which === 'feed' ? feed : calendar);
      expect(state.health).toBe('failing');
      expect(state.problem).toMatch(problem);
      expect(state.failures).toBeGreaterThan(0);
      expect({ reports: (await reportsOf(network.slug)).length, events: (await eventsOf(network.slug)).length }).toEqual(before);
      expect(before.reports + before.events).toBeGreaterThan(0);
      expect(await publicAnswers()).toEqual([200, 200, 200, 200]);
      // Back to what it was, for the next fault.
      server.set('/sued/feed/', { type: 'application/rss+xml', body: wordpressFeed(server.url, 'FB Süd', FEED_ENTRIES().slice(1)) });
      server.set('/sued/ical', { type: 'text/calendar', body: eventsCalendar(server.url) });
      expect((await readNow(which === 'feed' ? feed : calendar)).health).toBe('ok');
    },
  );

  it('says what went wrong in the language asked for', async () => {
    server.set('/sued/feed/', { status: 404 });
    expect((await readNow(feed, 'de')).problem).toBe('Die Adresse gibt es nicht (mehr) (HTTP 404).');
    server.set('/sued/feed/', { type: 'application/rss+xml', body: wordpressFeed(server.url, 'FB Süd', FEED_ENTRIES().slice(1)) });
  });

  it('takes the newest entries of a feed of 10,000, and says so', async () => {
    const many = Array.from({ length: 10_000 }, (_, index) => ({
      id: 5000 + index,
      title: `Meldung ${index}`,
      pubDate: new Date(Date.UTC(2026, 0, 1) + index * 3_600_000).toUTCString(),
      summary: `Kurz ${index}`,
      content: `<p>Meldung ${index}</p>`,
    }));
    sourceSettings({ maxBytes: 10_000_000 });
    server.set('/sued/feed/', { type: 'application/rss+xml', body: wordpressFeed(server.url, 'FB Süd', many) });
    const state = await readNow(feed);
    sourceSettings({ maxBytes: 1_000_000 });
    expect(state).toMatchObject({ health: 'ok', itemCount: 51 });
    expect(state.notes).toEqual(['The feed has 10000 entries; the newest 50 are taken over.']);
    const page = async (number: number) =>
      (await getJson(cms, `/api/treffpunkt/reports?network=${network.slug}&limit=20&page=${number}`)).body as ReportListResponse;
    const first = await page(1);
    expect(first.meta.total).toBe(51);
    expect(first.data.slice(0, 3).map((report) => report.title)).toEqual(['Meldung 9999', 'Meldung 9998', 'Meldung 9997']);
    // What was mirrored before stays: the oldest, on the last page.
    expect((await page(3)).data.at(-1)?.title).toBe('Fachtag Kinderschutz');
  });

  it('does not hold up the other sources: the schedule reads each that is due, a failing one later each time', async () => {
    server.set('/sued/feed/', { status: 500 });
    // The schedule on, as by default: the test runs its step itself, at the instants it chooses.
    sourceSettings({ enabled: true });
    const reader = treffpunkt(cms.strapi).service('sources');
    const stateOf = (documentId: string) => reader.state(documentId, 'en') as Promise<SourceState>;
    const at = (minutes: number) => new Date(Date.parse(NOW) + minutes * 60_000).toISOString();
    // Both due: the failing feed and the calendar are read, in turn.
    await cms.strapi.db.query(SOURCE).updateMany({ where: { documentId: { $in: [feed, calendar] } }, data: { nextAttemptAt: null } });
    const failuresBefore = (await stateOf(feed)).failures;
    await atInstant(cms, at(0), () => reader.readDue());
    expect(await stateOf(calendar)).toMatchObject({
      health: 'ok',
      lastAttemptAt: expect.stringMatching(/^2027-01-10T12:00/),
      nextAttemptAt: expect.stringMatching(/^2027-01-10T12:15/),
    });
    expect(await stateOf(feed)).toMatchObject({ health: 'failing', failures: failuresBefore + 1 });
    const requests = server.requests.length;
    await atInstant(cms, at(5), () => reader.readDue());
    expect(server.requests.length).toBe(requests);
    // Failing again and again: read twice, four times … as late.
    const waits: number[] = [];
    while (waits.length < 3) {
      const due = (Date.parse((await stateOf(feed)).nextAttemptAt!) - Date.parse(NOW)) / 60_000;
      await atInstant(cms, at(due), () => reader.readDue());
      waits.push(Math.round((Date.parse((await stateOf(feed)).nextAttemptAt!) - Date.parse(at(due))) / 60_000));
    }
    expect(waits).toEqual([30, 60, 120]);
    sourceSettings({ enabled: false });
    server.set('/sued/feed/', { type: 'application/rss+xml', body: wordpressFeed(server.url, 'FB Süd', FEED_ENTRIES().slice(1)) });
  });
});

describe('a source on the CMS’s own machine', () => {
  it('is refused unless the operators allow it, before anything is asked of it, by its address or by a name that resolves to it', async () => {
    sourceSettings({ allowPrivateAddresses: false });
    try {
      const network = await memberNetwork('Intern');
      server.set('/intern/feed/', { type: 'application/rss+xml', body: wordpressFeed(server.url, 'Intern', FEED_ENTRIES().slice(1)) });
      const requests = server.requests.length;
      const byAddress = await addSource('Intern', '/intern/feed/', 'feed', network);
      expect((await readNow(byAddress)).problem).toBe(
        '127.0.0.1 points to 127.0.0.1, a local or private address: refused, so that no source reaches the internal network. The operators can allow it with TREFFPUNKT_SOURCES_ALLOW_PRIVATE=true.',
      );
      const byName = await cms.strapi.documents(SOURCE as never).create({
        data: {
          name: 'Intern (Name)',
          url: `${server.url.replace('127.0.0.1', 'localhost')}/intern/feed/`,
          format: 'feed',
          network: network.documentId,
        } as never,
      });
      expect((await readNow(byName.documentId)).problem).toMatch(/^localhost points to (127\.0\.0\.1|::1), a local or private address/);
      expect(server.requests.length).toBe(requests);
      sourceSettings({ allowPrivateAddresses: true });
      expect((await readNow(byAddress)).health).toBe('ok');
    } finally {
      sourceSettings({ allowPrivateAddresses: true });
    }
  });
});

describe('the sync answer another Treffpunkt reads', () => {
  const sync = (slug: string, query = '') => getJson(cms, `/api/treffpunkt/networks/${slug}/sync${query}`);

  it('holds the published meetings with their series unexpanded and the reports whole in both languages; not what is mirrored', async () => {
    const network = await memberNetwork('Netzwerk mit Reihe');
    const series = await createEvent(cms, {
      network: network.documentId,
      title: 'Gesprächsgruppe',
      ...FIRST_WEDNESDAY,
      recurrence: WEDNESDAYS,
    });
    const report = await createReport(cms, {
      network: network.documentId,
      title: 'Bericht',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Text' }] }],
      outcomes: [{ text: 'Ergebnis' }],
    });
    await cms.strapi
      .documents(REPORT)
      .update({ documentId: report.documentId, locale: 'en', data: { title: 'Report', slug: report.slug }, status: 'published' } as never);
    const { status, body, headers } = await sync(network.slug);
    expect(status).toBe(200);
    const answer = body as NetworkSyncResponse;
    expect(answer.meta).toMatchObject({ since: null, complete: true });
    expect(headers.get('last-modified')).toBe(new Date(answer.meta.until).toUTCString());
    expect(answer.data.events).toEqual([
      expect.objectContaining({
        id: series.documentId,
        start: '2027-03-03T19:00:00+01:00',
        recurrence: expect.objectContaining({ exceptions: WEDNESDAYS.exceptions }),
      }),
    ]);
    expect(answer.data.events[0].texts.de).toMatchObject({
      title: 'Gesprächsgruppe',
      dateUrl: expect.stringMatching(/\/treffen\/[^/]+\/\{date\}$/),
    });
    const [whole] = answer.data.reports;
    expect(whole).toMatchObject({
      id: report.documentId,
      texts: { de: { title: 'Bericht', outcomes: ['Ergebnis'] }, en: { title: 'Report', url: expect.stringMatching(/\?lang=en$/) } },
    });
    expect(whole.texts.de?.body).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'Text' }] }]);
    // The feed's reports of the first test are mirrored: not passed on.
    expect(((await sync(member.slug)).body as NetworkSyncResponse).data.reports).toEqual([]);
  });

  it('names since `since` what was unpublished or deleted, and answers 304 while nothing changed', async () => {
    const network = await memberNetwork('Netzwerk mit Abgängen');
    const report = await createReport(cms, { network: network.documentId });
    const first = await sync(network.slug);
    const { until } = (first.body as NetworkSyncResponse).meta;
    expect((await sync(network.slug, `?since=${until}`)).body.data).toMatchObject({ reports: [], removed: { reports: [] } });
    expect(
      (await getJson(cms, `/api/treffpunkt/networks/${network.slug}/sync`, { headers: { 'If-None-Match': first.headers.get('etag')! } }))
        .status,
    ).toBe(304);
    await cms.strapi.documents(REPORT).unpublish({ documentId: report.documentId, locale: '*' } as never);
    const later = (await sync(network.slug, `?since=${encodeURIComponent(until)}`)).body as NetworkSyncResponse;
    expect(later.data.removed.reports).toEqual([report.documentId]);
    expect(later.meta.complete).toBe(false);
    expect(Date.parse(later.meta.until)).toBeGreaterThan(Date.parse(until));
  });

  it('refuses a wrong `since` naming it, and an unknown network', async () => {
    expect((await sync(member.slug, '?since=gestern')).body.error).toMatchObject({ status: 400, parameter: 'since' });
    expect((await sync('gibt-es-nicht')).status).toBe(404);
  });
});
