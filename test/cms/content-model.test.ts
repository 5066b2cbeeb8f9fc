/**
 * The content model as editors meet it: the three types with their fields, draft and publish,
 * German and English, and the validation messages the admin shows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CHOICE_TEXTS } from 'treffpunkt-shared/choice-texts';
import type { AdminResponse, AnyDocument } from '../support/admin-answer';
import { adminSession, type AdminSession } from '../support/admin';
import { startCms, type Cms } from '../support/cms';
import { EVENT, NETWORK, REPORT, createEvent, createNetwork, createReport, inDays, uniqueSlug, uploadTestImage } from '../support/content';

let cms: Cms;
let editor: AdminSession;

beforeAll(async () => {
  cms = await startCms();
  editor = await adminSession(cms);
});

/** What these tests read of a field's schema, whatever its type (Strapi's attribute types differ by field type). */
interface FieldSchema {
  type: string;
  enum: string[];
  default?: unknown;
  private?: boolean;
  customField?: string;
  options: { role?: string };
  pluginOptions?: { i18n?: { localized?: boolean } };
}

function attributes(uid: string) {
  return cms.strapi.contentType(uid as never).attributes as Record<string, FieldSchema>;
}

describe('content types', () => {
  it.each([
    [
      NETWORK,
      ['name', 'slug', 'kind', 'shortDescription', 'description', 'region', 'website', 'logo', 'contact', 'parent', 'children', 'members'],
    ],
    [
      EVENT,
      [
        'title',
        'slug',
        'network',
        'kind',
        'start',
        'end',
        'allDay',
        'timeZone',
        'datePrecision',
        'eventStatus',
        'attendanceMode',
        'venue',
        'onlineUrl',
        'onlineUrlPublic',
        'agenda',
        'registrationUrl',
        'registrationDeadline',
        'capacity',
        'host',
        'description',
        'image',
      ],
    ],
    [
      REPORT,
      [
        'title',
        'slug',
        'summary',
        'body',
        'network',
        'event',
        'meetingStart',
        'meetingEnd',
        'place',
        'author',
        'participants',
        'outcomes',
        'nextSteps',
        'cover',
        'gallery',
        'tags',
        'contact',
        'publicationDate',
      ],
    ],
  ])('%s has the fields editors need', (uid, fields) => {
    const contentType = cms.strapi.contentType(uid as never);
    expect(Object.keys(contentType.attributes)).toEqual(expect.arrayContaining(fields));
    expect(contentType.options?.draftAndPublish).toBe(true);
    expect(contentType.pluginOptions).toMatchObject({ i18n: { localized: true } });
  });

  it('lists the kinds of networks and meetings the seeds describe', () => {
    expect(attributes(NETWORK).kind.enum).toEqual([
      'peer-network',
      'association',
      'federation',
      'regional-partner-network',
      'project',
      'working-group',
    ]);
    expect(attributes(EVENT).kind.enum).toEqual(['meeting', 'workshop', 'networking-meeting', 'conference', 'general-assembly', 'other']);
    expect(attributes(EVENT).datePrecision.enum).toEqual(['time', 'day', 'month']);
    expect(attributes(EVENT).eventStatus.enum).toEqual(['planned', 'tentative', 'cancelled', 'postponed']);
    expect(attributes(EVENT).attendanceMode.enum).toEqual(['in-person', 'online', 'hybrid']);
    expect(attributes(EVENT).timeZone.default).toBe('Europe/Berlin');
  });

  it('offers every choice with words in German and English, and stores the value as before', async () => {
    for (const uid of [NETWORK, EVENT, REPORT]) {
      for (const [field, attribute] of Object.entries(attributes(uid)).filter(([, a]) => a.type === 'enumeration')) {
        expect(attribute.customField, `${uid}.${field}`).toBe('plugin::treffpunkt.choice');
        const words = CHOICE_TEXTS[uid]?.[field] ?? {};
        expect(Object.keys(words).sort(), `${uid}.${field}`).toEqual([...attribute.enum].sort());
        for (const [value, { de, en }] of Object.entries(words)) {
          expect(de, `${uid}.${field}.${value}`).not.toBe(value);
          expect(en.trim()).not.toBe('');
        }
      }
    }
    // Still an enumeration for Strapi: other values are refused, the value is what is stored.
    const draft = { status: 'draft' } as const;
    await expect(createEvent(cms, { start: inDays(3), kind: 'party' }, draft)).rejects.toThrow(/kind must be one of the following values/);
    const event = await createEvent(cms, { start: inDays(3), kind: 'conference', eventStatus: 'tentative' }, draft);
    const row = await cms.strapi.db.query(EVENT).findOne({ where: { documentId: event.documentId }, select: ['kind', 'eventStatus'] });
    expect(row).toEqual({ kind: 'conference', eventStatus: 'tentative' });
  });

  it('keeps start, end and registration deadline as instants the admin shows in the meeting’s zone', () => {
    const roles = Object.fromEntries(
      Object.entries(attributes(EVENT))
        .filter(([, attribute]) => attribute.customField === 'plugin::treffpunkt.meeting-time')
        .map(([field, attribute]) => [field, [attribute.type, attribute.options.role]]),
    );
    expect(roles).toEqual({ start: ['datetime', 'start'], end: ['datetime', 'end'], registrationDeadline: ['datetime', 'deadline'] });
  });

  it('translates texts but shares slugs, dates and relations between languages', () => {
    const localized = (uid: string, field: string) => attributes(uid)[field].pluginOptions?.i18n?.localized;
    expect(localized(REPORT, 'title')).toBe(true);
    expect(localized(REPORT, 'body')).toBe(true);
    expect(localized(REPORT, 'outcomes')).toBe(true);
    expect(localized(REPORT, 'slug')).toBe(false);
    expect(localized(EVENT, 'start')).toBe(false);
    expect(localized(NETWORK, 'shortDescription')).toBe(true);
  });

  it('keeps contact e-mail addresses, phone numbers and online links out of Strapi’s standard API', () => {
    const contact = cms.strapi.components['treffpunkt.contact' as never].attributes as Record<string, FieldSchema>;
    expect(contact.email.private).toBe(true);
    expect(contact.phone.private).toBe(true);
    expect(attributes(EVENT).onlineUrl.private).toBe(true);
  });

  it('stores a federation with its Fachbereiche as child networks', async () => {
    const federation = await createNetwork(cms, { kind: 'federation' });
    const child = await createNetwork(cms, { kind: 'working-group', parent: federation.documentId });
    const loaded = (await cms.strapi
      .documents(NETWORK)
      .findOne({ documentId: federation.documentId, status: 'published', populate: ['children'] } as never)) as AnyDocument;
    expect(loaded.children.map((c: AnyDocument) => c.documentId)).toContain(child.documentId);
  });
});

