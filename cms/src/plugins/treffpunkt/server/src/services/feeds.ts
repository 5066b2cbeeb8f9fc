/**
 * Feed formatters: iCalendar for meetings, Atom for reports.
 *
 * Plain functions over the wire types (no Strapi imports); the controllers call them and
 * send the string with the right content type (`text/calendar; charset=utf-8`,
 * `application/atom+xml; charset=utf-8`).
 *
 * Two library details this file works around, so nobody "simplifies" them away:
 *
 * - ical-generator formats a native `Date` (or a string) that carries a TZID with the
 *   *process's* local getters (`getHours()`…), i.e. it assumes the Date already "is" in
 *   that zone. On a server running in UTC, 10:00 Berlin would come out as
 *   `DTSTART;TZID=Europe/Berlin:…T090000`. We therefore hand it objects that satisfy its
 *   published Temporal stub interfaces (`ICalTemporalZonedDateTimeStub`,
 *   `ICalTemporalPlainDateStub`), whose wall-clock fields we compute with `Intl` in the
 *   event's zone. The output does not depend on the server's `TZ`.
 *   The calendar-level time zone *name* stays null for the same reason: with a name set,
 *   DTSTAMP/LAST-MODIFIED would be written in server-local time without `Z`.
 * - The `feed` package writes entry title/summary/content as CDATA with `type="html"`, so
 *   whatever we pass *is* HTML to the reader: we pass HTML that we built by escaping every
 *   text. It also only escapes `"` in attributes (category terms), so we escape `&`, `<`, `>`
 *   there ourselves.
 */
import { ICalCalendar, ICalCalendarMethod, ICalEventStatus, ICalEventTransparency, escape as icalEscape } from 'ical-generator';
import type {
  ICalEventData,
  ICalLocation,
  ICalTemporalInstantStub,
  ICalTemporalPlainDateStub,
  ICalTemporalPlainDateTimeStub,
  ICalTemporalZonedDateTimeStub,
} from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { Feed } from 'feed';
import type { Author as FeedAuthor, Category as FeedCategory } from 'feed';

import type {
  Locale,
  WireBlock,
  WireEvent,
  WireImage,
  WireInline,
  WireReport,
  WireReportCard,
} from '../../../shared/wire';
import { wallClock, type WallClock } from '../utils/zoned-time';

/* ------------------------------------------------------------------------------------------ */
/* Shared text helpers                                                                         */
/* ------------------------------------------------------------------------------------------ */

/** Characters that XML 1.0 and iCalendar TEXT do not allow (C0 controls except TAB/LF/CR, lone surrogates, U+FFFE/F). */
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(FORBIDDEN_CHARS, '').replace(SURROGATES, (m) => (m.length === 2 ? m : ''));
}

/** One line: no line breaks, runs of white space collapsed. */
function oneLine(text: string | null | undefined): string {
  return clean(text).replace(/\s+/g, ' ').trim();
}

/** Only http, https and mailto URLs survive; anything else (javascript:, data:, relative) gives null. */
function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' || parsed.protocol === 'mailto:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function inlineToText(children: readonly WireInline[]): string {
  return children
    .map((child) => {
      if (child.type === 'link') {
        const label = child.children.map((c) => c.text).join('');
        const url = safeUrl(child.url);
        if (!url) return label;
        const bare = url.replace(/^mailto:/, '');
        return !label.trim() || label.trim() === url || label.trim() === bare ? bare : `${label} (${bare})`;
      }
      return child.text;
    })
    .join('');
}

/**
 * Rich text as plain text: one block per paragraph (separated by a blank line), list items as
 * `- item` / `1. item`, quotes prefixed with `> `, links as `label (url)`, images by caption or alt text.
 */
export function blocksToPlainText(blocks: readonly WireBlock[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        out.push(inlineToText(block.children));
        break;
      case 'quote':
        out.push(
          inlineToText(block.children)
            .split('\n')
            .map((line) => `> ${line}`)
            .join('\n'),
        );
        break;
      case 'list':
        out.push(
          block.children
            .map((item, i) => `${block.format === 'ordered' ? `${i + 1}.` : '-'} ${inlineToText(item.children).replace(/\n/g, '\n  ')}`)
            .join('\n'),
        );
        break;
      case 'code':
        out.push(block.text);
        break;
      case 'image': {
        const text = block.image.caption || block.image.alt;
        if (text) out.push(text);
        break;
      }
    }
  }
  return clean(
    out
      .map((s) => s.replace(/[ \t]+$/gm, '').trim())
      .filter((s) => s !== '')
      .join('\n\n'),
  );
}

