/**
 * A network on another Treffpunkt: its sync answer (GET …/networks/:slug/sync, shared/wire.ts
 * NetworkSyncResponse), found from the network's page, its API address or the sync address
 * itself. The first read takes everything and removes what the answer no longer has; every
 * later one asks for what changed since the last (a minute of overlap, so that a change saved
 * while the last answer was made is not missed) and removes what the answer says was removed.
 * The answer is untrusted input like any other: checked field by field, an entry that does not
 * fit is left out and named.
 */
import { z } from 'zod';
import { bilingual as t, type Bilingual } from 'treffpunkt-shared/locales';
import { API_PREFIX, NETWORK_SYNC_PATH, PAGES_PREFIX, fillPath } from 'treffpunkt-shared/public-routes';
import { safeUrl } from 'treffpunkt-shared/safe-url';
import {
  ATTENDANCE_MODES,
  DATE_PRECISIONS,
  EVENT_KINDS,
  EVENT_STATUSES,
  LOCALES,
  type Locale,
  type SyncEvent,
  type SyncReport,
  type WireBlock,
  type WireContact,
} from 'treffpunkt-shared/wire';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from '../time/zoned-time';
import { withCheckedImages, wireToBlocks } from './blocks';
import { clip, notModified, type Importer, type Item, type ItemTexts } from './items';
import { remoteImageOf, type MediaChecker } from './media';
import { PROBLEMS, SourceProblem } from './problems';
import { safeFetch } from './safe-fetch';

/** A change saved while the last answer was being made may carry an instant just before its `until`. */
const OVERLAP_MS = 60_000;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The sync address of the network a Treffpunkt address names: its page, its API address, or the sync address. */
export function syncAddress(address: string, includeSubnetworks: boolean, since: string | null): string {
  const url = new URL(address);
  const page = new RegExp(`^${PAGES_PREFIX}/([^/]+)`).exec(url.pathname);
  const api = new RegExp(`^${API_PREFIX}/networks/([^/]+?)(?:/sync)?/?$`).exec(url.pathname);
  const slug = decodeURIComponent((page ?? api)?.[1] ?? '');
  if (!SLUG.test(slug)) throw new SourceProblem(PROBLEMS.notTreffpunktAddress());
  const sync = new URL(`${API_PREFIX}/${fillPath(NETWORK_SYNC_PATH, { slug })}`, url.origin);
  if (includeSubnetworks || url.searchParams.get('include') === 'subnetworks') sync.searchParams.set('include', 'subnetworks');
  if (since) sync.searchParams.set('since', new Date(Date.parse(since) - OVERLAP_MS).toISOString());
  return sync.href;
}

const answerSchema = z.object({
  data: z.object({
    network: z.object({ slug: z.string(), name: z.string().min(1) }),
    events: z.array(z.unknown()),
    reports: z.array(z.unknown()),
    removed: z.object({ events: z.array(z.string()), reports: z.array(z.string()) }),
  }),
  meta: z.object({ until: z.string().datetime({ offset: true }), complete: z.boolean() }),
});

