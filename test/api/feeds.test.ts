/** The calendar and report feeds, read back with real parsers: ical.js and an XML parser. */
import ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { startCms, type Cms } from '../support/cms';
import { apiFixtures, type ApiFixtures } from './fixtures';

let cms: Cms;
let f: ApiFixtures;

beforeAll(async () => {
  cms = await startCms();
  f = await apiFixtures(cms);
});

async function fetchText(path: string) {
  const response = await fetch(`${cms.url}${path}`);
  expect(response.status, path).toBe(200);
  return { text: await response.text(), type: response.headers.get('content-type') };
}

function vevents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

describe('a network’s calendar feed', () => {
  it('holds its published meetings with stable UIDs, time zone and status', async () => {
    const { text, type } = await fetchText(`/api/treffpunkt/networks/${f.networks.federation.slug}/events.ics`);
    expect(type).toMatch(/^text\/calendar/);
    const { calendar, events } = vevents(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    const uids = events.map((e) => e.getFirstPropertyValue('uid'));
    expect(uids).toEqual(expect.arrayContaining([`${f.events.ongoing.slug}@127.0.0.1`, `${f.events.later.slug}@127.0.0.1`]));
    expect(uids.join()).not.toContain(f.events.draftMeeting.slug);
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toContain('Europe/Berlin');
    const ongoing = events.find((e) => e.getFirstPropertyValue('uid') === `${f.events.ongoing.slug}@127.0.0.1`)!;
    const start = ongoing.getFirstProperty('dtstart')!;
    expect(start.getParameter('tzid')).toBe('Europe/Berlin');
    expect((start.getFirstValue() as ICAL.Time).toJSDate().toISOString()).toBe(new Date(f.events.ongoing.start).toISOString());
    expect(ongoing.getFirstPropertyValue('location')).toContain('Berlin');
    const again = vevents((await fetchText(`/api/treffpunkt/networks/${f.networks.federation.slug}/events.ics`)).text);
    expect(again.events.map((e) => e.getFirstPropertyValue('uid'))).toEqual(uids);
  });

  it('writes a multi-day all-day meeting as dates with an exclusive end', async () => {
    const { events } = vevents((await fetchText(`/api/treffpunkt/networks/${f.networks.federation.slug}/events.ics`)).text);
    const past = events.find((e) => e.getFirstPropertyValue('uid') === `${f.events.pastMeeting.slug}@127.0.0.1`)!;
    const start = past.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = past.getFirstPropertyValue('dtend') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(end.isDate).toBe(true);
    expect(end.toJSDate().getTime() - start.toJSDate().getTime()).toBe(3 * 86400_000);
  });

  it('marks a cancelled meeting STATUS:CANCELLED and a month-only one TENTATIVE', async () => {
    const { events } = vevents((await fetchText(`/api/treffpunkt/networks/${f.networks.cancelling.slug}/events.ics`)).text);
    const status = (slug: string) =>
      events.find((e) => e.getFirstPropertyValue('uid') === `${slug}@127.0.0.1`)?.getFirstPropertyValue('status');
    expect(status(f.events.cancelled.slug)).toBe('CANCELLED');
    expect(status(f.events.tentative.slug)).toBe('TENTATIVE');
  });

  it('serves one meeting as its own .ics for "add to calendar", with the same UID, linking to its page', async () => {
    const { text } = await fetchText(`/api/treffpunkt/events/${f.events.later.slug}.ics`);
    const { events } = vevents(text);
    expect(events).toHaveLength(1);
    expect(events[0].getFirstPropertyValue('uid')).toBe(`${f.events.later.slug}@127.0.0.1`);
    expect(events[0].getFirstPropertyValue('url')).toBe(
      `${cms.url}/treffpunkt/n/${f.networks.federation.slug}/treffen/${f.events.later.slug}`,
    );
    // The online link, marked public, is in the description.
    expect(String(events[0].getFirstPropertyValue('description'))).toContain('https://meet.example.org/offen');
  });

  it('names each calendar file as a download, the same on a repeated request answered from the cache', async () => {
    const files = [
      [`/api/treffpunkt/events/${f.events.later.slug}.ics`, `attachment; filename="${f.events.later.slug}.ics"`],
      [`/api/treffpunkt/networks/${f.networks.cancelling.slug}/events.ics`, `inline; filename="${f.networks.cancelling.slug}.ics"`],
    ];
    // Emptied, so that the first request renders the file and the repeated one is a hit.
    cms.strapi.plugin('treffpunkt').service('response-cache').clear();
    for (const [path, disposition] of files) {
      const first = await fetch(`${cms.url}${path}`);
      const repeated = await fetch(`${cms.url}${path}`);
      expect([first.headers.get('content-disposition'), repeated.headers.get('content-disposition')], path).toEqual([
        disposition,
        disposition,
      ]);
      expect(repeated.headers.get('etag')).toBe(first.headers.get('etag'));
    }
  });

  it('answers 404 for an unknown meeting', async () => {
    expect((await fetch(`${cms.url}/api/treffpunkt/events/gibt-es-nicht.ics`)).status).toBe(404);
  });
});

describe('a network’s report feed', () => {
  it('is valid Atom with the published reports, newest first', async () => {
    const { text, type } = await fetchText(`/api/treffpunkt/networks/${f.networks.federation.slug}/reports.atom`);
    expect(type).toMatch(/^application\/atom\+xml/);
    expect(XMLValidator.validate(text)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(text).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.link.map((l: { '@_href': string }) => l['@_href'])).toContain(
      `${cms.url}/api/treffpunkt/networks/${f.networks.federation.slug}/reports.atom`,
    );
    // Each entry links to the report's page, which is also its id (the network has no page of its own for reports).
    const pages = [f.reports.newest.slug, f.reports.older.slug].map(
      (slug) => `${cms.url}/treffpunkt/n/${f.networks.federation.slug}/berichte/${slug}`,
    );
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual(pages);
    expect(feed.entry.map((e: { link: { '@_href': string }[] }) => e.link[0]['@_href'])).toEqual(pages);
    expect(String(feed.entry[0].title['#text'] ?? feed.entry[0].title)).toContain(f.reports.newest.title);
  });

  it('answers 404 for an unknown network', async () => {
    expect((await fetch(`${cms.url}/api/treffpunkt/networks/niemand/reports.atom`)).status).toBe(404);
  });
});
