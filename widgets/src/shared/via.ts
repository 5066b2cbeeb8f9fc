import { html, nothing } from 'lit';
import type { WireOrigin } from 'treffpunkt-shared/wire';
import { safeUrl } from './safe-url';

/**
 * " · via <site>" after the facts of a report or meeting mirrored from another site: the same word
 * in German and English. The site's name links to the item there, over http(s) only.
 */
export function via(origin: WireOrigin | null) {
  if (!origin) return nothing;
  const href = safeUrl(origin.url);
  return html` · via ${href?.startsWith('http') ? html`<a href=${href}>${origin.name}</a>` : origin.name}`;
}
