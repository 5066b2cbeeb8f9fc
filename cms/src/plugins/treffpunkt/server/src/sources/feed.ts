/**
 * A website's feed as reports: RSS 2.0 (and RDF), Atom or JSON Feed, parsed by feedsmith. Each
 * entry is a report of the source's network: its title, its date, a summary, its content reduced
 * to the blocks the widgets render (blocks.ts), the image from its enclosure or media element, and
 * its link as its address. A feed shows only its latest entries, so an entry that drops out of it
 * stays here; of a feed with very many entries the newest are taken.
 */
import { createHash } from 'node:crypto';
import { XMLValidator } from 'fast-xml-parser';
import { parseFeed } from 'feedsmith';
import { bilingual as t, type Bilingual } from 'treffpunkt-shared/locales';
import { DEFAULT_TIME_ZONE, toZonedDate } from '../time/zoned-time';
import { htmlToBlocks, htmlToText, withCheckedImages } from './blocks';
import { clip, MOST_ITEMS, notModified, slugOf, type Importer, type Item } from './items';
import type { MediaChecker, RemoteImage } from './media';
import { PROBLEMS, SourceProblem } from './problems';
import { safeFetch } from './safe-fetch';

const ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.8, */*;q=0.5';
const MOST_TAGS = 10;

/** A feed entry, whichever format it came in. */
interface Entry {
  id: string | null;
  title: string | null;
  link: string | null;
  published: Date | null;
  updated: Date | null;
  /** HTML, as feeds carry it. */
  summary: string | null;
  content: string | null;
  image: string | null;
  categories: string[];
}

interface ParsedFeed {
  title: string | null;
  link: string | null;
  entries: Entry[];
}

type Text = string | { value?: string } | undefined;
type Link = { href?: string; rel?: string };
type MediaOf = { contents?: { url?: string; medium?: string; type?: string }[]; thumbnails?: { url?: string }[] };
type Enclosure = { url?: string; type?: string };

const textOf = (value: Text) => (typeof value === 'string' ? value : (value?.value ?? null));

function dateOf(...values: unknown[]): Date | null {
  for (const value of values) {
    const date = typeof value === 'string' ? new Date(value) : null;
    if (date && !Number.isNaN(date.getTime())) return date;
  }
  return null;
}

/** The first image a media element or enclosure offers. */
function imageOf(media: MediaOf | undefined, enclosures: Enclosure[] | undefined): string | null {
  const enclosure = enclosures?.find((candidate) => candidate.type?.startsWith('image/'));
  const content = media?.contents?.find((candidate) => candidate.medium === 'image' || candidate.type?.startsWith('image/'));
  return enclosure?.url ?? content?.url ?? media?.thumbnails?.[0]?.url ?? null;
}

/** feedsmith keeps each format's own structure; these are the parts a report needs. */
function readEntries(body: string): ParsedFeed {
  const { format, feed } = parseFeed(body);
  if (format === 'json') {
    return {
      title: feed.title ?? null,
      link: feed.home_page_url ?? null,
      entries: (feed.items ?? []).map((item) => ({
        id: item.id ?? item.url ?? null,
        title: item.title ?? null,
        link: item.url ?? item.external_url ?? null,
        published: dateOf(item.date_published),
        updated: dateOf(item.date_modified, item.date_published),
        summary: item.summary ?? null,
        content: item.content_html ?? (item.content_text ? escapeText(item.content_text) : null),
        image: item.image ?? item.banner_image ?? null,
        categories: item.tags ?? [],
      })),
    };
  }
  if (format === 'atom') {
    const alternate = (links: Link[] | undefined) =>
      (links?.find((link) => !link.rel || link.rel === 'alternate') ?? links?.[0])?.href ?? null;
    return {
      title: textOf(feed.title as Text),
      link: alternate(feed.links as Link[]),
      entries: (feed.entries ?? []).map((entry) => ({
        id: entry.id ?? null,
        title: textOf(entry.title as Text),
        link: alternate(entry.links as Link[]),
        published: dateOf(entry.published, entry.updated),
        updated: dateOf(entry.updated),
        summary: textOf(entry.summary as Text),
        content: textOf(entry.content as Text),
        image: imageOf(
          entry.media as MediaOf,
          entry.links?.filter((link) => link.rel === 'enclosure').map((link) => ({ url: link.href, type: link.type })),
        ),
        categories: (entry.categories ?? []).map((category) => category.label ?? category.term ?? '').filter(Boolean),
      })),
    };
  }
  // RSS 2.0 and RSS 1.0 (RDF) share what matters here.
  const rss = feed as { title?: string; link?: string; items?: RssItem[] };
  return {
    title: rss.title ?? null,
    link: rss.link ?? null,
    entries: (rss.items ?? []).map((item) => ({
      id: item.guid?.value ?? item.link ?? null,
      title: item.title ?? null,
      link: item.link ?? null,
      published: dateOf(item.pubDate, item.dc?.date),
      updated: dateOf(item.atom?.updated, item.pubDate, item.dc?.date),
      summary: item.description ?? null,
      content: item.content?.encoded ?? null,
      image: imageOf(item.media, item.enclosures),
      categories: (item.categories ?? []).map((category) => category.name ?? '').filter(Boolean),
    })),
  };
}

