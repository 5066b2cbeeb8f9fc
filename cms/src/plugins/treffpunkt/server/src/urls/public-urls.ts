/** The CMS's public addresses, absolute, as answers, feeds and pages link to them. */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { calendarFeedUrl } from 'treffpunkt-shared/api-requests';
import {
  EVENT_CALENDAR_PATH,
  NETWORK_CALENDAR_PATH,
  NETWORK_REPORT_FEED_PATH,
  OCCURRENCE_CALENDAR_PATH,
  OEMBED_PATH,
  publicPath,
} from 'treffpunkt-shared/public-routes';
import type { WireFeedLinks } from 'treffpunkt-shared/wire';
import { treffpunktConfig } from '../config';
import type { CalendarParams } from '../validation/public-queries';

const apiUrl = (baseUrl: string, path: string, params: Record<string, string>) => `${baseUrl}${publicPath(path, params)}`;

export function feedUrls(baseUrl: string, networkSlug: string): WireFeedLinks {
  return {
    calendar: apiUrl(baseUrl, NETWORK_CALENDAR_PATH, { slug: networkSlug }),
    reports: apiUrl(baseUrl, NETWORK_REPORT_FEED_PATH, { slug: networkSlug }),
  };
}

/** A network's calendar to subscribe to, narrowed as asked (the widget's filters): the address the follow dialog offers. */
export const networkCalendarUrl = (baseUrl: string, networkSlug: string, params: CalendarParams) =>
  calendarFeedUrl(`${baseUrl}/`, {
    network: networkSlug,
    includeSubnetworks: params.include === 'subnetworks',
    kind: params.kind?.join(','),
    tag: params.tag,
    locale: params.locale,
  });

export const eventIcsUrl = (baseUrl: string, eventSlug: string) => apiUrl(baseUrl, EVENT_CALENDAR_PATH, { slug: eventSlug });

/** One occurrence of a series: the series' slug and the occurrence's date. */
export const occurrenceIcsUrl = (baseUrl: string, eventSlug: string, date: string) =>
  apiUrl(baseUrl, OCCURRENCE_CALENDAR_PATH, { slug: eventSlug, date });

/** The oEmbed answer for one of our pages, as its discovery link names it. */
export const oembedUrl = (baseUrl: string, pageUrl: string) => `${baseUrl}${OEMBED_PATH}?url=${encodeURIComponent(pageUrl)}&format=json`;

/** The CMS's public address: the plugin's publicUrl, else Strapi's server.url, else the origin the request came to. */
export function publicOrigin(strapi: Core.Strapi, requestOrigin: string | undefined): string {
  const configured = treffpunktConfig(strapi).publicUrl || strapi.config.get<string>('server.url');
  return (configured || requestOrigin || '').replace(/\/$/, '');
}

/** Absolute URLs in answers start with the configured public URL, else the address the request came to. */
export function publicBaseUrl(strapi: Core.Strapi, ctx: Context): string {
  return publicOrigin(strapi, ctx.origin);
}
