/**
 * schema.org data, for search engines and link previews. A meeting's Event: the widgets put it
 * into the host page's <head> (structured data in a shadow root is invisible to crawlers), the
 * embed pages and the meeting's page into their own. A report's Article and a network's
 * Organization: on their pages.
 */
import type { WireNetwork, WireEvent, WireReport } from 'treffpunkt-shared/wire';
import { safeUrl } from 'treffpunkt-shared/safe-url';
import { venueAddress } from '../urls/outgoing-links';

const SCHEMA = 'https://schema.org/';
const STATUS = { planned: 'EventScheduled', tentative: 'EventScheduled', postponed: 'EventPostponed', cancelled: 'EventCancelled' };
const MODE = { 'in-person': 'Offline', online: 'Online', hybrid: 'Mixed' };

/** A date only as exact as it is known: "2027-03", "2027-03-12" or the full moment with offset. */
export function machineDate(event: Pick<WireEvent, 'datePrecision' | 'allDay'>, iso: string | null): string | undefined {
  if (!iso) return undefined;
  if (event.datePrecision === 'month') return iso.slice(0, 7);
  return event.datePrecision === 'day' || event.allDay ? iso.slice(0, 10) : iso;
}

function location(event: WireEvent): object[] {
  const { venue, onlineUrl, attendanceMode } = event;
  const places: object[] = [];
  if (venue && attendanceMode !== 'online') {
    places.push({ '@type': 'Place', name: venue.name ?? undefined, address: venueAddress({ ...venue, name: null }) ?? undefined });
  }
  if (attendanceMode !== 'in-person') places.push({ '@type': 'VirtualLocation', url: safeUrl(onlineUrl) ?? undefined });
  return places;
}

export function eventStructuredData(event: Omit<WireEvent, 'structuredData'>): Record<string, unknown> {
  return {
    '@context': SCHEMA,
    '@type': 'Event',
    name: event.title,
    startDate: machineDate(event, event.start),
    endDate: machineDate(event, event.end),
    eventStatus: SCHEMA + STATUS[event.status],
    eventAttendanceMode: `${SCHEMA}${MODE[event.attendanceMode]}EventAttendanceMode`,
    location: location(event as WireEvent),
    description: event.summary ?? undefined,
    image: safeUrl(event.image?.url) ?? undefined,
    organizer: { '@type': 'Organization', name: event.network.name },
  };
}

const organization = (ref: { name: string }) => ({ '@type': 'Organization', name: ref.name });

/** A network as the Organization that publishes its reports and holds its meetings; only its public details. */
function organizationOf(network: WireNetwork): Record<string, unknown> {
  return {
    ...organization(network),
    url: network.url,
    description: network.shortDescription ?? undefined,
    logo: network.logo?.url,
    sameAs: network.website ?? undefined,
    email: network.contact?.email,
    telephone: network.contact?.phone,
    parentOrganization: network.parent ? organization(network.parent) : undefined,
    subOrganization: network.children.length ? network.children.map(organization) : undefined,
  };
}

export const networkStructuredData = (network: WireNetwork) => ({ '@context': SCHEMA, ...organizationOf(network) });

/** A report as an Article: its network publishes it, its author (else the network) wrote it. */
export function reportStructuredData(report: WireReport, network: WireNetwork): Record<string, unknown> {
  const images = [...new Set([report.cover, ...report.gallery].flatMap((image) => (image ? [image.url] : [])))];
  return {
    '@context': SCHEMA,
    '@type': 'Article',
    headline: report.title,
    description: report.summary ?? undefined,
    datePublished: report.publishedOn,
    inLanguage: report.locale,
    url: report.url,
    mainEntityOfPage: report.url,
    image: images.length ? images : undefined,
    author: report.author
      ? { '@type': 'Person', name: report.author.name, jobTitle: report.author.role ?? undefined }
      : { ...organization(network), url: network.url },
    publisher: organizationOf(network),
    keywords: report.tags.length ? report.tags.join(', ') : undefined,
    about: report.event ? { '@type': 'Event', name: report.event.title, startDate: report.event.start, url: report.event.url } : undefined,
    associatedMedia: report.attachments.length
      ? report.attachments.map((file) => ({ '@type': 'MediaObject', name: file.title, contentUrl: file.url, encodingFormat: file.mime }))
      : undefined,
  };
}
