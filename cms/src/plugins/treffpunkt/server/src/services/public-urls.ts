import type { WireFeedLinks } from '../../../shared/wire';

/** The public API's own addresses, as feeds and widgets link to them. */
export const API_PREFIX = '/api/treffpunkt';

export function feedUrls(baseUrl: string, networkSlug: string): WireFeedLinks {
  const network = `${baseUrl}${API_PREFIX}/networks/${encodeURIComponent(networkSlug)}`;
  return { calendar: `${network}/events.ics`, reports: `${network}/reports.atom` };
}

export function eventIcsUrl(baseUrl: string, eventSlug: string): string {
  return `${baseUrl}${API_PREFIX}/events/${encodeURIComponent(eventSlug)}.ics`;
}

export function reportUrl(baseUrl: string, reportSlug: string): string {
  return `${baseUrl}${API_PREFIX}/reports/${encodeURIComponent(reportSlug)}`;
}
