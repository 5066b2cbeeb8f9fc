/**
 * The public pages' addresses (shared public-routes.ts), and each document's canonical address:
 * a mirrored document's address where it comes from (its origin); else the page on the network's
 * own website where the network set one (its page templates); else the page on Treffpunkt. Feeds,
 * structured data, shares and the widgets all take `url` from here.
 */
import {
  fillPath,
  FOLLOW_PAGE_PATH,
  MEETING_PAGE_PATH,
  NETWORK_PAGE_PATH,
  OCCURRENCE_PAGE_PATH,
  REPORT_PAGE_PATH,
} from 'treffpunkt-shared/public-routes';
import { DEFAULT_LOCALE, type Locale } from 'treffpunkt-shared/wire';

/** What a document's address needs of its network. */
export interface PageNetwork {
  slug: string;
  reportPageTemplate?: string | null;
  meetingPageTemplate?: string | null;
}

/** Where a mirrored document comes from: its address there, and of a series the address of one date (`{date}`). */
export interface PageOrigin {
  url: string;
  dateUrl?: string | null;
}

const DATE_PLACEHOLDER = '{date}';

/** A page of Treffpunkt in `locale`: German without a query, English with `?lang=en`. */
const inLanguage = (url: string, locale: Locale) => (locale === DEFAULT_LOCALE ? url : `${url}?lang=${locale}`);

/** A network's own address for a document: `{slug}` (and `{date}`, where it has one) filled in. */
function ownPage(template: string, slug: string, date: string | null): string {
  return template.replaceAll('{slug}', encodeURIComponent(slug)).replaceAll('{date}', date ?? '');
}

export const networkPageUrl = (baseUrl: string, networkSlug: string, locale: Locale) =>
  inLanguage(`${baseUrl}${fillPath(NETWORK_PAGE_PATH, { network: networkSlug })}`, locale);

/** The page to follow a network without JavaScript, on Treffpunkt. */
export const followPageUrl = (baseUrl: string, networkSlug: string, locale: Locale) =>
  inLanguage(`${baseUrl}${fillPath(FOLLOW_PAGE_PATH, { network: networkSlug })}`, locale);

/** A report's page on Treffpunkt. */
export const reportPageUrl = (baseUrl: string, networkSlug: string, reportSlug: string, locale: Locale) =>
  inLanguage(`${baseUrl}${fillPath(REPORT_PAGE_PATH, { network: networkSlug, slug: reportSlug })}`, locale);

/** A meeting's page on Treffpunkt, or a series date's (`date`, YYYY-MM-DD). */
export function meetingPageUrl(baseUrl: string, networkSlug: string, eventSlug: string, date: string | null, locale: Locale): string {
  const path = date
    ? fillPath(OCCURRENCE_PAGE_PATH, { network: networkSlug, slug: eventSlug, date })
    : fillPath(MEETING_PAGE_PATH, { network: networkSlug, slug: eventSlug });
  return inLanguage(`${baseUrl}${path}`, locale);
}

/** A report's canonical address. */
export function canonicalReportUrl(
  baseUrl: string,
  network: PageNetwork,
  reportSlug: string,
  locale: Locale,
  origin?: PageOrigin | null,
): string {
  if (origin) return origin.url;
  return network.reportPageTemplate
    ? ownPage(network.reportPageTemplate, reportSlug, null)
    : reportPageUrl(baseUrl, network.slug, reportSlug, locale);
}

/**
 * A meeting's canonical address, or a series date's. A network page template without `{date}`
 * shows the whole series: its dates share that address.
 */
export function canonicalMeetingUrl(
  baseUrl: string,
  network: PageNetwork,
  eventSlug: string,
  date: string | null,
  locale: Locale,
  origin?: PageOrigin | null,
): string {
  if (origin) return date && origin.dateUrl ? origin.dateUrl.replaceAll(DATE_PLACEHOLDER, date) : origin.url;
  return network.meetingPageTemplate
    ? ownPage(network.meetingPageTemplate, eventSlug, date)
    : meetingPageUrl(baseUrl, network.slug, eventSlug, date, locale);
}

/** The canonical address of any date of a series, with `{date}` where its YYYY-MM-DD goes (for installs that mirror it). */
export function canonicalDateUrlTemplate(baseUrl: string, network: PageNetwork, eventSlug: string, locale: Locale): string {
  return canonicalMeetingUrl(baseUrl, network, eventSlug, DATE_PLACEHOLDER, locale).replace(
    encodeURIComponent(DATE_PLACEHOLDER),
    DATE_PLACEHOLDER,
  );
}

const SLUG_PLACE = '{slug}';

/** Where a network's reports are, `{slug}` in place of each one's: its own template, else Treffpunkt's pages. */
export function reportUrlTemplate(baseUrl: string, network: PageNetwork, locale: Locale): string {
  return canonicalReportUrl(baseUrl, network, SLUG_PLACE, locale).replaceAll(encodeURIComponent(SLUG_PLACE), SLUG_PLACE);
}
