/**
 * Following a network in a calendar app: the address the follow dialog builds from a widget's
 * attributes (shared api-requests.ts calendarFeedUrl, which the follow options answer with) gives, read with ical.js, exactly the
 * meetings the widget shows (with subnetworks, of some kinds, with a tag); the lists of the API
 * take the same filters; the dialog's links open the calendar apps with that address.
 */
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { calendarFeedUrl, firstRequestUrl } from 'treffpunkt-shared/api-requests';
import { calendarLinks, FOLLOW_TEXTS, type FollowOptionsResponse } from 'treffpunkt-shared/following';
import type { EventKind, EventListResponse, NextEventResponse } from 'treffpunkt-shared/wire';
import type { AnyDocument } from '../support/admin-answer';
import { calendarSlugs } from '../support/calendar';
import { startCms, type Cms } from '../support/cms';
import { createEvent, createNetwork, getJson, inDays } from '../support/content';

let cms: Cms;
let parent: AnyDocument;
let meetings: Record<string, AnyDocument>;

beforeAll(async () => {
  cms = await startCms();
  parent = await createNetwork(cms, { name: 'Landesverband Kalender' });
  const child = await createNetwork(cms, { parent: parent.documentId });
  const other = await createNetwork(cms);
  const tagged = (network: string, kind: EventKind, days: number) =>
    createEvent(cms, { network, kind, start: inDays(days), tags: [{ name: 'jugend' }] });
  meetings = {
    parentWorkshopTagged: await tagged(parent.documentId, 'workshop', 2),
    childWorkshopTagged: await tagged(child.documentId, 'workshop', 4),
    childConferenceTagged: await tagged(child.documentId, 'conference', 5),
    childWorkshopUntagged: await createEvent(cms, { network: child.documentId, kind: 'workshop', start: inDays(6) }),
    parentMeeting: await createEvent(cms, { network: parent.documentId, kind: 'meeting', start: inDays(1) }),
    otherWorkshopTagged: await tagged(other.documentId, 'workshop', 3),
    pastWorkshopTagged: await tagged(parent.documentId, 'workshop', -20),
  };
});

const cmsBase = () => `${cms.url}/`;

const pathOf = (url: string) => url.slice(cms.url.length);

/** The calendar of the parent and its subnetworks narrowed to workshops tagged "jugend", in German. */
const youthWorkshops = () =>
  calendarFeedUrl(cmsBase(), { network: parent.slug, includeSubnetworks: true, kind: 'workshop', tag: 'jugend', locale: 'de' });

const slugsOf = (...names: string[]) => names.map((name) => meetings[name].slug).sort();

