/**
 * The demo: the five networks of our seed reports, their past meetings and reports, and
 * upcoming meetings dated from the day of seeding so that a "next meeting" always exists.
 * Created once, on first start with an empty database; never again, never over content.
 */
import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from 'treffpunkt-shared/admin-api';
import { CONTENT_TYPES } from 'treffpunkt-shared/content-types';
import { DEFAULT_LOCALE, type Locale } from 'treffpunkt-shared/wire';
import { demoContent, type DemoContent, type DemoEvent, type DemoNetwork, type DemoReport, type DemoTexts } from '../demo/content';
import { uploadCoverImage } from '../demo/cover-images';
import { at, demoEventTimes } from '../demo/event-times';
import { treffpunkt } from '../plugin';
import { addDays, DEFAULT_TIME_ZONE, todayIn } from '../time/zoned-time';
import { paragraphsToBlocks } from '../wire/parts';

const { network: NETWORK, event: EVENT, report: REPORT } = CONTENT_TYPES;
/** Reports first: deleting the demo removes what refers to a network before the network. */
const UIDS = [REPORT, EVENT, NETWORK] as const;
const SEEDED_FLAG = 'demo-content-seeded-at';

type Data = Record<string, unknown>;
type Translations = { de: Data; en?: Data };

function texts<T>(value: { de: T; en?: T } | undefined, locale: Locale): T | undefined {
  return locale === DEFAULT_LOCALE ? value?.de : value?.en;
}

function blocks(value: { de: string[]; en?: string[] } | undefined, locale: Locale) {
  const paragraphs = texts(value, locale);
  return paragraphs ? paragraphsToBlocks(paragraphs) : undefined;
}

/** Fields the demo leaves out are not sent at all: Strapi reads an explicit `undefined` component as an empty one. */
function withoutUndefined(data: Data): Data {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
}

/** German always, English where the demo has it (a document is translated when its title is). */
function translations(build: (locale: Locale) => Data, title: DemoTexts): Translations {
  return { de: withoutUndefined(build('de')), en: title.en ? withoutUndefined(build('en')) : undefined };
}

function networkData(network: DemoNetwork, parentId: string | undefined): Translations {
  return translations(
    (locale) => ({
      name: network.name,
      slug: network.slug,
      kind: network.kind,
      shortDescription: texts(network.shortDescription, locale),
      description: blocks(network.description, locale),
      region: texts(network.region, locale),
      website: network.website,
      contact: network.contact,
      members: network.members,
      parent: parentId,
    }),
    // Every demo network has an English profile when its short description has one.
    { de: network.name, en: network.shortDescription.en && network.name },
  );
}

function eventData(event: DemoEvent, networkId: string, today: string, now: Date): Translations {
  const timeZone = event.timeZone ?? DEFAULT_TIME_ZONE;
  const deadline = event.registrationDeadlineInDays;
  return translations(
    (locale) => ({
      title: texts(event.title, locale),
      slug: event.slug,
      network: networkId,
      kind: event.kind,
      ...demoEventTimes(event, today, now),
      allDay: event.allDay ?? false,
      timeZone,
      datePrecision: event.datePrecision ?? 'time',
      eventStatus: event.eventStatus ?? 'planned',
      attendanceMode: event.attendanceMode ?? 'in-person',
      venue: event.venue,
      onlineUrl: event.onlineUrl,
      onlineUrlPublic: event.onlineUrlPublic ?? false,
      agenda: event.agenda?.map((item) => ({ time: item.time, topic: texts(item.topic, locale) ?? item.topic.de })),
      registrationUrl: event.registrationUrl,
      registrationDeadline: deadline === undefined ? undefined : at(addDays(today, deadline), '23:59', timeZone),
      capacity: event.capacity,
      host: event.host,
      summary: texts(event.summary, locale),
      description: blocks(event.description, locale),
    }),
    event.title,
  );
}

