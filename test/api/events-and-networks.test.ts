import { beforeAll, describe, expect, it } from 'vitest';
import type { EventListResponse, NetworkResponse, NextEventResponse } from 'treffpunkt-shared/wire';
import { startCms, type Cms } from '../support/cms';
import { getJson } from '../support/content';
import { apiFixtures, type ApiFixtures } from './fixtures';

let cms: Cms;
let f: ApiFixtures;

beforeAll(async () => {
  cms = await startCms();
  f = await apiFixtures(cms);
});

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

async function next(query: string): Promise<NextEventResponse> {
  const { status, body } = await getJson(cms, `/api/treffpunkt/events/next?${query}`);
  expect(status).toBe(200);
  return body;
}

describe('GET /api/treffpunkt/events/next', () => {
  it('is a three-day meeting that began yesterday, not the one after it, and never a draft', async () => {
    const { data } = await next(`network=${f.networks.federation.slug}`);
    expect(data?.slug).toBe(f.events.ongoing.slug);
    expect(data?.title).toBe('Dreitägiges Arbeitstreffen');
  });

  it('tells a widget everything it shows, with dates in the meeting’s own time zone', async () => {
    const { data } = await next(`network=${f.networks.federation.slug}`);
    expect(data).toMatchObject({
      kind: 'meeting',
      kindLabel: 'Treffen',
      status: 'planned',
      statusLabel: null,
      attendanceMode: 'hybrid',
      timeZone: 'Europe/Berlin',
      datePrecision: 'time',
      allDay: false,
      network: { slug: f.networks.federation.slug },
      venue: { name: 'Haus der Vereine', street: 'Hauptstraße 1', postalCode: '10115', city: 'Berlin' },
      agenda: [
        { time: '10:00', topic: 'Begrüßung' },
        { time: '14:00', topic: 'Arbeitsgruppen' },
      ],
      registration: { url: 'https://example.org/anmeldung' },
    });
    expect(data?.start).toMatch(ISO_WITH_OFFSET);
    expect(data?.end).toMatch(ISO_WITH_OFFSET);
    expect(new Date(data!.start).toISOString()).toBe(new Date(f.events.ongoing.start).toISOString());
    expect(data?.ics).toBe(`${cms.url}/api/treffpunkt/events/${f.events.ongoing.slug}.ics`);
  });

  it('hides an online link that is not marked public', async () => {
    const { data } = await next(`network=${f.networks.federation.slug}`);
    expect(data?.onlineUrl).toBeNull();
  });

  it('links the report of the previous meeting', async () => {
    const { data } = await next(`network=${f.networks.federation.slug}`);
    expect(data?.previousReport).toMatchObject({ slug: f.reports.newest.slug });
  });

  it('reports a cancelled meeting with its status instead of hiding it', async () => {
    const { data } = await next(`network=${f.networks.cancelling.slug}`);
    expect(data).toMatchObject({ slug: f.events.cancelled.slug, status: 'cancelled', statusLabel: 'Abgesagt' });
    const english = await next(`network=${f.networks.cancelling.slug}&locale=en`);
    expect(english.data).toMatchObject({ statusLabel: 'Cancelled', kindLabel: 'Meeting' });
  });

  it('looks into child networks when asked to', async () => {
    const { data } = await next(`network=${f.networks.child.slug}`);
    expect(data?.slug).toBe(f.events.childMeeting.slug);
    const withChildren = await next(`network=${f.networks.federation.slug}&include=subnetworks`);
    expect(withChildren.data?.slug).toBe(f.events.ongoing.slug);
  });

  it('is null when no meeting is planned', async () => {
    expect(await next(`network=${f.networks.quiet.slug}`)).toEqual({ data: null });
  });
});

describe('GET /api/treffpunkt/events', () => {
  it('lists the meetings ahead, soonest first, with public online links', async () => {
    const { status, body } = await getJson(cms, `/api/treffpunkt/events?network=${f.networks.federation.slug}&include=subnetworks`);
    expect(status).toBe(200);
    const { data, meta } = body as EventListResponse;
    expect(data.map((e) => e.slug)).toEqual([f.events.ongoing.slug, f.events.childMeeting.slug, f.events.later.slug]);
    expect(meta).toMatchObject({ total: 3, page: 1, pageSize: 10 });
    expect(data[2].onlineUrl).toBe('https://meet.example.org/offen');
  });

  it('pages', async () => {
    const { body } = await getJson(cms, `/api/treffpunkt/events?network=${f.networks.federation.slug}&include=subnetworks&limit=1&page=3`);
    expect((body as EventListResponse).data.map((e) => e.slug)).toEqual([f.events.later.slug]);
  });

  it('keeps a meeting known only by its month ("tentatively in March") until that month is over', async () => {
    const { body } = await getJson(cms, `/api/treffpunkt/events?network=${f.networks.cancelling.slug}`);
    const tentative = (body as EventListResponse).data.find((e) => e.slug === f.events.tentative.slug);
    expect(tentative).toMatchObject({ status: 'tentative', datePrecision: 'month' });
  });
});

describe('GET /api/treffpunkt/networks/:slug', () => {
  it('is the public profile with child networks, public contact details and feed addresses', async () => {
    const { status, body } = await getJson(cms, `/api/treffpunkt/networks/${f.networks.federation.slug}`);
    expect(status).toBe(200);
    const { data } = body as NetworkResponse;
    expect(data).toMatchObject({
      slug: f.networks.federation.slug,
      kind: 'federation',
      website: 'https://example.org/verband',
      parent: null,
      children: [{ slug: f.networks.child.slug, name: f.networks.child.name }],
      contact: { name: 'Kim Beispiel', role: 'Koordination' },
      feeds: {
        calendar: `${cms.url}/api/treffpunkt/networks/${f.networks.federation.slug}/events.ics`,
        reports: `${cms.url}/api/treffpunkt/networks/${f.networks.federation.slug}/reports.atom`,
      },
    });
    const child = (await getJson(cms, `/api/treffpunkt/networks/${f.networks.child.slug}`)).body as NetworkResponse;
    expect(child.data.parent).toEqual({ slug: f.networks.federation.slug, name: f.networks.federation.name });
  });

  it('shows the demo federation in English with its Fachbereiche', async () => {
    const { body } = await getJson(cms, '/api/treffpunkt/networks/bke?locale=en');
    const { data } = body as NetworkResponse;
    expect(data.locale).toBe('en');
    expect(data.children.map((c) => c.slug).sort()).toEqual(['bke-juliti', 'bke-medien', 'bke-wendepunkt']);
  });

  it('answers 404 for an unknown network', async () => {
    const { status, body } = await getJson(cms, '/api/treffpunkt/networks/unbekannt');
    expect(status).toBe(404);
    expect(body.error.message).toContain('unbekannt');
  });
});
