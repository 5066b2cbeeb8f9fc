import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportListResponse, ReportResponse } from 'treffpunkt-shared/wire';
import { startCms, type Cms } from '../support/cms';
import { getJson } from '../support/content';
import { apiFixtures, type ApiFixtures } from './fixtures';

let cms: Cms;
let f: ApiFixtures;

beforeAll(async () => {
  cms = await startCms();
  f = await apiFixtures(cms);
});

async function list(query: string): Promise<ReportListResponse> {
  const { status, body } = await getJson(cms, `/api/treffpunkt/reports?${query}`);
  expect(status).toBe(200);
  return body;
}

describe('GET /api/treffpunkt/reports', () => {
  it('lists a network’s published reports, newest first, without drafts', async () => {
    const { data, meta } = await list(`network=${f.networks.federation.slug}`);
    expect(data.map((r) => r.slug)).toEqual([f.reports.newest.slug, f.reports.older.slug]);
    expect(meta).toMatchObject({ page: 1, pageSize: 3, total: 2, pageCount: 1, locale: 'de' });
  });

  it('includes the child networks’ reports when asked to', async () => {
    const { data } = await list(`network=${f.networks.federation.slug}&include=subnetworks`);
    expect(data.map((r) => r.slug)).toEqual([f.reports.newest.slug, f.reports.childReport.slug, f.reports.older.slug]);
    expect(data[1].network).toEqual({ slug: f.networks.child.slug, name: f.networks.child.name });
  });

  it('takes several networks as a comma list', async () => {
    const { data } = await list(`network=${f.networks.child.slug},${f.networks.quiet.slug}`);
    expect(data.map((r) => r.slug)).toEqual([f.reports.childReport.slug]);
  });

  it('pages with limit and page', async () => {
    const first = await list(`network=${f.networks.federation.slug}&include=subnetworks&limit=2`);
    const second = await list(`network=${f.networks.federation.slug}&include=subnetworks&limit=2&page=2`);
    expect(first.meta).toMatchObject({ total: 3, pageCount: 2, pageSize: 2 });
    expect([...first.data, ...second.data].map((r) => r.slug)).toEqual([
      f.reports.newest.slug,
      f.reports.childReport.slug,
      f.reports.older.slug,
    ]);
  });

  it('filters by tag', async () => {
    const { data } = await list(`network=${f.networks.federation.slug}&include=subnetworks&tag=alpha`);
    expect(data.map((r) => r.slug)).toEqual([f.reports.newest.slug, f.reports.older.slug]);
  });

  it('answers in English where a report is translated and in German where it is not', async () => {
    const { data, meta } = await list(`network=${f.networks.federation.slug}&locale=en`);
    expect(meta.locale).toBe('en');
    expect(data.map((r) => [r.title, r.locale])).toEqual([
      ['Working meeting report', 'en'],
      [f.reports.older.title, 'de'],
    ]);
    // The English version has no relation of its own: network and meeting come from the German one.
    expect(data[0].network.slug).toBe(f.networks.federation.slug);
    expect(data[0].meeting.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('gives cards what a widget shows: summary, meeting, tags, cover with formats and alt text', async () => {
    const { data } = await list(`network=${f.networks.federation.slug}`);
    const [card, older] = data;
    expect(card.summary).toBe('Kurzfassung');
    expect(card.publishedOn).toBe(f.dates.newestPublished);
    expect(card.tags).toEqual(['alpha']);
    expect(card.cover?.alt).toBe('Teilnehmende am Tisch');
    expect(card.cover?.url).toMatch(new RegExp(`^${cms.url}/uploads/`));
    expect(card.cover?.formats.length).toBeGreaterThan(1);
    expect(card.cover?.formats.every((format) => format.url.startsWith('http') && format.width > 0)).toBe(true);
    expect(older.meeting).toEqual({ ...f.dates.olderMeeting, place: 'Berlin' });
    expect(card).not.toHaveProperty('documentId');
    expect(card).not.toHaveProperty('id');
  });
});

describe('GET /api/treffpunkt/reports/:slug', () => {
  it('returns the whole report: blocks, outcomes, author, gallery, the meeting it reports on', async () => {
    const { status, body } = await getJson(cms, `/api/treffpunkt/reports/${f.reports.newest.slug}`);
    expect(status).toBe(200);
    const { data } = body as ReportResponse;
    expect(data.outcomes).toEqual(['Arbeitsgruppen gründen', 'Gemeinsame Plattform']);
    expect(data.author).toEqual({ name: 'Matthias Muster', role: 'Referent' });
    expect(data.participants).toBe(31);
    expect(data.gallery).toHaveLength(1);
    expect(data.gallery[0].alt).toBe('Teilnehmende am Tisch');
    expect(data.event).toMatchObject({ slug: f.events.pastMeeting.slug, timeZone: 'Europe/Berlin' });
    expect(data.event?.start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(data.body[0]).toEqual({ type: 'heading', level: 2, children: [{ type: 'text', text: 'Ablauf' }] });
    expect(data.body[2]).toMatchObject({ type: 'list', format: 'unordered' });
  });

  it('turns links other than http(s) and mailto into plain text', async () => {
    const { body } = await getJson(cms, `/api/treffpunkt/reports/${f.reports.newest.slug}`);
    const paragraph = (body as ReportResponse).data.body[1];
    expect(paragraph).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Siehe ' },
        { type: 'text', text: 'gefährlich' },
        { type: 'text', text: ' und ' },
        { type: 'link', url: 'https://example.org/protokoll', children: [{ type: 'text', text: 'Protokoll', bold: true }] },
      ],
    });
    expect(JSON.stringify(body)).not.toContain('javascript:');
  });

  it('shows only the public details of the contact person', async () => {
    const { body } = await getJson(cms, `/api/treffpunkt/reports/${f.reports.newest.slug}`);
    expect((body as ReportResponse).data.contact).toEqual({ name: 'Kim Beispiel', role: 'Koordination' });
  });

  it('serves the English version, and the German one where there is no translation', async () => {
    const en = (await getJson(cms, `/api/treffpunkt/reports/${f.reports.newest.slug}?locale=en`)).body as ReportResponse;
    expect(en.data).toMatchObject({ title: 'Working meeting report', locale: 'en', outcomes: ['Found working groups'] });
    expect(en.data.author?.name).toBe('Matthias Muster');
    const fallback = (await getJson(cms, `/api/treffpunkt/reports/${f.reports.older.slug}?locale=en`)).body as ReportResponse;
    expect(fallback.data.locale).toBe('de');
  });

  it('answers 404 for an unknown report and for one that is only a draft', async () => {
    for (const slug of ['gibt-es-nicht', f.reports.draftReport.slug]) {
      const { status, body } = await getJson(cms, `/api/treffpunkt/reports/${slug}`);
      expect(status).toBe(404);
      expect(body.error).toMatchObject({ status: 404, name: 'NotFound', parameter: 'slug' });
    }
  });
});
