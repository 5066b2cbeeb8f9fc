import { html, nothing } from 'lit';
import type { WireImage } from 'treffpunkt-shared/wire';
import { picture } from '../shared/media';

export const WIDE_SIZES = 'auto, (min-width: 50em) 45em, 100vw';

/** An image with its caption, for report bodies and galleries. */
export function figure(image: WireImage | null | undefined, sizes = WIDE_SIZES) {
  const img = picture(image, sizes);
  return img === nothing
    ? nothing
    : html`<figure>${img}${image?.caption ? html`<figcaption>${image.caption}</figcaption>` : nothing}</figure>`;
}
