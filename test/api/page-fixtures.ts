/**
 * A small, fully known world for the public pages: a federation with a child network and reports
 * over three years with topics; a meeting that is over with its report and documents; a series
 * with a date that has a report; a network that shows its reports and meetings on its own site;
 * drafts and private details carrying a marker that must never reach a page or the sitemap.
 * Dates count from the test clock.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Weekday } from 'treffpunkt-shared/recurrence';
import type { Cms } from '../support/cms';
import { REPORT, createEvent, createNetwork, createReport, dateInDays, inDays, uploadTestImage } from '../support/content';

export const PAGE_SECRET = 'vertraulich-5c1d';

const WEEKDAY_OF_UTC_DAY: Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** A small PDF in the media library, for a document attached to a report. */
async function uploadPdf(cms: Cms, name: string): Promise<{ id: number; url: string }> {
  const folder = await mkdtemp(path.join(tmpdir(), 'treffpunkt-pdf-'));
  try {
    const filepath = path.join(folder, name);
    const bytes = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
    await writeFile(filepath, bytes);
    const [file] = await cms.strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name } },
        files: { filepath, originalFilename: name, mimetype: 'application/pdf', size: bytes.length },
      });
    return file;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function createPageFixtures(cms: Cms) {
  const cover = await uploadTestImage(cms, 'Runde im Tagungsraum');
  const minutes = await uploadPdf(cms, 'protokoll.pdf');
  const federation = await createNetwork(cms, {
    kind: 'federation',
    shortDescription: 'Ein Verband für die Seiten',
    contact: {
      name: 'Alex Muster',
      namePublic: true,
      email: `${PAGE_SECRET}@example.org`,
      emailPublic: false,
      phone: '+49 30 5551234',
      phonePublic: true,
    },
  });
  const child = await createNetwork(cms, { kind: 'working-group', parent: federation.documentId });
  const ownSite = await createNetwork(cms, {
    reportPageTemplate: 'https://verein.example.org/berichte/{slug}',
    meetingPageTemplate: 'https://verein.example.org/termine/{slug}',
  });

  const pastMeeting = await createEvent(cms, {
    network: federation.documentId,
    title: 'Arbeitstreffen im Herbst',
    start: inDays(-33, 8),
    end: inDays(-33, 15),
    venue: { name: 'Tagungshaus', city: 'Kassel' },
  });
  const upcoming = await createEvent(cms, {
    network: federation.documentId,
    title: 'Fachtag Beteiligung',
    start: inDays(9, 8),
    end: inDays(9, 14),
    attendanceMode: 'hybrid',
    onlineUrl: `https://meet.example.org/${PAGE_SECRET}`,
    onlineUrlPublic: false,
    summary: 'Ein Tag zu Beteiligung',
  });
  const draftMeeting = await createEvent(
    cms,
    { network: federation.documentId, title: `Entwurf ${PAGE_SECRET}`, start: inDays(4) },
    { status: 'draft' },
  );
  const seriesStart = inDays(-21, 18);
  const series = await createEvent(cms, {
    network: federation.documentId,
    title: 'Offene Abendrunde',
    start: seriesStart,
    end: inDays(-21, 19),
    recurrence: {
      frequency: 'weekly',
      interval: 1,
      weekdays: [WEEKDAY_OF_UTC_DAY[new Date(seriesStart).getUTCDay()]],
      end: { type: 'never' },
    },
  });

  const dates = { newest: dateInDays(-30), lastYear: dateInDays(-400), child: dateInDays(-800), seriesDate: dateInDays(-14) };
  const newest = await createReport(cms, {
    network: federation.documentId,
    title: 'Bericht vom Arbeitstreffen im Herbst',
    event: pastMeeting.documentId,
    publicationDate: dates.newest,
    tags: [{ name: 'beteiligung' }],
    summary: 'Was wir im Herbst besprochen haben',
    cover: cover.id,
    author: { name: 'Robin Beispiel', role: 'Moderation' },
    attachments: [{ title: 'Protokoll des Treffens', file: minutes.id }],
    contact: { name: 'Kim Kontakt', namePublic: true, email: `${PAGE_SECRET}@example.org`, emailPublic: false },
    body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Wir haben über Beteiligung gesprochen.' }] }],
  });
  // A published report with a newer draft: the page shows what is published.
  await cms.strapi.documents(REPORT).update({
    documentId: newest.documentId,
    locale: 'de',
    status: 'draft',
    data: { title: `Geänderter Titel ${PAGE_SECRET}` },
  } as never);
  const lastYear = await createReport(cms, {
    network: federation.documentId,
    title: 'Jahresrückblick',
    publicationDate: dates.lastYear,
    tags: [{ name: 'rückblick' }, { name: 'beteiligung' }],
  });
  const childReport = await createReport(cms, {
    network: child.documentId,
    title: 'Bericht der Arbeitsgruppe',
    publicationDate: dates.child,
    tags: [{ name: 'beteiligung' }],
  });
  const seriesReport = await createReport(cms, {
    network: federation.documentId,
    title: 'Bericht aus der Abendrunde',
    event: series.documentId,
    occurrence: dates.seriesDate,
    publicationDate: dateInDays(-13),
  });
  const draftReport = await createReport(
    cms,
    { network: federation.documentId, title: `Entwurf ${PAGE_SECRET}`, publicationDate: dateInDays(-1) },
    { status: 'draft' },
  );
  const ownReport = await createReport(cms, {
    network: ownSite.documentId,
    title: 'Bericht auf der Vereinsseite',
    publicationDate: dateInDays(-5),
  });
  const ownMeeting = await createEvent(cms, { network: ownSite.documentId, start: inDays(12) });

  return {
    networks: { federation, child, ownSite },
    events: { pastMeeting, upcoming, draftMeeting, series, ownMeeting },
    reports: { newest, lastYear, childReport, seriesReport, draftReport, ownReport },
    dates,
    cover,
  };
}

export type PageFixtures = Awaited<ReturnType<typeof createPageFixtures>>;

let created: Promise<PageFixtures> | undefined;

/** The fixtures, made once per run and shared by the page test files. */
export function pageFixtures(cms: Cms): Promise<PageFixtures> {
  created ??= createPageFixtures(cms);
  return created;
}
