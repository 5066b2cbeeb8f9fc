/** A stored report in the wire format: a card for lists, the whole report for reading. */
import type { Locale, WireEventRef, WireMeeting, WireReport, WireReportCard } from 'treffpunkt-shared/wire';
import { toZonedDate, toZonedIso } from '../time/zoned-time';
import { calendarDates } from './display';
import { occurrenceOn } from '../recurrence/occurrences';
import type { StoredEventRef, StoredReport } from '../repositories/reports';
import type { StoredNetworkRef } from '../repositories/stored-parts';
import { canonicalMeetingUrl, canonicalReportUrl } from '../urls/pages';
import { toNetworkRef, toWireAttachments, toWireBlocks, toWireContact, toWireImage, toWireImages, trimmedOrNull } from './parts';

/** The meeting reported on: the event, or of a series the occurrence the report names (else the series' first). */
function reportedMeeting(report: StoredReport): StoredEventRef | null {
  const { event, occurrence } = report;
  if (!event?.recurrence || !occurrence) return event ?? null;
  const found = occurrenceOn({ ...event, recurrence: event.recurrence }, occurrence);
  return found ? { ...event, start: found.start.toISOString(), end: found.end?.toISOString() ?? null } : event;
}

/** The meeting, at its address: a series' date has its own (the report and its meeting belong to one network). */
function toWireEventRef(event: StoredEventRef, report: StoredReport, baseUrl: string, locale: Locale): WireEventRef {
  const date = event.recurrence ? (report.occurrence ?? null) : null;
  return {
    url: canonicalMeetingUrl(baseUrl, networkOf(report), event.slug, date, locale),
    slug: event.slug,
    title: event.title,
    start: toZonedIso(event.start, event.timeZone),
    end: event.end ? toZonedIso(event.end, event.timeZone) : null,
    timeZone: event.timeZone,
  };
}

/** A linked event says when and where; otherwise the report's own meeting fields do. */
export function meetingOf(report: StoredReport): WireMeeting {
  const place = trimmedOrNull(report.place);
  const event = reportedMeeting(report);
  if (event) {
    const { start, end, timeZone } = event;
    return { start: toZonedDate(start, timeZone), end: end ? toZonedDate(end, timeZone) : null, place };
  }
  return { start: report.meetingStart ?? null, end: report.meetingEnd ?? null, place };
}

/** The calendar date the editors chose, else the day the report was first published. */
export const publishedOnOf = (report: StoredReport): string => report.publicationDate ?? report.publishedAt.slice(0, 10);

/** A published report always has a network: publishing without one is refused. */
const networkOf = (report: StoredReport) => report.network as StoredNetworkRef;

/** `locale` is the visitor's language: the dates are written in it even where the text falls back to German. */
export function toWireReportCard(report: StoredReport, baseUrl: string, locale: Locale): WireReportCard {
  const meeting = meetingOf(report);
  const publishedOn = publishedOnOf(report);
  return {
    slug: report.slug,
    title: report.title,
    locale: report.locale,
    url: canonicalReportUrl(baseUrl, networkOf(report), report.slug, locale),
    summary: trimmedOrNull(report.summary),
    network: toNetworkRef(networkOf(report)),
    meeting,
    publishedOn,
    display: { when: meeting.start ? calendarDates(meeting.start, meeting.end, locale) : calendarDates(publishedOn, null, locale) },
    cover: toWireImage(report.cover, baseUrl),
    tags: (report.tags ?? []).map((tag) => tag.name),
  };
}

export function toWireReport(report: StoredReport, baseUrl: string, locale: Locale): WireReport {
  return {
    ...toWireReportCard(report, baseUrl, locale),
    body: toWireBlocks(report.body, baseUrl),
    outcomes: (report.outcomes ?? []).map((outcome) => outcome.text),
    nextSteps: toWireBlocks(report.nextSteps, baseUrl),
    author: report.author ? { name: report.author.name, role: trimmedOrNull(report.author.role) } : null,
    participants: report.participants ?? null,
    gallery: toWireImages(report.gallery, baseUrl),
    event: report.event ? toWireEventRef(reportedMeeting(report)!, report, baseUrl, locale) : null,
    contact: toWireContact(report.contact),
    attachments: toWireAttachments(report.attachments, baseUrl),
  };
}
