/**
 * Published meetings and reports as the sync answer carries them (shared/wire.ts, SyncEvent and
 * SyncReport): whole, in every language they are published in, a series with its rule and changed
 * dates instead of its dates, every address absolute and checked.
 */
import type { Locale, SyncEvent, SyncEventTexts, SyncReport, SyncReportTexts } from 'treffpunkt-shared/wire';
import type { StoredNetworkRef } from '../repositories/stored-parts';
import { latestOf, type SyncStoredEvent, type SyncStoredReport, type Versions } from '../repositories/sync';
import { canonicalDateUrlTemplate, canonicalMeetingUrl, canonicalReportUrl } from '../urls/pages';
import { toWireAgenda, toWireLogistics } from './event';
import { toNetworkRef, toWireAttachments, toWireBlocks, toWireContact, toWireImage, toWireImages, trimmedOrNull } from './parts';

/** The versions in the order they are read (German first), the first being the one shared fields come from. */
function inOrder<Document>(versions: Versions<Document>): [Locale, Document][] {
  return (Object.entries(versions) as [Locale, Document][]).sort(([a], [b]) => (a === 'de' ? -1 : b === 'de' ? 1 : 0));
}

function eachLanguage<Document, Texts>(versions: Versions<Document>, texts: (document: Document, locale: Locale) => Texts) {
  return Object.fromEntries(inOrder(versions).map(([locale, document]) => [locale, texts(document, locale)])) as Partial<
    Record<Locale, Texts>
  >;
}

const changedAt = (versions: Versions<{ updatedAt: string; publishedAt: string }>) =>
  latestOf(Object.values(versions).flatMap((version) => [version!.updatedAt, version!.publishedAt]))!.toISOString();

export function toSyncEvent(versions: Versions<SyncStoredEvent>, baseUrl: string): SyncEvent {
  const [[, event]] = inOrder(versions);
  const network = event.network as StoredNetworkRef;
  return {
    id: event.documentId,
    updatedAt: changedAt(versions),
    network: toNetworkRef(network),
    slug: event.slug,
    kind: event.kind,
    status: event.eventStatus,
    ...toWireLogistics(event),
    image: toWireImage(event.image, baseUrl),
    attachments: toWireAttachments(event.attachments, baseUrl),
    recurrence: event.recurrence ?? null,
    texts: eachLanguage(versions, (version, locale): SyncEventTexts => ({
      title: version.title,
      summary: trimmedOrNull(version.summary),
      description: toWireBlocks(version.description, baseUrl),
      agenda: toWireAgenda(version.agenda),
      url: canonicalMeetingUrl(baseUrl, network, event.slug, null, locale),
      dateUrl: event.recurrence ? canonicalDateUrlTemplate(baseUrl, network, event.slug, locale) : null,
    })),
  };
}

export function toSyncReport(versions: Versions<SyncStoredReport>, baseUrl: string): SyncReport {
  const [[, report]] = inOrder(versions);
  const network = report.network as StoredNetworkRef;
  const event = Object.values(versions).find((version) => version?.event)?.event;
  return {
    id: report.documentId,
    updatedAt: changedAt(versions),
    network: toNetworkRef(network),
    slug: report.slug,
    event: event ? { id: event.documentId, occurrence: report.occurrence ?? null } : null,
    meeting: { start: report.meetingStart ?? null, end: report.meetingEnd ?? null },
    publishedOn: report.publicationDate ?? new Date(report.publishedAt).toISOString().slice(0, 10),
    author: report.author ? { name: report.author.name, role: trimmedOrNull(report.author.role) } : null,
    participants: report.participants ?? null,
    cover: toWireImage(report.cover, baseUrl),
    gallery: toWireImages(report.gallery, baseUrl),
    tags: (report.tags ?? []).map((tag) => tag.name),
    contact: toWireContact(report.contact),
    attachments: toWireAttachments(report.attachments, baseUrl),
    texts: eachLanguage(versions, (version, locale): SyncReportTexts => ({
      title: version.title,
      summary: trimmedOrNull(version.summary),
      body: toWireBlocks(version.body, baseUrl),
      outcomes: (version.outcomes ?? []).map((outcome) => outcome.text),
      nextSteps: toWireBlocks(version.nextSteps, baseUrl),
      place: trimmedOrNull(version.place),
      url: canonicalReportUrl(baseUrl, network, report.slug, locale),
    })),
  };
}
