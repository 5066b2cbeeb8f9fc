import { safeUrl } from './safe-url';

/**
 * A report's page on the host site from `href-template`, e.g. "/berichte/{slug}";
 * undefined when there is no template or it makes an unsafe URL.
 */
export const templateHref = (template: string | undefined, slug: string) =>
  template ? safeUrl(template.replace(/\{slug\}/g, encodeURIComponent(slug))) : undefined;