interface RssItem {
  title?: string;
  link?: string;
  description?: string;
  guid?: { value?: string };
  pubDate?: string;
  categories?: { name?: string }[];
  enclosures?: Enclosure[];
  media?: MediaOf;
  content?: { encoded?: string };
  dc?: { date?: string };
  atom?: { updated?: string };
}

const escapeText = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('');

/** The feed's text as a feed, or the reason it is none. */
function parse(body: string, contentType: string): ParsedFeed {
  const trimmed = body.trimStart();
  if (/html/i.test(contentType) || /^<!doctype html|^<html/i.test(trimmed)) throw new SourceProblem(PROBLEMS.notFeed(), 200);
  if (trimmed.startsWith('<')) {
    const valid = XMLValidator.validate(trimmed);
    if (valid !== true) throw new SourceProblem(PROBLEMS.notXml(valid.err.line, valid.err.msg), 200);
  }
  try {
    return readEntries(trimmed);
  } catch {
    throw new SourceProblem(PROBLEMS.notFeed(), 200);
  }
}

/** Categories as tags, as an editor writes them: lower case, words joined by hyphens. */
function tagsOf(categories: string[]): { name: string }[] {
  const tags = categories
    .map((category) =>
      category
        .toLowerCase()
        .replace(/[^a-z0-9äöüß]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60)
        .replace(/-+$/, ''),
    )
    .filter(Boolean);
  return [...new Set(tags)].slice(0, MOST_TAGS).map((name) => ({ name }));
}

async function reportOf(entry: Entry, feed: ParsedFeed, sourceUrl: string, now: Date, media: MediaChecker): Promise<Item | null> {
  const url = (await media.allowed(entry.link ?? '')) ?? (await media.allowed(feed.link ?? '')) ?? sourceUrl;
  const summary = clip(htmlToText(entry.summary ?? ''), 400);
  const title = clip(htmlToText(entry.title ?? ''), 200) ?? clip(summary, 80);
  if (!title) return null;
  const originId = entry.id ?? entry.link ?? createHash('sha256').update(title).digest('hex');
  const coverFound: RemoteImage | null = entry.image
    ? { url: new URL(entry.image, url).href, alternativeText: '', caption: null, width: null, height: null }
    : null;
  const cover = await media.file(coverFound);
  // An entry whose content is its summary (many feeds) has no body beside it.
  const content = entry.content ?? (entry.summary && htmlToText(entry.summary) !== summary ? entry.summary : null);
  const body = await withCheckedImages(htmlToBlocks(content ?? '', url), (image) => media.image(image));
  return {
    kind: 'report',
    originId: clip(originId, 1000)!,
    updatedAt: (entry.updated ?? entry.published)?.toISOString() ?? null,
    slug: slugOf(title, `eintrag-${createHash('sha256').update(originId).digest('hex').slice(0, 8)}`),
    shared: {
      publicationDate: toZonedDate(entry.published ?? now, DEFAULT_TIME_ZONE),
      tags: tagsOf(entry.categories),
    },
    texts: { de: { url, fields: { title, summary, body } } },
    media: { cover, gallery: [], attachments: [] },
  };
}

export const readFeed: Importer = async (context) => {
  const fetched = await safeFetch(context.url, context.limits, ACCEPT, context.validators);
  if (fetched.status === 304) return notModified(fetched.url, context);
  const feed = parse(fetched.body, fetched.contentType);
  const newestFirst = [...feed.entries].sort((a, b) => (b.published?.getTime() ?? 0) - (a.published?.getTime() ?? 0));
  const notes: Bilingual[] = [];
  if (newestFirst.length > MOST_ITEMS) {
    notes.push(
      t(
        `Der Feed hat ${newestFirst.length} Einträge; übernommen werden die neuesten ${MOST_ITEMS}.`,
        `The feed has ${newestFirst.length} entries; the newest ${MOST_ITEMS} are taken over.`,
      ),
    );
  }
  const items = new Map<string, Item>();
  // Written oldest first: entries of one day then list as the feed has them.
  for (const entry of newestFirst.slice(0, MOST_ITEMS).reverse()) {
    const item = await reportOf(entry, feed, fetched.url, context.now, context.media);
    if (item && !items.has(item.originId)) items.set(item.originId, item);
  }
  return {
    status: 200,
    url: fetched.url,
    originName: clip(htmlToText(feed.title ?? ''), 200),
    items: [...items.values()],
    removed: [],
    absent: { type: 'keep' },
    notes,
    validators: { etag: fetched.etag, lastModified: fetched.lastModified },
    cursor: null,
  };
};
