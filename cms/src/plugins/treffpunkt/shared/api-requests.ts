/**
 * The widgets' API requests, built one way: the elements build their URLs with these, and the
 * admin's snippet names a widget's first request in a preload hint, which the browser only
 * reuses for a byte-identical URL.
 */
import { WIDGET_DEFAULTS, type WidgetKind } from './widget-options';
import { API_PATH, EVENTS_PATH, fillPath, NETWORK_CALENDAR_PATH, NEXT_EVENT_PATH, REPORTS_PATH } from './public-routes';
import type { Locale } from './wire';

type Params = Record<string, string | number | undefined>;

/** A comma-separated list trimmed and sorted, so that equal elements ask for the same URL. */
const sortedList = (list: string | undefined) =>
  (list ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .sort()
    .join(',');

/** The network filter: the list trimmed and sorted, so that equal elements ask for the same URL. */
export function networkFilter(network: string, includeSubnetworks: boolean): Params {
  return { network: sortedList(network), include: includeSubnetworks ? 'subnetworks' : '' };
}

/** A meeting widget's narrowing beyond its networks: meeting kinds (`kind`, comma-separated) and a tag. */
export interface MeetingFilterOptions {
  kind?: string;
  tag?: string;
}

/** The meeting filter as query parameters, sorted and trimmed like the networks (the meeting elements ask with it). */
export const meetingFilter = (options: MeetingFilterOptions) => ({ kind: sortedList(options.kind), tag: options.tag?.trim() });

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

export interface FirstRequestOptions extends MeetingFilterOptions {
  network: string;
  includeSubnetworks: boolean;
  locale: Locale;
  limit?: number;
}

/**
 * The URL a widget asks for first: its list's first page, or the next meeting. `cms` ends with a
 * slash. The meeting widgets pass on their kinds and tag; the reports list has no kinds.
 */
export function firstRequestUrl(widget: WidgetKind, cms: string, options: FirstRequestOptions): string {
  const filter = networkFilter(options.network, options.includeSubnetworks);
  if (widget === 'next-meeting') return apiRequestUrl(cms, NEXT_EVENT_PATH, { ...filter, ...meetingFilter(options) }, options.locale);
  const limit = options.limit ?? WIDGET_DEFAULTS[widget].limit;
  if (widget === 'latest-reports') return apiRequestUrl(cms, REPORTS_PATH, { ...filter, tag: options.tag, limit, page: 1 }, options.locale);
  return apiRequestUrl(cms, EVENTS_PATH, { ...filter, ...meetingFilter(options), limit, page: 1 }, options.locale);
}

export interface CalendarFeedOptions extends MeetingFilterOptions {
  /** One network's slug: the calendar is that network's. */
  network: string;
  includeSubnetworks: boolean;
  locale: Locale;
}

/**
 * The address of a network's calendar to subscribe to (https), narrowed as the widget that offers
 * it: with its subnetworks, of its meeting kinds, with its tag. `cms` is the CMS's root. The
 * follow dialog builds every calendar link from it (following.ts, calendarLinks).
 */
export function calendarFeedUrl(cms: string | URL, options: CalendarFeedOptions): string {
  const path = fillPath(NETWORK_CALENDAR_PATH, { slug: options.network.trim() });
  return apiRequestUrl(cms, path, { include: options.includeSubnetworks ? 'subnetworks' : '', ...meetingFilter(options) }, options.locale);
}