const instant = z.string().datetime({ offset: true });
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = z.string().nullable().optional();
const blocks = z.array(z.custom<WireBlock>((value) => typeof value === 'object' && value !== null)).catch([]);
const image = z.object({
  url: z.string(),
  alt: z.string(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  caption: z.string().nullable(),
  formats: z.array(z.object({ url: z.string(), width: z.number(), height: z.number() })),
});
const attachment = z.object({ title: z.string(), url: z.string(), name: z.string(), mime: z.string(), size: z.number() });
const byLocale = <Schema extends z.ZodType>(schema: Schema) =>
  z.object(Object.fromEntries(LOCALES.map((locale) => [locale, schema.optional()])) as Record<Locale, z.ZodOptional<Schema>>);

const eventSchema = z.object({
  id: z.string().min(1),
  updatedAt: instant,
  slug: z.string().regex(SLUG),
  kind: z.enum(EVENT_KINDS),
  status: z.enum(EVENT_STATUSES),
  start: instant,
  end: instant.nullable(),
  timeZone: z.string(),
  allDay: z.boolean(),
  datePrecision: z.enum(DATE_PRECISIONS),
  attendanceMode: z.enum(ATTENDANCE_MODES),
  venue: z
    .object({ name: text, street: text, postalCode: text, city: text, latitude: z.number().nullable(), longitude: z.number().nullable() })
    .nullable(),
  onlineUrl: z.string().nullable(),
  registration: z.object({ url: z.string(), deadline: instant.nullable() }).nullable(),
  capacity: z.number().int().positive().nullable(),
  host: text,
  image: image.nullable(),
  attachments: z.array(attachment),
  recurrence: z.record(z.string(), z.unknown()).nullable(),
  texts: byLocale(
    z.object({
      title: z.string().min(1),
      summary: text,
      description: blocks,
      agenda: z.array(z.object({ time: text, topic: z.string() })),
      url: z.string(),
      dateUrl: z.string().nullable(),
    }),
  ),
});

const reportSchema = z.object({
  id: z.string().min(1),
  updatedAt: instant,
  slug: z.string().regex(SLUG),
  event: z.object({ id: z.string(), occurrence: date.nullable() }).nullable(),
  meeting: z.object({ start: date.nullable(), end: date.nullable() }),
  publishedOn: date,
  author: z.object({ name: z.string(), role: text }).nullable(),
  participants: z.number().int().nonnegative().nullable(),
  cover: image.nullable(),
  gallery: z.array(image),
  tags: z.array(z.string()),
  contact: z.object({ name: text, role: text, email: text, phone: text }).nullable(),
  attachments: z.array(attachment),
  texts: byLocale(
    z.object({
      title: z.string().min(1),
      summary: text,
      body: blocks,
      outcomes: z.array(z.string()),
      nextSteps: blocks,
      place: text,
      url: z.string(),
    }),
  ),
});

/** The texts of each language whose address is an allowed one. */
async function textsOf<Texts extends { url: string }>(
  texts: Partial<Record<Locale, Texts>>,
  build: (texts: Texts) => Promise<Omit<ItemTexts, 'url'>>,
): Promise<Item['texts']> {
  const entries = await Promise.all(
    LOCALES.map(async (locale) => {
      const version = texts[locale];
      const url = version && safeUrl(version.url);
      return version && url?.startsWith('http') ? ([locale, { url, ...(await build(version)) }] as const) : null;
    }),
  );
  return Object.fromEntries(entries.filter((entry) => entry !== null));
}

const checkedBlocks = (value: WireBlock[], media: MediaChecker) => withCheckedImages(wireToBlocks(value), (found) => media.image(found));

/** Only what the other install made public comes here; here it is public too. */
function storedContact(contact: WireContact | null) {
  if (!contact) return null;
  return {
    name: clip(contact.name, 120),
    namePublic: Boolean(contact.name),
    role: clip(contact.role, 160),
    rolePublic: Boolean(contact.role),
    email: contact.email ?? null,
    emailPublic: Boolean(contact.email),
    phone: clip(contact.phone, 40),
    phonePublic: Boolean(contact.phone),
  };
}

async function eventItem(event: SyncEvent, media: MediaChecker): Promise<Item> {
  const registration = event.registration && safeUrl(event.registration.url);
  const onlineUrl = safeUrl(event.onlineUrl);
  return {
    kind: 'event',
    originId: event.id,
    updatedAt: event.updatedAt,
    slug: event.slug,
    shared: {
      kind: event.kind,
      eventStatus: event.status,
      start: event.start,
      end: event.end,
      allDay: event.allDay,
      timeZone: isValidTimeZone(event.timeZone) ? event.timeZone : DEFAULT_TIME_ZONE,
      datePrecision: event.datePrecision,
      attendanceMode: event.attendanceMode,
      venue: event.venue && { ...event.venue, postalCode: clip(event.venue.postalCode, 12) },
      onlineUrl: onlineUrl?.startsWith('http') ? onlineUrl : null,
      onlineUrlPublic: Boolean(onlineUrl?.startsWith('http')),
      registrationUrl: registration,
      registrationDeadline: registration ? event.registration!.deadline : null,
      capacity: event.capacity,
      host: clip(event.host, 200),
      recurrence: event.recurrence,
    },
    texts: await textsOf(event.texts, async (texts) => ({
      // The URL parser writes the placeholder's braces encoded.
      dateUrl: safeUrl(texts.dateUrl)?.replaceAll('%7Bdate%7D', '{date}') ?? null,
      fields: {
        title: clip(texts.title, 200),
        summary: clip(texts.summary, 400),
        description: await checkedBlocks(texts.description, media),
        agenda: texts.agenda.map((item) => ({ time: clip(item.time, 40), topic: clip(item.topic, 300) })).filter((item) => item.topic),
      },
    })),
    media: { image: await media.file(remoteImageOf(event.image)), attachments: await media.attachments(event.attachments) },
  };
}

async function reportItem(report: SyncReport, media: MediaChecker): Promise<Item> {
  const gallery = await Promise.all(report.gallery.map((picture) => media.file(remoteImageOf(picture))));
  return {
    kind: 'report',
    originId: report.id,
    updatedAt: report.updatedAt,
    slug: report.slug,
    eventOriginId: report.event?.id ?? null,
    shared: {
      occurrence: report.event?.occurrence ?? null,
      meetingStart: report.event ? null : report.meeting.start,
      meetingEnd: report.event ? null : report.meeting.end,
      publicationDate: report.publishedOn,
      author: report.author && { name: clip(report.author.name, 120), role: clip(report.author.role, 200) },
      participants: report.participants,
      tags: report.tags.filter((tag) => /^[a-z0-9äöüß]+(-[a-z0-9äöüß]+)*$/.test(tag) && tag.length <= 60).map((name) => ({ name })),
      contact: storedContact(report.contact),
    },
    texts: await textsOf(report.texts, async (texts) => ({
      fields: {
        title: clip(texts.title, 200),
        summary: clip(texts.summary, 400),
        body: await checkedBlocks(texts.body, media),
        outcomes: texts.outcomes.map((outcome) => ({ text: clip(outcome, 500) })).filter((outcome) => outcome.text),
        nextSteps: await checkedBlocks(texts.nextSteps, media),
        place: clip(texts.place, 200),
      },
    })),
    media: {
      cover: await media.file(remoteImageOf(report.cover)),
      gallery: gallery.filter((picture) => picture !== null),
      attachments: await media.attachments(report.attachments),
    },
  };
}

/** The entries that fit the answer's format, and a note for each that does not. */
async function entries<Entry, Schema extends z.ZodType>(
  values: unknown[],
  schema: Schema,
  make: (entry: z.output<Schema>) => Promise<Entry>,
  notes: Bilingual[],
): Promise<Entry[]> {
  const made: Entry[] = [];
  for (const value of values) {
    const parsed = schema.safeParse(value);
    if (parsed.success) made.push(await make(parsed.data));
    else {
      const id = (value as { id?: unknown } | null)?.id;
      const where = parsed.error.issues[0].path.join('.');
      notes.push(
        t(
          `Ein Eintrag (${String(id)}) passt nicht ins Format (${where}) und wurde ausgelassen.`,
          `An entry (${String(id)}) does not fit the format (${where}) and was left out.`,
        ),
      );
    }
  }
  return made;
}

export const readTreffpunkt: Importer = async (context) => {
  const address = syncAddress(context.url, context.includeSubnetworks, context.cursor);
  const fetched = await safeFetch(address, context.limits, 'application/json', context.validators);
  if (fetched.status === 304) return notModified(fetched.url, context, context.cursor);
  let json: unknown;
  try {
    json = JSON.parse(fetched.body);
  } catch {
    throw new SourceProblem(PROBLEMS.notTreffpunkt(), 200);
  }
  const answer = answerSchema.safeParse(json);
  if (!answer.success) throw new SourceProblem(PROBLEMS.notTreffpunkt(), 200);
  const { data, meta } = answer.data;
  const notes: Bilingual[] = [];
  const events = await entries(data.events, eventSchema, (event) => eventItem(event as SyncEvent, context.media), notes);
  const reports = await entries(data.reports, reportSchema, (report) => reportItem(report as SyncReport, context.media), notes);
  return {
    status: 200,
    url: fetched.url,
    originName: data.network.name,
    items: [...events, ...reports],
    removed: [...data.removed.events, ...data.removed.reports],
    absent: { type: meta.complete ? 'remove' : 'keep' },
    notes,
    validators: { etag: fetched.etag, lastModified: fetched.lastModified },
    cursor: meta.until,
  };
};