describe('languages', () => {
  it('has German as the default locale and English beside it', async () => {
    const locales = cms.strapi.plugin('i18n').service('locales');
    expect(await locales.getDefaultLocale()).toBe('de');
    const codes = (await locales.find()).map((l: { code: string }) => l.code);
    expect(codes).toEqual(expect.arrayContaining(['de', 'en']));
  });

  it('keeps a German and an English version of one report', async () => {
    const network = await createNetwork(cms);
    const report = await createReport(cms, {
      network: network.documentId,
      title: 'Arbeitstreffen in Berlin',
      outcomes: [{ text: 'Neue Website' }],
    });
    await cms.strapi.documents(REPORT).update({
      documentId: report.documentId,
      locale: 'en',
      data: { title: 'Working meeting in Berlin', slug: report.slug, outcomes: [{ text: 'New website' }] },
      status: 'published',
    } as never);
    const read = (locale: string) =>
      cms.strapi
        .documents(REPORT)
        .findOne({ documentId: report.documentId, locale, status: 'published', populate: ['outcomes'] } as never) as Promise<AnyDocument>;
    const [de, en] = await Promise.all([read('de'), read('en')]);
    expect(de.title).toBe('Arbeitstreffen in Berlin');
    expect(en.title).toBe('Working meeting in Berlin');
    expect(en.outcomes.map((o: { text: string }) => o.text)).toEqual(['New website']);
    expect(en.slug).toBe(de.slug);
  });
});

