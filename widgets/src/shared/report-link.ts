import { PAGES_PREFIX } from 'treffpunkt-shared/public-routes';
import type { WireOrigin, WireReportRef } from 'treffpunkt-shared/wire';
import { safeUrl } from './safe-url';

/**
 * Where a report's link leads away from the element: the host site's page from `href-template`
 * (e.g. "/berichte/{slug}"), else the network's own page for it where the network set one (its
 * canonical `url` is then not one of Treffpunkt's pages). Undefined when the report opens here,
 * as a mirrored one does (its `url` is its origin's, named by "via"), or when the address would
 * be unsafe.
 */
export const reportHref = (template: string | undefined, report: WireReportRef & { origin?: WireOrigin | null }) =>
  template
    ? safeUrl(template.replace(/\{slug\}/g, encodeURIComponent(report.slug)))
    : report.origin || report.url.includes(`${PAGES_PREFIX}/`)
      ? undefined
      : safeUrl(report.url);
