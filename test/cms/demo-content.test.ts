/**
 * The demo: created on first start with an empty database, from the seeds' facts, never
 * twice and never over content, and a command that resets it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { demoContent } from '../../cms/src/demo/content';
import { demo } from '../../cms/src/demo/seed';
import type { AnyDocument } from '../support/admin-answer';
import { startCms, stopCms, type Cms } from '../support/cms';
import { cmsClock } from '../support/clock';
import { EVENT, NETWORK, REPORT, createNetwork } from '../support/content';

let cms: Cms;

beforeAll(async () => {
  cms = await startCms();
});

async function publishedSlugs(uid: string, locale = 'de'): Promise<string[]> {
  const docs = (await cms.strapi
    .documents(uid as never)
    .findMany({ status: 'published', locale, fields: ['slug'] } as never)) as AnyDocument[];
  return docs.map((doc) => doc.slug).sort();
}

async function rowCounts() {
  return Promise.all([NETWORK, EVENT, REPORT].map((uid) => cms.strapi.db.query(uid as never).count({})));
}

const demoFlag = () => cms.strapi.store({ type: 'plugin', name: 'treffpunkt' });

describe('demo content', () => {
  it('creates the networks of the seed reports, with the BKE’s Fachbereiche as children', async () => {
    expect(await publishedSlugs(NETWORK)).toEqual(
      expect.arrayContaining([
        'jetzt',
        'zwh',
        'bke',
        'bke-medien',
        'bke-juliti',
        'bke-wendepunkt',
        'queeres-netzwerk-gifhorn',
        'partnernetzwerk-elbe',
      ]),
    );
    const bke = (await cms.strapi
      .documents(NETWORK)
      .findFirst({ status: 'published', filters: { slug: 'bke' }, populate: ['children'] } as never)) as AnyDocument;
    expect(bke.children.map((c: AnyDocument) => c.slug).sort()).toEqual(['bke-juliti', 'bke-medien', 'bke-wendepunkt']);
  });

  it('keeps the facts of the seeds: dates, places and people', async () => {
    const bkeMeeting = (await cms.strapi
      .documents(EVENT)
      .findFirst({ status: 'published', filters: { slug: 'bke-expertinnentreffen-2023' }, populate: ['venue'] } as never)) as AnyDocument;
    expect(bkeMeeting.start.slice(0, 10)).toBe('2023-11-02'); // 3 November, 00:00 in Berlin
    expect(bkeMeeting.venue.city).toBe('Hannover');
    const elbe = (await cms.strapi.documents(REPORT).findFirst({
      status: 'published',
      filters: { slug: 'elbe-workshop-pevestorf-2020' },
      populate: ['outcomes', 'cover'],
    } as never)) as AnyDocument;
    expect(elbe.participants).toBeGreaterThan(30);
    expect(elbe.publicationDate).toBe('2020-02-18');
    expect(elbe.outcomes.length).toBeGreaterThanOrEqual(4);
    expect(elbe.cover.alternativeText).toBeTruthy();
    const bkeReport = (await cms.strapi.documents(REPORT).findFirst({
      status: 'published',
      filters: { slug: 'bke-expertinnentreffen-hannover-2023' },
      populate: ['author'],
    } as never)) as AnyDocument;
    expect(bkeReport.author).toMatchObject({ name: 'Matthias Koll', role: 'Suchtreferent BKE Bundesverband' });
  });

  it('has a report for each seed, and English versions for at least two networks', async () => {
    expect(await publishedSlugs(REPORT)).toEqual(expect.arrayContaining(demoContent.reports.map((r) => r.slug)));
    const english = (await cms.strapi
      .documents(REPORT)
      .findMany({ status: 'published', locale: 'en', populate: ['network'] } as never)) as AnyDocument[];
    const translatedNetworks = new Set(demoContent.reports.filter((r) => r.title.en).map((r) => r.networkSlug));
    expect(english.length).toBeGreaterThanOrEqual(2);
    expect(translatedNetworks.size).toBeGreaterThanOrEqual(2);
  });

  it('dates upcoming meetings from the day of the start, so every network has a next meeting', async () => {
    const now = cmsClock(cms).now().getTime();
    for (const slug of ['jetzt', 'zwh', 'bke', 'queeres-netzwerk-gifhorn', 'partnernetzwerk-elbe']) {
      const upcoming = (await cms.strapi.documents(EVENT).findMany({
        status: 'published',
        filters: { network: { slug: { $eq: slug } }, start: { $gte: new Date(now - 2 * 86400_000).toISOString() } },
      } as never)) as AnyDocument[];
      expect(upcoming.length, slug).toBeGreaterThan(0);
    }
  });

  it('does not run again on a restart', async () => {
    const before = await rowCounts();
    await stopCms();
    cms = await startCms();
    expect(await rowCounts()).toEqual(before);
  });

  it('never touches a database that has content, even if the demo never ran there', async () => {
    await demoFlag().delete({ key: 'demo-content-seeded-at' });
    const network = await createNetwork(cms);
    const before = await rowCounts();
    expect(await demo(cms.strapi).seedIfEmpty()).toBe('has-content');
    expect(await rowCounts()).toEqual(before);
    await cms.strapi.documents(NETWORK).delete({ documentId: network.documentId, locale: '*' } as never);
    await demoFlag().set({ key: 'demo-content-seeded-at', value: cmsClock(cms).now().toISOString() });
  });

  it('is reset by a command: the demo comes back as it was, other content stays', async () => {
    const own = await createNetwork(cms);
    const jetzt = (await cms.strapi
      .documents(NETWORK)
      .findFirst({ status: 'published', filters: { slug: 'jetzt' } } as never)) as AnyDocument;
    await cms.strapi
      .documents(NETWORK)
      .update({ documentId: jetzt.documentId, locale: 'de', data: { name: 'Umbenannt' }, status: 'published' } as never);
    await demo(cms.strapi).reset();
    const restored = (await cms.strapi
      .documents(NETWORK)
      .findFirst({ status: 'published', filters: { slug: 'jetzt' } } as never)) as AnyDocument;
    expect(restored.name).toBe('JETZT e.V.');
    expect(await publishedSlugs(REPORT)).toEqual(expect.arrayContaining(demoContent.reports.map((r) => r.slug)));
    expect(await cms.strapi.documents(NETWORK).findOne({ documentId: own.documentId, status: 'published' } as never)).not.toBeNull();
    const covers = await cms.strapi.db
      .query('plugin::upload.file')
      .count({ where: { name: { $in: demoContent.reports.map((r) => `${r.slug}.jpg`) } } });
    expect(covers).toBe(demoContent.reports.length);
  });
});