describe('draft and publish', () => {
  it('keeps a draft apart from the published version until it is published again', async () => {
    const network = await createNetwork(cms);
    const report = await createReport(cms, { network: network.documentId, title: 'Erste Fassung' });
    await cms.strapi.documents(REPORT).update({ documentId: report.documentId, locale: 'de', data: { title: 'Zweite Fassung' } } as never);
    const published = (await cms.strapi
      .documents(REPORT)
      .findOne({ documentId: report.documentId, status: 'published' } as never)) as AnyDocument;
    const draft = (await cms.strapi.documents(REPORT).findOne({ documentId: report.documentId, status: 'draft' } as never)) as AnyDocument;
    expect(published.title).toBe('Erste Fassung');
    expect(draft.title).toBe('Zweite Fassung');
  });

  it('gives every report a publication date editors can change', async () => {
    const network = await createNetwork(cms);
    const automatic = await createReport(cms, { network: network.documentId });
    const chosen = await createReport(cms, { network: network.documentId, publicationDate: '2020-02-18' });
    expect(automatic.publicationDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(chosen.publicationDate).toBe('2020-02-18');
  });
});

/** What the admin panel sends when an editor saves or publishes, and what it shows back. */
describe('validation messages in the admin', () => {
  const collection = (uid: string) => `/content-manager/collection-types/${uid}`;

  function expectFieldError(response: AdminResponse, field: string, message: RegExp) {
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(message);
    expect(response.body.error.details.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: [field] })]));
  }

  it('refuses a meeting that ends before it starts', async () => {
    const network = await createNetwork(cms);
    const response = await editor.request('POST', `${collection(EVENT)}?locale=de`, {
      title: 'Rückwärts',
      slug: uniqueSlug('t-backwards'),
      kind: 'meeting',
      network: network.documentId,
      start: inDays(10),
      end: inDays(9),
    });
    expectFieldError(response, 'end', /end lies before the start/);
  });

  it('refuses a time zone that does not exist', async () => {
    const network = await createNetwork(cms);
    const response = await editor.request('POST', `${collection(EVENT)}?locale=de`, {
      title: 'Irgendwo',
      slug: uniqueSlug('t-zone'),
      kind: 'meeting',
      network: network.documentId,
      start: inDays(10),
      timeZone: 'Berlin',
    });
    expectFieldError(response, 'timeZone', /not a time zone/);
  });

  it('refuses to change a saved meeting so that it ends before it starts', async () => {
    const network = await createNetwork(cms);
    const event = await createEvent(cms, { network: network.documentId, start: inDays(10), end: inDays(11) }, { status: 'draft' });
    const response = await editor.request('PUT', `${collection(EVENT)}/${event.documentId}?locale=de`, { start: inDays(12) });
    expectFieldError(response, 'end', /end lies before the start/);
  });

  it('saves a report without network as a draft but refuses to publish it', async () => {
    const saved = await editor.request('POST', `${collection(REPORT)}?locale=de`, { title: 'Ohne Netzwerk', slug: uniqueSlug('t-orphan') });
    expect(saved.status).toBe(201);
    const published = await editor.request('POST', `${collection(REPORT)}/${saved.body.data.documentId}/actions/publish?locale=de`, {});
    expectFieldError(published, 'network', /needs a network before it can be published/);
    const stillDraft = await cms.strapi.documents(REPORT).findOne({ documentId: saved.body.data.documentId, status: 'published' } as never);
    expect(stillDraft).toBeNull();
  });

  it('refuses to publish a report whose cover has no alternative text', async () => {
    const network = await createNetwork(cms);
    const file = await uploadTestImage(cms, '');
    const report = await createReport(cms, { network: network.documentId, cover: file.id }, { status: 'draft' });
    const published = await editor.request('POST', `${collection(REPORT)}/${report.documentId}/actions/publish?locale=de`, {});
    expectFieldError(published, 'cover', /alternative text/);
  });

  it('refuses a slug another report already uses', async () => {
    const network = await createNetwork(cms);
    const first = await createReport(cms, { network: network.documentId });
    const response = await editor.request('POST', `${collection(REPORT)}?locale=de`, {
      title: 'Doppelt',
      slug: first.slug,
      network: network.documentId,
    });
    expectFieldError(response, 'slug', /already used by another report/);
  });
});
