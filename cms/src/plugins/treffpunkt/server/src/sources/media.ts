/**
 * A source's images and attachments stay on its site and are kept by address (in the origin's
 * `media`, and in the blocks of its texts). Each address is checked as a source's own address is
 * (safe-fetch.ts): http(s), and a host whose addresses are public unless the operators allow
 * otherwise, so that no page of ours makes a visitor's browser ask the CMS's own network.
 */
import { createHash } from 'node:crypto';
import { safeUrl } from 'treffpunkt-shared/safe-url';
import type { WireAttachment, WireImage } from 'treffpunkt-shared/wire';
import type { MediaFile, StoredAttachment } from '../repositories/stored-parts';
import { checkRemoteUrl, type FetchLimits } from './safe-fetch';

/** An image by address, as a source describes it. */
export interface RemoteImage {
  url: string;
  alternativeText: string;
  caption: string | null;
  width: number | null;
  height: number | null;
  /** Narrower renditions, where the source has them. */
  formats?: { url: string; width: number; height: number }[];
}

/** A remote file has no upload of ours: a fixed instant stands for the upload time Strapi's blocks ask for. */
const NO_UPLOAD_TIME = '1970-01-01T00:00:00.000Z';

const fileName = (url: string) => decodeURIComponent(new URL(url).pathname.split('/').pop() || 'image');

/** The image as a media file is stored: what the wire format reads (wire/parts.ts); a width and height of 0 stand for unknown. */
export function mediaFileOf(image: RemoteImage): MediaFile {
  return {
    url: image.url,
    alternativeText: image.alternativeText,
    caption: image.caption,
    width: image.width ?? 0,
    height: image.height ?? 0,
    formats: Object.fromEntries((image.formats ?? []).map((format) => [`w${format.width}`, format])),
  };
}

/** The image as Strapi's blocks require an image node's file to be. */
export function storedImage(image: RemoteImage): MediaFile & Record<string, unknown> {
  const name = fileName(image.url);
  return {
    ...mediaFileOf(image),
    name,
    hash: createHash('sha256').update(image.url).digest('hex').slice(0, 16),
    ext: /\.\w+$/.exec(name)?.[0] ?? '',
    mime: 'image/*',
    size: 0,
    previewUrl: null,
    provider: 'treffpunkt-source',
    provider_metadata: null,
    createdAt: NO_UPLOAD_TIME,
    updatedAt: NO_UPLOAD_TIME,
  };
}

/** Checks addresses of one read, each host once. */
export function mediaChecker(limits: FetchLimits) {
  const hosts = new Map<string, Promise<boolean>>();

  async function allowed(address: string): Promise<string | null> {
    const url = safeUrl(address);
    if (!url || url.startsWith('mailto:')) return null;
    const host = new URL(url).host;
    if (!hosts.has(host)) {
      hosts.set(
        host,
        checkRemoteUrl(url, limits).then(
          () => true,
          () => false,
        ),
      );
    }
    return (await hosts.get(host)) ? url : null;
  }

  /** The image with the renditions whose addresses pass; null when its own does not. */
  async function image(found: RemoteImage | null | undefined): Promise<RemoteImage | null> {
    if (!found) return null;
    const url = await allowed(found.url);
    if (!url) return null;
    const formats = await Promise.all((found.formats ?? []).map(async (format) => ((await allowed(format.url)) ? format : null)));
    return { ...found, url, formats: formats.filter((format) => format !== null) };
  }

  return {
    allowed,
    image,

    /** The same, as a mirrored document keeps its cover, image or gallery (in its origin's `media`). */
    async file(found: RemoteImage | null | undefined): Promise<MediaFile | null> {
      const checked = await image(found);
      return checked && mediaFileOf(checked);
    },

    async attachments(attachments: WireAttachment[] | null | undefined): Promise<StoredAttachment[]> {
      const checked = await Promise.all(
        (attachments ?? []).map(async (attachment) => {
          const url = await allowed(attachment.url);
          // Strapi counts a file's size in kilobytes.
          return url
            ? { title: attachment.title, file: { url, name: attachment.name, mime: attachment.mime, size: attachment.size / 1000 } }
            : null;
        }),
      );
      return checked.filter((attachment) => attachment !== null);
    },
  };
}

export type MediaChecker = ReturnType<typeof mediaChecker>;

/** Another Treffpunkt's image, by address. */
export function remoteImageOf(image: WireImage | null | undefined): RemoteImage | null {
  if (!image) return null;
  return {
    url: image.url,
    alternativeText: image.alt,
    caption: image.caption,
    width: image.width,
    height: image.height,
    formats: image.formats.filter((format) => format.url !== image.url),
  };
}
