/**
 * A website's calendar (an iCal export, e.g. The Events Calendar's) as meetings, parsed by
 * ical.js. Times are instants by their zone: an IANA TZID by the zone database (as the server's
 * own times), another one by the calendar's VTIMEZONE, a floating time in the calendar's zone
 * (X-WR-TIMEZONE, else Europe/Berlin); a date is an all-day meeting. A series becomes one of
 * ours where its rule fits (ical-series.ts), its EXDATEs cancelled dates and its overridden
 * dates (RECURRENCE-ID) moved or cancelled ones; a rule that does not fit becomes its dates as
 * single meetings, from a year back to the horizon. STATUS:CANCELLED cancels.
 *
 * A calendar lists what it covers: a meeting mirrored from it whose start lies within the span of
 * its events and that it no longer lists is removed; one before that span (a calendar that shows
 * only what is ahead) stays.
 */
import ICAL from 'ical.js';
import { bilingual as t, type Bilingual } from 'treffpunkt-shared/locales';
import type { Recurrence } from 'treffpunkt-shared/recurrence';
import { safeUrl } from 'treffpunkt-shared/safe-url';
import type { EventStatus } from 'treffpunkt-shared/wire';
import { HORIZON_DAYS, MOST_PER_SERIES } from '../recurrence/occurrences';
import { addDays, DEFAULT_TIME_ZONE, isValidTimeZone, startOfDay, toZonedDate } from '../time/zoned-time';
import { htmlToBlocks } from './blocks';
import { seriesOf } from './ical-series';
import { instantOf, zoneOf, type Vevent, type Zones } from './ical-time';
import { clip, MOST_ITEMS, notModified, slugOf, type Absent, type Importer, type Item } from './items';
import { PROBLEMS, SourceProblem } from './problems';
import { safeFetch } from './safe-fetch';

const ACCEPT = 'text/calendar, */*;q=0.5';
const DAY_MS = 24 * 3600 * 1000;
/** A series kept as single dates keeps a year of them behind it. */
const HISTORY_DAYS = 365;
/** A calendar lists dates where a feed lists entries: twice as many are taken. */
const MOST_CALENDAR_ITEMS = 2 * MOST_ITEMS;

const text = (component: ICAL.Component, name: string) => {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() ? value.trim() : null;
};

/** Start, end and whether it fills whole days; an all-day end is the last day (iCalendar's DTEND is the day after). */
function timingOf(vevent: Vevent, zones: Zones) {
  const { event } = vevent;
  const allDay = event.startDate.isDate;
  const timeZone = zoneOf(event.startDate, zones);
  const start = instantOf(event.startDate, zones);
  const endTime = event.endDate;
  let end: Date | null = endTime ? instantOf(endTime, zones) : null;
  if (allDay && end) {
    const lastDay = addDays(toZonedDate(end, timeZone), -1);
    end = lastDay > toZonedDate(start, timeZone) ? startOfDay(lastDay, timeZone) : null;
  }
  if (end && end.getTime() <= start.getTime() && !allDay) end = null;
  return { start, end, allDay, timeZone };
}

function statusOf(component: ICAL.Component): EventStatus {
  const status = text(component, 'status')?.toUpperCase();
  return status === 'CANCELLED' ? 'cancelled' : status === 'TENTATIVE' ? 'tentative' : 'planned';
}

