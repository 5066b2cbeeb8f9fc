/**
 * iCalendar for meetings: a network's calendar feed and one meeting's "add to calendar" file.
 * Plain functions over the wire types; the controllers send the string as
 * `text/calendar; charset=utf-8`.
 *
 * ical-generator gets Temporal objects (from temporal-polyfill): a Temporal.ZonedDateTime is
 * written as its own wall time with `;TZID=` of its zone, a Temporal.PlainDate as `VALUE=DATE`.
 * It recognises them by their shape, never by the process's time zone, so the output does not
 * depend on the server's `TZ`. A wall time of the autumn overlap (02:30 on the night Berlin falls
 * back) happens twice; RFC 5545 §3.3.5 means the first, but ical.js and other clients read the
 * second, so an entry with such a time is written in UTC, which every client reads alike. (A native `Date` with a TZID would be written with the process's
 * local getters.) The calendar-level time zone *name* stays null for the same reason: with a
 * name set, DTSTAMP/LAST-MODIFIED would be written in server-local time without `Z`.
 */
import { ICalCalendar, ICalCalendarMethod, ICalEventStatus, ICalEventTransparency, escape as icalEscape } from 'ical-generator';
import type { ICalEventData, ICalLocation } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { toLocale } from 'treffpunkt-shared/locales';
import type { Locale, WireEvent } from 'treffpunkt-shared/wire';
import { safeUrl } from 'treffpunkt-shared/safe-url';
import { isWholeDays, meetingDays } from '../time/meeting-span';
import { isAmbiguousWallTime, parseInstant, Temporal } from '../time/zoned-time';
import { blocksToPlainText, clean, oneLine } from './text';

/**
 * A meeting in a calendar: a single one, or a series, written as one VEVENT with its RRULE, an
 * EXDATE for each occurrence the editors cancelled and, with the same UID, a VEVENT with
 * RECURRENCE-ID for each one they moved, so that calendar apps show exactly the API's dates.
 */
export interface CalendarMeeting {
  /** The meeting; of a series, its first occurrence (the event as stored). */
  event: WireEvent;
  /** The series' RRULE value, e.g. `FREQ=WEEKLY;BYDAY=WE`. */
  rule?: string;
  /** Where the rule puts the cancelled occurrences. */
  cancelled?: Date[];
  /** The moved occurrences: where the rule puts them, and the meeting as it now is. */
  moved?: { original: Date; event: WireEvent }[];
}

export interface ICalendarOptions {
  /** Calendar name (X-WR-CALNAME / NAME), e.g. "Netzwerk Ost – Treffen". */
  name: string;
  /** Calendar description (X-WR-CALDESC). */
  description?: string;
  /** Page of the network or URL of the feed (calendar URL property). */
  url: string;
  /** Right-hand side of every UID, e.g. the CMS host name: `<event slug>@<uidDomain>`. */
  uidDomain: string;
  /** DTSTAMP of every event: now, or a fixed value (e.g. the newest update) for byte-stable output. */
  stamp: Date;
}

const PRODUCT_ID = '//Treffpunkt//Treffpunkt Feeds//DE';
/** How often calendar apps should look again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
const REFRESH_SECONDS = 3600;

interface ICalTexts {
  cancelled: string;
  postponed: string;
  monthOnly: string;
  monthNote: string;
  tentativeNote: string;
  postponedNote: string;
  cancelledNote: string;
  agenda: string;
  registration: string;
  deadline: string;
  online: string;
  host: string;
}

const ICAL_TEXT: Record<Locale, ICalTexts> = {
  de: {
    cancelled: ' (abgesagt)',
    postponed: ' (verschoben)',
    monthOnly: ' (Termin folgt)',
    monthNote: 'Der genaue Termin steht noch nicht fest.',
    tentativeNote: 'Der Termin ist noch nicht bestätigt.',
    postponedNote: 'Das Treffen wird verschoben; der neue Termin steht noch nicht fest.',
    cancelledNote: 'Das Treffen ist abgesagt.',
    agenda: 'Tagesordnung',
    registration: 'Anmeldung',
    deadline: 'bis',
    online: 'Online',
    host: 'Gastgeber',
  },
  en: {
    cancelled: ' (cancelled)',
    postponed: ' (postponed)',
    monthOnly: ' (date to follow)',
    monthNote: 'The exact date has not been fixed yet.',
    tentativeNote: 'The date is not confirmed yet.',
    postponedNote: 'The meeting is postponed; the new date has not been fixed yet.',
    cancelledNote: 'The meeting is cancelled.',
    agenda: 'Agenda',
    registration: 'Registration',
    deadline: 'until',
    online: 'Online',
    host: 'Host',
  },
};

function textsFor(locale: string | null | undefined): ICalTexts {
  return ICAL_TEXT[toLocale(locale)];
}

/* ------------------------------------------------------------------------------------------ */
/* Time zones as the file can name them                                                        */
/* ------------------------------------------------------------------------------------------ */

