/**
 * What a read found, written here: each item a published meeting or report of the source's network
 * with its origin, through the Document Service and so through every write rule an editor's write
 * meets (writes/index.ts), as the sync (sync-context.ts). An item whose content is what was written
 * last time is not written again; one the rules refuse is left out and named in the source's notes,
 * and what was mirrored of it before stays. The office's `hidden` is never touched.
 */
import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES } from 'treffpunkt-shared/content-types';
import { bilingual as t, type Bilingual } from 'treffpunkt-shared/locales';
import { DEFAULT_LOCALE, LOCALES, type Locale } from 'treffpunkt-shared/wire';
import { documents } from '../repositories/published';
import type { StoredOrigin } from '../repositories/stored-parts';
import type { Absent, Imported, Item, ItemKind } from './items';
import { asSync } from './sync-context';

const UID = { event: CONTENT_TYPES.event, report: CONTENT_TYPES.report } as const;

interface MirroredVersion {
  documentId: string;
  locale: Locale;
  slug: string;
  start?: string | null;
  origin: StoredOrigin | null;
}

interface Mirrored {
  documentId: string;
  slug: string;
  start: Date | null;
  fingerprint: string | null;
  locales: Set<Locale>;
}

export interface MirrorSource {
  documentId: string;
  networkId: string;
}

export interface MirrorResult {
  written: number;
  removed: number;
  notes: Bilingual[];
}

const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** The mirrored documents of a source, by their id at the source. */
async function mirroredOf(strapi: Core.Strapi, kind: ItemKind, sourceId: string): Promise<Map<string, Mirrored>> {
  const rows = (await strapi.db.query(UID[kind]).findMany({
    where: { origin: { sourceId } },
    select: ['documentId', 'locale', 'slug', ...(kind === 'event' ? ['start'] : [])],
    populate: { origin: true },
  })) as MirroredVersion[];
  const byOrigin = new Map<string, Mirrored>();
  for (const row of rows) {
    if (!row.origin) continue;
    const known = byOrigin.get(row.origin.originId) ?? {
      documentId: row.documentId,
      slug: row.slug,
      start: row.start ? new Date(row.start) : null,
      fingerprint: row.origin.fingerprint ?? null,
      locales: new Set<Locale>(),
    };
    known.locales.add(row.locale);
    byOrigin.set(row.origin.originId, known);
  }
  return byOrigin;
}

/** The item's slug, or the same with a suffix of its own when another document has it. */
async function freeSlug(strapi: Core.Strapi, kind: ItemKind, item: Item, sourceId: string): Promise<string> {
  const taken = async (slug: string) => Boolean(await strapi.db.query(UID[kind]).findOne({ where: { slug }, select: ['id'] }));
  if (!(await taken(item.slug))) return item.slug;
  const suffix = sha([sourceId, item.originId]).slice(0, 6);
  return `${item.slug.slice(0, 80)}-${suffix}`;
}

/** The locales to write: German always (a visitor reading German sees only that), English where the source has it. */
function versions(item: Item): [Locale, Item['texts'][Locale]][] {
  const german = item.texts.de ?? item.texts.en;
  return LOCALES.flatMap((locale) => {
    const texts = locale === DEFAULT_LOCALE ? german : item.texts[locale];
    return texts ? [[locale, texts] as [Locale, typeof texts]] : [];
  });
}