describe("a network's calendar, narrowed as the widget that offers it", () => {
  it('holds exactly the meetings of the chosen kinds with the tag, of the network and its subnetworks, the past year included', async () => {
    const url = youthWorkshops();
    expect(url).toBe(`${cms.url}/api/treffpunkt/networks/${parent.slug}/events.ics?include=subnetworks&kind=workshop&tag=jugend&locale=de`);
    expect(await calendarSlugs(url)).toEqual(slugsOf('parentWorkshopTagged', 'childWorkshopTagged', 'pastWorkshopTagged'));
  });

  it('takes several kinds, and without subnetworks only the network’s own', async () => {
    const both = calendarFeedUrl(cmsBase(), { network: parent.slug, includeSubnetworks: true, kind: 'workshop, conference', locale: 'de' });
    expect(await calendarSlugs(both)).toEqual(
      slugsOf('parentWorkshopTagged', 'childWorkshopTagged', 'childConferenceTagged', 'childWorkshopUntagged', 'pastWorkshopTagged'),
    );
    const own = calendarFeedUrl(cmsBase(), { network: parent.slug, includeSubnetworks: false, locale: 'en' });
    expect(await calendarSlugs(own)).toEqual(slugsOf('parentWorkshopTagged', 'parentMeeting', 'pastWorkshopTagged'));
  });

  it('is the address the follow dialog is given, asked with the widget’s filters', async () => {
    const asked = `/api/treffpunkt/follow?network=${parent.slug}&include=subnetworks&kind=workshop&tag=jugend&locale=de`;
    const { status, body } = await getJson(cms, asked);
    expect(status).toBe(200);
    expect((body as FollowOptionsResponse).data.calendar).toBe(youthWorkshops());
    const plain = (await getJson(cms, `/api/treffpunkt/follow?network=${parent.slug}&locale=en`)).body as FollowOptionsResponse;
    expect(plain.data.calendar).toBe(`${cms.url}/api/treffpunkt/networks/${parent.slug}/events.ics?locale=en`);
    expect((await getJson(cms, `/api/treffpunkt/follow?network=${parent.slug}&kind=party`)).body.error.parameter).toBe('kind');
  });

  it('names the calendar by the network and what it holds', async () => {
    const url = youthWorkshops();
    const calendar = new ICAL.Component(ICAL.parse(await (await fetch(url)).text()));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Landesverband Kalender (Workshop · #jugend)');
  });

  it('shows the same meetings in the upcoming-meetings list and as the next meeting, with the same filters', async () => {
    const options = { network: parent.slug, includeSubnetworks: true, kind: 'workshop', tag: 'jugend', locale: 'de' as const, limit: 20 };
    const list = (await getJson(cms, pathOf(firstRequestUrl('upcoming-meetings', cmsBase(), options)))).body as EventListResponse;
    expect(list.data.map((event) => event.slug).sort()).toEqual(slugsOf('parentWorkshopTagged', 'childWorkshopTagged'));
    const next = (await getJson(cms, pathOf(firstRequestUrl('next-meeting', cmsBase(), options)))).body as NextEventResponse;
    expect(next.data?.slug).toBe(meetings.parentWorkshopTagged.slug);
  });

  it('refuses a kind or tag it does not know, naming the parameter', async () => {
    for (const [path, parameter] of [
      [`/api/treffpunkt/networks/${parent.slug}/events.ics?kind=party`, 'kind'],
      [`/api/treffpunkt/events?network=${parent.slug}&kind=workshop,party`, 'kind'],
      [`/api/treffpunkt/events/next?network=${parent.slug}&tag=Gro%C3%9F%20Schrift`, 'tag'],
      [`/api/treffpunkt/networks/${parent.slug}/events.ics?include=all`, 'include'],
    ]) {
      const { status, body } = await getJson(cms, path);
      expect(status, path).toBe(400);
      expect(body.error.parameter, path).toBe(parameter);
    }
  });
});

describe('the follow dialog’s calendar links', () => {
  const feed = 'https://cms.example.org/api/treffpunkt/networks/jetzt/events.ics?kind=workshop&locale=de';

  it('open Google Calendar and Outlook with the address, Apple Calendar by webcal, and give Thunderbird and the rest the address to copy', () => {
    const links = calendarLinks(feed, 'Jetzt & Hier', 'de');
    const webcal = 'webcal://cms.example.org/api/treffpunkt/networks/jetzt/events.ics?kind=workshop&locale=de';
    expect(links.map((link) => [link.provider, link.action, link.url])).toEqual([
      ['google', 'open', `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}`],
      ['outlook', 'open', `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(feed)}&name=Jetzt%20%26%20Hier`],
      ['apple', 'open', webcal],
      ['thunderbird', 'copy', feed],
      ['copy', 'copy', feed],
    ]);
    // Google keeps the whole address, query included, in its one parameter.
    expect(new URL(links[0].url).searchParams.get('cid')).toBe(webcal);
  });

  it('say each in one sentence, in German and in English', () => {
    for (const locale of ['de', 'en'] as const) {
      for (const link of calendarLinks(feed, 'Jetzt', locale)) {
        expect(link.name.length, `${locale} ${link.provider}`).toBeGreaterThan(0);
        // One sentence: a capital at the start, a full stop at the end and none before another sentence.
        expect(link.help, `${locale} ${link.provider}`).toMatch(/^[A-ZÄÖÜ].+\.$/);
        expect(link.help, `${locale} ${link.provider}`).not.toMatch(/[.!?] [A-ZÄÖÜ]/);
      }
    }
    expect(calendarLinks(feed, 'Jetzt', 'de')[0].name).toBe('Google Kalender');
    expect(calendarLinks(feed, 'Jetzt', 'en')[0].name).toBe('Google Calendar');
    expect([FOLLOW_TEXTS.de.button, FOLLOW_TEXTS.en.button]).toEqual(['Folgen', 'Follow']);
  });
});
