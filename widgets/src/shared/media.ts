import { html, nothing } from 'lit';
import type { WireImage } from 'treffpunkt-shared/wire';
import { safeUrl } from './safe-url';

/** `sizes` hints: the browser measures lazy images itself (`auto`), the rest is for older engines. */
export const CARD_SIZES = 'auto, (min-width: 50em) 20em, 100vw';

/**
 * A responsive, lazy image with its intrinsic size set (no layout shift while it loads).
 * Every URL is checked again here; a rendition with a bad URL is left out, an image whose
 * main URL is bad is not shown at all.
 */
export function picture(image: WireImage | null | undefined, sizes: string) {
  const src = safeUrl(image?.url);
  if (!image || !src) return nothing;
  const widest = image.formats[image.formats.length - 1];
  const srcset = image.formats
    .map((format) => {
      const url = safeUrl(format.url);
      return url && `${url} ${format.width}w`;
    })
    .filter(Boolean)
    .join(', ');
  return html`<img part="image" src=${src} srcset=${srcset || nothing} sizes=${sizes} alt=${image.alt}
    width=${image.width ?? widest?.width ?? nothing} height=${image.height ?? widest?.height ?? nothing}
    loading="lazy">`;
}