export function mirror(strapi: Core.Strapi, source: MirrorSource, sourceName: string) {
  const notes: Bilingual[] = [];
  const eventIds = new Map<string, string>();

  async function write(kind: ItemKind, item: Item, known: Mirrored | undefined): Promise<boolean> {
    const eventId = item.eventOriginId ? (eventIds.get(item.eventOriginId) ?? null) : undefined;
    const relations = { network: source.networkId, ...(eventId !== undefined && { event: eventId }) };
    const fingerprint = sha([item.shared, item.texts, item.media, relations, sourceName]);
    const locales = versions(item);
    if (known && known.fingerprint === fingerprint && locales.every(([locale]) => known.locales.has(locale))) return false;
    const slug = known?.slug ?? (await freeSlug(strapi, kind, item, source.documentId));
    let documentId = known?.documentId;
    for (const [locale, texts] of locales) {
      const origin = {
        sourceId: source.documentId,
        originId: item.originId,
        name: sourceName,
        url: texts!.url,
        dateUrl: texts!.dateUrl ?? null,
        originUpdatedAt: item.updatedAt,
        fingerprint,
        media: item.media,
      };
      // The slug in every language: Strapi's i18n copies no uid field into a new language version.
      // Network and meeting on the German version only: a translation takes them from it (as the
      // public reads do), and the network here may have no version in that language to link to.
      const linked = locale === DEFAULT_LOCALE ? relations : {};
      const data = { ...item.shared, ...texts!.fields, ...linked, origin, slug };
      const service = documents(strapi, UID[kind]);
      const saved = documentId
        ? await service.update({ documentId, locale, data, status: 'published' })
        : await service.create({ locale, data, status: 'published' });
      documentId = saved?.documentId ?? documentId;
    }
    for (const locale of known?.locales ?? []) {
      if (!locales.some(([written]) => written === locale)) await documents(strapi, UID[kind]).delete({ documentId, locale });
    }
    if (kind === 'event' && documentId) eventIds.set(item.originId, documentId);
    return true;
  }

  const remove = (kind: ItemKind, documentId: string) => documents(strapi, UID[kind]).delete({ documentId, locale: '*' });

  /** Whether a mirrored document the read did not list is to go. */
  function gone(absent: Absent, mirrored: Mirrored): boolean {
    if (absent.type === 'keep') return false;
    if (absent.type === 'remove') return true;
    const start = mirrored.start?.getTime();
    return start !== undefined && start >= absent.from.getTime() && (absent.to === null || start <= absent.to.getTime());
  }

  async function apply(imported: Imported): Promise<MirrorResult> {
    let written = 0;
    let removed = 0;
    // Meetings first: a report links to its meeting's copy here.
    for (const kind of ['event', 'report'] as const) {
      const mirrored = await mirroredOf(strapi, kind, source.documentId);
      for (const [originId, known] of mirrored) if (kind === 'event') eventIds.set(originId, known.documentId);
      const listed = new Set<string>();
      for (const item of imported.items.filter((candidate) => candidate.kind === kind)) {
        listed.add(item.originId);
        try {
          if (await write(kind, item, mirrored.get(item.originId))) written++;
        } catch (error) {
          notes.push(refusedNote(item, error));
        }
      }
      for (const [originId, known] of mirrored) {
        if (listed.has(originId) || !(imported.removed.includes(originId) || gone(imported.absent, known))) continue;
        await remove(kind, known.documentId);
        removed++;
      }
    }
    return { written, removed, notes };
  }

  return {
    /** Writes what the read found, as the sync. */
    apply: (imported: Imported) => asSync(source.documentId, () => apply(imported)),
  };
}

function refusedNote(item: Item, error: unknown): Bilingual {
  const title = String(item.texts.de?.fields.title ?? item.texts.en?.fields.title ?? item.originId);
  const reason = error instanceof Error ? error.message : String(error);
  return t(`„${title}“ wurde nicht übernommen: ${reason}`, `"${title}" was not taken over: ${reason}`);
}

/** How many meetings and reports are mirrored from a source. */
export async function mirroredCount(strapi: Core.Strapi, sourceId: string): Promise<number> {
  const counts = await Promise.all((['event', 'report'] as const).map(async (kind) => (await mirroredOf(strapi, kind, sourceId)).size));
  return counts[0] + counts[1];
}

/** Removes everything mirrored from a source (when the source is deleted). */
export async function removeMirrored(strapi: Core.Strapi, sourceId: string): Promise<void> {
  await asSync(sourceId, async () => {
    for (const kind of ['report', 'event'] as const) {
      for (const known of (await mirroredOf(strapi, kind, sourceId)).values()) {
        await documents(strapi, UID[kind]).delete({ documentId: known.documentId, locale: '*' });
      }
    }
  });
}