/* ------------------------------------------------------------------------------------------ */
/* Dates and time zones                                                                        */
/* ------------------------------------------------------------------------------------------ */


interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The instant at which the wall clock in `timeZone` shows `w` (the earlier one in a DST overlap, shifted forward in a gap). */
function wallClockToEpoch(w: WallClock, timeZone: string): number {
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const offsetAt = (epoch: number): number => {
    const s = wallClock(epoch, timeZone);
    return Date.UTC(s.year, s.month - 1, s.day, s.hour, s.minute, s.second) - epoch;
  };
  const first = asUtc - offsetAt(asUtc);
  const second = asUtc - offsetAt(first);
  return Math.min(first, second);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function isoWall(w: WallClock): string {
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

function isoDate(d: CalendarDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

function plainDateTime(w: WallClock): ICalTemporalPlainDateTimeStub {
  const text = isoWall(w);
  return {
    ...w,
    toPlainDate: () => plainDate(w),
    toZonedDateTime: (timeZone: string) => zonedDateTime(wallClockToEpoch(w, timeZone), timeZone),
    toJSON: () => text,
    toString: () => text,
  };
}

/** A date without time, in the shape ical-generator recognises as a Temporal.PlainDate (written as `YYYYMMDD`). */
function plainDate(d: CalendarDate): ICalTemporalPlainDateStub & { toPlainDateTime(): ICalTemporalPlainDateTimeStub } {
  const text = isoDate(d);
  return {
    year: d.year,
    month: d.month,
    day: d.day,
    toPlainDateTime: () => plainDateTime({ year: d.year, month: d.month, day: d.day, hour: 0, minute: 0, second: 0 }),
    toJSON: () => text,
    toString: () => text,
  };
}

function instant(epochMs: number): ICalTemporalInstantStub {
  const text = new Date(epochMs).toISOString();
  return {
    epochMilliseconds: epochMs,
    toZonedDateTimeISO: (timeZone: string) => zonedDateTime(epochMs, timeZone),
    toJSON: () => text,
    toString: () => text,
  };
}

/**
 * An instant seen in a time zone, in the shape ical-generator recognises as a
 * Temporal.ZonedDateTime: it writes the wall-clock fields, with `;TZID=` of the event.
 */
function zonedDateTime(epochMs: number, timeZone: string): ICalTemporalZonedDateTimeStub {
  const w = wallClock(epochMs, timeZone);
  const text = `${isoWall(w)}[${timeZone}]`;
  return {
    ...w,
    timeZoneId: timeZone,
    toInstant: () => instant(epochMs),
    toPlainDateTime: () => plainDateTime(w),
    withTimeZone: (other: string) => zonedDateTime(epochMs, other),
    toJSON: () => text,
    toString: () => text,
  };
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseInstant(value: string | null | undefined): number | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/** The calendar date of an ISO value in `timeZone`; a bare `YYYY-MM-DD` is taken as it is. */
function calendarDateOf(value: string | null | undefined, timeZone: string): CalendarDate | null {
  if (!value) return null;
  const m = DATE_ONLY.exec(value.trim());
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const ms = parseInstant(value);
  if (ms === null) return null;
  const w = wallClock(ms, timeZone);
  return { year: w.year, month: w.month, day: w.day };
}

function addDays(d: CalendarDate, days: number): CalendarDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

interface ResolvedZone {
  /** The TZID written into the file; null means "write UTC times with Z". */
  tzid: string | null;
  /** The zone used for wall-clock computations (`UTC` when tzid is null). */
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

/**
 * An event's time zone as we can write it: the name must be known to Intl (for the
 * wall-clock) and to @touch4it/ical-timezones (for the VTIMEZONE), under the same TZID.
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
      const tzid = component ? /^TZID:(.+?)\r?$/m.exec(component)?.[1]?.trim() : undefined;
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
/* iCalendar                                                                                   */
/* ------------------------------------------------------------------------------------------ */

export interface ICalendarOptions {
  /** Calendar name (X-WR-CALNAME / NAME), e.g. "Netzwerk Ost – Treffen". */
  name: string;
  /** Calendar description (X-WR-CALDESC). */
  description?: string;
  /** Page of the network or URL of the feed (calendar URL property). */
  url: string;
  /** Right-hand side of every UID, e.g. the CMS host name: `<event slug>@<uidDomain>`. */
  uidDomain: string;
  /** PRODID without the leading `-`, e.g. `//Treffpunkt//Feeds//DE`. */
  productId?: string;
  /** DTSTAMP of every event; pass a fixed value (e.g. the newest update) for byte-stable output. Default: now. */
  stamp?: Date;
  /** LAST-MODIFIED per event, when the caller knows it (WireEvent has no update time). */
  lastModified?: (event: WireEvent) => Date | null | undefined;
  /** How often clients should refresh (REFRESH-INTERVAL, X-PUBLISHED-TTL). Default 3600 (PT1H). */
  refreshSeconds?: number;
}

const DEFAULT_PRODUCT_ID = '//Treffpunkt//Treffpunkt Feeds//DE';

const ICAL_TEXT: Record<
  Locale,
  {
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
> = {
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

function textsFor(locale: string | null | undefined) {
  return ICAL_TEXT[locale === 'en' ? 'en' : 'de'];
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

function formatDeadline(iso: string, event: WireEvent, zone: ResolvedZone): string {
  const ms = parseInstant(iso);
  if (ms === null) return oneLine(iso);
  try {
    return new Intl.DateTimeFormat(event.locale === 'en' ? 'en-GB' : 'de-DE', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: zone.computeIn,
    }).format(new Date(ms));
  } catch {
    return new Date(ms).toISOString();
  }
}

function eventDescription(event: WireEvent, zone: ResolvedZone, monthOnly: boolean): string {
  const t = textsFor(event.locale);
  const sections: string[] = [];
  if (event.status === 'cancelled') sections.push(t.cancelledNote);
  else if (event.status === 'postponed') sections.push(t.postponedNote);
  else if (monthOnly) sections.push(t.monthNote);
  else if (event.status === 'tentative') sections.push(t.tentativeNote);

  const summary = clean(event.summary).trim();
  if (summary) sections.push(summary);
  const description = blocksToPlainText(event.description ?? []);
  if (description) sections.push(description);

  const agenda = (event.agenda ?? []).filter((item) => oneLine(item.topic));
  if (agenda.length) {
    sections.push(
      [`${t.agenda}:`, ...agenda.map((item) => (oneLine(item.time) ? `${oneLine(item.time)} ${oneLine(item.topic)}` : `- ${oneLine(item.topic)}`))].join(
        '\n',
      ),
    );
  }

  const facts: string[] = [];
  const registration = safeUrl(event.registration?.url);
  if (registration) {
    const deadline = event.registration?.deadline ? ` (${t.deadline} ${formatDeadline(event.registration.deadline, event, zone)})` : '';
    facts.push(`${t.registration}: ${registration.replace(/^mailto:/, '')}${deadline}`);
  }
  const online = safeUrl(event.onlineUrl);
  if (online) facts.push(`${t.online}: ${online}`);
  if (oneLine(event.host)) facts.push(`${t.host}: ${oneLine(event.host)}`);
  if (facts.length) sections.push(facts.join('\n'));

  return sections.join('\n\n');
}

const STATUS: Record<WireEvent['status'], ICalEventStatus> = {
  planned: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

/** The ical-generator data of one event, or null when its start date is unusable. */
function eventData(event: WireEvent, options: ICalendarOptions, uidDomain: string, stamp: Date): ICalEventData | null {
  const zone = resolveZone(event.timeZone);
  const t = textsFor(event.locale);
  const monthOnly = event.datePrecision === 'month';
  const dayOnly = !monthOnly && (event.datePrecision === 'day' || event.allDay);

  let timing: Pick<ICalEventData, 'start' | 'end' | 'allDay' | 'timezone'>;
  if (monthOnly || dayOnly) {
    const first = calendarDateOf(event.start, zone.computeIn);
    if (!first) return null;
    let last = calendarDateOf(event.end, zone.computeIn);
    if (!last || compareDates(last, first) < 0) last = first;
    if (monthOnly) {
      // The whole month (or months, when the end names a later one): first day to first day of the next month.
      const next = new Date(Date.UTC(last.year, last.month, 1));
      timing = {
        start: plainDate({ year: first.year, month: first.month, day: 1 }),
        end: plainDate({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: 1 }),
        allDay: true,
        timezone: null,
      };
    } else {
      // The end's calendar date is the last day of the meeting; DTEND of a DATE is exclusive.
      timing = { start: plainDate(first), end: plainDate(addDays(last, 1)), allDay: true, timezone: null };
    }
  } else {
    const startMs = parseInstant(event.start);
    if (startMs === null) return null;
    const endMs = parseInstant(event.end);
    timing = {
      start: zonedDateTime(startMs, zone.computeIn),
      // Without an end the event is a point in time (RFC 5545 3.6.1); clients show it at its start.
      end: endMs !== null && endMs > startMs ? zonedDateTime(endMs, zone.computeIn) : null,
      allDay: false,
      timezone: zone.tzid,
    };
  }

  let summary = oneLine(event.title);
  if (event.status === 'cancelled') summary += t.cancelled;
  else if (event.status === 'postponed') summary += t.postponed;
  else if (monthOnly) summary += t.monthOnly;

  const place = venueText(event);
  const lat = event.venue?.latitude;
  const lon = event.venue?.longitude;
  const geo =
    typeof lat === 'number' && typeof lon === 'number' && Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180
      ? { lat, lon }
      : undefined;
  let location: ICalLocation | null = null;
  if (place) location = geo ? { title: place, geo } : { title: place };
  else if (geo) location = { geo };

  const description = eventDescription(event, zone, monthOnly);
  const lastModified = options.lastModified?.(event);
  const onlineUrl = safeUrl(event.onlineUrl);

  return {
    id: `${event.slug}@${uidDomain}`,
    sequence: 0,
    stamp,
    ...timing,
    summary,
    description: description ? { plain: description } : null,
    location,
    url: onlineUrl && !onlineUrl.startsWith('mailto:') ? onlineUrl : null,
    status: monthOnly && event.status !== 'cancelled' ? ICalEventStatus.TENTATIVE : STATUS[event.status] ?? ICalEventStatus.CONFIRMED,
    // A placeholder spanning a month, or a cancelled meeting, must not block anyone's free/busy time.
    transparency: monthOnly || event.status === 'cancelled' ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
    categories: [{ name: event.kindLabel }],
    lastModified: lastModified && !Number.isNaN(lastModified.getTime()) ? lastModified : null,
  };
}

function normaliseUidDomain(value: string): string {
  const trimmed = value.trim();
  if (trimmed.includes('://')) {
    try {
      return new URL(trimmed).host;
    } catch {
      /* fall through */
    }
  }
  return trimmed.replace(/[\s/]+/g, '');
}

/**
 * An iCalendar feed (METHOD:PUBLISH) of the given events. UIDs are `<slug>@<uidDomain>`, so
 * clients update rather than duplicate on every refresh; an event whose start cannot be parsed
 * is left out, and of two events with the same slug the first wins.
 */
export function eventsToICalendar(events: readonly WireEvent[], options: ICalendarOptions): string {
  const stamp = options.stamp && !Number.isNaN(options.stamp.getTime()) ? options.stamp : new Date();
  const uidDomain = normaliseUidDomain(options.uidDomain);
  const calendar = new ICalCalendar({
    prodId: (options.productId || DEFAULT_PRODUCT_ID).replace(/^-+/, '').replace(/[\r\n]/g, ''),
    method: ICalCalendarMethod.PUBLISH,
    scale: 'GREGORIAN',
    // ical-generator writes NAME, X-WR-CALNAME and X-WR-CALDESC without escaping; escape them here.
    name: icalEscape(oneLine(options.name), false),
    description: options.description ? icalEscape(clean(options.description), false) : null,
    url: safeUrl(options.url),
    ttl: options.refreshSeconds && options.refreshSeconds > 0 ? options.refreshSeconds : 3600,
    // name stays null on purpose (see the top of the file); the generator still runs for every event's TZID.
    timezone: { name: null, generator: (tzid: string) => vtimezones.get(tzid) ?? null },
  });
  const seen = new Set<string>();
  for (const event of events) {
    const data = eventData(event, options, uidDomain, stamp);
    if (!data || seen.has(String(data.id))) continue;
    seen.add(String(data.id));
    calendar.createEvent(data);
  }
  return calendar.toString();
}

/** One event as an iCalendar file ("add to calendar"); same output as its entry in the feed. */
export function eventToICalendar(event: WireEvent, options: ICalendarOptions): string {
  return eventsToICalendar([event], options);
}

/* ------------------------------------------------------------------------------------------ */
/* Atom                                                                                        */
/* ------------------------------------------------------------------------------------------ */

export interface AtomOptions {
  network: { name: string; slug: string };
  /** Absolute URL of this feed: the feed's id and its rel="self" link. */
  feedUrl: string;
  /** The network's page on the website (rel="alternate"). */
  siteUrl: string;
  /** Absolute URL of one report; also the entry's id. */
  reportUrl: (slug: string) => string;
  locale: Locale;
  /** Feed-level `updated`. Default: the newest entry's date, or now for an empty feed. */
  updated?: Date;
}

const ATOM_TEXT: Record<Locale, { reports: string; outcomes: string; nextSteps: string; participants: string; meeting: string }> = {
  de: { reports: 'Berichte', outcomes: 'Ergebnisse', nextSteps: 'Nächste Schritte', participants: 'Teilnehmende', meeting: 'Treffen' },
  en: { reports: 'reports', outcomes: 'Outcomes', nextSteps: 'Next steps', participants: 'Participants', meeting: 'Meeting' },
};

/** HTML-escapes text (and drops characters XML cannot carry); the result never contains `]]>`. */
export function escapeHtml(text: string | null | undefined): string {
  return clean(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** For attribute values that the feed package passes to xml-js, which only escapes `"`. */
function escapeXmlAttribute(text: string): string {
  return clean(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function inlineToHtml(children: readonly WireInline[]): string {
  return children
    .map((child) => {
      if (child.type === 'link') {
        const inner = inlineToHtml(child.children);
        const url = safeUrl(child.url);
        return url ? `<a href="${escapeHtml(url)}">${inner || escapeHtml(url)}</a>` : inner;
      }
      let html = escapeHtml(child.text).replace(/\r?\n/g, '<br/>');
      if (child.code) html = `<code>${html}</code>`;
      if (child.bold) html = `<strong>${html}</strong>`;
      if (child.italic) html = `<em>${html}</em>`;
      if (child.underline) html = `<u>${html}</u>`;
      if (child.strikethrough) html = `<s>${html}</s>`;
      return html;
    })
    .join('');
}

function imageToHtml(image: WireImage | null | undefined): string {
  const src = image ? safeUrl(image.url) : null;
  if (!image || !src || src.startsWith('mailto:')) return '';
  const size = image.width && image.height ? ` width="${Math.round(image.width)}" height="${Math.round(image.height)}"` : '';
  const caption = image.caption ? `<figcaption>${escapeHtml(image.caption)}</figcaption>` : '';
  return `<figure><img src="${escapeHtml(src)}" alt="${escapeHtml(image.alt)}"${size}/>${caption}</figure>`;
}

/** Rich text as HTML that contains nothing but escaped text, a fixed set of tags and checked URLs. */
export function blocksToHtml(blocks: readonly WireBlock[]): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'paragraph':
          return `<p>${inlineToHtml(block.children)}</p>`;
        case 'heading': {
          const level = Math.min(6, Math.max(1, Math.trunc(Number(block.level)) || 2));
          return `<h${level}>${inlineToHtml(block.children)}</h${level}>`;
        }
        case 'quote':
          return `<blockquote><p>${inlineToHtml(block.children)}</p></blockquote>`;
        case 'list': {
          const tag = block.format === 'ordered' ? 'ol' : 'ul';
          return `<${tag}>${block.children.map((item) => `<li>${inlineToHtml(item.children)}</li>`).join('')}</${tag}>`;
        }
        case 'code':
          return `<pre><code>${escapeHtml(block.text)}</code></pre>`;
        case 'image':
          return imageToHtml(block.image);
        default:
          return '';
      }
    })
    .join('\n');
}

function isFullReport(report: WireReportCard | WireReport): report is WireReport {
  return Array.isArray((report as Partial<WireReport>).body);
}

function dateOnlyToDate(value: string | null | undefined): Date | null {
  const m = value ? DATE_ONLY.exec(value.trim()) : null;
  if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const ms = parseInstant(value);
  return ms === null ? null : new Date(ms);
}

function formatMeeting(report: WireReportCard, locale: Locale): string {
  const format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'long', timeZone: 'UTC' });
  const start = dateOnlyToDate(report.meeting?.start);
  const end = dateOnlyToDate(report.meeting?.end);
  let when = start ? format.format(start) : '';
  if (start && end && end.getTime() > start.getTime()) when = format.formatRange(start, end);
  return [when, oneLine(report.meeting?.place)].filter(Boolean).join(', ');
}

function reportContent(report: WireReport, locale: Locale): string {
  const t = ATOM_TEXT[locale];
  const parts: string[] = [];
  const meeting = formatMeeting(report, locale);
  if (meeting) parts.push(`<p><strong>${escapeHtml(t.meeting)}:</strong> ${escapeHtml(meeting)}</p>`);
  const cover = imageToHtml(report.cover);
  if (cover) parts.push(cover);
  const body = blocksToHtml(report.body ?? []);
  if (body) parts.push(body);
  const outcomes = (report.outcomes ?? []).filter((o) => oneLine(o));
  if (outcomes.length) {
    parts.push(`<h2>${escapeHtml(t.outcomes)}</h2>\n<ul>${outcomes.map((o) => `<li>${escapeHtml(o)}</li>`).join('')}</ul>`);
  }
  const nextSteps = blocksToHtml(report.nextSteps ?? []);
  if (nextSteps) parts.push(`<h2>${escapeHtml(t.nextSteps)}</h2>\n${nextSteps}`);
  if (typeof report.participants === 'number' && report.participants > 0) {
    parts.push(`<p>${escapeHtml(t.participants)}: ${Math.round(report.participants)}</p>`);
  }
  return parts.join('\n');
}

function absoluteUrl(url: string): string {
  const checked = safeUrl(url);
  if (!checked || checked.startsWith('mailto:')) throw new TypeError(`Not an absolute http(s) URL: ${url}`);
  return checked;
}

/**
 * An Atom 1.0 feed of reports. Cards give title, summary, dates and categories; full
 * reports (with `body`) also give the content, as HTML built from the wire blocks.
 */
export function reportsToAtom(reports: ReadonlyArray<WireReportCard | WireReport>, options: AtomOptions): string {
  const locale: Locale = options.locale === 'en' ? 'en' : 'de';
  const t = ATOM_TEXT[locale];
  const feedUrl = absoluteUrl(options.feedUrl);
  const siteUrl = absoluteUrl(options.siteUrl);
  const networkName = oneLine(options.network.name);

  const entries: Array<{ date: Date; item: Parameters<Feed['addItem']>[0] }> = [];
  for (const report of reports) {
    const date = dateOnlyToDate(report.publishedOn);
    if (!date) continue;
    const link = absoluteUrl(options.reportUrl(report.slug));
    const full = isFullReport(report);
    const author: FeedAuthor[] | undefined = full && report.author && oneLine(report.author.name) ? [{ name: oneLine(report.author.name) }] : undefined;
    const category: FeedCategory[] = [...new Set((report.tags ?? []).map(oneLine).filter(Boolean))].map((tag) => ({
      term: escapeXmlAttribute(tag),
    }));
    const summary = clean(report.summary).trim();
    entries.push({
      date,
      item: {
        id: link,
        link,
        title: escapeHtml(oneLine(report.title)),
        date,
        published: date,
        description: summary ? escapeHtml(summary) : undefined,
        content: full ? reportContent(report, locale) || undefined : undefined,
        author,
        category: category.length ? category : undefined,
      },
    });
  }

  const newest = entries.reduce<Date | null>((max, e) => (!max || e.date > max ? e.date : max), null);
  const updated = options.updated && !Number.isNaN(options.updated.getTime()) ? options.updated : newest ?? new Date();

  const feed = new Feed({
    id: feedUrl,
    title: `${networkName} – ${t.reports}`,
    link: siteUrl,
    feed: feedUrl,
    updated,
    generator: 'Treffpunkt',
    language: locale,
    // Atom needs an author on the feed or on every entry: the network speaks for entries without one.
    author: { name: networkName, link: siteUrl },
  });
  for (const { item } of entries) feed.addItem(item);
  return feed.atom1();
}
