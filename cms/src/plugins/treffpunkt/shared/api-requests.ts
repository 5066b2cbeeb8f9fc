/**
 * The widgets' API requests, built one way: the elements build their URLs with these, and the
 * admin's snippet names a widget's first request in a preload hint, which the browser only
 * reuses for a byte-identical URL.
 */
import { WIDGET_DEFAULTS, type WidgetKind } from './widget-options';
import { API_PATH, EVENTS_PATH, NEXT_EVENT_PATH, REPORTS_PATH } from './public-routes';
import type { Locale } from './wire';

type Params = Record<string, string | number | undefined>;

/** The network filter: the list trimmed and sorted, so that equal elements ask for the same URL. */
export function networkFilter(network: string, includeSubnetworks: boolean): Params {
  const slugs = network
    .split(',')
    .map((slug) => slug.trim())
    .filter(Boolean)
    .sort()
    .join(',');
  return { network: slugs, include: includeSubnetworks ? 'subnetworks' : '' };
}

/**
 * An API URL: `path` one of the public routes' (public-routes.ts), parameters in a fixed order,
 * empty ones left out, the locale last. Relative to `base`, which may have a path of its own (the
 * admin's preview answers below its page's address).
 */
export function apiRequestUrl(base: string | URL, path: string, params: Params, locale: Locale): string {
  const url = new URL(`${API_PATH}/${path}`, base);
  for (const [key, value] of Object.entries({ ...params, locale })) {
    if (value) url.searchParams.set(key, String(value));
  }
  return url.href;
}

export interface FirstRequestOptions {
  network: string;
  includeSubnetworks: boolean;
  locale: Locale;
  limit?: number;
}

/** The URL a widget asks for first: its list's first page, or the next meeting. `cms` ends with a slash. */
export function firstRequestUrl(widget: WidgetKind, cms: string, options: FirstRequestOptions): string {
  const filter = networkFilter(options.network, options.includeSubnetworks);
  if (widget === 'next-meeting') return apiRequestUrl(cms, NEXT_EVENT_PATH, filter, options.locale);
  const limit = options.limit ?? WIDGET_DEFAULTS[widget].limit;
  return apiRequestUrl(cms, widget === 'latest-reports' ? REPORTS_PATH : EVENTS_PATH, { ...filter, limit, page: 1 }, options.locale);
}
