import { PAGES_PREFIX } from 'treffpunkt-shared/public-routes';
import type { WireReportRef } from 'treffpunkt-shared/wire';
import { safeUrl } from './safe-url';

/**
 * Where a report's link leads away from the element: the host site's page from `href-template`
 * (e.g. "/berichte/{slug}"), else the network's own page for it where the network set one (its
 * canonical `url` is then not one of Treffpunkt's pages). Undefined when the report opens here,
 * or when the address would be unsafe.
 */
export const reportHref = (template: string | undefined, report: WireReportRef) =>
  template
    ? safeUrl(template.replace(/\{slug\}/g, encodeURIComponent(report.slug)))
    : report.url.includes(`${PAGES_PREFIX}/`)
      ? undefined
      : safeUrl(report.url);