function reportData(report: DemoReport, networkId: string, eventId: string | undefined, coverId: number): Translations {
  return translations(
    (locale) => ({
      cover: coverId,
      title: texts(report.title, locale),
      slug: report.slug,
      summary: texts(report.summary, locale),
      body: blocks(report.body, locale),
      network: networkId,
      event: eventId,
      meetingStart: report.meetingStart,
      meetingEnd: report.meetingEnd,
      place: texts(report.place, locale),
      author: report.author,
      participants: report.participants,
      outcomes: texts(report.outcomes, locale)?.map((text) => ({ text })),
      nextSteps: blocks(report.nextSteps, locale),
      tags: report.tags?.map((name) => ({ name })),
      contact: report.contact,
      publicationDate: report.publicationDate,
    }),
    report.title,
  );
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = strapi.store({ type: 'plugin', name: PLUGIN_ID });
  const now = () => treffpunkt(strapi).service('clock').now();

  /**
   * A translation leaves out shared components and relations: Strapi copies the components
   * from the German version, and a relation would need its target translated too (the public
   * API reads it from the German version instead).
   */
  function translatable(uid: (typeof UIDS)[number], data: Data): Data {
    const attributes = strapi.contentType(uid).attributes as Record<
      string,
      { type: string; pluginOptions?: { i18n?: { localized?: boolean } } }
    >;
    const shared = (name: string) =>
      !attributes[name]?.pluginOptions?.i18n?.localized && ['component', 'relation', 'media'].includes(attributes[name]?.type);
    return Object.fromEntries(Object.entries(data).filter(([name]) => !shared(name)));
  }

  /** Creates a published document in German and, where given, its English version. */
  async function createPublished(uid: (typeof UIDS)[number], data: Translations): Promise<string> {
    const created = await strapi.documents(uid).create({ locale: 'de', data: data.de, status: 'published' } as never);
    const documentId = (created as { documentId: string }).documentId;
    if (data.en) {
      const translation = translatable(uid, data.en);
      await strapi.documents(uid).update({ documentId, locale: 'en', data: translation, status: 'published' } as never);
    }
    return documentId;
  }

  async function create(content: DemoContent, seededAt: Date) {
    const today = todayIn(seededAt, DEFAULT_TIME_ZONE);
    const ids = new Map<string, string>();
    const idOf = (kind: string, slug: string) => {
      const id = ids.get(`${kind}:${slug}`);
      if (!id) throw new Error(`Demo content refers to unknown ${kind} "${slug}"`);
      return id;
    };
    for (const network of content.networks) {
      const parentId = network.parentSlug ? idOf('network', network.parentSlug) : undefined;
      ids.set(`network:${network.slug}`, await createPublished(NETWORK, networkData(network, parentId)));
    }
    for (const event of content.events) {
      ids.set(`event:${event.slug}`, await createPublished(EVENT, eventData(event, idOf('network', event.networkSlug), today, seededAt)));
    }
    for (const [index, report] of content.reports.entries()) {
      const eventId = report.eventSlug ? idOf('event', report.eventSlug) : undefined;
      const cover = await uploadCoverImage(strapi, {
        seed: index,
        seats: Math.min(14, Math.max(5, report.participants ?? 8)),
        name: report.slug,
        alt: `Illustration zum Bericht „${report.title.de}“: farbige Kreise rund um einen Tisch`,
      });
      await createPublished(REPORT, reportData(report, idOf('network', report.networkSlug), eventId, cover.id));
    }
  }

  async function removeDemoCovers() {
    const names = demoContent.reports.map((report) => `${report.slug}.jpg`);
    const files = await strapi.db.query('plugin::upload.file').findMany({ where: { name: { $in: names } } });
    for (const file of files) await strapi.plugin('upload').service('upload').remove(file);
  }

  async function hasContent(): Promise<boolean> {
    const counts = await Promise.all(UIDS.map((uid) => strapi.db.query(uid).count({})));
    return counts.some((count) => count > 0);
  }

  async function seed() {
    const seededAt = now();
    await create(demoContent, seededAt);
    await store.set({ key: SEEDED_FLAG, value: seededAt.toISOString() });
  }

  return {
    /** On first start only: skipped once the demo was made, and whenever any Treffpunkt content exists. */
    async seedIfEmpty(): Promise<'seeded' | 'already-seeded' | 'has-content'> {
      if (await store.get({ key: SEEDED_FLAG })) return 'already-seeded';
      if (await hasContent()) return 'has-content';
      await seed();
      strapi.log.info('treffpunkt: created the demo networks, meetings and reports');
      return 'seeded';
    },

    /** Deletes the demo's documents (found by their slugs; other content stays) and creates them anew. */
    async reset() {
      const slugs = {
        [NETWORK]: demoContent.networks.map((n) => n.slug),
        [EVENT]: demoContent.events.map((e) => e.slug),
        [REPORT]: demoContent.reports.map((r) => r.slug),
      };
      for (const uid of UIDS) {
        const rows = (await strapi.db.query(uid).findMany({ where: { slug: { $in: slugs[uid] } }, select: ['documentId'] })) as {
          documentId: string;
        }[];
        for (const documentId of new Set(rows.map((row) => row.documentId))) {
          await strapi.documents(uid).delete({ documentId, locale: '*' } as never);
        }
      }
      await removeDemoCovers();
      await seed();
    },
  };
};
