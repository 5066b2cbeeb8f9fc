/**
 * Searching the reports (`q`) and filtering by year (`year`) on GET /api/treffpunkt/reports: German
 * word forms, both language versions, only what is published, the index following every write,
 * and brought up to date at start. Runs on SQLite (`npm test`) and on PostgreSQL (`npm run test:postgres`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportListResponse } from 'treffpunkt-shared/wire';
import { startCms, stopCms, type Cms } from '../support/cms';
import { EVENT, REPORT, createEvent, createNetwork, createReport, getJson } from '../support/content';
import type { AnyDocument } from '../support/admin-answer';

let cms: Cms;
let federation: AnyDocument;
let child: AnyDocument;
let reports: Record<'workshops' | 'minutes' | 'translated' | 'childReport' | 'nearNewYear' | 'lateReport' | 'draft', AnyDocument>;
let newYearMeeting: AnyDocument;

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

beforeAll(async () => {
  cms = await startCms();
  federation = await createNetwork(cms, { kind: 'federation' });
  child = await createNetwork(cms, { kind: 'working-group', parent: federation.documentId });
  // 00:30 on New Year's Day in Berlin is still the old year in UTC: the meeting's own zone decides.
  newYearMeeting = await createEvent(cms, {
    network: federation.documentId,
    start: '2024-12-31T23:30:00.000Z',
    end: '2025-01-01T02:00:00.000Z',
    timeZone: 'Europe/Berlin',
  });
  const meetingIn2024 = await createEvent(cms, {
    network: federation.documentId,
    start: '2024-11-28T09:00:00.000Z',
    timeZone: 'Europe/Berlin',
  });
  reports = {
    workshops: await createReport(cms, {
      network: federation.documentId,
      title: 'Fachtag Jugendbeteiligung',
      publicationDate: '2024-06-20',
      meetingStart: '2024-06-14',
      tags: [{ name: 'jugend' }],
      body: [paragraph('Am Nachmittag gab es drei Workshops zu Methoden der Beteiligung.')],
    }),
    minutes: await createReport(cms, {
      network: federation.documentId,
      title: 'Protokoll',
      summary: 'Das Protokoll des Treffens in Hannover.',
      publicationDate: '2023-03-02',
      tags: [{ name: 'protokoll' }],
    }),
    translated: await createReport(cms, {
      network: federation.documentId,
      title: 'Gemeinschaftsgärten im Quartier',
      publicationDate: '2024-09-10',
      outcomes: [{ text: 'Neue Vernetzungen zwischen den Initiativen' }],
    }),
    childReport: await createReport(cms, {
      network: child.documentId,
      title: 'Arbeitsgruppe Workshop-Reihe',
      publicationDate: '2024-05-01',
      tags: [{ name: 'jugend' }],
    }),
    nearNewYear: await createReport(cms, {
      network: federation.documentId,
      event: newYearMeeting.documentId,
      title: 'Neujahrsempfang',
      publicationDate: '2025-01-10',
    }),
    lateReport: await createReport(cms, {
      network: federation.documentId,
      event: meetingIn2024.documentId,
      title: 'Spät geschriebener Bericht vom Herbsttreffen',
      publicationDate: '2025-02-03',
    }),
    draft: await createReport(
      cms,
      { network: federation.documentId, title: 'Geheimplan', body: [paragraph('Zauberwort Workshops')], publicationDate: '2024-07-01' },
      { status: 'draft' },
    ),
  };
  await cms.strapi.documents(REPORT).update({
    documentId: reports.translated.documentId,
    locale: 'en',
    status: 'published',
    data: {
      title: 'Community gardening in the neighbourhood',
      slug: reports.translated.slug,
      outcomes: [{ text: 'Volunteers built raised beds' }],
    },
  } as never);
});

async function search(query: string): Promise<ReportListResponse> {
  const { status, body } = await getJson(cms, `/api/treffpunkt/reports?network=${federation.slug}&${query}`);
  expect(status, JSON.stringify(body)).toBe(200);
  return body;
}

const slugsOf = async (query: string) => (await search(`limit=20&${query}`)).data.map((report) => report.slug);
const q = (words: string) => `q=${encodeURIComponent(words)}`;

describe('q: words in title, summary, body and outcomes', () => {
  it('finds a German word in another of its forms', async () => {
    expect(await slugsOf(q('Workshop'))).toEqual([reports.workshops.slug]);
    expect(await slugsOf(`${q('Workshops')}&include=subnetworks`)).toEqual([reports.workshops.slug, reports.childReport.slug]);
    expect(await slugsOf(q('Treffen'))).toEqual([reports.minutes.slug]);
    expect(await slugsOf(q('Vernetzung'))).toEqual([reports.translated.slug]);
    expect(await slugsOf(q('Protokolle'))).toEqual([reports.minutes.slug]);
  });

  it('looks in every field the brief names: title, summary, body, outcomes', async () => {
    expect(await slugsOf(q('Jugendbeteiligung'))).toEqual([reports.workshops.slug]);
    expect(await slugsOf(q('Hannover'))).toEqual([reports.minutes.slug]);
    expect(await slugsOf(q('Methoden'))).toEqual([reports.workshops.slug]);
    expect(await slugsOf(q('Initiative'))).toEqual([reports.translated.slug]);
  });

  it('finds a report by the words of either language, and shows it in the visitor’s language', async () => {
    expect(await slugsOf(q('gardens'))).toEqual([reports.translated.slug]);
    expect(await slugsOf(q('volunteer'))).toEqual([reports.translated.slug]);
    const german = await search(q('raised beds'));
    expect(german.data.map((report) => [report.title, report.locale])).toEqual([['Gemeinschaftsgärten im Quartier', 'de']]);
    const english = await search(`${q('Gemeinschaftsgärten')}&locale=en`);
    expect(english.data.map((report) => [report.title, report.locale])).toEqual([['Community gardening in the neighbourhood', 'en']]);
  });

  it('needs every word, in one language version', async () => {
    expect(await slugsOf(q('Workshops Beteiligung'))).toEqual([reports.workshops.slug]);
    expect(await slugsOf(q('Workshops Hannover'))).toEqual([]);
    // One word from the German version, one from the English: no version has both.
    expect(await slugsOf(q('Vernetzungen volunteers'))).toEqual([]);
  });

  it('ignores case and stop words; a query of stop words alone finds nothing', async () => {
    expect(await slugsOf(q('DES TREFFENS'))).toEqual([reports.minutes.slug]);
    expect(await slugsOf(q('des'))).toEqual([]);
  });

  it('never finds a draft by its words', async () => {
    expect(await slugsOf(q('Zauberwort'))).toEqual([]);
    expect(await slugsOf(q('Geheimplan'))).toEqual([]);
  });

  it('searches the child networks with include=subnetworks, and combines with tag', async () => {
    expect(await slugsOf(q('Workshop'))).toEqual([reports.workshops.slug]);
    expect(await slugsOf(`${q('Workshop')}&include=subnetworks`)).toEqual([reports.workshops.slug, reports.childReport.slug]);
    expect(await slugsOf(`${q('Workshop')}&include=subnetworks&tag=jugend`)).toEqual([reports.workshops.slug, reports.childReport.slug]);
    expect(await slugsOf(`${q('Workshop')}&include=subnetworks&tag=protokoll`)).toEqual([]);
  });

  it('pages the reports it finds, newest first, and counts them all', async () => {
    const first = await search(`${q('Workshop')}&include=subnetworks&limit=1`);
    const second = await search(`${q('Workshop')}&include=subnetworks&limit=1&page=2`);
    expect(first.meta).toMatchObject({ page: 1, pageSize: 1, pageCount: 2, total: 2 });
    expect(second.meta).toMatchObject({ page: 2, pageSize: 1, pageCount: 2, total: 2 });
    expect([...first.data, ...second.data].map((report) => report.slug)).toEqual([reports.workshops.slug, reports.childReport.slug]);
  });

  it('takes an empty q and year, as a search form sends them, as no filter', async () => {
    expect(await slugsOf('q=&year=')).toEqual(await slugsOf(''));
  });
});

describe('year: the year of the meeting, else of the publication date', () => {
  it('dates a report by its meeting, in the meeting’s own time zone', async () => {
    expect(await slugsOf('year=2025')).toEqual([reports.nearNewYear.slug]);
    expect(await slugsOf('year=2024')).toEqual([reports.lateReport.slug, reports.translated.slug, reports.workshops.slug]);
  });

  it('dates a report without a meeting by its publication date', async () => {
    expect(await slugsOf('year=2023')).toEqual([reports.minutes.slug]);
    expect(await slugsOf('year=2022')).toEqual([]);
  });

  it('combines with q, tag and subnetworks', async () => {
    expect(await slugsOf(`year=2024&include=subnetworks&tag=jugend`)).toEqual([reports.workshops.slug, reports.childReport.slug]);
    expect(await slugsOf(`year=2024&${q('Workshops')}&include=subnetworks`)).toEqual([reports.workshops.slug, reports.childReport.slug]);
    expect(await slugsOf(`year=2023&${q('Workshops')}`)).toEqual([]);
  });

  it('follows the meeting when it moves to another year', async () => {
    await cms.strapi.documents(EVENT).update({
      documentId: newYearMeeting.documentId,
      locale: 'de',
      status: 'published',
      data: { start: '2024-12-30T17:00:00.000Z', end: '2024-12-30T20:00:00.000Z' },
    } as never);
    expect(await slugsOf('year=2024')).toContain(reports.nearNewYear.slug);
    expect(await slugsOf('year=2025')).toEqual([]);
  });
});

describe('the index follows every write', () => {
  it('finds a published report by its new words once the edit is published, not before', async () => {
    const report = await createReport(cms, { network: federation.documentId, title: 'Sommerfest', publicationDate: '2024-08-01' });
    expect(await slugsOf(q('Sommerfest'))).toEqual([report.slug]);
    const edit = { documentId: report.documentId, locale: 'de', data: { title: 'Herbstfest' } };
    await cms.strapi.documents(REPORT).update(edit as never);
    expect(await slugsOf(q('Herbstfest'))).toEqual([]);
    expect(await slugsOf(q('Sommerfest'))).toEqual([report.slug]);
    await cms.strapi.documents(REPORT).publish({ documentId: report.documentId, locale: 'de' } as never);
    expect(await slugsOf(q('Herbstfest'))).toEqual([report.slug]);
    expect(await slugsOf(q('Sommerfest'))).toEqual([]);
  });

  it('finds a new translation by its words', async () => {
    const report = await createReport(cms, { network: federation.documentId, title: 'Kochabend', publicationDate: '2024-08-02' });
    expect(await slugsOf(q('cooking'))).toEqual([]);
    await cms.strapi.documents(REPORT).update({
      documentId: report.documentId,
      locale: 'en',
      status: 'published',
      data: { title: 'Cooking evening', slug: report.slug },
    } as never);
    expect(await slugsOf(q('cooking'))).toEqual([report.slug]);
  });

  it('forgets a report that is unpublished or deleted', async () => {
    const unpublished = await createReport(cms, { network: federation.documentId, title: 'Laternenumzug', publicationDate: '2024-08-03' });
    const deleted = await createReport(cms, { network: federation.documentId, title: 'Laternenbasteln', publicationDate: '2024-08-04' });
    expect(await slugsOf(q('Laterne'))).toEqual([deleted.slug, unpublished.slug]);
    await cms.strapi.documents(REPORT).unpublish({ documentId: unpublished.documentId, locale: 'de' } as never);
    expect(await slugsOf(q('Laterne'))).toEqual([deleted.slug]);
    await cms.strapi.documents(REPORT).delete({ documentId: deleted.documentId, locale: '*' } as never);
    expect(await slugsOf(q('Laterne'))).toEqual([]);
    expect(await slugsOf('year=2024')).not.toContain(deleted.slug);
  });
});

describe('the index at start', () => {
  it('is built for what was published before it existed (an upgraded install)', async () => {
    const report = await createReport(cms, { network: federation.documentId, title: 'Neustart', publicationDate: '2024-08-05' });
    const knex = cms.strapi.db.connection;
    for (const table of ['treffpunkt_report_search_words', 'treffpunkt_report_search']) await knex.schema.dropTableIfExists(table);
    await stopCms();
    cms = await startCms();
    expect(await slugsOf(q('Neustart'))).toEqual([report.slug]);
    expect(await slugsOf(q('Workshop'))).toEqual([reports.workshops.slug]);
    expect(await slugsOf('year=2023')).toEqual([reports.minutes.slug]);
  });

  it('catches up with reports written below the Document Service', async () => {
    const search = cms.strapi.plugin('treffpunkt').service('search');
    const report = await createReport(cms, { network: federation.documentId, title: 'Nachtrag', publicationDate: '2024-08-06' });
    await cms.strapi.db.connection('treffpunkt_report_search').where('document_id', report.documentId).delete();
    expect(await slugsOf(q('Nachtrag'))).toEqual([]);
    expect(await search.catchUp()).toBe(1);
    expect(await slugsOf(q('Nachtrag'))).toEqual([report.slug]);
    expect(await search.catchUp()).toBe(0);
  });
});

describe('bad values', () => {
  it.each([
    ['a q without a word', q('?!'), 'q'],
    ['a q too long', q('wort '.repeat(41)), 'q'],
    ['a year that is not a number', 'year=letztes', 'year'],
    ['a year of two digits', 'year=24', 'year'],
    ['a year given twice', 'year=2023&year=2024', 'year'],
    ['a q given twice', 'q=a&q=b', 'q'],
  ])('%s is a 400 that names the parameter', async (_case, query, parameter) => {
    const { status, body } = await getJson(cms, `/api/treffpunkt/reports?network=${federation.slug}&${query}`);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ status: 400, name: 'BadRequest', parameter });
    expect(body.error.message).toContain(`"${parameter}"`);
  });
});
