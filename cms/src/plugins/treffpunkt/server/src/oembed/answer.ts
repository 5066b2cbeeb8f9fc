/**
 * The oEmbed answer (https://oembed.com, type "rich") for one of our documents: its title, who
 * provides it, an image where it has one, and as `html` a link to its page in a <blockquote>
 * (what WordPress shows until the frame speaks, and the fallback of any consumer that drops
 * frames) followed by the <iframe> of the embed page that shows it, within the consumer's
 * maxwidth and maxheight.
 */
import { escapeHtml } from 'treffpunkt-shared/escape-html';
import type { WireImage } from 'treffpunkt-shared/wire';

export interface OEmbedAnswer {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  author_name?: string;
  author_url?: string;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
  html: string;
  width: number;
  height: number;
}

/** What an answer is made of: the document, and the embed page that shows it. */
export interface Embeddable {
  title: string;
  /** The document's page, for the fallback link. */
  page: string;
  image: WireImage | null;
  /** The network a report or meeting belongs to. */
  author?: { name: string; url: string };
  /** The embed page: its address, its frame's title, and the height it suggests. */
  frame: { src: string; title: string; height: number };
}

/** The consumer's limits, in CSS pixels. */
export interface Bounds {
  maxwidth?: number;
  maxheight?: number;
}

export const PROVIDER_NAME = 'Treffpunkt';
/** The frame's width when the consumer names none: a column of text. The widgets fill any width. */
const PREFERRED_WIDTH = 600;

/** The widest rendition of `image` within the bounds, as oEmbed names a thumbnail; none when none fits. */
function thumbnail(image: WireImage | null, { maxwidth = Infinity, maxheight = Infinity }: Bounds) {
  const fitting = image?.formats.filter((format) => format.width <= maxwidth && format.height <= maxheight).at(-1);
  return fitting ? { thumbnail_url: fitting.url, thumbnail_width: fitting.width, thumbnail_height: fitting.height } : {};
}

export function oembedAnswer(embeddable: Embeddable, bounds: Bounds, providerUrl: string): OEmbedAnswer {
  const { title, page, frame, author } = embeddable;
  const width = bounds.maxwidth ?? PREFERRED_WIDTH;
  const height = Math.min(frame.height, bounds.maxheight ?? Infinity);
  const html =
    `<blockquote><a href="${escapeHtml(page)}">${escapeHtml(title)}</a></blockquote>` +
    `<iframe src="${escapeHtml(frame.src)}" title="${escapeHtml(frame.title)}" width="${width}" height="${height}" frameborder="0"></iframe>`;
  return {
    type: 'rich',
    version: '1.0',
    title,
    provider_name: PROVIDER_NAME,
    provider_url: providerUrl,
    ...(author && { author_name: author.name, author_url: author.url }),
    ...thumbnail(embeddable.image, bounds),
    html,
    width,
    height,
  };
}