/** The meeting's fields as a single meeting (a series adds its rule). */
function eventItem(vevent: Vevent, zones: Zones, calendarUrl: string, originId: string): Item {
  const { component } = vevent;
  const timing = timingOf(vevent, zones);
  const title = clip(text(component, 'summary'), 200) ?? t('Treffen', 'Meeting').de;
  const url = safeUrl(text(component, 'url'));
  const description = text(component, 'description');
  const place = clip(text(component, 'location'), 200);
  return {
    kind: 'event',
    originId,
    updatedAt: (component.getFirstPropertyValue('last-modified') as ICAL.Time | null)?.toJSDate().toISOString() ?? null,
    slug: slugOf(title, `treffen-${toZonedDate(timing.start, timing.timeZone)}`),
    shared: {
      kind: 'meeting',
      eventStatus: statusOf(component),
      start: timing.start.toISOString(),
      end: timing.end?.toISOString() ?? null,
      allDay: timing.allDay,
      timeZone: timing.timeZone,
      datePrecision: timing.allDay ? 'day' : 'time',
      attendanceMode: 'in-person',
      venue: place ? { name: place } : null,
      recurrence: null,
    },
    texts: {
      de: {
        url: url?.startsWith('http') ? url : calendarUrl,
        fields: {
          title,
          // Calendars carry plain text (sometimes HTML): paragraphs either way.
          summary: clip(description?.split(/\n\s*\n/)[0], 400),
          description: htmlToBlocks(/<[a-z][\s\S]*>/i.test(description ?? '') ? description! : plainToHtml(description ?? '')),
        },
      },
    },
    media: {},
  };
}

const plainToHtml = (plain: string) =>
  plain
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${paragraph.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>')}</p>`)
    .join('');

/** A series that does not fit ours: its dates (overridden ones as overridden, cancelled ones left out) from a year back to the horizon. */
function singleDates(master: Vevent, overrides: Vevent[], zones: Zones, calendarUrl: string, now: Date): Item[] {
  const from = now.getTime() - HISTORY_DAYS * DAY_MS;
  const to = now.getTime() + HORIZON_DAYS * DAY_MS;
  const iterator = master.event.iterator();
  const items: Item[] = [];
  for (let next = iterator.next(), steps = 0; next && steps < 10 * MOST_PER_SERIES; next = iterator.next(), steps++) {
    const ruleStart = instantOf(next, zones).getTime();
    if (ruleStart > to || items.length >= MOST_PER_SERIES) break;
    if (ruleStart < from) continue;
    const details = master.event.getOccurrenceDetails(next);
    const override = overrides.find((candidate) => candidate.event === details.item);
    const vevent = override ?? master;
    if (override && statusOf(override.component) === 'cancelled') continue;
    const date = toZonedDate(new Date(ruleStart), zoneOf(master.event.startDate, zones));
    const item = eventItem(vevent, zones, calendarUrl, `${master.event.uid}@${date}`);
    if (!override) {
      const duration = timingOf(master, zones);
      const start = new Date(ruleStart);
      const end = duration.end ? new Date(ruleStart + duration.end.getTime() - duration.start.getTime()) : null;
      Object.assign(item.shared, { start: start.toISOString(), end: end?.toISOString() ?? null });
    }
    items.push({ ...item, slug: `${item.slug.slice(0, 70)}-${date}` });
  }
  return items;
}

/** Parses the calendar, or says why it is none. */
function parseCalendar(body: string): ICAL.Component {
  let parsed: ReturnType<typeof ICAL.parse>;
  try {
    parsed = ICAL.parse(body);
  } catch (error) {
    throw new SourceProblem(PROBLEMS.notCalendar((error as Error).message.slice(0, 200)), 200);
  }
  // Several calendars in one file: the first is read.
  const root = new ICAL.Component((Array.isArray(parsed[0]) ? parsed[0] : parsed) as never);
  if (root.name !== 'vcalendar') throw new SourceProblem(PROBLEMS.notCalendar('BEGIN:VCALENDAR'), 200);
  return root;
}

function zonesOf(calendar: ICAL.Component): Zones {
  const named = text(calendar, 'x-wr-timezone');
  const custom = new Map<string, ICAL.Timezone>();
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    const tzid = text(vtimezone, 'tzid');
    if (tzid) custom.set(tzid, new ICAL.Timezone(vtimezone));
  }
  return { calendarZone: named && isValidTimeZone(named) ? named : DEFAULT_TIME_ZONE, custom };
}

