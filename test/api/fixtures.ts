/**
 * A small, fully known world for the public API tests: a federation with a child network,
 * reports in German and English, meetings around "now", drafts, and private details filled
 * with a marker that must never reach a public route.
 */
import type { Cms } from '../support/cms';
import { REPORT, createEvent, createNetwork, createReport, dateInDays, inDays, uniqueSlug, uploadTestImage } from '../support/content';

export const SECRET = 'geheim-7f3a';

/** Calendar dates of the reports, around the test clock: newest first, the draft's still ahead. */
const DATES = {
  newestPublished: dateInDays(-37),
  childPublished: dateInDays(-60),
  olderPublished: dateInDays(-90),
  olderMeeting: { start: dateInDays(-98), end: dateInDays(-96) },
  draftPublished: dateInDays(43),
};

export async function createApiFixtures(cms: Cms) {
  const cover = await uploadTestImage(cms, 'Teilnehmende am Tisch');
  const privateContact = {
    name: 'Kim Beispiel',
    namePublic: true,
    role: 'Koordination',
    rolePublic: true,
    email: `${SECRET}@example.org`,
    emailPublic: false,
    phone: `+49 ${SECRET}`,
    phonePublic: false,
  };
  const federation = await createNetwork(cms, { kind: 'federation', contact: privateContact, website: 'https://example.org/verband' });
  const child = await createNetwork(cms, { kind: 'working-group', parent: federation.documentId });
  const quiet = await createNetwork(cms);
  const cancelling = await createNetwork(cms);

  const pastMeeting = await createEvent(cms, {
    network: federation.documentId,
    start: inDays(-40),
    end: inDays(-38),
    allDay: true,
    datePrecision: 'day',
    venue: { name: 'Tagungshaus', city: 'Hannover', latitude: 52.37, longitude: 9.73 },
  });
  const ongoing = await createEvent(cms, {
    network: federation.documentId,
    title: 'Dreitägiges Arbeitstreffen',
    start: inDays(-1, 8),
    end: inDays(1, 15),
    attendanceMode: 'hybrid',
    onlineUrl: `https://meet.example.org/${SECRET}`,
    onlineUrlPublic: false,
    venue: { name: 'Haus der Vereine', street: 'Hauptstraße 1', postalCode: '10115', city: 'Berlin' },
    agenda: [
      { time: '10:00', topic: 'Begrüßung' },
      { time: '14:00', topic: 'Arbeitsgruppen' },
    ],
    registrationUrl: 'https://example.org/anmeldung',
    registrationDeadline: inDays(-3),
  });
  const later = await createEvent(cms, {
    network: federation.documentId,
    start: inDays(5),
    end: inDays(5, 12),
    onlineUrl: 'https://meet.example.org/offen',
    onlineUrlPublic: true,
    attendanceMode: 'online',
  });
  const childMeeting = await createEvent(cms, { network: child.documentId, start: inDays(3) });
  const draftMeeting = await createEvent(
    cms,
    { network: federation.documentId, title: `Entwurf ${SECRET}`, start: inDays(0, 23) },
    { status: 'draft' },
  );
  const cancelled = await createEvent(cms, { network: cancelling.documentId, start: inDays(2), eventStatus: 'cancelled' });
  const tentative = await createEvent(cms, {
    network: cancelling.documentId,
    start: inDays(60),
    datePrecision: 'month',
    eventStatus: 'tentative',
  });

  const newest = await createReport(cms, {
    network: federation.documentId,
    event: pastMeeting.documentId,
    publicationDate: DATES.newestPublished,
    tags: [{ name: 'alpha' }],
    summary: 'Kurzfassung',
    cover: cover.id,
    gallery: [cover.id],
    participants: 31,
    author: { name: 'Matthias Muster', role: 'Referent' },
    contact: privateContact,
    outcomes: [{ text: 'Arbeitsgruppen gründen' }, { text: 'Gemeinsame Plattform' }],
    body: [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Ablauf' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Platzhalter' }] },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'Punkt eins' }] }] },
    ],
  });
  await smuggleUnsafeLink(cms, newest.documentId);
  await cms.strapi.documents(REPORT).update({
    documentId: newest.documentId,
    locale: 'en',
    status: 'published',
    data: { title: 'Working meeting report', slug: newest.slug, summary: 'Short version', outcomes: [{ text: 'Found working groups' }] },
  } as never);
  const childReport = await createReport(cms, {
    network: child.documentId,
    publicationDate: DATES.childPublished,
    tags: [{ name: 'beta' }],
  });
  const older = await createReport(cms, {
    network: federation.documentId,
    publicationDate: DATES.olderPublished,
    meetingStart: DATES.olderMeeting.start,
    meetingEnd: DATES.olderMeeting.end,
    place: 'Berlin',
    tags: [{ name: 'alpha' }],
  });
  const draftReport = await createReport(
    cms,
    { network: federation.documentId, title: `Entwurf ${SECRET}`, publicationDate: DATES.draftPublished },
    { status: 'draft' },
  );

  return {
    networks: { federation, child, quiet, cancelling },
    events: { pastMeeting, ongoing, later, childMeeting, draftMeeting, cancelled, tentative },
    reports: { newest, childReport, older, draftReport },
    cover,
    dates: DATES,
    uniqueSlug,
  };
}

/**
 * Strapi's editor refuses a `javascript:` link, but content also arrives by imports and older
 * databases: write one past the validation, straight into the rows, to see the API drop it.
 */
async function smuggleUnsafeLink(cms: Cms, documentId: string) {
  const rows = await cms.strapi.db.query(REPORT).findMany({ where: { documentId }, select: ['id', 'body'] });
  for (const row of rows) {
    const body = [...row.body];
    body[1] = {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Siehe ' },
        { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'gefährlich' }] },
        { type: 'text', text: ' und ' },
        { type: 'link', url: 'https://example.org/protokoll', children: [{ type: 'text', text: 'Protokoll', bold: true }] },
      ],
    };
    await cms.strapi.db.query(REPORT).update({ where: { id: row.id }, data: { body } });
  }
}

export type ApiFixtures = Awaited<ReturnType<typeof createApiFixtures>>;

let created: Promise<ApiFixtures> | undefined;

/** The fixtures, made once per run and shared by the API test files. */
export function apiFixtures(cms: Cms): Promise<ApiFixtures> {
  created ??= createApiFixtures(cms);
  return created;
}
