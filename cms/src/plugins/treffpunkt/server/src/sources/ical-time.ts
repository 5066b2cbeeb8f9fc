/** A calendar's times as instants, for the importer (icalendar.ts) and its series (ical-series.ts). */
import ICAL from 'ical.js';
import { fromWallClock, isValidTimeZone, startOfDay } from '../time/zoned-time';

/** An event of the calendar, as its component and as ical.js reads it. */
export interface Vevent {
  component: ICAL.Component;
  event: ICAL.Event;
}

/** Turns the calendar's wall times into instants. */
export interface Zones {
  /** The calendar's own zone: for floating times, and meetings whose zone is not an IANA one. */
  calendarZone: string;
  /** VTIMEZONEs of zones the zone database does not know (e.g. Outlook's "W. Europe Standard Time"). */
  custom: Map<string, ICAL.Timezone>;
}

/** The TZID a time was written with ('Z' for UTC); ical.js keeps it without declaring it. */
const tzidOf = (time: ICAL.Time) => (time as ICAL.Time & { timezone?: string }).timezone;

/** The IANA zone a time is in, else the calendar's. */
export function zoneOf(time: ICAL.Time, zones: Zones): string {
  const tzid = tzidOf(time);
  return tzid && tzid !== 'Z' && isValidTimeZone(tzid) ? tzid : zones.calendarZone;
}

const pad = (value: number) => String(value).padStart(2, '0');
const wallDate = (time: ICAL.Time) => `${time.year}-${pad(time.month)}-${pad(time.day)}`;
const wallClock = (time: ICAL.Time) => `${wallDate(time)}T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;

/** The instant a calendar time stands for (a date: the first instant of its day in `zone`). */
export function instantOf(time: ICAL.Time, zones: Zones): Date {
  if (time.isDate) return startOfDay(wallDate(time), zoneOf(time, zones));
  const tzid = tzidOf(time);
  if (tzid === 'Z' || time.zone === ICAL.Timezone.utcTimezone) return new Date(`${wallClock(time)}Z`);
  const custom = tzid ? zones.custom.get(tzid) : undefined;
  if (custom && !isValidTimeZone(tzid!)) {
    const offsetSeconds = custom.utcOffset(time);
    return new Date(Date.parse(`${wallClock(time)}Z`) - offsetSeconds * 1000);
  }
  return fromWallClock(wallClock(time), zoneOf(time, zones));
}
