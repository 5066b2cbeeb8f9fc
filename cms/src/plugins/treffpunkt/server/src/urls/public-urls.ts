import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { WireFeedLinks } from 'treffpunkt-shared/wire';
import { treffpunktConfig } from '../config';

/** The public API's own addresses, as feeds and widgets link to them. */
export const API_PREFIX = '/api/treffpunkt';

export function feedUrls(baseUrl: string, networkSlug: string): WireFeedLinks {
  const network = `${baseUrl}${API_PREFIX}/networks/${encodeURIComponent(networkSlug)}`;
  return { calendar: `${network}/events.ics`, reports: `${network}/reports.atom` };
}

export function eventIcsUrl(baseUrl: string, eventSlug: string): string {
  return `${baseUrl}${API_PREFIX}/events/${encodeURIComponent(eventSlug)}.ics`;
}

/** One occurrence of a series: the series' slug and the occurrence's date. */
export function occurrenceIcsUrl(baseUrl: string, eventSlug: string, date: string): string {
  return `${baseUrl}${API_PREFIX}/events/${encodeURIComponent(eventSlug)}/${date}.ics`;
}

export function reportUrl(baseUrl: string, reportSlug: string): string {
  return `${baseUrl}${API_PREFIX}/reports/${encodeURIComponent(reportSlug)}`;
}

/** The CMS's public address: the plugin's publicUrl, else Strapi's server.url, else the origin the request came to. */
export function publicOrigin(strapi: Core.Strapi, requestOrigin: string | undefined): string {
  const configured = treffpunktConfig(strapi).publicUrl || strapi.config.get<string>('server.url');
  return (configured || requestOrigin || '').replace(/\/$/, '');
}

/** Absolute URLs in answers start with the configured public URL, else the address the request came to. */
export function publicBaseUrl(strapi: Core.Strapi, ctx: Context): string {
  return publicOrigin(strapi, ctx.origin);
}