interface ResolvedZone {
  /** The TZID written into the file; null means "write UTC times with Z". */
  tzid: string | null;
  /** The zone wall times are computed in (`UTC` when tzid is null). */
  computeIn: string;
}

const resolvedZones = new Map<string, ResolvedZone>();
const vtimezones = new Map<string, string>();

function intlZone(name: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

function tzidOf(component: string): string | undefined {
  return /^TZID:(.+?)\r?$/m.exec(component)?.[1]?.trim();
}

/**
 * An event's time zone as we can write it: the name must be known to Intl (for the wall
 * clock) and to @touch4it/ical-timezones (for the VTIMEZONE), under the same TZID.
 * Tries the name as given, then Intl's canonical name (Europe/Kyiv → Europe/Kiev on ICU 78);
 * otherwise falls back to UTC times, which are correct instants in every client.
 */
function resolveZone(name: string | null | undefined): ResolvedZone {
  const key = name ?? '';
  const cached = resolvedZones.get(key);
  if (cached) return cached;
  let resolved: ResolvedZone = { tzid: null, computeIn: 'UTC' };
  const canonical = key ? intlZone(key) : null;
  if (canonical && !['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT'].includes(canonical)) {
    for (const candidate of [key, canonical]) {
      const component = getVtimezoneComponent(candidate);
      const tzid = component ? tzidOf(component) : undefined;
      if (component && tzid && intlZone(tzid)) {
        vtimezones.set(tzid, component);
        resolved = { tzid, computeIn: tzid };
        break;
      }
    }
  }
  resolvedZones.set(key, resolved);
  return resolved;
}

/* ------------------------------------------------------------------------------------------ */
/* Events                                                                                      */
/* ------------------------------------------------------------------------------------------ */

type Timing = Pick<ICalEventData, 'start' | 'end' | 'allDay' | 'timezone'>;

/** DTSTART/DTEND: whole days as dates (DTEND exclusive), exact times as wall times of the zone; null when the start is unusable. */
function timingOf(event: WireEvent, zone: ResolvedZone): Timing | null {
  const timing = { ...event, timeZone: zone.computeIn };
  if (isWholeDays(timing)) {
    const days = meetingDays(timing);
    return days && { start: days.first, end: days.afterLast, allDay: true, timezone: null };
  }
  const startInstant = parseInstant(event.start);
  if (!startInstant) return null;
  const endInstant = parseInstant(event.end);
  const start = startInstant.toZonedDateTimeISO(zone.computeIn);
  // Without an end the event is a point in time (RFC 5545 3.6.1); clients show it at its start.
  const end = endInstant && Temporal.Instant.compare(endInstant, startInstant) > 0 ? endInstant.toZonedDateTimeISO(zone.computeIn) : null;
  if (isAmbiguousWallTime(start) || (end && isAmbiguousWallTime(end))) {
    return { start: start.withTimeZone('UTC'), end: end && end.withTimeZone('UTC'), allDay: false, timezone: null };
  }
  return { start, end, allDay: false, timezone: zone.tzid };
}

function venueText(event: WireEvent): string | null {
  const v = event.venue;
  const parts = v
    ? [oneLine(v.name), oneLine(v.street), [oneLine(v.postalCode), oneLine(v.city)].filter(Boolean).join(' ')].filter(Boolean)
    : [];
  const place = parts.join(', ');
  const online = event.attendanceMode === 'online' || event.attendanceMode === 'hybrid';
  if (place && online) return `${place} / ${textsFor(event.locale).online}`;
  if (place) return place;
  return online ? textsFor(event.locale).online : null;
}

function locationOf(event: WireEvent): ICalLocation | null {
  const place = venueText(event);
  const lat = event.venue?.latitude;
  const lon = event.venue?.longitude;
  const geo =
    typeof lat === 'number' &&
    typeof lon === 'number' &&
    Number.isFinite(lat) &&
    Number.isFinite(lon) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180
      ? { lat, lon }
      : undefined;
  if (place) return geo ? { title: place, geo } : { title: place };
  return geo ? { geo } : null;
}

function statusNote(event: WireEvent, t: ICalTexts, monthOnly: boolean): string | null {
  if (event.status === 'cancelled') return t.cancelledNote;
  if (event.status === 'postponed') return t.postponedNote;
  if (monthOnly) return t.monthNote;
  return event.status === 'tentative' ? t.tentativeNote : null;
}

function agendaText(event: WireEvent, t: ICalTexts): string | null {
  const agenda = (event.agenda ?? []).filter((item) => oneLine(item.topic));
  if (!agenda.length) return null;
  const lines = agenda.map((item) => (oneLine(item.time) ? `${oneLine(item.time)} ${oneLine(item.topic)}` : `- ${oneLine(item.topic)}`));
  return [`${t.agenda}:`, ...lines].join('\n');
}

function factsText(event: WireEvent, t: ICalTexts): string | null {
  const facts: string[] = [];
  const registration = safeUrl(event.registration?.url);
  if (registration) {
    // The deadline as the widgets write it.
    const deadline = event.display.deadline ? ` (${t.deadline} ${event.display.deadline})` : '';
    facts.push(`${t.registration}: ${registration.replace(/^mailto:/, '')}${deadline}`);
  }
  const online = safeUrl(event.onlineUrl);
  if (online) facts.push(`${t.online}: ${online}`);
  if (oneLine(event.host)) facts.push(`${t.host}: ${oneLine(event.host)}`);
  return facts.length ? facts.join('\n') : null;
}

function eventDescription(event: WireEvent, monthOnly: boolean): string {
  const t = textsFor(event.locale);
  const sections = [
    statusNote(event, t, monthOnly),
    clean(event.summary).trim(),
    blocksToPlainText(event.description ?? []),
    agendaText(event, t),
    factsText(event, t),
  ];
  return sections.filter(Boolean).join('\n\n');
}

function summaryOf(event: WireEvent, monthOnly: boolean): string {
  const t = textsFor(event.locale);
  const title = oneLine(event.title);
  if (event.status === 'cancelled') return title + t.cancelled;
  if (event.status === 'postponed') return title + t.postponed;
  return monthOnly ? title + t.monthOnly : title;
}

const STATUS: Record<WireEvent['status'], ICalEventStatus> = {
  planned: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

/** The ical-generator data of one event, or null when its start date is unusable. */
function eventData(event: WireEvent, options: ICalendarOptions, uidDomain: string): ICalEventData | null {
  const zone = resolveZone(event.timeZone);
  const timing = timingOf(event, zone);
  if (!timing) return null;
  const monthOnly = event.datePrecision === 'month';
  const description = eventDescription(event, monthOnly);
  return {
    id: event.occurrence ? `${event.slug}-${event.occurrence.date}@${uidDomain}` : `${event.slug}@${uidDomain}`,
    sequence: 0,
    stamp: options.stamp,
    ...timing,
    summary: summaryOf(event, monthOnly),
    description: description ? { plain: description } : null,
    location: locationOf(event),
    // The meeting's page (the online link, where public, is in the description).
    url: safeUrl(event.url),
    status: monthOnly && event.status !== 'cancelled' ? ICalEventStatus.TENTATIVE : (STATUS[event.status] ?? ICalEventStatus.CONFIRMED),
    // A placeholder spanning a month, or a cancelled meeting, must not block anyone's free/busy time.
    transparency: monthOnly || event.status === 'cancelled' ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
    categories: [{ name: event.kindLabel }],
  };
}

/**
 * An occurrence's place in its series as DTSTART has it: a date for whole-day series, else the wall
 * time with the series' TZID (EXDATE and RECURRENCE-ID must match DTSTART's form).
 */
function seriesMoment(instant: Date, event: WireEvent, data: ICalEventData): Temporal.PlainDate | Temporal.ZonedDateTime {
  const zoned = Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(data.timezone ?? 'UTC');
  return data.allDay ? zoned.withTimeZone(resolveZone(event.timeZone).computeIn).toPlainDate() : zoned;
}

/** iCalendar's compact form of a moment: 20270303T190000 in the TZID's wall time, or 20270303 for a date. */
const compact = (moment: Temporal.PlainDate | Temporal.ZonedDateTime) =>
  moment instanceof Temporal.PlainDate
    ? moment.toString().replace(/-/g, '')
    : moment.toPlainDateTime().toString({ smallestUnit: 'second' }).replace(/[-:]/g, '') + (moment.timeZoneId === 'UTC' ? 'Z' : '');

/** RRULE and EXDATE lines of a series, in DTSTART's form. A series is always written in its zone, never in UTC: 19:00 stays 19:00. */
function repeating(meeting: Required<Pick<CalendarMeeting, 'rule'>> & CalendarMeeting, data: ICalEventData): string {
  const lines = [`RRULE:${meeting.rule}`];
  const cancelled = (meeting.cancelled ?? []).map((instant) => compact(seriesMoment(instant, meeting.event, data)));
  if (cancelled.length > 0) {
    const form = data.allDay ? ';VALUE=DATE' : data.timezone ? `;TZID=${data.timezone}` : '';
    lines.push(`EXDATE${form}:${cancelled.join(',')}`);
  }
  return lines.join('\n');
}

/** The VEVENTs of one meeting: one for a single meeting, the series and its moved occurrences for a series. */
function meetingData(meeting: CalendarMeeting, options: ICalendarOptions, uidDomain: string): ICalEventData[] {
  const data = eventData(meeting.event, options, uidDomain);
  if (!data) return [];
  if (!meeting.rule) return [data];
  const zone = resolveZone(meeting.event.timeZone);
  // The series in its own zone even where a single meeting would fall back to UTC (an ambiguous autumn time).
  const series = data.allDay || !zone.tzid ? data : { ...data, ...timingInZone(meeting.event, zone) };
  const overrides = (meeting.moved ?? []).flatMap(({ original, event }) => {
    const moved = eventData(event, options, uidDomain);
    return moved ? [{ ...moved, id: series.id, recurrenceId: seriesMoment(original, meeting.event, series) }] : [];
  });
  return [{ ...series, repeating: repeating({ ...meeting, rule: meeting.rule }, series) }, ...overrides];
}

/** DTSTART/DTEND as wall times of the meeting's zone, with its TZID. */
function timingInZone(event: WireEvent, zone: ResolvedZone): Timing {
  const start = parseInstant(event.start)!.toZonedDateTimeISO(zone.computeIn);
  const endInstant = parseInstant(event.end);
  return { start, end: endInstant ? endInstant.toZonedDateTimeISO(zone.computeIn) : null, allDay: false, timezone: zone.tzid };
}

function normaliseUidDomain(value: string): string {
  const trimmed = value.trim();
  if (trimmed.includes('://')) {
    try {
      return new URL(trimmed).host;
    } catch {
      /* not a URL after all: use it as a name */
    }
  }
  return trimmed.replace(/[\s/]+/g, '');
}

/**
 * An iCalendar feed (METHOD:PUBLISH) of the given meetings. UIDs are `<slug>@<uidDomain>` (an
 * occurrence of a series on its own: `<slug>-<date>@<uidDomain>`), so clients update rather than
 * duplicate on every refresh; an event whose start cannot be parsed is left out, and of two
 * meetings with the same UID the first wins.
 */
export function eventsToICalendar(meetings: readonly (WireEvent | CalendarMeeting)[], options: ICalendarOptions): string {
  const uidDomain = normaliseUidDomain(options.uidDomain);
  const calendar = new ICalCalendar({
    prodId: PRODUCT_ID,
    method: ICalCalendarMethod.PUBLISH,
    scale: 'GREGORIAN',
    // ical-generator writes NAME, X-WR-CALNAME and X-WR-CALDESC without escaping; escape them here.
    name: icalEscape(oneLine(options.name), false),
    description: options.description ? icalEscape(clean(options.description), false) : null,
    url: safeUrl(options.url),
    ttl: REFRESH_SECONDS,
    // name stays null on purpose (see the top of the file); the generator still runs for every event's TZID.
    timezone: { name: null, generator: (tzid: string) => vtimezones.get(tzid) ?? null },
  });
  const seen = new Set<string>();
  for (const meeting of meetings) {
    const entries = meetingData('slug' in meeting ? { event: meeting } : meeting, options, uidDomain);
    if (entries.length === 0 || seen.has(String(entries[0].id))) continue;
    seen.add(String(entries[0].id));
    for (const entry of entries) calendar.createEvent(entry);
  }
  return calendar.toString();
}

/** One meeting as an iCalendar file ("add to calendar"); same output as its entry in the feed. */
export function eventToICalendar(meeting: WireEvent | CalendarMeeting, options: ICalendarOptions): string {
  return eventsToICalendar([meeting], options);
}