/** The calendar's events by UID: each series with its overridden dates. */
function byUid(calendar: ICAL.Component, notes: Bilingual[]): Map<string, { master: Vevent | null; overrides: Vevent[] }> {
  const groups = new Map<string, { master: Vevent | null; overrides: Vevent[] }>();
  for (const component of calendar.getAllSubcomponents('vevent')) {
    let vevent: Vevent;
    try {
      vevent = { component, event: new ICAL.Event(component) };
      if (!vevent.event.uid || !vevent.event.startDate) throw new Error('UID or DTSTART missing');
    } catch (error) {
      notes.push(
        t(
          `Ein Termin ohne lesbare UID oder Beginn wurde ausgelassen (${(error as Error).message}).`,
          `An event without a readable UID or start was left out (${(error as Error).message}).`,
        ),
      );
      continue;
    }
    const group = groups.get(vevent.event.uid) ?? { master: null, overrides: [] };
    if (vevent.event.isRecurrenceException()) group.overrides.push(vevent);
    else group.master = vevent;
    groups.set(vevent.event.uid, group);
  }
  return groups;
}

export const readCalendar: Importer = async (context) => {
  const fetched = await safeFetch(context.url, context.limits, ACCEPT, context.validators);
  if (fetched.status === 304) return notModified(fetched.url, context);
  const calendar = parseCalendar(fetched.body);
  const zones = zonesOf(calendar);
  const notes: Bilingual[] = [];
  const items: Item[] = [];
  for (const [uid, { master, overrides }] of byUid(calendar, notes)) {
    try {
      if (!master) {
        overrides.forEach((override) =>
          items.push(
            eventItem(
              override,
              zones,
              fetched.url,
              `${uid}@${toZonedDate(instantOf(override.event.recurrenceId, zones), zoneOf(override.event.startDate, zones))}`,
            ),
          ),
        );
      } else if (!master.event.isRecurring()) {
        items.push(eventItem(master, zones, fetched.url, uid));
      } else {
        const item = eventItem(master, zones, fetched.url, uid);
        const series = seriesOf(master, overrides, zones, timingOf(master, zones));
        if ('recurrence' in series) {
          items.push({ ...item, shared: { ...item.shared, recurrence: series.recurrence satisfies Recurrence } });
        } else {
          items.push(...singleDates(master, overrides, zones, fetched.url, context.now));
          notes.push(
            t(
              `„${item.texts.de!.fields.title}“ wiederholt sich auf eine Weise, die Treffpunkts Reihen nicht kennen (${series.rule}): die Termine sind als einzelne Treffen übernommen, vom letzten Jahr bis ${HORIZON_DAYS} Tage voraus.`,
              `"${item.texts.de!.fields.title}" repeats in a way Treffpunkt's series do not know (${series.rule}): its dates are taken over as single meetings, from the last year to ${HORIZON_DAYS} days ahead.`,
            ),
          );
        }
      }
    } catch (error) {
      notes.push(
        t(
          `Der Termin ${uid} ist nicht lesbar und wurde ausgelassen (${(error as Error).message}).`,
          `The event ${uid} is not readable and was left out (${(error as Error).message}).`,
        ),
      );
    }
  }
  // The dates nearest to now: what is ahead and what just was.
  const distance = (item: Item) => Math.abs(Date.parse(String(item.shared.start)) - context.now.getTime());
  const kept = [...items].sort((a, b) => distance(a) - distance(b)).slice(0, MOST_CALENDAR_ITEMS);
  if (kept.length < items.length) {
    notes.push(
      t(
        `Der Kalender hat ${items.length} Termine; übernommen werden die letzten ${kept.length}.`,
        `The calendar has ${items.length} events; the last ${kept.length} are taken over.`,
      ),
    );
  }
  return {
    status: 200,
    url: fetched.url,
    originName: clip(text(calendar, 'x-wr-calname') ?? text(calendar, 'name'), 200),
    items: kept,
    removed: [],
    absent: coverage(kept),
    notes,
    validators: { etag: fetched.etag, lastModified: fetched.lastModified },
    cursor: null,
  };
};

/** The span the calendar's meetings cover: from the earliest start to the latest (without end, when a series has none). */
function coverage(items: Item[]): Absent {
  if (items.length === 0) return { type: 'keep' };
  const starts = items.map((item) => Date.parse(String(item.shared.start)));
  const endless = items.some((item) => (item.shared.recurrence as Recurrence | null)?.end.type === 'never');
  return { type: 'remove-within', from: new Date(Math.min(...starts)), to: endless ? null : new Date(Math.max(...starts)) };
}
