/**
 * The demo: the five networks of our seed reports, their past meetings and reports, and
 * upcoming meetings dated from the day of seeding so that a "next meeting" always exists.
 * Created once, on first start with an empty database; never again, never over content.
 *
 * Our app's own code, not the plugin's: it writes through Strapi's Document Service and asks
 * the plugin only what any app may ask it (its clock and series services), as an operator's
 * import script would.
 */
import type { Core } from '@strapi/strapi';
import type { PLUGIN_ID } from 'treffpunkt-shared/admin-api';
import type { TreffpunktUid } from 'treffpunkt-shared/content-types';
import type { Locale } from 'treffpunkt-shared/wire';
import { demoContent, type DemoContent, type DemoEvent, type DemoNetwork, type DemoReport, type DemoTexts } from './content';
import { uploadCoverImage } from './cover-images';
import { addDays, at, dateIn, DEMO_TIME_ZONE } from './dates';
import { demoEventTimes } from './event-times';

const PLUGIN: typeof PLUGIN_ID = 'treffpunkt';
const NETWORK = 'plugin::treffpunkt.network' satisfies TreffpunktUid;
const EVENT = 'plugin::treffpunkt.event' satisfies TreffpunktUid;
const REPORT = 'plugin::treffpunkt.report' satisfies TreffpunktUid;
/** The demo is written in German first, as networks write; English where it has a translation. */
const FIRST_LOCALE = 'de' satisfies Locale;
/** Reports first: deleting the demo removes what refers to a network before the network. */
const UIDS = [REPORT, EVENT, NETWORK] as const;
const SEEDED_FLAG = 'demo-content-seeded-at';

type Data = Record<string, unknown>;
type Translations = { de: Data; en?: Data };

function texts<T>(value: { de: T; en?: T } | undefined, locale: Locale): T | undefined {
  return locale === FIRST_LOCALE ? value?.de : value?.en;
}

/** Paragraphs of plain text as blocks of Strapi's rich text editor. */
function blocks(value: { de: string[]; en?: string[] } | undefined, locale: Locale) {
  return texts(value, locale)?.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
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

function eventData(strapi: Core.Strapi, event: DemoEvent, networkId: string, today: string, now: Date): Translations {
  const timeZone = event.timeZone ?? DEMO_TIME_ZONE;
  const deadline = event.registrationDeadlineInDays;
  return translations(
    (locale) => ({
      title: texts(event.title, locale),
      slug: event.slug,
      network: networkId,
      kind: event.kind,
      ...demoEventTimes(strapi, event, today, now),
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

/** The demo of `strapi`'s database: seeded once on first start (cms/src/index.ts), or reset by `npm run demo:reset`. */
export function demo(strapi: Core.Strapi) {
  const store = strapi.store({ type: 'plugin', name: PLUGIN });
  // The plugin's clock, so a demo seeded in a test sees the test's day.
  const now = (): Date => strapi.plugin(PLUGIN).service('clock').now();

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
    const created = await strapi.documents(uid).create({ locale: FIRST_LOCALE, data: data.de, status: 'published' } as never);
    const documentId = (created as { documentId: string }).documentId;
    if (data.en) {
      const translation = translatable(uid, data.en);
      await strapi.documents(uid).update({ documentId, locale: 'en', data: translation, status: 'published' } as never);
    }
    return documentId;
  }

  async function create(content: DemoContent, seededAt: Date) {
    const today = dateIn(seededAt, DEMO_TIME_ZONE);
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
      ids.set(
        `event:${event.slug}`,
        await createPublished(EVENT, eventData(strapi, event, idOf('network', event.networkSlug), today, seededAt)),
      );
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
      strapi.log.info('Created the demo networks, meetings and reports.');
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
}
